#include "content/schema_json.h"

#include "content/schemas.h"

namespace nastavnik {

namespace {

using nlohmann::json;

json values_json(const ChoiceValues& values) {
  json out = json::array();
  for (const auto& v : values) {
    json item = {{"code", v.code}, {"label", v.label}};
    if (!v.name.empty()) item["name"] = v.name;
    if (!v.aliases.empty()) item["aliases"] = v.aliases;
    if (!v.role_models.empty()) item["role_models"] = v.role_models;
    out.push_back(std::move(item));
  }
  return out;
}

json field_json(const FieldSpec& f) {
  json out = {{"key", f.name}, {"type", std::string(field_type_name(f.type))}, {"required", f.required}};
  // Empty strings are left out so that a form can tell "no help" from "".
  for (const auto& [key, value] : {std::pair{"label", &f.label}, {"help", &f.help}, {"example", &f.example},
                                   {"default", &f.default_value}, {"fields_from", &f.fields_from}})
    if (!value->empty()) out[key] = *value;
  if (f.required_when) out["required_when"] = {{"field", f.required_when->field}, {"equals", f.required_when->equals}};
  if (f.values) {
    if (!f.values_name.empty()) out["values_name"] = f.values_name;
    out["values"] = values_json(*f.values);
  }
  if (!f.fields.empty()) {
    json fields = json::array();
    for (const auto& sub : f.fields) fields.push_back(field_json(sub));
    out["fields"] = std::move(fields);
  }
  return out;
}

}  // namespace

json type_schema_json(const TypeSchema& type) {
  json out = {{"type", type.type}, {"label", type.label}, {"plural", type.plural}};
  for (const auto& [key, value] : {std::pair{"help", &type.help}, {"folder", &type.folder},
                                   {"extension", &type.extension}, {"file", &type.file}})
    if (!value->empty()) out[key] = *value;
  json fields = json::array();
  for (const auto& f : type.fields) fields.push_back(field_json(f));
  out["fields"] = std::move(fields);
  return out;
}

json all_schemas_json() {
  json types = json::array();
  for (const auto& t : all_type_schemas()) types.push_back(type_schema_json(t));
  return {{"version", kSchemaJsonVersion}, {"types", std::move(types)}};
}

}  // namespace nastavnik
