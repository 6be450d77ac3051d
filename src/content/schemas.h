#pragma once
// The content types' schemas, read once from the files compiled into the
// binary (schemas/*.yaml): the one description of every type's fields.
#include <string_view>
#include <vector>

#include "source/schema.h"

namespace nastavnik {

// The schema of a type ("event", "site", "roadmap_item" …). A name that is
// not there is a programming error and aborts with a message.
const TypeSchema& type_schema(std::string_view type);
const Schema& schema_of(std::string_view type);
// Every type's schema, in the order of their files' names.
const std::vector<TypeSchema>& all_type_schemas();

// A list of values of schemas/values.yaml ("mentoring_forms").
const ChoiceValues& value_list(std::string_view name);
// The codes of a list, in order.
std::vector<std::string> value_codes(std::string_view name);

}  // namespace nastavnik
