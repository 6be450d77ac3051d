#pragma once
// Word documents (.docx): the paragraphs and tables of word/document.xml, in
// document order, each table row placed on the table's grid (gridSpan,
// gridBefore, vMerge), paragraphs inside a cell kept apart. Hostile files are
// bounded: the archive, the inflated XML and the nesting are capped or walked
// without recursion.
#include <optional>
#include <string>
#include <vector>

#include "source/source_blocks.h"

namespace nastavnik {

// The largest inflated entry read from a .docx, and all entries together:
// a real roadmap's document.xml is well under a megabyte.
inline constexpr size_t kDocxEntryCap = 64u << 20;
inline constexpr size_t kDocxTotalCap = 96u << 20;

std::optional<std::vector<SourceBlock>> blocks_from_docx(const std::string& path, std::string& error);
// The same for the bytes of a .docx already in memory; `name` is for messages.
std::optional<std::vector<SourceBlock>> blocks_from_docx_bytes(const std::string& bytes, const std::string& name,
                                                              std::string& error);

}  // namespace nastavnik
