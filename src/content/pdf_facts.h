#pragma once
// What a published PDF is, for its readers and for the accessibility checks
// (decree № 102 of 2026: documents tagged per ГОСТ Р 70176-2022 or with an
// accessible alternative): pages, whether it has a text layer or is a bare
// scan, whether it is tagged, its title, encryption and copy protection.
// Read with poppler (text, title, permissions) and qpdf (the catalog: tags).
#include <string>
#include <vector>

namespace nastavnik {

struct PdfFacts {
  bool readable = false;   // poppler opened it (false: damaged, or a password is needed to open it)
  int pages = 0;
  size_t text_chars = 0;   // letters and digits of the text layer
  bool tagged = false;     // /MarkInfo /Marked true and a /StructTreeRoot
  std::string title;       // the document information's Title, trimmed
  bool encrypted = false;
  bool copy_protected = false;  // encrypted without the permission to copy text

  // A text layer worth the name: a scan may carry a few stray characters.
  bool has_text() const { return pages > 0 && text_chars >= static_cast<size_t>(pages) * 16; }
};

PdfFacts inspect_pdf(const std::string& path);

// A line of the text layer, in reading order, with the size of its biggest
// font and the gap above it (in points; a new page counts as a big gap).
struct PdfLine {
  std::string text;
  double size = 0;
  double gap_above = 0;
  double height = 0;
  bool new_page = false;
};

// The lines of every page; empty when there is no text layer.
std::vector<PdfLine> pdf_lines(const std::string& path);

}  // namespace nastavnik
