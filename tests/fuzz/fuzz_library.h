#pragma once
// A small library for fuzz targets that resolve links: a home page, a free
// page, the documents list with one document and one attached file.
#include "content/library.h"

namespace fuzz {

inline nastavnik::Library small_library() {
  using namespace nastavnik;
  Library lib;
  auto add = [&](PageKind kind, std::string source, std::string url) {
    Page p;
    p.kind = kind;
    p.source = std::move(source);
    p.url = url;
    p.output_file = url + "index.html";
    lib.pages.push_back(p);
  };
  add(PageKind::home, "content/_index.md", "");
  add(PageKind::page, "content/pages/kontakty.md", "kontakty/");
  add(PageKind::document_list, "", "documents/");
  add(PageKind::document, "content/documents/prikaz.md", "documents/prikaz/");
  for (size_t i = 0; i < lib.pages.size(); ++i) {
    lib.by_url[lib.pages[i].url] = i;
    if (!lib.pages[i].source.empty()) lib.by_source[lib.pages[i].source] = i;
    lib.outputs.insert(lib.pages[i].output_file);
  }
  lib.outputs.insert("documents/files/prikaz.pdf");
  lib.outputs.insert("logo.png");
  return lib;
}

}  // namespace fuzz
