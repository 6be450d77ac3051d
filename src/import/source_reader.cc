#include "import/source_reader.h"

#include "base/text.h"
#include "source/capped_read.h"
#include "source/docx_reader.h"
#include "import/text_encoding.h"
#include "import/text_tables.h"

namespace nastavnik {

namespace {

bool is_text_table(const std::string& path) {
  for (const char* ext : {".md", ".markdown", ".csv", ".tsv", ".txt", ".tab"})
    if (ends_with_ci(path, ext)) return true;
  return false;
}

std::vector<SourceBlock> text_blocks(const std::string& path, const std::string& text) {
  if (ends_with_ci(path, ".md") || ends_with_ci(path, ".markdown")) return blocks_from_markdown(text);
  if (ends_with_ci(path, ".csv")) return blocks_from_text(text, csv_separator(text));
  return blocks_from_text(text, '\t');
}

}  // namespace

std::optional<SourceDocument> read_source(const std::string& path, std::string& error) {
  SourceDocument doc;
  if (ends_with_ci(path, ".docx")) {
    auto blocks = blocks_from_docx(path, error);
    if (!blocks) return std::nullopt;
    doc.blocks = std::move(*blocks);
    return doc;
  }
  if (ends_with_ci(path, ".doc")) {
    error = "старый формат Word (.doc) не читается: откройте файл в Word или LibreOffice и сохраните как .docx";
    return std::nullopt;
  }
  auto bytes = read_capped(path, kImportFileCap, error);
  if (!bytes) return std::nullopt;
  if (!is_text_table(path)) {
    // A file without a known extension: a Word archive or a tab-separated text.
    if (bytes->rfind("PK\x03\x04", 0) == 0) {
      auto blocks = blocks_from_docx_bytes(*bytes, path, error);
      if (!blocks) return std::nullopt;
      doc.blocks = std::move(*blocks);
      return doc;
    }
  }
  auto text = decode_text(*bytes);
  if (!text) {
    error = "файл «" + path + "» — не документ Word (.docx) и не текст в UTF-8, UTF-16 или Windows-1251: сохраните "
            "таблицу как .docx или как «Текст с разделителями табуляции»";
    return std::nullopt;
  }
  if (text->encoding == "Windows-1251")
    doc.notes.push_back("текст в кодировке Windows-1251 (так сохраняет Excel) — перекодирован в UTF-8; проверьте буквы");
  else if (text->encoding == "UTF-16")
    doc.notes.push_back("текст в кодировке UTF-16 («Текст Юникод» из Excel) — перекодирован в UTF-8");
  doc.blocks = text_blocks(path, text->text);
  return doc;
}

}  // namespace nastavnik
