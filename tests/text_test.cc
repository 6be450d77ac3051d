#include <catch2/catch.hpp>

#include "render/search.h"
#include "base/text.h"
#include "render/theme.h"

using namespace nastavnik;

TEST_CASE("slugify transliterates Russian titles") {
  CHECK(slugify("Наставничество") == "nastavnichestvo");
  CHECK(slugify("Наставник года 2024") == "nastavnik-goda-2024");
  CHECK(slugify("Положение о наставничестве") == "polozhenie-o-nastavnichestve");
  CHECK(slugify("Щука, ёж и Юля!") == "shchuka-ezh-i-yulya");
  CHECK(slugify("  Объявление  ") == "obyavlenie");
  CHECK(slugify("Приказ №80/8") == "prikaz-80-8");
  CHECK(slugify("День наставника — 2 марта") == "den-nastavnika-2-marta");
  CHECK(slugify("«»—") == "");
  CHECK(slugify("Kontakty") == "kontakty");
}

TEST_CASE("to_lower handles Cyrillic and Ё") {
  CHECK(to_lower("ЁЛКА Москва") == "ёлка москва");
}

TEST_CASE("plural_form picks Russian forms") {
  const std::vector<std::string> f = {"практика", "практики", "практик"};
  CHECK(plural_form(1, f) == "практика");
  CHECK(plural_form(2, f) == "практики");
  CHECK(plural_form(4, f) == "практики");
  CHECK(plural_form(5, f) == "практик");
  CHECK(plural_form(11, f) == "практик");
  CHECK(plural_form(12, f) == "практик");
  CHECK(plural_form(14, f) == "практик");
  CHECK(plural_form(21, f) == "практика");
  CHECK(plural_form(22, f) == "практики");
  CHECK(plural_form(25, f) == "практик");
  CHECK(plural_form(101, f) == "практика");
  CHECK(plural_form(111, f) == "практик");
  CHECK(plural_form(0, f) == "практик");
}

TEST_CASE("escaping") {
  CHECK(html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  CHECK(xml_escape("a\x01<b") == "a&lt;b");
  // JSON strings safe inside <script>: no raw < > &, control characters as \u escapes.
  CHECK(json_string("") == "\"\"");
  CHECK(json_string("План «А»") == "\"План «А»\"");
  CHECK(json_string("a\"b\\c\nd\te\x01</script>&") ==
        "\"a\\\"b\\\\c\\nd\\te\\u0001\\u003c/script\\u003e\\u0026\"");
  CHECK(url_encode_path("документы/план 1.pdf") == "%D0%B4%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D1%8B/%D0%BF%D0%BB%D0%B0%D0%BD%201.pdf");
}

TEST_CASE("nearest suggests a plausible typo fix") {
  std::vector<std::string> fields = {"title", "description", "weight", "date"};
  CHECK(nearest("titel", fields) == std::optional<std::string>("title"));
  CHECK(nearest("descripton", fields) == std::optional<std::string>("description"));
  CHECK_FALSE(nearest("organisation", fields).has_value());
}

TEST_CASE("utf8 round trip and validation") {
  std::string s = "Наставник ✓ 𝄞";
  CHECK(utf8_encode(utf8_decode(s)) == s);
  CHECK(utf8_length("Наставник") == 9);
  CHECK(utf8_valid(s));
  CHECK_FALSE(utf8_valid("\xD0"));
  CHECK_FALSE(utf8_valid("abc\xFF"));
}

TEST_CASE("file sizes in Russian units") {
  const std::vector<std::string> u = {"Б", "КБ", "МБ", "ГБ"};
  CHECK(format_file_size(512, u) == "512\u00a0Б");
  CHECK(format_file_size(250 * 1024, u) == "250\u00a0КБ");
  CHECK(format_file_size(1258291, u) == "1,2\u00a0МБ");
}

TEST_CASE("search words and Snowball Russian stems") {
  using nastavnik::search_stem;
  using nastavnik::search_words;
  CHECK(search_words("Наставники, наставничество; «ёлка» 2026-й!") ==
        std::vector<std::string>{"наставники", "наставничество", "елка", "2026", "й"});
  // Upper case of both alphabets, Ё, letters outside them as separators, a broken UTF-8 byte.
  CHECK(search_words("ЁЖИК Mentor-2 café Ǆ\xff№5") ==
        std::vector<std::string>{"ежик", "mentor", "2", "caf", "5"});
  CHECK(search_stem("наставника") == "наставник");
  CHECK(search_stem("наставниками") == "наставник");
  CHECK(search_stem("наставничество") == "наставничеств");
  CHECK(search_stem("mentoring") == "mentoring");
}

TEST_CASE("minify_css drops comments and whitespace but keeps strings and meaning") {
  std::string css = "/* theme */\n:root {\n  --accent: #1b4f8c; /* blue */\n}\n"
                    "a:hover , .b > .c  .d {\n  color : red;\n  margin: 0 auto;\n}\n"
                    ".e::before { content: \"a  /* b */ ; c\"; }\n"
                    "@media (max-width: 40em) and (min-width: 20em) {\n  .f { top: calc(1px + 2em) }\n}\n";
  std::string min = nastavnik::minify_css(css);
  CHECK(min == ":root{--accent: #1b4f8c}a:hover,.b > .c .d{color : red;margin: 0 auto}"
               ".e::before{content: \"a  /* b */ ; c\"}"
               "@media (max-width: 40em) and (min-width: 20em){.f{top: calc(1px + 2em)}}");
  CHECK(nastavnik::minify_css("") == "");
  CHECK(nastavnik::minify_css("a{b:c") == "a{b:c");  // unfinished input is not a crash
  CHECK(nastavnik::minify_css("a{content:'x") == "a{content:'x");
}
