#include "editor/yaml_writer.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/text.h"
#include "content/schemas.h"

namespace nastavnik {

YamlNode yaml_text(std::string text) {
  YamlNode n;
  n.kind = YamlNode::Kind::scalar;
  n.text = std::move(text);
  return n;
}

YamlNode yaml_map() {
  YamlNode n;
  n.kind = YamlNode::Kind::map;
  return n;
}

YamlNode yaml_seq() {
  YamlNode n;
  n.kind = YamlNode::Kind::sequence;
  return n;
}

YamlNode* yaml_get(YamlNode& map, const std::string& key) {
  for (auto& e : map.entries)
    if (e.key == key) return &e.value;
  return nullptr;
}

void yaml_set(YamlNode& map, const std::string& key, YamlNode value) {
  map.kind = YamlNode::Kind::map;
  if (YamlNode* v = yaml_get(map, key)) {
    *v = std::move(value);
    return;
  }
  map.entries.push_back(YamlEntry{key, {}, std::move(value)});
}

void yaml_erase(YamlNode& map, const std::string& key) {
  std::erase_if(map.entries, [&](const YamlEntry& e) { return e.key == key; });
}

namespace {

bool is_number_like(const std::string& s) {
  bool digit = false;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '.' && c != '-' && c != '+' && c != ',' && c != 'e' && c != 'E' && c != '_' && c != ':')
      return false;
  }
  return digit;
}

bool is_yaml_word(const std::string& s) {
  static const char* words[] = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"};
  std::string l = to_lower(s);
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return l == w; });
}

bool needs_quotes(const std::string& s, bool text_field) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t') return true;
  if (std::string("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string::npos) return true;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos || s.back() == ':') return true;
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return true;
  if (is_yaml_word(s)) return text_field;
  return text_field && is_number_like(s);
}

std::string double_quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A literal block (|): the lines as they are, indented below the key.
std::string literal_block(std::string text, int indent) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  std::string pad(static_cast<size_t>(indent + 2), ' ');
  std::string out = "|-\n";
  for (const auto& line : split(text, '\n')) {
    std::string_view l = line;
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    out += l.empty() ? std::string() : pad + std::string(l);
    out += '\n';
  }
  out.pop_back();
  return out;
}

}  // namespace

std::string yaml_scalar(const std::string& text, int indent, bool text_field) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  if (t.find('\n') != std::string::npos) {
    std::string_view first = std::string_view(t).substr(0, t.find('\n'));
    bool plain_lines = first.empty() || (first.front() != ' ' && first.front() != '\t');
    bool controls = std::any_of(t.begin(), t.end(), [](unsigned char c) { return (c < 0x20 && c != '\n') || c == 0x7f; });
    if (plain_lines && !controls) return literal_block(t, indent);
    return double_quoted(t);
  }
  return needs_quotes(t, text_field) ? double_quoted(t) : t;
}

namespace {

const FieldSpec* find_spec(const Schema& schema, const std::string& key) {
  for (const auto& f : schema)
    if (f.name == key) return &f;
  return nullptr;
}

// A scalar as the editor shows it: a choice by its label, yes/no in Russian.
std::string shown_scalar(const std::string& text, const FieldSpec* spec) {
  if (!spec) return text;
  if (spec->values)
    if (const ChoiceValue* v = spec->match(text)) return v->label;
  if (spec->type == FieldType::boolean) {
    std::string l = to_lower(trim(text));
    if (l == "true" || l == "yes" || l == "да" || l == "on") return "да";
    if (l == "false" || l == "no" || l == "нет" || l == "off") return "нет";
  }
  return text;
}

bool is_text_field(const FieldSpec* spec) {
  if (!spec) return true;
  switch (spec->type) {
    case FieldType::integer: case FieldType::boolean: case FieldType::date: case FieldType::datetime:
      return false;
    default:
      return true;
  }
}

bool empty_node(const YamlNode& n) {
  if (n.is_null()) return true;
  if (n.is_scalar()) return trim(n.text).empty();
  if (n.is_sequence()) return n.items.empty();
  return n.entries.empty();
}

// The fields a map item of a list has: its own schema, or the one it names.
const Schema* item_schema(const FieldSpec* spec) {
  if (!spec) return nullptr;
  if (!spec->fields_from.empty()) return nullptr;  // resolved by the caller
  return &spec->fields;
}

const Schema& empty_schema() {
  static const Schema none;
  return none;
}

const Schema& children_of(const FieldSpec* spec) {
  if (!spec) return empty_schema();
  if (!spec->fields_from.empty()) return schema_of(spec->fields_from);
  if (const Schema* s = item_schema(spec)) return *s;
  return empty_schema();
}

void write_sequence(std::string& out, const YamlNode& seq, const FieldSpec* spec, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  for (const auto& item : seq.items) {
    if (empty_node(item)) continue;
    if (item.is_map()) {
      std::string inner = write_yaml_fields(item, children_of(spec), indent + 2);
      // "- " takes the place of the first line's indentation.
      out += pad + "- " + inner.substr(static_cast<size_t>(indent + 2));
    } else if (item.is_sequence()) {
      out += pad + "-\n";
      write_sequence(out, item, nullptr, indent + 2);
    } else {
      out += pad + "- " + yaml_scalar(shown_scalar(item.text, spec), indent, is_text_field(spec)) + "\n";
    }
  }
}

// Short lists of values from a list («формы: [ученик – ученик, учитель – учитель]»)
// fit on one line, as people write them.
std::optional<std::string> flow_list(const YamlNode& seq, const FieldSpec* spec) {
  if (!spec || !spec->values || seq.items.empty()) return std::nullopt;
  std::string out = "[";
  for (const auto& item : seq.items) {
    if (!item.is_scalar() || empty_node(item)) return std::nullopt;
    std::string s = shown_scalar(item.text, spec);
    bool quote = needs_quotes(s, true) || s.find_first_of(",[]{}") != std::string::npos;
    out += (out.size() > 1 ? ", " : "") + (quote ? double_quoted(s) : s);
  }
  out += "]";
  if (utf8_length(out) > 90) return std::nullopt;
  return out;
}

void write_value(std::string& out, const std::string& key, const YamlNode& value, const FieldSpec* spec, int indent) {
  if (empty_node(value)) return;
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string k = needs_quotes(key, false) ? double_quoted(key) : key;
  if (value.is_scalar()) {
    out += pad + k + ": " + yaml_scalar(shown_scalar(value.text, spec), indent, is_text_field(spec)) + "\n";
  } else if (value.is_sequence()) {
    if (auto flow = flow_list(value, spec)) {
      out += pad + k + ": " + *flow + "\n";
      return;
    }
    out += pad + k + ":\n";
    write_sequence(out, value, spec, indent + 2);
  } else {
    out += pad + k + ":\n" + write_yaml_fields(value, children_of(spec), indent + 2);
  }
}

}  // namespace


std::string write_yaml_fields(const YamlNode& fields, const Schema& schema, int indent) {
  std::string out;
  for (const auto& spec : schema)
    for (const auto& e : fields.entries)
      if (e.key == spec.name) {
        write_value(out, e.key, e.value, &spec, indent);
        break;
      }
  for (const auto& e : fields.entries)
    if (!find_spec(schema, e.key)) write_value(out, e.key, e.value, nullptr, indent);
  return out;
}

}  // namespace nastavnik
