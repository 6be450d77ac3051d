#pragma once
// Writes fields back as YAML the way a person would: in the schema's field
// order (fields the schema does not know last, as they were), choices by
// their Russian labels («очно», «выполнено»), да/нет for yes and no, lists
// one item a line, long texts as blocks, quotes only where YAML needs them.
#include <string>

#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

// The map `fields` as YAML lines (each ending in "\n"), indented by `indent`.
std::string write_yaml_fields(const YamlNode& fields, const Schema& schema, int indent = 0);

// One scalar as YAML writes it after "key: " at `indent` (block scalars
// continue on the next lines).
std::string yaml_scalar(const std::string& text, int indent, bool text_field = true);

// Helpers to build trees to write.
YamlNode yaml_text(std::string text);
YamlNode yaml_map();
YamlNode yaml_seq();
// Sets `key` in a map (replacing the entry in place, or appending).
void yaml_set(YamlNode& map, const std::string& key, YamlNode value);
void yaml_erase(YamlNode& map, const std::string& key);
YamlNode* yaml_get(YamlNode& map, const std::string& key);

}  // namespace nastavnik
