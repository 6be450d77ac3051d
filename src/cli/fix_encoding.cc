#include "cli/fix_encoding.h"

#include <filesystem>
#include <ostream>

#include "base/text.h"
#include "import/text_encoding.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

bool is_text_source(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".md" || ext == ".yaml" || ext == ".yml";
}

bool is_utf16(const std::string& bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

// Converts one file if it is not UTF-8; true when it did.
bool fix_file(const fs::path& full, const std::string& shown, std::ostream& out) {
  auto bytes = read_file(full.string());
  if (!bytes || (utf8_valid(*bytes) && !is_utf16(*bytes))) return false;
  auto decoded = decode_text(*bytes);
  if (!decoded || decoded->encoding == "UTF-8") return false;
  if (!write_file(full.string(), decoded->text)) {
    out << "Не удалось перезаписать " << shown << ": проверьте права на запись\n";
    return false;
  }
  out << "Перекодирован в UTF-8 (был в " << decoded->encoding << "): " << shown << "\n";
  return true;
}

}  // namespace

int fix_encodings(const std::string& root, std::ostream& out) {
  int fixed = fix_file(fs::path(root) / "site.yaml", "site.yaml", out) ? 1 : 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(fs::path(root) / "content", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec) && is_text_source(it->path()))
      fixed += fix_file(it->path(), fs::relative(it->path(), root, ec).generic_string(), out);
  return fixed;
}

}  // namespace nastavnik
