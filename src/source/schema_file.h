#pragma once
// Reads the schema files (schemas/*.yaml): the value lists of values.yaml
// and one file per content type. A mistake in them is reported at its
// file:line like any other YAML.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "source/schema.h"

namespace nastavnik {

using ValueLists = std::map<std::string, std::shared_ptr<const ChoiceValues>, std::less<>>;

// Adds the lists of a values file to `lists` (an `- include: NAME` item
// takes the values of a list read before it). False after an error.
bool read_value_lists(std::string_view text, const std::string& file, ValueLists& lists, Diagnostics& diag);

// A type's schema file. Its `values:` names must be in `lists`; `item_schema:`
// names are kept in FieldSpec::fields_from for the caller to resolve.
std::optional<TypeSchema> read_type_schema(std::string_view text, const std::string& file, const ValueLists& lists,
                                           Diagnostics& diag);

}  // namespace nastavnik
