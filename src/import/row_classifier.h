#pragma once
// Every row of a roadmap table gets a kind — section, item, sub-item,
// continuation of the item above, approval, repeated header, column numbers,
// empty — and the reason for it in Russian, so `import roadmap --explain`
// can show an editor why a row went where it did.
#include <string>
#include <vector>

#include "import/columns.h"
#include "import/row_layout.h"
#include "source/source_blocks.h"

namespace nastavnik {

enum class RowKind { header, header_repeat, column_numbers, section, item, sub_item, continuation, approval, empty };

// «раздел», «пункт», «продолжение»…
std::string row_kind_name(RowKind kind);

struct RowDecision {
  size_t block = 0;      // index in the blocks
  RowKind kind = RowKind::empty;
  std::string reason;    // Russian
  PlacedRow row;         // the cells by column (items, continuations)
  std::string number;    // of a section or an item, without a trailing dot
  std::string text;      // a section's title, an approval's text
};

// Classifies the rows after the header row `header` up to the end of the
// table (a paragraph or another table that does not continue it).
std::vector<RowDecision> classify_rows(const std::vector<SourceBlock>& blocks, size_t header, const ColumnMap& map);

// «1. Нормативно-правовое …», «I. …», «Раздел 2. …» → number and title.
bool split_heading(const std::string& text, std::string& number, std::string& title);

// «1.1.» → «1.1», «2)» → «2».
std::string bare_number(const std::string& n);

}  // namespace nastavnik
