#pragma once
// Placing a row's cells on the table's columns by their meaning, not by
// position: a cell that spans several columns (Word's gridSpan, or a short
// row of a text table where two cells were merged) has its paragraphs split
// among those columns where the text changes from, say, responsible parties
// to results.
#include <string>
#include <vector>

#include "import/columns.h"
#include "source/source_blocks.h"

namespace nastavnik {

struct PlacedRow {
  std::vector<std::string> text;   // by grid column of the header
  std::vector<bool> from_above;    // the text continues a vertically merged cell
  std::vector<std::string> extra;  // cells beyond the last column
  std::string note;                // how the row was placed, when not cell by cell (Russian)
  const std::string& at(int column) const;
  bool empty_except(int column) const;
  int filled() const;
};

PlacedRow place_row(const SourceBlock& row, const ColumnMap& map);

// Splits paragraphs in order among `meanings` (columns left to right) where
// they fit best; one group per meaning, possibly empty.
std::vector<std::vector<std::string>> split_by_meaning(const std::vector<std::string>& paras,
                                                      const std::vector<Column>& meanings);

}  // namespace nastavnik
