#pragma once
// The text of a published document, for its HTML version (order № 1493:
// text that can be searched and copied; decree № 102: an accessible
// alternative to a file that is not): headings, paragraphs, list items and
// tables, read from a .docx (the importer's Word reader), from a PDF's text
// layer, or from a text version the editor supplies.
#include <optional>
#include <string>
#include <vector>

#include "import/source_blocks.h"
#include "content/pdf_facts.h"

namespace nastavnik {

struct TextBlock {
  enum class Kind { heading, paragraph, list_item, table };
  Kind kind = Kind::paragraph;
  int level = 0;                                // heading 1–3; list nesting from 0
  std::string text;                             // lines separated by '\n'
  std::vector<std::vector<std::string>> rows;   // a table: the cells of each row
};

struct DocumentText {
  enum class Origin { none, docx, pdf, editor };
  Origin origin = Origin::none;
  std::vector<TextBlock> blocks;  // docx, pdf, a plain-text file
  std::string markdown;           // the editor's text in Markdown (field `text` or a .md file)

  bool empty() const { return blocks.empty() && markdown.empty(); }
  // All the words, for the search index.
  std::string plain() const;
};

// From Word: heading styles and outline levels, list paragraphs, tables.
DocumentText text_from_docx_blocks(const std::vector<SourceBlock>& blocks);
// From a PDF's text layer: paragraphs by the gaps between lines, headings by
// a font bigger than the body's, bulleted lines as list items; page numbers
// dropped, a paragraph cut by a page break joined.
DocumentText text_from_pdf_lines(const std::vector<PdfLine>& lines);
// From plain text: paragraphs separated by blank lines, «- », «– », «• »
// lines as list items.
DocumentText text_from_plain(const std::string& text);

}  // namespace nastavnik
