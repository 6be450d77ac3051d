#include "content/document_text.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "base/text.h"

namespace nastavnik {

namespace {

// «- », «– », «— », «• », «· » and the like at the start of a line.
size_t bullet_length(std::string_view line) {
  for (std::string_view b : {"- ", "– ", "— ", "• ", "· ", "◦ ", "▪ ", "\xEF\x82\xB7 "})  // U+F0B7: Word's Symbol bullet
    if (line.substr(0, b.size()) == b) return b.size();
  return 0;
}

TextBlock block(TextBlock::Kind kind, std::string text, int level = 0) {
  TextBlock b;
  b.kind = kind;
  b.text = std::move(text);
  b.level = level;
  return b;
}

// A table of Word rows: the text of each grid column; a cell merged across
// columns appears once.
TextBlock table_of(const std::vector<const SourceBlock*>& rows) {
  TextBlock t;
  t.kind = TextBlock::Kind::table;
  for (const SourceBlock* r : rows) {
    std::vector<std::string> cells;
    for (const auto& c : r->cells) cells.push_back(c.merged_above ? "" : c.text);
    t.rows.push_back(std::move(cells));
  }
  return t;
}

bool ends_sentence(const std::string& text) {
  if (text.empty()) return true;
  char c = text.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

bool starts_lower(const std::string& text) {
  std::u32string u = utf8_decode(text.substr(0, 4));
  return !u.empty() && ((u[0] >= U'а' && u[0] <= U'я') || u[0] == U'ё' || (u[0] >= U'a' && u[0] <= U'z'));
}

// «1. », «2) », «1.1. », «1.2 »: a numbered point, which starts a paragraph
// of its own even when the gap above it is a line's.
bool starts_numbered(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && i < 12 && ((text[i] >= '0' && text[i] <= '9') || (text[i] == '.' && i > 0))) ++i;
  if (i == 0 || i >= text.size()) return false;
  if (text[i] == ')') ++i;
  else if (text[i - 1] != '.') return false;
  return i < text.size() && text[i] == ' ';
}

bool is_page_number(const std::string& text) {
  std::string t(trim(text));
  if (t.size() >= 2 && t.front() == '-' && t.back() == '-') t = std::string(trim(t.substr(1, t.size() - 2)));
  return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The body's font size: the size most characters are set in.
double body_size(const std::vector<PdfLine>& lines) {
  std::map<long, size_t> chars;
  for (const auto& l : lines) chars[std::lround(l.size * 2)] += l.text.size();
  long best = 0;
  size_t most = 0;
  for (const auto& [size, n] : chars)
    if (n > most) best = size, most = n;
  return best / 2.0;
}

// Heading levels for the sizes bigger than the body's: the biggest is 1.
std::map<long, int> heading_sizes(const std::vector<PdfLine>& lines, double body) {
  std::vector<long> sizes;
  for (const auto& l : lines)
    if (l.size >= body * 1.15 && utf8_length(l.text) <= 200) sizes.push_back(std::lround(l.size * 2));
  std::sort(sizes.rbegin(), sizes.rend());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  std::map<long, int> levels;
  for (size_t i = 0; i < sizes.size(); ++i) levels[sizes[i]] = static_cast<int>(std::min<size_t>(i + 1, 3));
  return levels;
}

}  // namespace

std::string DocumentText::plain() const {
  std::string out = markdown;
  for (const auto& b : blocks) {
    if (!out.empty()) out += '\n';
    out += b.text;
    for (const auto& row : b.rows)
      for (const auto& cell : row) out += ' ' + cell;
  }
  return out;
}

DocumentText text_from_docx_blocks(const std::vector<SourceBlock>& blocks) {
  DocumentText t;
  t.origin = DocumentText::Origin::docx;
  std::vector<const SourceBlock*> rows;
  auto flush_table = [&] {
    if (!rows.empty()) t.blocks.push_back(table_of(rows));
    rows.clear();
  };
  for (const auto& b : blocks) {
    if (b.is_row) {
      if (!rows.empty() && rows.back()->table != b.table) flush_table();
      rows.push_back(&b);
      continue;
    }
    flush_table();
    if (b.heading) t.blocks.push_back(block(TextBlock::Kind::heading, b.text, std::min(b.heading, 3)));
    else if (b.list_level >= 0) t.blocks.push_back(block(TextBlock::Kind::list_item, b.text, b.list_level));
    else if (size_t n = bullet_length(b.text)) t.blocks.push_back(block(TextBlock::Kind::list_item, b.text.substr(n)));
    else t.blocks.push_back(block(TextBlock::Kind::paragraph, b.text));
  }
  flush_table();
  return t;
}

DocumentText text_from_pdf_lines(const std::vector<PdfLine>& lines) {
  DocumentText t;
  t.origin = DocumentText::Origin::pdf;
  double body = body_size(lines);
  auto headings = heading_sizes(lines, body);
  const PdfLine* previous = nullptr;
  for (const auto& l : lines) {
    if (is_page_number(l.text)) continue;
    auto h = headings.find(std::lround(l.size * 2));
    size_t bullet = bullet_length(l.text);
    bool gap = previous && l.gap_above > std::max(previous->height, l.height) * 0.6;
    bool size_changed = previous && std::fabs(previous->size - l.size) > 0.5;
    TextBlock* last = t.blocks.empty() ? nullptr : &t.blocks.back();
    // A line continues the paragraph above unless something says otherwise;
    // across a page break only a phrase that is plainly cut.
    bool continues = last && last->kind != TextBlock::Kind::table && !bullet && !size_changed && !starts_numbered(l.text) &&
                     (l.new_page ? !ends_sentence(last->text) && starts_lower(l.text) : !gap);
    if (continues && h == headings.end()) {
      last->text += ' ' + l.text;
    } else if (continues && last->kind == TextBlock::Kind::heading) {
      last->text += ' ' + l.text;
    } else if (h != headings.end()) {
      t.blocks.push_back(block(TextBlock::Kind::heading, l.text, h->second));
    } else if (bullet) {
      t.blocks.push_back(block(TextBlock::Kind::list_item, l.text.substr(bullet)));
    } else {
      t.blocks.push_back(block(TextBlock::Kind::paragraph, l.text));
    }
    previous = &l;
  }
  return t;
}

DocumentText text_from_plain(const std::string& text) {
  DocumentText t;
  t.origin = DocumentText::Origin::editor;
  bool paragraph_open = false;
  for (const auto& raw : split(text, '\n')) {
    std::string line(trim(raw));
    if (line.empty()) {
      paragraph_open = false;
      continue;
    }
    if (size_t n = bullet_length(line)) {
      t.blocks.push_back(block(TextBlock::Kind::list_item, line.substr(n)));
      paragraph_open = false;
    } else if (paragraph_open) {
      t.blocks.back().text += '\n' + line;
    } else {
      t.blocks.push_back(block(TextBlock::Kind::paragraph, line));
      paragraph_open = true;
    }
  }
  return t;
}

}  // namespace nastavnik
