#pragma once
// The schemas as JSON (`nastavnik schema --json`): what the editing forms are
// built from, so they never keep a second description of a type.
#include <nlohmann/json.hpp>

#include "source/schema.h"

namespace nastavnik {

// Version of the JSON layout below; raised when a key changes meaning.
inline constexpr int kSchemaJsonVersion = 1;

nlohmann::json type_schema_json(const TypeSchema& type);
// {"version": 1, "types": [...every type...]}
nlohmann::json all_schemas_json();

}  // namespace nastavnik
