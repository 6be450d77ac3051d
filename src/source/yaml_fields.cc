#include "source/yaml_fields.h"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace nastavnik {

namespace {

// yaml-cpp reads block scalars («problem: |» and the indented lines under it)
// at several hundred instructions a byte, and practices carry kilobytes of
// Markdown in them. Such blocks are lifted out before parsing: the key line
// gets a placeholder and the block's lines stay as empty lines, so every mark
// keeps its line. After parsing, the placeholders get the text back, computed
// as YAML would (literal style, clip or strip chomping). Anything unusual
// (tabs, a key that is not a plain name, ragged indentation, other block
// styles) is left for yaml-cpp as it is. Double-quoted values alone on their
// line and without escapes are lifted the same way.
constexpr std::string_view kBlockMark = "@@nastavnik-block-";

size_t indent_of(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool blank(std::string_view line) { return line.find_first_not_of(' ') == std::string_view::npos; }

// `title: "Текст"` or `- "Текст"`: a double-quoted value alone on its line,
// without escapes; returns where its opening quote is, or npos.
size_t quoted_value_at(std::string_view line) {
  if (line.size() < 4 || line.back() != '"' || line.find('\\') != std::string_view::npos) return std::string_view::npos;
  size_t open = line.find('"');
  if (open + 1 >= line.size() - 1 || line.find('"', open + 1) != line.size() - 1) return std::string_view::npos;
  size_t k = indent_of(line);
  while (line.substr(k, 2) == "- ") k += 2;
  if (k == open) return k >= 2 && line.substr(k - 2, 2) == "- " ? open : std::string_view::npos;
  size_t key = k;
  while (k < open && (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '_' || line[k] == '-')) ++k;
  return k > key && k + 2 == open && line.substr(k, 2) == ": " ? open : std::string_view::npos;
}

std::string lift_block_scalars(const std::string& text, std::vector<std::string>& blocks) {
  if ((text.find(": |") == std::string::npos && text.find('"') == std::string::npos) ||
      text.find('\t') != std::string::npos)
    return text;
  std::vector<std::string_view> lines;
  for (size_t at = 0; at <= text.size();) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(std::string_view(text).substr(at, nl - at));
    at = nl + 1;
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    bool strip = line.size() > 4 && line.substr(line.size() - 4) == ": |-";
    bool clip = !strip && line.size() > 3 && line.substr(line.size() - 3) == ": |";
    size_t key_indent = indent_of(line), key_start = key_indent;
    while (line.substr(key_start, 2) == "- ") key_start += 2, key_indent += 2;
    size_t colon = line.size() - (strip ? 4 : 3);
    bool plain_key = (clip || strip) && colon > key_start;
    for (size_t k = key_start; plain_key && k < colon; ++k)
      plain_key = std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '_' || line[k] == '-';
    size_t end = i + 1, content_indent = 0;
    bool ok = plain_key;
    for (; ok && end < lines.size(); ++end) {
      std::string_view l = lines[end];
      if (blank(l)) {
        if (content_indent && l.size() > content_indent) ok = false;  // spaces that would be content
        continue;
      }
      size_t in = indent_of(l);
      if (in <= key_indent) break;
      if (!content_indent) content_indent = in;
      else if (in < content_indent) ok = false;
    }
    while (end > i + 1 && blank(lines[end - 1])) --end;  // trailing empty lines are not content
    if (size_t open = quoted_value_at(line); !plain_key && open != std::string_view::npos) {
      out.append(line.substr(0, open));
      out += "\"" + std::string(kBlockMark) + std::to_string(blocks.size()) + "@@\"";
      blocks.emplace_back(line.substr(open + 1, line.size() - open - 2));
      if (i + 1 < lines.size()) out += '\n';
      continue;
    }
    if (!ok || !content_indent) {
      out.append(line);
      if (i + 1 < lines.size()) out += '\n';
      continue;
    }
    std::string block;
    for (size_t k = i + 1; k < end; ++k) {
      std::string_view l = lines[k];
      if (!blank(l)) block.append(l.substr(content_indent));
      if (k + 1 < end || clip) block += '\n';
    }
    out.append(line.substr(0, colon));
    out += ": \"" + std::string(kBlockMark) + std::to_string(blocks.size()) + "@@\"";
    blocks.push_back(std::move(block));
    for (size_t k = i + 1; k < end; ++k) out += '\n';
    if (end < lines.size()) out += '\n';
    i = end - 1;
  }
  return out;
}

// Returns how many placeholders got their text back.
size_t restore_block_scalars(YAML::Node node, const std::vector<std::string>& blocks) {
  size_t restored = 0;
  if (node.IsMap()) {
    for (auto kv : node) restored += restore_block_scalars(kv.second, blocks);
  } else if (node.IsSequence()) {
    for (auto item : node) restored += restore_block_scalars(item, blocks);
  } else if (node.IsScalar()) {
    const std::string& v = node.Scalar();
    if (v.size() > kBlockMark.size() + 2 && v.compare(0, kBlockMark.size(), kBlockMark) == 0) {
      size_t index = std::stoul(v.substr(kBlockMark.size()));
      if (index < blocks.size()) node = blocks[index], ++restored;
    }
  }
  return restored;
}

}  // namespace

