#include "editor/form_values.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "content/schemas.h"
#include "editor/yaml_writer.h"
#include "source/source_file.h"

namespace nastavnik {

std::string FormData::get(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::string() : normalise_newlines(it->second);
}

std::vector<std::string> FormData::all(const std::string& name) const {
  std::vector<std::string> out;
  auto [a, b] = values.equal_range(name);
  for (auto it = a; it != b; ++it) out.push_back(normalise_newlines(it->second));
  return out;
}

bool FormData::has(const std::string& name) const { return values.count(name) > 0; }

std::vector<int> entry_indices(const FormData& form, const std::string& list_prefix) {
  std::set<int> found;
  std::string p = list_prefix + ".";
  for (auto it = form.values.lower_bound(p); it != form.values.end() && it->first.rfind(p, 0) == 0; ++it) {
    std::string rest = it->first.substr(p.size());
    size_t dot = rest.find('.');
    if (dot == std::string::npos || rest.substr(dot) != "._entry") continue;
    std::string num = rest.substr(0, dot);
    if (num.empty() || num.size() > 5 || num.find_first_not_of("0123456789") != std::string::npos) continue;
    found.insert(std::stoi(num));
  }
  return {found.begin(), found.end()};
}

const Schema& entry_schema(const FieldSpec& spec) {
  return spec.fields_from.empty() ? spec.fields : schema_of(spec.fields_from);
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& l : split(text, '\n')) {
    std::string t(trim(l));
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

YamlNode seq_of(const std::vector<std::string>& items) {
  YamlNode seq = yaml_seq();
  for (const auto& i : items) seq.items.push_back(yaml_text(i));
  return seq;
}

bool empty_tree(const YamlNode& n) {
  if (n.is_null()) return true;
  if (n.is_scalar()) return trim(n.text).empty();
  if (n.is_sequence()) {
    for (const auto& i : n.items)
      if (!empty_tree(i)) return false;
    return true;
  }
  for (const auto& e : n.entries)
    if (!empty_tree(e.value)) return false;
  return true;
}


// Values picked from checkboxes come in the list's order; those that were
// there keep the order the file gave them (it shows on the site).
std::vector<std::string> keep_order(const FieldSpec& spec, const std::vector<std::string>& picked, const YamlNode* old) {
  std::vector<std::string> out, rest = picked;
  auto code_of = [&](const std::string& s) {
    const ChoiceValue* v = spec.match(s);
    return v ? v->code : s;
  };
  if (old && old->is_sequence())
    for (const auto& item : old->items) {
      if (!item.is_scalar()) continue;
      std::string code = code_of(item.text);
      auto it = std::find_if(rest.begin(), rest.end(), [&](const std::string& p) { return code_of(p) == code; });
      if (it == rest.end()) continue;
      out.push_back(*it);
      rest.erase(it);
    }
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

YamlNode merge_list_of_maps(const FormData& form, const FieldSpec& spec, const std::string& name, const YamlNode* old) {
  YamlNode seq = yaml_seq();
  const Schema& fields = entry_schema(spec);
  for (int i : entry_indices(form, name)) {
    std::string p = name + "." + std::to_string(i);
    if (form.has(p + "._delete")) continue;
    YamlNode entry = yaml_map();
    if (old && old->is_sequence() && static_cast<size_t>(i) < old->items.size())
      entry = entry_as_map(&old->items[static_cast<size_t>(i)], fields);
    merge_form(form, fields, p + ".", entry);
    if (!empty_tree(entry)) seq.items.push_back(std::move(entry));
  }
  return seq;
}

// The value of one field as the form gives it; a null node means "absent".
YamlNode value_from_form(const FormData& form, const FieldSpec& spec, const std::string& name, const YamlNode* old) {
  switch (spec.type) {
    case FieldType::boolean:
      if (form.has(name)) return yaml_text("да");
      return spec.default_value == "да" || spec.default_value == "true" ? yaml_text("нет") : YamlNode{};
    case FieldType::datetime: {
      std::string date(trim(form.get(name))), time(trim(form.get(name + "@time")));
      if (date.empty()) return {};
      return yaml_text(time.empty() ? date : date + " " + time);
    }
    case FieldType::list:
      if (spec.values) return seq_of(keep_order(spec, form.all(name), old));
      return seq_of(lines_of(form.get(name)));
    case FieldType::link_list: {
      std::vector<std::string> links = form.all(name);
      for (auto& l : lines_of(form.get(name + "@more"))) links.push_back(l);
      std::erase_if(links, [](const std::string& l) { return trim(l).empty(); });
      return seq_of(links);
    }
    case FieldType::map: {
      YamlNode m = old && old->is_map() ? *old : yaml_map();
      merge_form(form, spec.fields, name + ".", m);
      return m;
    }
    case FieldType::map_list:
    case FieldType::person_list:
      return merge_list_of_maps(form, spec, name, old);
    case FieldType::markdown: {
      std::string t = form.get(name);
      while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
      return yaml_text(t);
    }
    default:
      return yaml_text(std::string(trim(form.get(name))));
  }
}

}  // namespace

YamlNode entry_as_map(const YamlNode* item, const Schema& schema) {
  if (item && item->is_map()) return *item;
  YamlNode m = yaml_map();
  if (item && item->is_scalar() && !schema.empty()) yaml_set(m, schema.front().name, *item);
  return m;
}

bool shown_in_form(const FieldSpec& spec) {
  if (spec.type == FieldType::any) return false;
  return !(spec.type == FieldType::map_list && !spec.fields_from.empty());
}

void merge_form(const FormData& form, const Schema& schema, const std::string& prefix, YamlNode& target) {
  if (!target.is_map()) target = yaml_map();
  for (const auto& spec : schema) {
    if (!shown_in_form(spec)) continue;
    std::string name = prefix + spec.name;
    const YamlNode* old = yaml_get(target, spec.name);
    YamlNode value = value_from_form(form, spec, name, old);
    if (empty_tree(value))
      yaml_erase(target, spec.name);
    else
      yaml_set(target, spec.name, std::move(value));
  }
}

}  // namespace nastavnik
