#include "source/schema.h"

#include <array>
#include <utility>

#include "base/text.h"

namespace nastavnik {

namespace {

constexpr std::array<std::pair<FieldType, std::string_view>, 18> kTypeNames = {{
    {FieldType::text, "text"},         {FieldType::markdown, "markdown"},   {FieldType::integer, "integer"},
    {FieldType::boolean, "boolean"},   {FieldType::date, "date"},           {FieldType::datetime, "datetime"},
    {FieldType::choice, "choice"},     {FieldType::list, "list"},           {FieldType::map, "map"},
    {FieldType::map_list, "map_list"}, {FieldType::email, "email"},         {FieldType::url, "url"},
    {FieldType::link, "link"},         {FieldType::link_list, "link_list"}, {FieldType::file, "file"},
    {FieldType::image, "image"},       {FieldType::person_list, "person_list"}, {FieldType::any, "any"},
}};

}  // namespace

std::string_view field_type_name(FieldType type) {
  for (const auto& [t, name] : kTypeNames)
    if (t == type) return name;
  return "text";
}

std::optional<FieldType> field_type_from_name(std::string_view name) {
  for (const auto& [t, n] : kTypeNames)
    if (n == name) return t;
  return std::nullopt;
}

std::string normalise_choice(std::string_view s) {
  std::u32string in = utf8_decode(to_lower(s)), out;
  for (char32_t c : in) {
    if (c == U'«' || c == U'»' || c == U'"' || c == U'“' || c == U'”' || c == U'„') continue;
    if (c == U'—' || c == U'–' || c == U'‑' || c == U'‐' || c == U'−' || c == U'-') c = U'-';
    if (c == U'ё') c = U'е';
    if (c == U'\u00A0' || c == U'\t') c = U' ';
    if (c == U' ' || c == U'-') {
      // Spaces around dashes, and repeated spaces, do not matter.
      while (!out.empty() && out.back() == U' ') out.pop_back();
      if (c == U' ' && (out.empty() || out.back() == U'-')) continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return utf8_encode(out);
}

const ChoiceValue* FieldSpec::match(std::string_view written) const {
  if (!values) return nullptr;
  std::string_view t = trim(written);
  for (const auto& v : *values)
    if (v.code == t) return &v;
  std::string n = normalise_choice(t);
  for (const auto& v : *values)
    for (const auto& key : v.match_keys)
      if (key == n) return &v;
  return nullptr;
}

std::string FieldSpec::labels_text() const {
  std::string s;
  if (values)
    for (const auto& v : *values) s += (s.empty() ? "" : ", ") + v.label;
  return s;
}

}  // namespace nastavnik