// libyaml's events built into yaml-cpp nodes, with the marks by path. Any
// construct this does not handle exactly as yaml-cpp would (anchors,
// aliases, explicit tags, non-scalar or repeated keys, several documents)
// and any error give nullopt: parse_yaml reads the text then.
// `blocks`: the texts lifted out of `text` (lift_block_scalars); a value that
// is a placeholder gets its text back as it is built, and every one must.
std::optional<YAML::Node> read_with_libyaml(const std::string& text, const std::vector<std::string>& blocks,
                                            YamlMarks& marks) {
  size_t restored = 0;
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return std::nullopt;
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> owner(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  struct Frame {
    YAML::Node node;
    std::string path;
    bool is_map;
    size_t items = 0;                 // sequence items so far
    std::optional<std::string> key;   // map key waiting for its value
    std::vector<std::string> keys;    // seen, to refuse repeats
  };
  std::vector<Frame> stack;
  std::optional<YAML::Node> root;
  int documents = 0;
  auto join = [](const std::string& path, const std::string& name) { return path.empty() ? name : path + "/" + name; };
  // libyaml counts columns in characters, yaml-cpp (and our diagnostics) in bytes.
  std::vector<size_t> line_starts = {0};
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) line_starts.push_back(at + 1);
  auto to_mark = [&](const yaml_mark_t& m) {
    YAML::Mark mark;
    mark.line = static_cast<int>(m.line);
    size_t at = m.line < line_starts.size() ? line_starts[m.line] : text.size();
    for (size_t chars = 0; chars < m.column && at < text.size() && text[at] != '\n'; ++chars) {
      unsigned char c = static_cast<unsigned char>(text[at]);
      at += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    }
    at = std::min(at, text.size());
    mark.pos = static_cast<int>(at);
    mark.column = static_cast<int>(at - (m.line < line_starts.size() ? line_starts[m.line] : text.size()));
    return mark;
  };
  // Places a new value node in its parent; returns its path, or nullopt when
  // it cannot be placed (a non-scalar key).
  auto place = [&](const YAML::Node& node, const yaml_mark_t& mark) -> std::optional<std::string> {
    std::string path;
    if (stack.empty()) {
      if (root) return std::nullopt;
      root = node;
    } else if (Frame& parent = stack.back(); parent.is_map) {
      if (!parent.key) return std::nullopt;  // only scalar keys (handled by the caller)
      path = join(parent.path, *parent.key);
      parent.node.force_insert(*parent.key, node);
      parent.key.reset();
    } else {
      path = join(parent.path, std::to_string(parent.items++));
      parent.node.push_back(node);
    }
    marks[path] = to_mark(mark);
    return path;
  };
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) return std::nullopt;
    std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> event_owner(&event, yaml_event_delete);
    switch (event.type) {
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (++documents > 1) return std::nullopt;
        break;
      case YAML_ALIAS_EVENT:
        return std::nullopt;
      case YAML_SCALAR_EVENT: {
        const auto& sc = event.data.scalar;
        if (sc.anchor || (sc.tag && !sc.plain_implicit && !sc.quoted_implicit)) return std::nullopt;
        std::string value(reinterpret_cast<const char*>(sc.value), sc.length);
        bool plain = sc.style == YAML_PLAIN_SCALAR_STYLE;
        if (!stack.empty() && stack.back().is_map && !stack.back().key) {  // a key
          Frame& map = stack.back();
          if (std::find(map.keys.begin(), map.keys.end(), value) != map.keys.end()) return std::nullopt;
          map.keys.push_back(value);
          marks[join(map.path, value) + "#"] = to_mark(event.start_mark);
          map.key = std::move(value);
          break;
        }
        if (!plain && value.size() > kBlockMark.size() + 2 && value.compare(0, kBlockMark.size(), kBlockMark) == 0) {
          size_t index = std::stoul(value.substr(kBlockMark.size()));
          if (index >= blocks.size()) return std::nullopt;
          value = blocks[index];
          ++restored;
        }
        // yaml-cpp reads these plain scalars as null.
        bool null = plain && (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL");
        if (!place(null ? YAML::Node(YAML::NodeType::Null) : YAML::Node(value), event.start_mark)) return std::nullopt;
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        bool is_map = event.type == YAML_MAPPING_START_EVENT;
        const yaml_char_t* anchor = is_map ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
        const yaml_char_t* tag = is_map ? event.data.mapping_start.tag : event.data.sequence_start.tag;
        if (anchor || tag) return std::nullopt;
        if (!stack.empty() && stack.back().is_map && !stack.back().key) return std::nullopt;  // a map as a key
        YAML::Node node(is_map ? YAML::NodeType::Map : YAML::NodeType::Sequence);
        auto path = place(node, event.start_mark);
        if (!path) return std::nullopt;
        stack.push_back(Frame{node, *path, is_map, 0, std::nullopt, {}});
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        stack.pop_back();
        break;
      default:
        break;
    }
  }
  if (restored != blocks.size()) return std::nullopt;  // a placeholder inside another value
  if (!root) return YAML::Node(YAML::NodeType::Null);
  return root;
}

