#pragma once
// What a content type's fields are: the schema every YAML map is validated
// against (see fields.h).
#include <string>
#include <vector>

namespace nastavnik {

enum class FieldType {
  text,       // a scalar
  integer,
  boolean,
  date,       // 2024-01-17 or 17.01.2024
  datetime,   // a date with optional HH:MM and offset
  choice,     // one of `choices`
  list,       // a list of scalars (a single scalar is taken as a list of one)
  map,        // nested fields (`fields`)
  map_list,   // a list of maps with `fields`
  email,
  url,        // absolute http(s) URL
  any,        // free-form, not validated (e.g. data handed to templates)
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<std::string> choices;  // for choice
  std::vector<FieldSpec> fields;     // for map and map_list
};
using Schema = std::vector<FieldSpec>;

}  // namespace nastavnik
