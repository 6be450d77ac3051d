#include "source/yaml.h"

#include <yaml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "base/text.h"

namespace nastavnik {

const YamlEntry* YamlNode::entry(std::string_view key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

const YamlNode* YamlNode::get(std::string_view key) const {
  const YamlEntry* e = entry(key);
  return e ? &e->value : nullptr;
}

SourceLoc yaml_loc(const YamlOrigin& origin, const YamlMark& mark) {
  return {origin.file, origin.first_line + mark.line, mark.col + 1};
}

namespace {

// libyaml counts columns in characters; our diagnostics count bytes.
class MarkMapper {
 public:
  explicit MarkMapper(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
      line_starts_.push_back(at + 1);
  }
  YamlMark operator()(const yaml_mark_t& m) const {
    YamlMark mark;
    mark.line = static_cast<int>(m.line);
    size_t start = m.line < line_starts_.size() ? line_starts_[m.line] : text_.size();
    size_t at = start;
    for (size_t chars = 0; chars < m.column && at < text_.size() && text_[at] != '\n'; ++chars) {
      unsigned char c = static_cast<unsigned char>(text_[at]);
      at += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    }
    mark.col = static_cast<int>(std::min(at, text_.size()) - start);
    return mark;
  }
  std::string_view line(int n) const {
    if (n < 0 || static_cast<size_t>(n) >= line_starts_.size()) return {};
    size_t start = line_starts_[n];
    size_t end = text_.find('\n', start);
    return text_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  }

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

// What went wrong, by the kind of libyaml's error, in the editor's words.
struct YamlProblem {
  std::string message, hint;
  bool at_context = false;  // report where the construct began (an opening quote)
  bool quote_example = false;  // the hint shows the line with its closing quote
};

// «summary: "Кратко: "это" важно»: the value's quotes close before the text
// ends, so YAML sees text after a finished value.
bool text_after_closing_quote(std::string_view line) {
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon + 2 >= line.size()) return false;
  size_t open = line.find_first_not_of(' ', colon + 2);
  if (open == std::string_view::npos || (line[open] != '"' && line[open] != '\'')) return false;
  size_t close = line.find(line[open], open + 1);
  if (close == std::string_view::npos) return false;
  std::string_view rest = trim(line.substr(close + 1));
  return !rest.empty() && rest[0] != '#';
}

YamlProblem classify(const yaml_parser_t& p, std::string_view line) {
  std::string problem = p.problem ? p.problem : "";
  std::string context = p.context ? p.context : "";
  auto has = [](const std::string& s, const char* part) { return s.find(part) != std::string::npos; };
  size_t col = p.problem_mark.column;
  if (has(context, "quoted scalar") && has(problem, "end of stream"))
    return {"кавычка, открытая в этой строке, не закрыта",
            "поставьте такую же кавычку в конце значения: title: \"Встреча наставников\"", true, true};
  if (text_after_closing_quote(line))
    return {"кавычка закрылась посреди значения: после неё в этой строке ещё текст",
            "кавычки внутри значения пишите «ёлочками» или возьмите всё значение в одинарные кавычки: "
            "summary: 'Слово \"в кавычках\" внутри'"};
  if (has(context, "quoted scalar") && (has(problem, "escape") || has(problem, "hexdecimal")))
    return {"в значении в двойных кавычках стоит обратная косая черта «\\»",
            "возьмите значение в одинарные кавычки ('…') или уберите «\\»"};
  if (has(problem, "tab") || (has(problem, "cannot start any token") && col < line.size() && line[col] == '\t'))
    return {"отступ сделан табуляцией", "в YAML отступы делаются только пробелами: замените табуляцию пробелами"};
  if (has(problem, "mapping values are not allowed") || has(problem, "unexpected ':'")) {
    // «  date: b» under «title: a»: the name is the first thing on its line,
    // so the line is a field shifted right, not a colon inside a value.
    std::string_view before = trim(line.substr(0, std::min(col + 1, line.size())));
    bool field_name = !before.empty() && before.find(' ') == std::string_view::npos && before.find(':') == before.size() - 1;
    if (field_name)
      return {"лишний отступ: поле сдвинуто вправо относительно поля выше",
              "поля одного уровня пишутся с одинаковым отступом; уберите пробелы в начале строки"};
    return {"в значении поля стоит двоеточие с пробелом — YAML принимает его за новое поле",
            "возьмите всё значение в кавычки: title: \"Встреча: итоги года\""};
  }
  if (has(context, "flow sequence") || has(context, "flow mapping"))
    return {"не закрыта скобка списка или набора полей",
            "у каждой «[» должна быть «]», у каждой «{» — «}»; текст со скобками возьмите в кавычки", true};
  if (has(context, "simple key") && has(problem, "':'"))
    return {"строка без двоеточия: YAML ждёт здесь «имя: значение»",
            "допишите двоеточие после имени поля; если это продолжение длинного значения, возьмите значение в кавычки"};
  if (has(context, "anchor") || has(context, "alias"))
    return {"значение начинается со знака «&» или «*», которым в YAML отмечают ссылки",
            "возьмите значение в кавычки: \"*важно\""};
  if (has(problem, "block sequence entries are not allowed"))
    return {"дефис списка стоит не на своём месте",
            "элементы списка пишутся каждый с новой строки, с одинаковым отступом: «  - значение»"};
  if (has(problem, "cannot start any token"))
    return {"значение не может начинаться с этого знака", "возьмите всё значение в кавычки"};
  if (has(context, "block mapping") || has(context, "block collection") || has(problem, "expected key"))
    return {"нарушены отступы",
            "вложенные поля и элементы списка пишутся с одинаковым отступом из пробелов (не табуляций)"};
  if (has(problem, "document start") || has(problem, "document end"))
    return {"после полей идёт ещё один документ YAML", "уберите лишнюю строку «---» или «...»"};
  return {"ошибка в записи YAML",
          "проверьте отступы, двоеточие и пробел после имени поля; значение, в котором есть «:» или «#», возьмите в "
          "кавычки"};
}

// Builds the tree from libyaml's events.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const YamlOrigin& origin, Diagnostics& diag, const YamlLimits& limits)
      : text_(text), origin_(origin), diag_(diag), limits_(limits), marks_(text) {}

  std::optional<YamlNode> run();

 private:
  struct Frame {
    YamlNode node;
    std::string anchor;
    size_t nodes = 1, bytes = 0;       // what the frame's subtree holds, for aliases to it
    std::optional<YamlEntry> pending;  // a map's key waiting for its value
  };
  struct Anchored {
    YamlNode node;
    size_t nodes = 0, bytes = 0;
  };

  bool on_event(const yaml_event_t& e);
  bool on_scalar(const yaml_event_t& e);
  bool on_alias(const yaml_event_t& e);
  bool on_start(const yaml_event_t& e, YamlNode::Kind kind, const yaml_char_t* anchor);
  bool on_end();
  bool place(YamlNode node, const std::string& anchor, size_t nodes, size_t bytes);
  bool count(size_t nodes, size_t bytes, const YamlMark& where);
  bool check_quoted(const yaml_event_t& e, const YamlNode& node);
  void fail(const YamlMark& where, std::string message, std::string hint);
  void fail_parser(const yaml_parser_t& parser);

  std::string_view text_;
  const YamlOrigin& origin_;
  Diagnostics& diag_;
  const YamlLimits& limits_;
  MarkMapper marks_;
  std::vector<Frame> stack_;
  std::map<std::string, Anchored> anchors_;
  std::optional<YamlNode> root_;
  size_t nodes_ = 0, bytes_ = 0;
  int documents_ = 0;
  bool failed_ = false;
};

void TreeBuilder::fail(const YamlMark& where, std::string message, std::string hint) {
  if (failed_) return;
  failed_ = true;
  diag_.error(yaml_loc(origin_, where), std::move(message), std::move(hint));
}

void TreeBuilder::fail_parser(const yaml_parser_t& parser) {
  if (parser.error == YAML_READER_ERROR) {  // a character YAML does not allow, at a byte offset
    size_t offset = std::min(parser.problem_offset, text_.size());
    size_t line_start = offset == 0 ? 0 : text_.rfind('\n', offset - 1);
    line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
    YamlMark at{static_cast<int>(std::count(text_.begin(), text_.begin() + line_start, '\n')),
                static_cast<int>(offset - line_start)};
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(parser.problem_value));
    fail(at, std::string("в тексте стоит невидимый служебный символ ") + code,
         "удалите его (такие символы попадают при копировании из Word и других программ) или перепечатайте это место");
    return;
  }
  YamlMark at = marks_(parser.problem_mark);
  YamlProblem problem = classify(parser, marks_.line(at.line));
  if (problem.at_context) {
    at = marks_(parser.context_mark);
    std::string_view line = marks_.line(at.line);
    // The fix, shown on the editor's own line: the same quote at its end.
    if (problem.quote_example && static_cast<size_t>(at.col) < line.size())
      problem.hint = "поставьте такую же кавычку в конце значения: " + std::string(trim(line)) + line[at.col];
  }
  fail(at, problem.message, problem.hint);
}

bool TreeBuilder::count(size_t nodes, size_t bytes, const YamlMark& where) {
  nodes_ += nodes;
  bytes_ += bytes;
  if (nodes_ <= limits_.max_nodes && bytes_ <= limits_.max_scalar_bytes) return true;
  fail(where, "ссылки на якоря (* и &) разворачиваются в слишком большой текст",
       "не повторяйте значения через якоря: напишите их прямо; в файлах сайта якоря не нужны");
  return false;
}

bool TreeBuilder::place(YamlNode node, const std::string& anchor, size_t nodes, size_t bytes) {
  if (!anchor.empty()) anchors_[anchor] = Anchored{node, nodes, bytes};
  if (stack_.empty()) {
    root_ = std::move(node);
    return true;
  }
  Frame& parent = stack_.back();
  parent.nodes += nodes;
  parent.bytes += bytes;
  if (parent.node.is_sequence()) {
    parent.node.items.push_back(std::move(node));
  } else if (!parent.pending) {  // a key
    if (!node.is_scalar() && !node.is_null()) {
      fail(node.mark, "имя поля должно быть текстом", "пишите поля как «имя: значение»");
      return false;
    }
    parent.pending = YamlEntry{std::move(node.text), node.mark, {}};
  } else {
    parent.pending->value = std::move(node);
    parent.node.entries.push_back(std::move(*parent.pending));
    parent.pending.reset();
  }
  return true;
}

// A quoted value that runs over lines and takes `name: …` lines into itself
// was almost always meant to end on its first line.
bool TreeBuilder::check_quoted(const yaml_event_t& e, const YamlNode& node) {
  auto style = e.data.scalar.style;
  if (style != YAML_DOUBLE_QUOTED_SCALAR_STYLE && style != YAML_SINGLE_QUOTED_SCALAR_STYLE) return true;
  int first = static_cast<int>(e.start_mark.line), last = static_cast<int>(e.end_mark.line);
  auto indent = [](std::string_view l) { return l.find_first_not_of(' '); };
  size_t key_indent = indent(marks_.line(first));
  for (int l = first + 1; l <= last; ++l) {
    if (indent(marks_.line(l)) > key_indent) continue;  // a continuation, indented as YAML wants
    std::string_view line = trim(marks_.line(l));
    size_t colon = line.find(": ");
    if (colon == std::string_view::npos && !line.empty() && line.back() == ':') colon = line.size() - 1;
    bool looks_like_field = colon != std::string_view::npos && colon > 0;
    for (size_t k = 0; looks_like_field && k < colon; ++k)
      looks_like_field = std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '_' || line[k] == '-';
    if (looks_like_field) {
      fail(node.mark, "кавычка, открытая в этой строке, не закрыта до строки " +
                          std::to_string(origin_.first_line + l) + ": значение захватило поле «" +
                          std::string(line.substr(0, colon)) + "»",
           "поставьте закрывающую кавычку в конце значения в этой строке");
      return false;
    }
  }
  return true;
}

bool TreeBuilder::on_scalar(const yaml_event_t& e) {
  const auto& sc = e.data.scalar;
  YamlNode node;
  node.mark = marks_(e.start_mark);
  node.text.assign(reinterpret_cast<const char*>(sc.value), sc.length);
  switch (sc.style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: node.style = YamlNode::Style::single_quoted; break;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: node.style = YamlNode::Style::double_quoted; break;
    case YAML_LITERAL_SCALAR_STYLE: node.style = YamlNode::Style::literal; break;
    case YAML_FOLDED_SCALAR_STYLE: node.style = YamlNode::Style::folded; break;
    default: node.style = YamlNode::Style::plain; break;
  }
  const std::string& v = node.text;
  bool null = node.style == YamlNode::Style::plain && (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL");
  node.kind = null ? YamlNode::Kind::null : YamlNode::Kind::scalar;
  if (!check_quoted(e, node) || !count(1, node.text.size(), node.mark)) return false;
  std::string anchor = sc.anchor ? reinterpret_cast<const char*>(sc.anchor) : "";
  size_t bytes = node.text.size();
  return place(std::move(node), anchor, 1, bytes);
}

bool TreeBuilder::on_alias(const yaml_event_t& e) {
  YamlMark at = marks_(e.start_mark);
  std::string name = reinterpret_cast<const char*>(e.data.alias.anchor);
  auto it = anchors_.find(name);
  if (it == anchors_.end()) {
    fail(at, "ссылка «*" + name + "» ведёт на якорь, которого нет выше", "объявите якорь «&" + name + "» раньше или напишите значение прямо");
    return false;
  }
  if (!count(it->second.nodes, it->second.bytes, at)) return false;
  YamlNode copy = it->second.node;
  copy.mark = at;
  return place(std::move(copy), "", it->second.nodes, it->second.bytes);
}

bool TreeBuilder::on_start(const yaml_event_t& e, YamlNode::Kind kind, const yaml_char_t* anchor) {
  YamlMark at = marks_(e.start_mark);
  if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
    fail(at, "слишком глубокая вложенность полей и списков", "упростите запись: в файлах сайта хватает нескольких уровней");
    return false;
  }
  if (!stack_.empty() && stack_.back().node.is_map() && !stack_.back().pending) {
    fail(at, "имя поля должно быть текстом", "пишите поля как «имя: значение»");
    return false;
  }
  if (!count(1, 0, at)) return false;
  Frame frame;
  frame.node.kind = kind;
  frame.node.mark = at;
  if (anchor) frame.anchor = reinterpret_cast<const char*>(anchor);
  stack_.push_back(std::move(frame));
  return true;
}

bool TreeBuilder::on_end() {
  Frame frame = std::move(stack_.back());
  stack_.pop_back();
  return place(std::move(frame.node), frame.anchor, frame.nodes, frame.bytes);
}

bool TreeBuilder::on_event(const yaml_event_t& e) {
  switch (e.type) {
    case YAML_DOCUMENT_START_EVENT:
      if (++documents_ > 1) {
        fail(marks_(e.start_mark), "после полей идёт ещё один документ YAML", "уберите лишнюю строку «---»");
        return false;
      }
      return true;
    case YAML_SCALAR_EVENT: return on_scalar(e);
    case YAML_ALIAS_EVENT: return on_alias(e);
    case YAML_SEQUENCE_START_EVENT:
      return on_start(e, YamlNode::Kind::sequence, e.data.sequence_start.anchor);
    case YAML_MAPPING_START_EVENT: return on_start(e, YamlNode::Kind::map, e.data.mapping_start.anchor);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: return on_end();
    default: return true;
  }
}

std::optional<YamlNode> TreeBuilder::run() {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return std::nullopt;
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> owner(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()), text_.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  for (bool done = false; !done && !failed_;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      fail_parser(parser);
      break;
    }
    std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> event_owner(&event, yaml_event_delete);
    done = event.type == YAML_STREAM_END_EVENT;
    on_event(event);
  }
  if (failed_) return std::nullopt;
  return root_ ? std::move(root_) : YamlNode{};
}

}  // namespace

std::optional<YamlNode> parse_yaml_document(std::string_view text, const YamlOrigin& origin, Diagnostics& diag,
                                            const YamlLimits& limits) {
  return TreeBuilder(text, origin, diag, limits).run();
}

std::optional<YamlNode> parse_yaml_map(std::string_view text, const YamlOrigin& origin, Diagnostics& diag) {
  auto node = parse_yaml_document(text, origin, diag);
  if (!node) return std::nullopt;
  if (node->is_null()) {
    YamlNode empty;
    empty.kind = YamlNode::Kind::map;
    return empty;
  }
  if (!node->is_map()) {
    diag.error(yaml_loc(origin, node->mark), "ожидается набор полей вида «имя: значение»",
               "каждое поле пишется с новой строки: «title: Заголовок»");
    return std::nullopt;
  }
  return node;
}

}  // namespace nastavnik