static std::string join_choices(const std::vector<std::string>& choices) {
  std::string s;
  for (const auto& c : choices) s += (s.empty() ? "" : ", ") + c;
  return s;
}

std::optional<YAML::Node> parse_yaml(const std::string& text, const YamlOrigin& origin, Diagnostics& diag) {
  try {
    std::vector<std::string> blocks;
    YAML::Node node = YAML::Load(lift_block_scalars(text, blocks));
    // A placeholder that did not come back as a whole value was inside
    // something else (a block left as it is, a plain scalar running over
    // lines): then yaml-cpp reads the text as it was written.
    if (!blocks.empty() && restore_block_scalars(node, blocks) != blocks.size()) node = YAML::Load(text);
    if (!node || node.IsNull()) return YAML::Node(YAML::NodeType::Map);
    if (!node.IsMap()) {
      diag.error({origin.file, origin.first_line + node.Mark().line, node.Mark().column + 1},
                 "ожидается набор полей вида «имя: значение»",
                 "каждое поле пишется с новой строки: «title: Заголовок»");
      return std::nullopt;
    }
    return node;
  } catch (const YAML::Exception& e) {
    int line = e.mark.is_null() ? origin.first_line : origin.first_line + e.mark.line;
    int col = e.mark.is_null() ? 0 : e.mark.column + 1;
    // The mistakes editors make most often, explained in their words.
    std::string message = "ошибка в записи YAML (" + e.msg + ")";
    std::string hint = "проверьте отступы, двоеточие и пробел после имени поля; значение, в котором есть «:» или «#», "
                       "возьмите в кавычки";
    if (e.msg.find("illegal map value") != std::string::npos) {
      message = "в значении поля стоит двоеточие с пробелом — YAML принимает его за новое поле";
      hint = "возьмите всё значение в кавычки: title: \"Встреча: итоги года\"";
    } else if (e.msg.find("end of map flow not found") != std::string::npos ||
               e.msg.find("end of sequence flow not found") != std::string::npos) {
      message = "не закрыта скобка списка или набора полей";
      hint = "у каждой «[» должна быть «]», у каждой «{» — «}»; текст со скобками возьмите в кавычки";
    } else if (e.msg.find("end of map not found") != std::string::npos ||
               e.msg.find("end of sequence not found") != std::string::npos) {
      message = "нарушены отступы";
      hint = "вложенные поля и элементы списка пишутся с одинаковым отступом из пробелов (не табуляций)";
    }
    diag.error({origin.file, line, col}, message, hint);
    return std::nullopt;
  }
}

