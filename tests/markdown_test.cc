#include <catch2/catch.hpp>

#include "render/markdown.h"

using namespace nastavnik;

static std::string md(const std::string& text, MarkdownOptions opts = {}) { return render_markdown(text, opts, {}); }

TEST_CASE("GFM extensions are on") {
  std::string html = md("| a | b |\n|:-:|---|\n| 1 | 2 |\n\n~~old~~ www.example.org\n\n- [x] done\n- [ ] todo\n");
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("text-align: center") != std::string::npos);  // no obsolete align attribute
  CHECK(html.find("align=\"") == std::string::npos);
  CHECK(html.find("<del>old</del>") != std::string::npos);
  CHECK(html.find("href=\"http://www.example.org\"") != std::string::npos);
  CHECK(html.find("type=\"checkbox\"") != std::string::npos);
}

TEST_CASE("raw HTML is dropped unless allowed") {
  CHECK(md("<script>alert(1)</script>\n\ntext <b>x</b>").find("<script>") == std::string::npos);
  CHECK(md("a <b>x</b>").find("<b>") == std::string::npos);
  CHECK(md("a <b>x</b>", {true}).find("<b>x</b>") != std::string::npos);
}

TEST_CASE("headings move down when the text uses h1") {
  std::string html = md("# Раз\n\n## Два\n");
  CHECK(html.find("<h2>Раз</h2>") != std::string::npos);
  CHECK(html.find("<h3>Два</h3>") != std::string::npos);
  CHECK(html.find("<h1>") == std::string::npos);
  CHECK(md("## Два\n").find("<h2>Два</h2>") != std::string::npos);
}

TEST_CASE("links and images go through the rewriter with positions") {
  std::vector<std::tuple<std::string, int, int>> seen;
  MarkdownHooks hooks;
  hooks.rewrite_url = [&](const std::string& url, int line, int col) {
    seen.emplace_back(url, line, col);
    return "X" + url;
  };
  std::vector<std::string> warnings;
  hooks.warn = [&](int, int, const std::string& m, const std::string&) { warnings.push_back(m); };
  std::string html = render_markdown("Текст\n\nсм. [док](a.md) и ![](p.jpg)\n", {}, hooks);
  REQUIRE(seen.size() == 2);
  CHECK(std::get<0>(seen[0]) == "a.md");
  CHECK(std::get<1>(seen[0]) == 3);
  CHECK(std::get<2>(seen[0]) == 7);  // columns count bytes, as compilers do: "см. " is 6
  CHECK(html.find("href=\"Xa.md\"") != std::string::npos);
  CHECK(html.find("src=\"Xp.jpg\"") != std::string::npos);
  REQUIRE(warnings.size() == 1);  // the image has no alt text
}

TEST_CASE("links made by the autolink extension are reported at their paragraph, never at line 0") {
  // The autolink extension makes its links after parsing, without a source
  // position (line and column 0): a warning about such a link said «line 0».
  std::vector<std::tuple<std::string, int, int>> seen;
  MarkdownHooks hooks;
  hooks.rewrite_url = [&](const std::string& url, int line, int col) {
    seen.emplace_back(url, line, col);
    return url;
  };
  render_markdown("Текст\n\n| a |\n|---|\n| см. www.example.org |\n\nсм. https://docs.edu.gov.ru/ и mail@example.org\n", {}, hooks);
  REQUIRE(seen.size() == 3);
  CHECK(std::get<0>(seen[0]) == "http://www.example.org");
  CHECK(std::get<1>(seen[0]) == 5);  // the table row
  CHECK(std::get<0>(seen[1]) == "https://docs.edu.gov.ru/");
  CHECK(std::get<1>(seen[1]) == 7);  // the paragraph
  CHECK(std::get<2>(seen[1]) == 1);
  CHECK(std::get<0>(seen[2]) == "mailto:mail@example.org");
  CHECK(std::get<1>(seen[2]) == 7);
  for (auto& [url, line, col] : seen) {
    CHECK(line >= 1);
    CHECK(col >= 1);
  }
}
