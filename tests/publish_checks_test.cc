// The checks before publishing, in `check` and in `publish`: placeholders
// left from `init` and `new`, robots.txt and sitemap.xml in a subfolder, a
// base_url whose folder is not the target's, files over the usual limits,
// drafts; and `build --drafts` kept out of site/.
#include <catch2/catch.hpp>

#include "publish_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Checked {
  TempDir site, build, server;
  Checked() { write_publish_site(site); }
  std::string target(const std::string& folder = "nastavnichestvo") const {
    return "file://" + (server.path() / folder).string() + "/";
  }
  RunResult publish(const std::string& to) const {
    return run_nastavnik_env({}, {"publish", to, "-s", site.path().string(), "-o", (build.path() / "site").string(),
                                  "--today", kToday});
  }
  RunResult check() const { return run_nastavnik_env({}, {"check", "-s", site.path().string(), "--today", kToday}); }
  void replace(const std::string& file, const std::string& from, const std::string& to) const {
    std::string text = site.read(file);
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    site.write(file, text.replace(at, from.size(), to));
  }
};

}  // namespace

TEST_CASE("a base_url left from the template stops check and publish, at its line") {
  Checked c;
  c.replace("site.yaml", "https://school.example/sub/nastavnichestvo/", "https://school.example.ru/nastavnichestvo/");
  auto check = c.check();
  INFO(check.out << check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "site.yaml:2:"));
  CHECK(contains(check.err, "адрес-образец"));
  auto publish = c.publish(c.target());
  INFO(publish.out << publish.err);
  CHECK(publish.exit_code == 1);
  CHECK(contains(publish.err, "адрес-образец"));
  CHECK(contains(publish.err, "Публикация отменена"));
  CHECK_FALSE(fs::exists(c.server.path() / "nastavnichestvo"));
}

TEST_CASE("«Фамилия Имя Отчество» and the marks of nastavnik new are found where they are left") {
  Checked c;
  c.replace("site.yaml", "name: Петрова Анна Сергеевна", "name: Фамилия Имя Отчество");
  auto created = run_nastavnik_env({}, {"new", "news", "Итоги недели", "-s", c.site.path().string(), "--today", kToday});
  REQUIRE(created.exit_code == 0);
  // Marked ready with the template's text still in it.
  c.replace("content/news/itogi-nedeli.md", "\ndraft: да\n", "\ndraft: нет\n");
  auto check = c.check();
  INFO(check.out << check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "site.yaml:12:9: ошибка: осталась заготовка «Фамилия Имя Отчество»"));
  CHECK(contains(check.err, "content/news/itogi-nedeli.md:"));
  CHECK(contains(check.err, "осталась пометка «ЗАПОЛНИТЕ» из заготовки"));
  CHECK(c.publish(c.target()).exit_code == 1);
  CHECK_FALSE(fs::exists(c.server.path() / "nastavnichestvo"));

  // Written over, the site publishes.
  c.replace("site.yaml", "name: Фамилия Имя Отчество", "name: Петрова Анна Сергеевна");
  c.replace("content/news/itogi-nedeli.md", "ЗАПОЛНИТЕ: текст новости: что произошло, когда, кто участвовал, что дальше.",
            "Наставники подвели итоги недели.");
  auto fixed = c.publish(c.target());
  INFO(fixed.out << fixed.err);
  CHECK(fixed.exit_code == 0);
}

TEST_CASE("a line an earlier version of nastavnik new wrote is still found") {
  Checked c;
  c.site.write("content/news/itogi.md", "---\ntitle: Итоги\ndate: 2026-11-01\n---\n\nТекст новости.\n");
  auto check = c.check();
  INFO(check.out << check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "content/news/itogi.md:6:1: ошибка: остался текст-заготовка «Текст новости.»"));
}

TEST_CASE("robots.txt and sitemap.xml in a subfolder are explained, one in static/ is warned about") {
  Checked c;
  auto check = c.check();
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  CHECK(contains(check.err, "robots.txt и sitemap.xml поисковые системы там не читают"));
  CHECK(contains(check.err, "Sitemap: https://school.example/sub/nastavnichestvo/sitemap.xml"));
  c.site.write("static/docs/sitemap.xml", "<urlset/>");
  auto warned = c.check();
  CHECK(contains(warned.err, "static/docs/sitemap.xml: предупреждение: sitemap.xml в подпапке"));
  // A section at the site's root has no such problem.
  c.replace("site.yaml", "https://school.example/sub/nastavnichestvo/", "https://nastavnik.school.example/");
  CHECK_FALSE(contains(c.check().err, "поисковые системы там не читают"));
}

TEST_CASE("a target folder that is not base_url's is refused before anything is sent") {
  Checked c;
  auto wrong = c.publish(c.target("mentors"));
  INFO(wrong.out << wrong.err);
  CHECK(wrong.exit_code == 1);
  CHECK(contains(wrong.err, "раздел публикуется в папку «mentors», а base_url"));
  CHECK_FALSE(fs::exists(c.server.path() / "mentors"));
  // Saved in site.yaml, check finds it too, at the target's line.
  c.site.write("site.yaml", c.site.read("site.yaml") + "publish:\n  target: " + c.target("mentors") + "\n");
  auto check = c.check();
  CHECK(check.exit_code == 1);
  CHECK(contains(check.err, "site.yaml:20:"));
  CHECK(c.publish(c.target()).exit_code == 0);
}

TEST_CASE("a file over the hosting's usual limit is warned about, the limit is set in site.yaml") {
  Checked c;
  c.site.write("static/skan-prikaza.pdf", std::string(11 * 1024 * 1024, 'x'));
  auto check = c.check();
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(contains(check.err, "static/skan-prikaza.pdf: предупреждение: файл весит 11"));
  CHECK(contains(check.err, "больше 10 МБ"));
  c.site.write("site.yaml", c.site.read("site.yaml") + "publish:\n  max_file_mb: 20\n");
  CHECK_FALSE(contains(c.check().err, "skan-prikaza"));
}

TEST_CASE("build --drafts goes to preview/, never into site/, which publish builds without drafts") {
  Checked c;
  c.site.write("content/pages/chernovik.md", "---\ntitle: Черновик плана\ndraft: true\n---\n\nПлан.\n");
  auto site = c.site.path();
  REQUIRE(run_nastavnik_env({}, {"build", "-s", site.string(), "--today", kToday}).exit_code == 0);
  auto drafts = run_nastavnik_env({}, {"build", "-s", site.string(), "--drafts", "--today", kToday});
  INFO(drafts.out << drafts.err);
  REQUIRE(drafts.exit_code == 0);
  CHECK(fs::exists(site / "preview/chernovik/index.html"));
  CHECK_FALSE(fs::exists(site / "site/chernovik"));
  auto into_site = run_nastavnik_env({}, {"build", "-s", site.string(), "--drafts", "-o", (site / "site").string()});
  CHECK(into_site.exit_code == 2);
  CHECK(contains(into_site.err, "черновики не собираются в папку site/"));
  CHECK_FALSE(fs::exists(site / "site/chernovik"));

  // A folder holding a drafts build (here a page with the drafts banner
  // slipped into static/) is refused by publish.
  c.site.write("static/staroe/index.html", c.site.read("preview/chernovik/index.html"));
  auto refused = c.publish(c.target());
  INFO(refused.out << refused.err);
  CHECK(refused.exit_code == 1);
  CHECK(contains(refused.err, "черновик"));
  CHECK_FALSE(fs::exists(c.server.path() / "nastavnichestvo"));
}