std::optional<YAML::Node> parse_front_matter(const std::string& text, YamlOrigin& origin, Diagnostics& diag) {
  auto marks = std::make_shared<YamlMarks>();
  // Long values lifted out here too: libyaml still reads every byte twice.
  std::vector<std::string> blocks;
  std::optional<YAML::Node> node = read_with_libyaml(lift_block_scalars(text, blocks), blocks, *marks);
  if (!node || !(node->IsMap() || node->IsNull())) return parse_yaml(text, origin, diag);
  origin.marks = std::move(marks);
  if (node->IsNull()) return YAML::Node(YAML::NodeType::Map);
  return node;
}

Fields::Fields(YAML::Node node, const Schema& schema, YamlOrigin origin, Diagnostics& diag)
    : node_(node), schema_(&schema), origin_(std::move(origin)), index_(index_of(node_)) {
  validate(diag);
}

std::shared_ptr<const Fields::Index> Fields::index_of(const YAML::Node& node) {
  if (!node || !node.IsMap()) return nullptr;
  auto index = std::make_shared<Index>();
  for (auto it = node.begin(); it != node.end(); ++it)
    if (it->first.IsScalar()) index->emplace(it->first.Scalar(), it->second);
  return index;
}

SourceLoc Fields::loc_of(const YAML::Mark& mark) const {
  if (mark.is_null()) return {origin_.file, origin_.first_line, 0};
  return {origin_.file, origin_.first_line + mark.line, mark.column + 1};
}

SourceLoc Fields::loc() const {
  if (!node_ || node_.size() == 0) return {origin_.file, origin_.first_line > 1 ? origin_.first_line - 1 : 1, 0};
  return loc_of(mark_of(node_, ""));
}

std::string Fields::path_of(const std::string& rel) const {
  if (origin_.path.empty()) return rel;
  return rel.empty() ? origin_.path : origin_.path + "/" + rel;
}

YAML::Mark Fields::mark_of(const YAML::Node& node, const std::string& rel) const {
  if (!origin_.marks) return node.Mark();
  auto it = origin_.marks->find(path_of(rel));
  return it == origin_.marks->end() ? YAML::Mark::null_mark() : it->second;
}

YamlOrigin Fields::origin_at(const std::string& rel) const {
  YamlOrigin o = origin_;
  o.path = path_of(rel);
  return o;
}

const FieldSpec* Fields::spec(const std::string& name) const {
  if (!schema_) return nullptr;
  for (const auto& f : *schema_)
    if (f.name == name) return &f;
  return nullptr;
}

static bool is_empty_value(const YAML::Node& v) {
  return !v || v.IsNull() || (v.IsScalar() && trim(v.Scalar()).empty());
}

static std::optional<bool> parse_bool(const std::string& s) {
  std::string l = to_lower(trim(s));
  if (l == "true" || l == "yes" || l == "да" || l == "on") return true;
  if (l == "false" || l == "no" || l == "нет" || l == "off") return false;
  return std::nullopt;
}

