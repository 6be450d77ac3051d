// The README is the editors' reference for the content format: every field
// of every schema must be documented there.
#include <catch2/catch.hpp>

#include "content/config.h"
#include "content/library.h"
#include "content/document.h"
#include "content/mentor.h"
#include "content/indicators.h"
#include "content/roadmap.h"
#include "content/practice.h"
#include "base/text.h"

using namespace nastavnik;

static void require_documented(const std::string& readme, const Schema& schema, const std::string& where) {
  for (const auto& f : schema) {
    INFO(where << ": field " << f.name);
    CHECK(readme.find("`" + f.name + "`") != std::string::npos);
    require_documented(readme, f.fields, where + "." + f.name);
    if (f.values)
      for (const auto& v : *f.values) {
        INFO("value " << v.code);
        CHECK(readme.find("`" + v.code + "`") != std::string::npos);
      }
  }
}

TEST_CASE("README documents every field of every content type") {
  auto readme = read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/README.md");
  REQUIRE(readme);
  require_documented(*readme, config_schema(), "site.yaml");
  require_documented(*readme, home_schema(), "_index.md");
  require_documented(*readme, page_schema(), "pages");
  require_documented(*readme, document_schema(), "documents");
  require_documented(*readme, event_schema(), "events");
  require_documented(*readme, news_schema(), "news");
  require_documented(*readme, mentor_schema(), "mentors");
  require_documented(*readme, pairs_schema(), "pairs.yaml");
  for (const auto& f : consent_fields()) {
    INFO("consent field " << f);
    CHECK(readme->find("`" + f + "`") != std::string::npos);
  }
  for (const auto& f : mentoring_forms()) {
    INFO("form " << f.code);
    CHECK(readme->find("`" + f.code + "`") != std::string::npos);
  }
  require_documented(*readme, roadmap_schema(), "roadmap");
  require_documented(*readme, indicators_schema(), "indicators.yaml");
  require_documented(*readme, practice_schema(), "practices");
}
