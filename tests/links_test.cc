#include <catch2/catch.hpp>

#include "content/links.h"

using namespace nastavnik;

TEST_CASE("relative URLs between output paths") {
  CHECK(relative_url("", "") == "index.html");
  CHECK(relative_url("", "documents/") == "documents/index.html");
  CHECK(relative_url("documents/", "documents/") == "index.html");
  CHECK(relative_url("documents/prikaz/", "documents/") == "../index.html");
  CHECK(relative_url("documents/prikaz/", "documents/files/a.pdf") == "../files/a.pdf");
  CHECK(relative_url("kontakty/", "") == "../index.html");
  CHECK(relative_url("kontakty/", "assets/style.css") == "../assets/style.css");
  CHECK(relative_url("a/b/", "a/c/") == "../c/index.html");
  CHECK(relative_url("", "файлы/план 1.pdf") == "%D1%84%D0%B0%D0%B9%D0%BB%D1%8B/%D0%BF%D0%BB%D0%B0%D0%BD%201.pdf");
  CHECK(root_prefix("a/b/") == "../../");
  CHECK(root_prefix("") == "");
}

TEST_CASE("external URLs are recognised") {
  CHECK(is_external_url("https://example.org"));
  CHECK(is_external_url("mailto:a@b.ru"));
  CHECK(is_external_url("tel:+7000"));
  CHECK(is_external_url("//cdn.example.org/x.js"));
  CHECK_FALSE(is_external_url("documents/"));
  CHECK_FALSE(is_external_url("../a.md"));
  CHECK_FALSE(is_external_url("/documents/"));
  CHECK(percent_decode("%D0%BF%20x") == "п x");
}

static Library sample_library() {
  Library lib;
  auto add = [&](PageKind kind, std::string source, std::string url) {
    Page p;
    p.kind = kind;
    p.source = source;
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

TEST_CASE("content links resolve to relative output URLs") {
  Library lib = sample_library();
  Diagnostics diag;
  SourceLoc loc{"content/pages/kontakty.md", 5, 3};
  auto link = [&](const std::string& href) { return resolve_link(lib, "content/pages", "kontakty/", href, loc, diag); };
  CHECK(link("../documents/prikaz.md") == "../documents/prikaz/index.html");
  CHECK(link("../documents/prikaz.md#p2") == "../documents/prikaz/index.html#p2");
  CHECK(link("/documents/") == "../documents/index.html");
  CHECK(link("/documents") == "../documents/index.html");
  CHECK(link("/documents/prikaz.md") == "../documents/prikaz/index.html");
  CHECK(link("../documents/files/prikaz.pdf") == "../documents/files/prikaz.pdf");
  CHECK(link("../../static/logo.png") == "../logo.png");
  CHECK(link("../_index.md") == "../index.html");
  CHECK(link("https://example.org/x") == "https://example.org/x");
  CHECK(link("#top") == "#top");
  CHECK(diag.error_count() == 0);
}

TEST_CASE("broken content links are errors at their position") {
  Library lib = sample_library();
  Diagnostics diag;
  SourceLoc loc{"content/pages/kontakty.md", 7, 12};
  std::string out = resolve_link(lib, "content/pages", "kontakty/", "net-takoy.md", loc, diag);
  CHECK(out == "net-takoy.md");
  REQUIRE(diag.error_count() == 1);
  CHECK(diag.all()[0].loc.line == 7);
  CHECK(diag.all()[0].loc.col == 12);
  resolve_link(lib, "content/pages", "kontakty/", "/novosti/", loc, diag);
  resolve_link(lib, "content/pages", "kontakty/", "files/net.pdf", loc, diag);
  CHECK(diag.error_count() == 3);
}