static std::optional<long long> parse_int(const std::string& s) {
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

void Fields::validate(Diagnostics& diag) const {
  if (!node_ || !node_.IsMap() || !schema_) return;
  std::vector<std::string> known;
  for (const auto& f : *schema_) known.push_back(f.name);
  std::set<std::string> seen;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const YAML::Node& key = it->first;
    const YAML::Node& value = it->second;
    std::string name = key.IsScalar() ? key.Scalar() : std::string();
    SourceLoc key_loc = loc_of(mark_of(key, name + "#"));
    if (!seen.insert(name).second) {
      diag.error(key_loc, "поле «" + name + "» указано дважды", "оставьте одно значение");
      continue;
    }
    const FieldSpec* fs = spec(name);
    if (!fs) {
      auto guess = nearest(name, known);
      diag.warning(key_loc, "неизвестное поле «" + name + "» не используется",
                   guess ? "возможно, опечатка: имелось в виду «" + *guess + "»?"
                         : "известные поля: " + join_choices(known));
      continue;
    }
    if (is_empty_value(value)) continue;  // treated as absent; required check below
    SourceLoc vloc = loc_of(mark_of(value, name));
    auto expect_scalar = [&](const char* what) {
      if (value.IsScalar()) return true;
      diag.error(vloc, "поле «" + name + "»: ожидается " + what, "запишите значение в одну строку после двоеточия");
      return false;
    };
    switch (fs->type) {
      case FieldType::text:
        expect_scalar("текст");
        break;
      case FieldType::integer:
        if (expect_scalar("целое число") && !parse_int(value.Scalar()))
          diag.error(vloc, "поле «" + name + "»: «" + value.Scalar() + "» — не целое число", "например: 5");
        break;
      case FieldType::boolean:
        if (expect_scalar("да или нет") && !parse_bool(value.Scalar()))
          diag.error(vloc, "поле «" + name + "»: ожидается true или false", "например: " + name + ": true");
        break;
      case FieldType::date:
        if (expect_scalar("дата") && !parse_date(value.Scalar()))
          diag.error(vloc, "поле «" + name + "»: неверная дата «" + value.Scalar() + "»",
                     "пишите дату как 2024-01-17 или 17.01.2024 и проверьте, что такой день есть в календаре");
        break;
      case FieldType::datetime:
        if (expect_scalar("дата и время") && !parse_datetime(value.Scalar()))
          diag.error(vloc, "поле «" + name + "»: неверные дата и время «" + value.Scalar() + "»",
                     "пишите как 2024-01-17 10:30 (время можно не указывать)");
        break;
      case FieldType::choice:
        if (expect_scalar("одно из значений")) {
          const std::string& v = value.Scalar();
          bool ok = false;
          for (const auto& c : fs->choices) ok = ok || c == v;
          if (!ok) {
            auto guess = nearest(v, fs->choices);
            diag.error(vloc, "поле «" + name + "»: недопустимое значение «" + v + "»",
                       (guess ? "возможно, имелось в виду «" + *guess + "»; " : std::string()) +
                           "допустимые значения: " + join_choices(fs->choices));
          }
        }
        break;
      case FieldType::email:
        if (expect_scalar("адрес электронной почты") && value.Scalar().find('@') == std::string::npos)
          diag.error(vloc, "поле «" + name + "»: «" + value.Scalar() + "» — не адрес электронной почты",
                     "например: nastavnik@school.ru");
        break;
      case FieldType::url:
        if (expect_scalar("адрес сайта")) {
          const std::string& v = value.Scalar();
          if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0)
            diag.error(vloc, "поле «" + name + "»: адрес должен начинаться с https:// или http://",
                       "например: https://school.example.ru/");
        }
        break;
      case FieldType::list:
        if (value.IsMap()) {
          diag.error(vloc, "поле «" + name + "»: ожидается список", "запишите каждый элемент с новой строки после «- »");
        } else if (value.IsSequence()) {
          size_t i = 0;
          for (const auto& item : value) {
            if (!item.IsScalar())
              diag.error(loc_of(mark_of(item, name + "/" + std::to_string(i))),
                         "поле «" + name + "»: элемент списка должен быть строкой", "уберите вложенные поля у этого элемента");
            ++i;
          }
        }
        break;
      case FieldType::map:
        if (!value.IsMap())
          diag.error(vloc, "поле «" + name + "»: ожидается набор вложенных полей",
                     "запишите вложенные поля с отступом на следующих строках");
        else
          Fields(value, &fs->fields, origin_at(name)).validate(diag);
        break;
      case FieldType::map_list:
        if (!value.IsSequence()) {
          diag.error(vloc, "поле «" + name + "»: ожидается список", "каждый элемент начните с «- » на новой строке");
        } else {
          size_t i = 0;
          for (const auto& item : value) {
            std::string at = name + "/" + std::to_string(i++);
            if (!item.IsMap())
              diag.error(loc_of(mark_of(item, at)), "поле «" + name + "»: элемент списка должен состоять из полей",
                         "например: «- title: …» и ниже с отступом остальные поля");
            else
              Fields(item, &fs->fields, origin_at(at)).validate(diag);
          }
        }
        break;
      case FieldType::any:
        break;
    }
  }
  for (const auto& f : *schema_) {
    if (!f.required) continue;
    YAML::Node v = raw(f.name);
    if (is_empty_value(v)) {
      SourceLoc where = v ? loc_of(mark_of(v, f.name)) : loc();
      diag.error(where, "не заполнено обязательное поле «" + f.name + "»",
                 "добавьте строку «" + f.name + ": …» в блок полей");
    }
  }
}

