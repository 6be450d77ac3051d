#include <catch2/catch.hpp>

#include "base/url_policy.h"

using namespace nastavnik;

TEST_CASE("URL allow-list: site paths, http(s), mailto and tel pass") {
  for (const char* ok : {"", "#top", "kontakty.md", "../documents/prikaz.md", "/documents/", "files/план 1.pdf",
                         "https://school.example/", "HTTP://EXAMPLE.ORG", "mailto:a@b.ru", "Tel:+7 000", "//cdn.example/x",
                         "?page=2", "notes 2:3.pdf"}) {
    INFO(ok);
    CHECK(url_allowed(ok));
  }
}

TEST_CASE("URL allow-list: other schemes are refused however they are disguised") {
  for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                          "\x01\x02javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                          "java\rscript:x", "jav&#x09;ascript:alert(1)", "jav&#9;ascript:alert(1)",
                          "javascript&colon;alert(1)", "&#106;avascript:alert(1)", "&#x6A&#x61vascript:alert(1)",
                          "jav&amp;#x09;ascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                          "DATA:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)", "file:///etc/passwd",
                          "ftp://example.org/", "java\x7Fscript:x"}) {
    INFO(printable_url(bad));
    CHECK_FALSE(url_allowed(bad));
  }
  CHECK_FALSE(url_allowed(std::string("javascript\0:x", 13)));
  CHECK(url_scheme("JAV&#x09;ASCRIPT:x") == "javascript");
  CHECK(url_scheme("/a:b") == "");
}

TEST_CASE("a refused URL is a Russian error at its place, control characters shown") {
  Diagnostics diag;
  CHECK(check_url("https://example.org/", {"site.yaml", 3, 9}, diag));
  CHECK(diag.error_count() == 0);
  CHECK_FALSE(check_url("jav\tascript:alert(1)", {"site.yaml", 14, 11}, diag));
  REQUIRE(diag.error_count() == 1);
  auto d = diag.all()[0];
  CHECK(d.loc.line == 14);
  CHECK(d.loc.col == 11);
  CHECK(d.message.find("«jav\\tascript:alert(1)» не разрешена") != std::string::npos);
  CHECK(d.message.find("«javascript:»") != std::string::npos);
  CHECK(printable_url(std::string(200, 'a')).size() < 130);
}
