#pragma once
// A document as the importer sees it: a flat sequence of paragraphs outside
// tables and table rows, each row a list of cells placed on the table's grid
// (Word's gridSpan and vMerge), whatever the file format.
#include <string>
#include <vector>

namespace nastavnik {

struct SourceCell {
  std::string text;           // cleaned paragraphs separated by '\n'
  int column = 0;             // the first grid column it covers
  int span = 1;               // how many grid columns it covers (gridSpan)
  bool merged_above = false;  // continues a vertically merged cell (vMerge): text copied from above
  bool bold = false;          // every run of text is bold (Word)
};

struct SourceBlock {
  bool is_row = false;
  std::string text;               // a paragraph (is_row == false), one line
  std::vector<SourceCell> cells;  // a row, in grid order
  int table = 0;                  // which table a row belongs to (Word; 0 in text formats)
  bool header_flag = false;       // Word marks the row as a header repeated on every page
  std::string where;              // «строка 12» / «таблица 2, строка 5»
  int heading = 0;                // a Word heading paragraph's level (1–9: style or outline level), else 0
  int list_level = -1;            // a Word list paragraph's nesting (numPr), else -1

  // Grid columns the row covers.
  int width() const { return cells.empty() ? 0 : cells.back().column + cells.back().span; }
  bool blank() const {
    for (const auto& c : cells)
      if (!c.text.empty()) return false;
    return true;
  }
};

// A row of plain cells, one grid column each (text formats).
inline SourceBlock plain_row(std::vector<std::string> texts, std::string where) {
  SourceBlock b;
  b.is_row = true;
  b.where = std::move(where);
  for (size_t i = 0; i < texts.size(); ++i) b.cells.push_back({std::move(texts[i]), static_cast<int>(i), 1});
  return b;
}

}  // namespace nastavnik
