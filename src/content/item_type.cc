#include "content/item_type.h"

#include "base/text.h"

namespace nastavnik {

std::optional<std::string> url_for(const std::string& rel_without_ext) {
  std::string url;
  for (const auto& part : split(rel_without_ext, '/')) {
    std::string s = slugify(part);
    if (s.empty()) return std::nullopt;
    url += s + "/";
  }
  return url;
}

std::optional<std::string> item_url(const std::string& stem, const std::string& source, Diagnostics& diag,
                                    const std::string& example) {
  auto url = url_for(stem);
  if (!url)
    diag.error({source}, "из имени файла не получается адрес страницы",
               "назовите файл буквами или цифрами, например " + example);
  return url;
}

void add_list_page(Library& lib, std::optional<Page>& intro, PageKind kind, const std::string& url, bool items) {
  if (!items && !intro) return;
  Page list = intro ? std::move(*intro) : Page{};
  list.kind = kind;
  list.url = url;
  list.output_file = url + "index.html";
  lib.pages.push_back(std::move(list));
}

}  // namespace nastavnik
