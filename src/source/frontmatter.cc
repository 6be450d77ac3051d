#include "source/frontmatter.h"

namespace nastavnik {

static bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

std::optional<FrontMatter> split_front_matter(const SourceFile& file, Diagnostics& diag) {
  FrontMatter fm;
  std::string_view text = file.text;
  size_t first_end = text.find('\n');
  std::string_view first = text.substr(0, first_end);
  if (!is_fence(first)) {
    fm.body = file.text;
    return fm;
  }
  fm.present = true;
  fm.yaml_line = 2;
  size_t pos = first_end == std::string_view::npos ? text.size() : first_end + 1;
  int line = 2;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view l = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(l)) {
      fm.yaml = std::string(text.substr(first_end + 1, pos - first_end - 1));
      fm.body_line = line + 1;
      fm.body = end == std::string_view::npos ? std::string() : std::string(text.substr(end + 1));
      return fm;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  diag.error({file.path, 1, 1}, "блок полей в начале файла открыт строкой «---», но не закрыт",
             "добавьте строку «---» после последнего поля, перед текстом страницы");
  return std::nullopt;
}

}  // namespace nastavnik
