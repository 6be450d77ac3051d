#include "source/fields.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/text.h"

namespace nastavnik {

namespace {

std::string join_choices(const std::vector<std::string>& choices) {
  std::string s;
  for (const auto& c : choices) s += (s.empty() ? "" : ", ") + c;
  return s;
}

// A block whose every field is empty (the signature or the consent of a
// `new` template not filled in yet) counts as absent, as an empty value does.
bool is_empty_value(const YamlNode* v) {
  if (!v || v->is_null() || (v->is_scalar() && trim(v->text).empty())) return true;
  if (!v->is_map()) return false;
  return std::all_of(v->entries.begin(), v->entries.end(), [](const YamlEntry& e) { return is_empty_value(&e.value); });
}

bool has_extension(std::string_view s, std::initializer_list<const char*> exts) {
  for (const char* e : exts)
    if (ends_with_ci(s, e)) return true;
  return false;
}

std::optional<bool> parse_bool(std::string_view s);

// Whether a value as written could belong to a field of type `t`: «phone:
// +7 900 …» is a text, never a picture, so «photo» is not its likely name.
bool value_fits(const YamlNode& v, FieldType t) {
  using T = FieldType;
  if (v.is_null() || (v.is_scalar() && trim(v.text).empty())) return true;
  if (v.is_map()) return t == T::map || t == T::any;
  if (v.is_sequence())
    return t == T::list || t == T::link_list || t == T::map_list || t == T::person_list || t == T::any;
  std::string_view s = trim(v.text);
  auto one_of = [&](std::initializer_list<T> types) { return std::find(types.begin(), types.end(), t) != types.end(); };
  if (t == T::any) return true;
  if (has_extension(s, {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic", ".heif"}))
    return one_of({T::image, T::file, T::link, T::text});
  if (has_extension(s, {".pdf", ".doc", ".docx", ".ppt", ".pptx", ".xls", ".xlsx", ".odt", ".zip", ".sig", ".md"}))
    return one_of({T::file, T::link, T::text});
  if (s.starts_with("http://") || s.starts_with("https://")) return one_of({T::url, T::link, T::link_list, T::text});
  if (s.find('@') != std::string_view::npos && s.find(' ') == std::string_view::npos)
    return one_of({T::email, T::text});
  if (parse_datetime(s)) return one_of({T::date, T::datetime});
  if (parse_bool(s)) return one_of({T::boolean, T::text, T::choice});
  bool digits = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits) return one_of({T::integer, T::text, T::choice});
  return one_of({T::text, T::markdown, T::choice, T::list, T::link, T::link_list});
}

std::optional<bool> parse_bool(std::string_view s) {
  std::string l = to_lower(trim(s));
  if (l == "true" || l == "yes" || l == "да" || l == "on") return true;
  if (l == "false" || l == "no" || l == "нет" || l == "off") return false;
  return std::nullopt;
}

std::optional<long long> parse_int(std::string_view s) {
  std::string t(trim(s));
  if (t.empty()) return std::nullopt;
  size_t i = (t[0] == '-' || t[0] == '+') ? 1 : 0;
  if (i == t.size()) return std::nullopt;
  for (size_t k = i; k < t.size(); ++k)
    if (!std::isdigit(static_cast<unsigned char>(t[k]))) return std::nullopt;
  try {
    return std::stoll(t);
  } catch (...) {
    return std::nullopt;
  }
}

// « (формат)»: a field's Russian label, for messages that name its key.
std::string label_in_brackets(const FieldSpec& f) { return f.label.empty() ? "" : " (" + lower_first(f.label) + ")"; }

const YamlNode kEmptyMap = [] {
  YamlNode n;
  n.kind = YamlNode::Kind::map;
  return n;
}();

}  // namespace

Fields::Fields(std::shared_ptr<const YamlNode> root, const Schema& schema, YamlOrigin origin, Diagnostics& diag)
    : owner_(std::move(root)), schema_(&schema), origin_(std::move(origin)) {
  node_ = owner_.get();
  validate(diag);
}

Fields Fields::nested(const YamlNode& map, const Schema& schema, Diagnostics& diag) const {
  Fields f(owner_, &map, &schema, origin_);
  f.validate(diag);
  return f;
}

std::optional<Fields> read_fields(std::string_view text, const Schema& schema, const YamlOrigin& origin,
                                  Diagnostics& diag) {
  auto node = parse_yaml_map(text, origin, diag);
  if (!node) return std::nullopt;
  return Fields(std::make_shared<const YamlNode>(std::move(*node)), schema, origin, diag);
}

SourceLoc Fields::loc(const YamlNode& node) const { return yaml_loc(origin_, node.mark); }

SourceLoc Fields::loc() const {
  if (!node_ || node_->entries.empty())
    return {origin_.file, origin_.first_line > 1 ? origin_.first_line - 1 : 1, 0};
  return loc(*node_);
}

const FieldSpec* Fields::spec(std::string_view name) const {
  if (!schema_) return nullptr;
  for (const auto& f : *schema_)
    if (f.name == name) return &f;
  return nullptr;
}

void Fields::validate(Diagnostics& diag) const {
  if (!node_ || !node_->is_map() || !schema_) return;
  std::set<std::string_view> seen;
  for (const auto& e : node_->entries) {
    SourceLoc key_loc = yaml_loc(origin_, e.key_mark);
    if (!seen.insert(e.key).second) {
      diag.error(key_loc, "поле «" + e.key + "» указано дважды", "оставьте одно значение");
      continue;
    }
    const FieldSpec* fs = spec(e.key);
    if (!fs) {
      report_unknown(e, key_loc, diag);
      continue;
    }
    if (!is_empty_value(&e.value)) validate_value(*fs, e.value, diag);  // empty: treated as absent
  }
  check_required(diag);
}

// An unknown field is named as such; a likely intended name is suggested
// only among fields whose kind of value matches what is written.
void Fields::report_unknown(const YamlEntry& e, const SourceLoc& key_loc, Diagnostics& diag) const {
  std::vector<std::string> known, fitting;
  for (const auto& f : *schema_) {
    known.push_back(f.name);
    if (value_fits(e.value, f.type)) fitting.push_back(f.name);
  }
  auto guess = nearest(e.key, fitting);
  diag.warning(key_loc, "неизвестное поле «" + e.key + "»: такого поля здесь нет, его значение не используется",
               guess ? "возможно, опечатка: имелось в виду «" + *guess + "»; известные поля: " + join_choices(known)
                     : "известные поля: " + join_choices(known));
}

void Fields::check_required(Diagnostics& diag) const {
  for (const auto& f : *schema_) {
    const YamlNode* v = raw(f.name);
    if (!is_empty_value(v)) continue;
    SourceLoc where = v ? loc(*v) : loc();
    if (f.required) {
      diag.error(where, "не заполнено обязательное поле «" + f.name + "»" + label_in_brackets(f),
                 "добавьте строку «" + f.name + ": …» в блок полей");
    } else if (f.required_when && condition_holds(*f.required_when)) {
      const FieldSpec* other = spec(f.required_when->field);
      const ChoiceValue* shown = other ? other->match(text(f.required_when->field)) : nullptr;
      std::string when = f.required_when->field + ": " + (shown ? shown->label : text(f.required_when->field));
      diag.error(where, "не заполнено поле «" + f.name + "»" + label_in_brackets(f) + ", обязательное при «" + when + "»",
                 "заполните «" + f.name + ": …» или измените «" + f.required_when->field + "»");
    }
  }
}

bool Fields::condition_holds(const RequiredWhen& when) const {
  std::string value = text(when.field);
  // The other field may be written by its Russian label or an alias
  // («одобрено» for approved): compare codes.
  if (const FieldSpec* other = spec(when.field); other && other->values)
    if (const ChoiceValue* v = other->match(value)) value = v->code;
  return std::find(when.equals.begin(), when.equals.end(), value) != when.equals.end();
}

void Fields::check_choice(const FieldSpec& fs, const YamlNode& value, Diagnostics& diag) const {
  if (fs.match(value.text)) return;
  std::vector<std::string> spellings;
  std::vector<const ChoiceValue*> owners;
  for (const auto& v : *fs.values) {
    for (const std::string* s : {&v.code, &v.label}) spellings.push_back(*s), owners.push_back(&v);
    for (const auto& a : v.aliases) spellings.push_back(a), owners.push_back(&v);
  }
  auto guess = nearest(value.text, spellings);
  std::string hint;
  if (guess)
    for (size_t i = 0; i < spellings.size(); ++i)
      if (spellings[i] == *guess) {
        hint = "возможно, имелось в виду «" + owners[i]->label + "»; ";
        break;
      }
  diag.error(loc(value), "поле «" + fs.name + "»" + label_in_brackets(fs) + ": недопустимое значение «" + value.text + "»",
             hint + "допустимые значения: " + fs.labels_text());
}

void Fields::validate_value(const FieldSpec& fs, const YamlNode& value, Diagnostics& diag) const {
  const std::string& name = fs.name;
  SourceLoc vloc = loc(value);
  auto expect_scalar = [&](const char* what) {
    if (value.is_scalar()) return true;
    diag.error(vloc, "поле «" + name + "»: ожидается " + what, "запишите значение в одну строку после двоеточия");
    return false;
  };
  const std::string& v = value.text;
  switch (fs.type) {
    case FieldType::text:
    case FieldType::markdown:
    case FieldType::link:
    case FieldType::file:
    case FieldType::image:
      expect_scalar("текст");
      break;
    case FieldType::integer:
      if (expect_scalar("целое число") && !parse_int(v))
        diag.error(vloc, "поле «" + name + "»: «" + v + "» — не целое число", "например: 5");
      break;
    case FieldType::boolean:
      if (expect_scalar("да или нет") && !parse_bool(v))
        diag.error(vloc, "поле «" + name + "»: ожидается true или false", "например: " + name + ": true");
      break;
    case FieldType::date:
      if (expect_scalar("дата") && !parse_date(v))
        diag.error(vloc, "поле «" + name + "»: неверная дата «" + v + "»",
                   "пишите дату как 2024-01-17 или 17.01.2024 и проверьте, что такой день есть в календаре");
      break;
    case FieldType::datetime:
      if (expect_scalar("дата и время") && !parse_datetime(v))
        diag.error(vloc, "поле «" + name + "»: неверные дата и время «" + v + "»",
                   "пишите как 2024-01-17 10:30 (время можно не указывать)");
      break;
    case FieldType::choice:
      if (expect_scalar("одно из значений")) check_choice(fs, value, diag);
      break;
    case FieldType::email:
      if (expect_scalar("адрес электронной почты") && v.find('@') == std::string::npos)
        diag.error(vloc, "поле «" + name + "»: «" + v + "» — не адрес электронной почты", "например: nastavnik@school.ru");
      break;
    case FieldType::url:
      if (expect_scalar("адрес сайта") && v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0)
        diag.error(vloc, "поле «" + name + "»: адрес должен начинаться с https:// или http://",
                   "например: https://school.example.ru/");
      break;
    case FieldType::list:
    case FieldType::link_list:
      if (value.is_map())
        diag.error(vloc, "поле «" + name + "»: ожидается список", "запишите каждый элемент с новой строки после «- »");
      if (value.is_scalar() && fs.values) check_choice(fs, value, diag);
      for (const auto& item : value.items) {
        if (!item.is_scalar() && !item.is_null())
          diag.error(loc(item), "поле «" + name + "»: элемент списка должен быть строкой",
                     "уберите вложенные поля у этого элемента");
        else if (item.is_scalar() && fs.values)
          check_choice(fs, item, diag);
      }
      break;
    case FieldType::map:
      if (!value.is_map())
        diag.error(vloc, "поле «" + name + "»: ожидается набор вложенных полей",
                   "запишите вложенные поля с отступом на следующих строках");
      else
        nested(value, fs.fields, diag);
      break;
    case FieldType::map_list:
      if (!value.is_sequence()) {
        diag.error(vloc, "поле «" + name + "»: ожидается список", "каждый элемент начните с «- » на новой строке");
        break;
      }
      for (const auto& item : value.items) {
        if (!item.is_map())
          diag.error(loc(item), "поле «" + name + "»: элемент списка должен состоять из полей",
                     "например: «- title: …» и ниже с отступом остальные поля");
        else
          nested(item, fs.fields, diag);
      }
      break;
    case FieldType::person_list:  // a name or a map per person: read by the type's reader
    case FieldType::any:
      break;
  }
}

const YamlNode* Fields::raw(std::string_view name) const {
  if (!node_ || !node_->is_map()) return nullptr;
  return node_->get(name);
}

bool Fields::has(std::string_view name) const { return !is_empty_value(raw(name)); }

std::string Fields::text(std::string_view name, const std::string& fallback) const {
  const YamlNode* v = raw(name);
  const FieldSpec* fs = spec(name);
  std::string s = v && v->is_scalar() ? std::string(trim(v->text)) : std::string();
  if (s.empty()) return fallback.empty() && fs ? fs->default_value : fallback;
  // A choice written by its Russian label (or any spelling) is its code.
  if (fs && fs->values)
    if (const ChoiceValue* c = fs->match(s)) return c->code;
  return s;
}

std::optional<long long> Fields::integer(std::string_view name) const {
  const YamlNode* v = raw(name);
  if (!v || !v->is_scalar()) return std::nullopt;
  return parse_int(v->text);
}

bool Fields::boolean(std::string_view name, bool fallback) const {
  const YamlNode* v = raw(name);
  if (!v || !v->is_scalar()) return fallback;
  return parse_bool(v->text).value_or(fallback);
}

std::optional<Date> Fields::date(std::string_view name) const {
  const YamlNode* v = raw(name);
  if (!v || !v->is_scalar()) return std::nullopt;
  return parse_date(v->text);
}

std::optional<DateTime> Fields::datetime(std::string_view name) const {
  const YamlNode* v = raw(name);
  if (!v || !v->is_scalar()) return std::nullopt;
  return parse_datetime(v->text);
}

std::vector<std::string> Fields::list(std::string_view name) const {
  std::vector<std::string> out;
  const YamlNode* v = raw(name);
  if (!v) return out;
  const FieldSpec* fs = spec(name);
  auto add = [&](const YamlNode& item) {
    std::string_view t = trim(item.text);
    if (!item.is_scalar() || t.empty()) return;
    if (!fs || !fs->values) return out.emplace_back(t), void();
    // Values of a list of choices come back as their codes; unknown ones
    // were reported by validation and are left out.
    if (const ChoiceValue* c = fs->match(t)) out.push_back(c->code);
  };
  if (v->is_scalar()) add(*v);
  for (const auto& item : v->items) add(item);
  return out;
}

Fields Fields::map(std::string_view name) const {
  const FieldSpec* fs = spec(name);
  const YamlNode* v = raw(name);
  return Fields(owner_, v && v->is_map() ? v : &kEmptyMap, fs ? &fs->fields : nullptr, origin_);
}

std::vector<Fields> Fields::maps(std::string_view name) const {
  const FieldSpec* fs = spec(name);
  std::vector<Fields> out;
  const YamlNode* v = raw(name);
  if (!v || !v->is_sequence()) return out;
  for (const auto& item : v->items)
    if (item.is_map()) out.push_back(Fields(owner_, &item, fs ? &fs->fields : nullptr, origin_));
  return out;
}

SourceLoc Fields::loc(std::string_view name) const {
  const YamlNode* v = raw(name);
  return v ? loc(*v) : loc();
}

SourceLoc Fields::loc(std::string_view name, size_t index) const {
  const YamlNode* v = raw(name);
  if (!v || !v->is_sequence() || index >= v->items.size()) return loc(name);
  return loc(v->items[index]);
}

int Fields::text_line(std::string_view name) const {
  const YamlNode* v = raw(name);
  if (!v) return 0;
  return loc(*v).line + (v->is_block_scalar() ? 1 : 0);
}

}  // namespace nastavnik
