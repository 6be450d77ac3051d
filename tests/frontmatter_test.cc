#include <catch2/catch.hpp>

#include "source/frontmatter.h"

using namespace nastavnik;

TEST_CASE("front matter is split from the body with line numbers") {
  Diagnostics diag;
  SourceFile f{"a.md", "---\ntitle: Привет\n---\n\nТекст\n"};
  auto fm = split_front_matter(f, diag);
  REQUIRE(fm);
  CHECK(fm->present);
  CHECK(fm->yaml == "title: Привет\n");
  CHECK(fm->yaml_line == 2);
  CHECK(fm->body == "\nТекст\n");
  CHECK(fm->body_line == 4);
  CHECK(diag.error_count() == 0);
}

TEST_CASE("a file without front matter is all body") {
  Diagnostics diag;
  auto fm = split_front_matter({"a.md", "# Заголовок\n"}, diag);
  REQUIRE(fm);
  CHECK_FALSE(fm->present);
  CHECK(fm->body == "# Заголовок\n");
}

TEST_CASE("unclosed front matter is an error at line 1") {
  Diagnostics diag;
  auto fm = split_front_matter({"content/x.md", "---\ntitle: a\n\ntext\n"}, diag);
  CHECK_FALSE(fm);
  REQUIRE(diag.error_count() == 1);
  CHECK(diag.all()[0].loc.file == "content/x.md");
  CHECK(diag.all()[0].loc.line == 1);
}

TEST_CASE("BOM and CRLF are normalised") {
  CHECK(normalise_newlines("\xEF\xBB\xBF---\r\na: b\r\n---\r\n") == "---\na: b\n---\n");
  CHECK(normalise_newlines("a\rb") == "a\nb");
}

TEST_CASE("closing fence may carry trailing spaces and the body may be empty") {
  Diagnostics diag;
  auto fm = split_front_matter({"a.md", "---\ntitle: x\n---  "}, diag);
  REQUIRE(fm);
  CHECK(fm->body.empty());
  CHECK(diag.error_count() == 0);
}
