#include "source/schema_file.h"

#include <algorithm>

#include "base/text.h"
#include "source/yaml.h"

namespace nastavnik {

namespace {

class SchemaReader {
 public:
  SchemaReader(const std::string& file, const ValueLists& lists, Diagnostics& diag)
      : file_(file), lists_(lists), diag_(diag) {}
  bool ok() const { return ok_; }

  std::string text(const YamlNode& map, std::string_view key) {
    const YamlNode* v = map.get(key);
    if (!v || v->is_null()) return {};
    if (!v->is_scalar()) error(*v, "«" + std::string(key) + "»: ожидается текст");
    return v->text;
  }
  std::vector<std::string> strings(const YamlNode& map, std::string_view key) {
    std::vector<std::string> out;
    const YamlNode* v = map.get(key);
    if (!v) return out;
    if (v->is_scalar()) return {v->text};
    for (const auto& item : v->items) out.push_back(item.text);
    return out;
  }
  ChoiceValue value(const YamlNode& node);
  Schema fields(const YamlNode& list);
  FieldSpec field(const YamlNode& node);
  void error(const YamlNode& at, std::string message) {
    ok_ = false;
    diag_.error(yaml_loc({file_, 1}, at.mark), "схема: " + message, "исправьте файл схемы");
  }

 private:
  const std::string& file_;
  const ValueLists& lists_;
  Diagnostics& diag_;
  bool ok_ = true;
};

ChoiceValue SchemaReader::value(const YamlNode& node) {
  ChoiceValue v;
  if (!node.is_map()) {
    error(node, "значение списка должно быть набором полей (code, label …)");
    return v;
  }
  v.code = text(node, "code");
  v.label = text(node, "label");
  v.name = text(node, "name");
  v.slug = text(node, "slug");
  v.aliases = strings(node, "aliases");
  v.role_models = strings(node, "role_models");
  if (v.code.empty() || v.label.empty()) error(node, "у значения нет code или label");
  for (const std::string* s : {&v.label, &v.name})
    if (!s->empty()) v.match_keys.push_back(normalise_choice(*s));
  for (const auto& a : v.aliases) v.match_keys.push_back(normalise_choice(a));
  // Typed in Latin letters: «ochno» is «очно».
  v.match_keys.push_back(normalise_choice(slugify(v.label)));
  return v;
}

FieldSpec SchemaReader::field(const YamlNode& node) {
  FieldSpec f;
  if (!node.is_map()) {
    error(node, "поле схемы должно быть набором: key, type, label …");
    return f;
  }
  f.name = text(node, "key");
  // A comma in an unquoted value of a {…} line ends the value: the rest
  // turns into a key of its own, and the help text is cut short.
  static const std::vector<std::string_view> kKeys = {"key",     "type",   "required",    "label",
                                                      "help",    "example", "default",    "values",
                                                      "fields",  "item_schema", "required_when"};
  for (const auto& e : node.entries)
    if (std::find(kKeys.begin(), kKeys.end(), e.key) == kKeys.end())
      error(node, "у поля «" + f.name + "» неизвестный ключ «" + e.key +
                      "»; значение с запятой внутри {…} возьмите в кавычки");
  std::string type = text(node, "type");
  auto t = field_type_from_name(type.empty() ? "text" : type);
  if (!t) error(node, "неизвестный тип поля «" + type + "»");
  f.type = t.value_or(FieldType::text);
  f.required = text(node, "required") == "true";
  f.label = text(node, "label");
  f.help = text(node, "help");
  f.example = text(node, "example");
  f.default_value = text(node, "default");
  f.fields_from = text(node, "item_schema");
  if (const YamlNode* sub = node.get("fields")) f.fields = fields(*sub);
  if (std::string values = text(node, "values"); !values.empty()) {
    auto it = lists_.find(values);
    if (it == lists_.end()) error(node, "нет списка значений «" + values + "» в values.yaml");
    else f.values = it->second, f.values_name = values;
  }
  if (const YamlNode* when = node.get("required_when"); when && when->is_map() && when->entries.size() == 1) {
    const YamlEntry& e = when->entries[0];
    f.required_when = RequiredWhen{e.key, e.value.is_sequence() ? strings(*when, e.key) : std::vector{e.value.text}};
  }
  if (f.name.empty() || f.label.empty()) error(node, "у поля нет key или label");
  if (f.type == FieldType::choice && !f.values) error(node, "у поля выбора нет списка значений (values)");
  return f;
}

Schema SchemaReader::fields(const YamlNode& list) {
  Schema out;
  if (!list.is_sequence()) {
    error(list, "fields: ожидается список полей");
    return out;
  }
  for (const auto& item : list.items) out.push_back(field(item));
  return out;
}

}  // namespace

bool read_value_lists(std::string_view text, const std::string& file, ValueLists& lists, Diagnostics& diag) {
  auto root = parse_yaml_map(text, {file, 1}, diag);
  if (!root) return false;
  SchemaReader reader(file, lists, diag);
  for (const auto& e : root->entries) {
    auto values = std::make_shared<ChoiceValues>();
    for (const auto& item : e.value.items) {
      if (const YamlNode* include = item.get("include")) {
        auto it = lists.find(include->text);
        if (it == lists.end()) reader.error(item, "нет списка «" + include->text + "» выше");
        else values->insert(values->end(), it->second->begin(), it->second->end());
        continue;
      }
      values->push_back(reader.value(item));
    }
    lists[e.key] = std::move(values);
  }
  return reader.ok();
}

std::optional<TypeSchema> read_type_schema(std::string_view text, const std::string& file, const ValueLists& lists,
                                           Diagnostics& diag) {
  auto root = parse_yaml_map(text, {file, 1}, diag);
  if (!root) return std::nullopt;
  SchemaReader reader(file, lists, diag);
  TypeSchema t;
  t.type = reader.text(*root, "type");
  t.label = reader.text(*root, "label");
  t.plural = reader.text(*root, "plural");
  t.help = reader.text(*root, "help");
  t.body = reader.text(*root, "body");
  t.folder = reader.text(*root, "folder");
  t.file = reader.text(*root, "file");
  t.extension = reader.text(*root, "extension");
  if (t.extension.empty() && !t.folder.empty()) t.extension = ".md";
  if (const YamlNode* fields = root->get("fields")) t.fields = reader.fields(*fields);
  if (t.type.empty()) reader.error(*root, "нет имени типа (type)");
  if (!reader.ok()) return std::nullopt;
  return t;
}

}  // namespace nastavnik