bool Fields::has(const std::string& name) const {
  if (!node_ || !node_.IsMap()) return false;
  return !is_empty_value(raw(name));
}

YAML::Node Fields::raw(const std::string& name) const {
  if (!node_ || !node_.IsMap()) return {};
  if (index_)
    if (auto it = index_->find(name); it != index_->end()) return it->second;
  // What yaml-cpp gives for a key that is not there (an invalid node).
  static const YAML::Node no_such_key = [] {
    const YAML::Node empty(YAML::NodeType::Map);
    return empty["-"];
  }();
  return no_such_key;
}

std::string Fields::text(const std::string& name, const std::string& fallback) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsScalar()) return fallback;
  std::string s(trim(v.Scalar()));
  return s.empty() ? fallback : s;
}

std::optional<long long> Fields::integer(const std::string& name) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsScalar()) return std::nullopt;
  return parse_int(v.Scalar());
}

bool Fields::boolean(const std::string& name, bool fallback) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsScalar()) return fallback;
  return parse_bool(v.Scalar()).value_or(fallback);
}

std::optional<Date> Fields::date(const std::string& name) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsScalar()) return std::nullopt;
  return parse_date(v.Scalar());
}

std::optional<DateTime> Fields::datetime(const std::string& name) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsScalar()) return std::nullopt;
  return parse_datetime(v.Scalar());
}

std::vector<std::string> Fields::list(const std::string& name) const {
  std::vector<std::string> out;
  YAML::Node v = raw(name);
  if (!v) return out;
  if (v.IsScalar()) {
    if (!trim(v.Scalar()).empty()) out.emplace_back(trim(v.Scalar()));
  } else if (v.IsSequence()) {
    for (const auto& item : v)
      if (item.IsScalar() && !trim(item.Scalar()).empty()) out.emplace_back(trim(item.Scalar()));
  }
  return out;
}

Fields Fields::map(const std::string& name) const {
  const FieldSpec* fs = spec(name);
  YAML::Node v = raw(name);
  if (!v || !v.IsMap()) return Fields(YAML::Node(YAML::NodeType::Map), fs ? &fs->fields : nullptr, origin_at(name));
  return Fields(v, fs ? &fs->fields : nullptr, origin_at(name));
}

std::vector<Fields> Fields::maps(const std::string& name) const {
  const FieldSpec* fs = spec(name);
  std::vector<Fields> out;
  YAML::Node v = raw(name);
  if (!v || !v.IsSequence()) return out;
  size_t i = 0;
  for (const auto& item : v) {
    if (item.IsMap()) out.push_back(Fields(item, fs ? &fs->fields : nullptr, origin_at(name + "/" + std::to_string(i))));
    ++i;
  }
  return out;
}

SourceLoc Fields::loc(const std::string& name) const {
  YAML::Node v = raw(name);
  if (!v) return loc();
  YAML::Mark mark = mark_of(v, name);
  return mark.is_null() ? loc() : loc_of(mark);
}

SourceLoc Fields::loc(const std::string& name, size_t index) const {
  YAML::Node v = raw(name);
  if (!v || !v.IsSequence()) return loc(name);
  YAML::Mark mark = mark_of(v[index], name + "/" + std::to_string(index));
  return mark.is_null() ? loc(name) : loc_of(mark);
}

}  // namespace nastavnik
