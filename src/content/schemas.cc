#include "content/schemas.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "base/embedded.h"
#include "source/schema_file.h"

namespace nastavnik {

namespace {

struct Registry {
  ValueLists lists;
  std::vector<TypeSchema> types;
};

[[noreturn]] void broken(const Diagnostics& diag) {
  diag.print(std::cerr, false);
  std::cerr << "nastavnik: встроенные схемы повреждены — это ошибка программы\n";
  std::abort();
}

const TypeSchema* find(const std::vector<TypeSchema>& types, std::string_view name) {
  for (const auto& t : types)
    if (t.type == name) return &t;
  return nullptr;
}

// `item_schema: roadmap_item` fields take that type's fields.
void resolve_references(Schema& fields, const std::vector<TypeSchema>& types, Diagnostics& diag) {
  for (auto& f : fields) {
    if (!f.fields_from.empty()) {
      const TypeSchema* other = find(types, f.fields_from);
      if (!other) diag.error({"schemas"}, "схема: нет типа «" + f.fields_from + "» для поля «" + f.name + "»");
      else f.fields = other->fields;
    }
    resolve_references(f.fields, types, diag);
  }
}

Registry load() {
  Registry r;
  Diagnostics diag;
  for (const auto& f : embedded_schemas())
    if (f.path == "values.yaml" && !read_value_lists(f.data, "schemas/values.yaml", r.lists, diag)) broken(diag);
  for (const auto& f : embedded_schemas()) {
    if (f.path == "values.yaml" || f.path == "legal.yaml") continue;  // lists of values; the rules cited (content/legal.h)
    auto t = read_type_schema(f.data, "schemas/" + std::string(f.path), r.lists, diag);
    if (!t) broken(diag);
    r.types.push_back(std::move(*t));
  }
  for (auto& t : r.types) resolve_references(t.fields, r.types, diag);
  if (diag.error_count()) broken(diag);
  return r;
}

const Registry& registry() {
  static const Registry r = load();
  return r;
}

}  // namespace

const TypeSchema& type_schema(std::string_view type) {
  if (const TypeSchema* t = find(registry().types, type)) return *t;
  std::cerr << "nastavnik: нет схемы типа «" << type << "»\n";
  std::abort();
}

const Schema& schema_of(std::string_view type) { return type_schema(type).fields; }

const std::vector<TypeSchema>& all_type_schemas() { return registry().types; }

const ChoiceValues& value_list(std::string_view name) {
  auto it = registry().lists.find(name);
  if (it != registry().lists.end()) return *it->second;
  std::cerr << "nastavnik: нет списка значений «" << name << "»\n";
  std::abort();
}

std::vector<std::string> value_codes(std::string_view name) {
  std::vector<std::string> codes;
  for (const auto& v : value_list(name)) codes.push_back(v.code);
  return codes;
}

}  // namespace nastavnik
