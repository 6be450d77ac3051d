#include "import/text_tables.h"

#include <algorithm>
#include <regex>

#include "base/text.h"
#include "source/import_text.h"

namespace nastavnik {

namespace {

struct Record {
  std::vector<std::string> fields;
  int line = 1;
};

// Where a quoted field that opens at `i` (on the quote) closes, or npos when
// its closing quote is not followed by a separator or the end of a line: a
// cell that merely starts with a quote (Word text: "Наставник года" конкурс).
size_t closing_quote(const std::string& text, size_t i, char sep) {
  for (size_t k = i + 1; k < text.size(); ++k) {
    if (text[k] != '"') continue;
    if (k + 1 < text.size() && text[k + 1] == '"') {
      ++k;
      continue;
    }
    size_t next = k + 1;
    if (next < text.size() && text[next] == '\r') ++next;
    if (next >= text.size() || text[next] == sep || text[next] == '\n') return k;
    return std::string::npos;
  }
  return std::string::npos;
}

std::string unquote(const std::string& text, size_t open, size_t close) {
  std::string out;
  for (size_t k = open + 1; k < close; ++k) {
    out += text[k];
    if (text[k] == '"') ++k;  // a doubled quote
  }
  return out;
}

std::vector<Record> parse_records(const std::string& text, char sep) {
  std::vector<Record> out;
  Record rec;
  std::string field;
  int line = 1;
  bool any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"' && field.empty()) {
      size_t close = closing_quote(text, i, sep);
      if (close != std::string::npos) {
        field = unquote(text, i, close);
        line += static_cast<int>(std::count(text.begin() + i, text.begin() + close, '\n'));
        i = close;
        any = true;
        continue;
      }
    }
    if (c == sep) {
      rec.fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n') {
      rec.fields.push_back(std::move(field));
      field.clear();
      out.push_back(std::move(rec));
      rec = Record{};
      rec.line = ++line;
      any = false;
    } else if (c != '\r') {
      field += c;
      any = true;
    }
  }
  if (any) {
    rec.fields.push_back(std::move(field));
    out.push_back(std::move(rec));
  }
  return out;
}

SourceBlock paragraph(const std::string& text, int line) {
  SourceBlock b;
  b.text = one_line(clean_cell(text));
  b.where = "строка " + std::to_string(line);
  return b;
}

}  // namespace

std::vector<SourceBlock> blocks_from_text(const std::string& text, char separator) {
  std::vector<SourceBlock> out;
  for (auto& rec : parse_records(text, separator)) {
    if (rec.fields.size() == 1) {
      SourceBlock b = paragraph(rec.fields[0], rec.line);
      if (!b.text.empty()) out.push_back(std::move(b));
      continue;
    }
    std::vector<std::string> cells;
    for (const auto& f : rec.fields) cells.push_back(clean_cell(f));
    out.push_back(plain_row(std::move(cells), "строка " + std::to_string(rec.line)));
  }
  return out;
}

namespace {

std::vector<std::string> markdown_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.push_back(cell);
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  if (!trim(cell).empty()) cells.push_back(cell);
  return cells;
}

}  // namespace

std::vector<SourceBlock> blocks_from_markdown(const std::string& text) {
  static const std::regex separator_cell(R"(^\s*:?-{2,}:?\s*$)");
  std::vector<SourceBlock> out;
  int n = 0;
  for (const auto& raw : split(text, '\n')) {
    ++n;
    std::string line(trim(raw));
    if (!line.empty() && line[0] == '|') {
      auto cells = markdown_cells(line);
      if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.size() < 100 && std::regex_match(c, separator_cell); }))
        continue;
      for (auto& c : cells) c = clean_cell(c);
      out.push_back(plain_row(std::move(cells), "строка " + std::to_string(n)));
      continue;
    }
    while (!line.empty() && line[0] == '#') line.erase(0, 1);
    SourceBlock b = paragraph(line, n);
    if (!b.text.empty()) out.push_back(std::move(b));
  }
  return out;
}

char csv_separator(const std::string& text) {
  // Russian Excel separates with ';' (the comma is its decimal point), and
  // Russian text is full of commas: ';' wins when lines are made of it.
  int semicolon_lines = 0, comma_lines = 0, n = 0;
  for (const auto& line : split(text.substr(0, 1 << 16), '\n')) {
    if (++n > 30) break;
    semicolon_lines += std::count(line.begin(), line.end(), ';') >= 2;
    comma_lines += std::count(line.begin(), line.end(), ',') >= 2;
  }
  return semicolon_lines >= 2 || semicolon_lines >= comma_lines ? ';' : ',';
}

}  // namespace nastavnik
