#include "content/file_refs.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// "content/practices/2024" -> "content/practices/": the section a folder is in.
std::string section_of(const std::string& dir) {
  size_t slash = dir.find('/', std::string("content/").size());
  return slash == std::string::npos ? dir + "/" : dir.substr(0, slash + 1);
}

}  // namespace

bool stays_inside(const std::string& root, const std::string& path) {
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) return false;
  fs::path target = fs::canonical(fs::path(root) / path, ec);
  if (ec) return false;
  auto [end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  return end == base.end();
}

bool item_file_allowed(const std::string& root, const std::string& source_dir, const std::string& path,
                       const std::string& written, const SourceLoc& loc, Diagnostics& diag) {
  const std::string mentors = "content/mentors/";
  std::string section = section_of(source_dir);
  if (path.rfind(mentors, 0) == 0 && section != mentors) {
    diag.error(loc, "«" + written + "» — файл из папки наставников: их фотографии публикуются только в их профилях, по их согласию",
               "возьмите другую фотографию; если человек согласен на такую публикацию, оформите согласие и положите копию "
               "снимка рядом с этим текстом");
    return false;
  }
  if (path.rfind(section, 0) != 0) {
    diag.error(loc, "«" + written + "» лежит вне папки " + section + ": файлы одного материала не берутся из папок других",
               "положите копию файла рядом с этим текстом (например, в " + source_dir + "/files/) и укажите путь от него");
    return false;
  }
  if (!stays_inside(root, path)) {
    diag.error(loc, "«" + written + "» — символическая ссылка за пределы папки сайта, такой файл не публикуется",
               "положите в папку сайта сам файл, а не ссылку на него");
    return false;
  }
  return true;
}

}  // namespace nastavnik
