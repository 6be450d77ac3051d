#pragma once
// Reads an input file into blocks by its extension: .docx (docx_reader.h),
// .tsv/.txt/.tab, .csv and .md (text_tables.h), the text in any encoding
// Excel or Notepad saves (text_encoding.h), every file size-capped.
#include <optional>
#include <string>
#include <vector>

#include "source/source_blocks.h"

namespace nastavnik {

struct SourceDocument {
  std::vector<SourceBlock> blocks;
  std::vector<std::string> notes;  // e.g. the text was converted from Windows-1251 (Russian)
};

// nullopt with `error` (Russian) when the file cannot be read or is of an
// unknown kind.
std::optional<SourceDocument> read_source(const std::string& path, std::string& error);

}  // namespace nastavnik
