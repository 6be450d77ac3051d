#pragma once
// Tables in text: tab-separated lines as tables come out of Word or Excel
// (.tsv, .txt), CSV (`,` or `;`, quoted cells with line breaks) and Markdown
// tables. A line with one field is a paragraph; the importer decides whether
// it is a section row merged across the table.
#include <string>
#include <vector>

#include "source/source_blocks.h"

namespace nastavnik {

std::vector<SourceBlock> blocks_from_text(const std::string& text, char separator);  // TSV/CSV
std::vector<SourceBlock> blocks_from_markdown(const std::string& text);

// `;` when the first line has more of them than of commas.
char csv_separator(const std::string& text);

}  // namespace nastavnik
