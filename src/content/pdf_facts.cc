#include "content/pdf_facts.h"

// qpdf 11: std::shared_ptr throughout, no PointerHolder (and no warning about it).
#define POINTERHOLDER_TRANSITION 4

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <qpdf/QPDF.hh>

#include <algorithm>
#include <memory>

#include "base/text.h"

namespace nastavnik {

namespace {

// poppler prints its complaints about damaged files to stderr; the checks
// report what matters in their own words.
void quiet(const std::string&, void*) {}

std::unique_ptr<poppler::document> open(const std::string& path) {
  static const bool silenced = (poppler::set_debug_error_function(quiet, nullptr), true);
  (void)silenced;
  return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path));
}

std::string utf8(const poppler::ustring& s) {
  auto bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

size_t letters_and_digits(const std::string& text) {
  size_t n = 0;
  for (char32_t c : utf8_decode(text))
    if ((c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0x400 && c <= 0x4FF)) ++n;
  return n;
}

// Tagged PDF (ISO 32000 14.8): the catalog marks the content and holds the
// structure tree. qpdf reads the catalog of encrypted files too.
bool is_tagged(const std::string& path) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(path.c_str());
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle marked = root.getKey("/MarkInfo").getKey("/Marked");
    return marked.isBool() && marked.getBoolValue() && root.getKey("/StructTreeRoot").isDictionary();
  } catch (const std::exception&) {
    return false;
  }
}

// A title that only repeats a file name or a placeholder says nothing: Word
// writes «Microsoft Word - Документ1.docx», browsers «about:blank».
std::string meaningful_title(const std::string& title) {
  std::string t = to_lower(title);
  for (std::string_view prefix : {"microsoft word - ", "about:", "untitled", "без названия", "документ1", "document1"})
    if (t.rfind(prefix, 0) == 0) return "";
  for (std::string_view ext : {".doc", ".docx", ".odt", ".rtf", ".pdf"})
    if (ends_with_ci(t, ext)) return "";
  return title;
}

}  // namespace

PdfFacts inspect_pdf(const std::string& path) {
  PdfFacts f;
  auto doc = open(path);
  if (!doc || doc->is_locked()) {
    f.encrypted = doc != nullptr;
    return f;
  }
  f.readable = true;
  f.pages = doc->pages();
  f.title = meaningful_title(std::string(trim(utf8(doc->get_title()))));
  f.encrypted = doc->is_encrypted();
  f.copy_protected = f.encrypted && !doc->has_permission(poppler::perm_copy);
  for (int i = 0; i < f.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) f.text_chars += letters_and_digits(utf8(page->text()));
  }
  f.tagged = is_tagged(path);
  return f;
}

std::vector<PdfLine> pdf_lines(const std::string& path) {
  std::vector<PdfLine> lines;
  auto doc = open(path);
  if (!doc || doc->is_locked()) return lines;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    double top = 0, bottom = 0, right = 0;
    bool first_on_page = true;
    for (const auto& box : page->text_list(poppler::page::text_list_include_font)) {
      poppler::rectf r = box.bbox();
      bool same_line = !first_on_page && !lines.empty() && r.y() < bottom - r.height() * 0.5 && r.x() >= right - 1;
      if (!same_line) {
        PdfLine line;
        line.new_page = first_on_page;
        line.gap_above = first_on_page ? 1e9 : std::max(0.0, r.y() - bottom);
        lines.push_back(std::move(line));
        top = r.y();
        first_on_page = false;
      } else if (!lines.back().text.empty() && lines.back().text.back() != ' ') {
        lines.back().text += ' ';
      }
      PdfLine& line = lines.back();
      line.text += utf8(box.text());
      if (box.has_space_after()) line.text += ' ';
      line.size = std::max(line.size, box.has_font_info() ? box.get_font_size() : r.height());
      top = std::min(top, r.y());
      bottom = std::max(same_line ? bottom : 0.0, r.y() + r.height());
      line.height = bottom - top;
      right = r.x() + r.width();
    }
  }
  for (auto& l : lines) l.text = std::string(trim(l.text));
  lines.erase(std::remove_if(lines.begin(), lines.end(), [](const PdfLine& l) { return l.text.empty(); }), lines.end());
  return lines;
}

}  // namespace nastavnik
