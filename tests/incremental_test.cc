// Repeated builds: only outputs whose inputs changed are re-rendered, only
// files whose bytes changed are rewritten (checked through the build state,
// not by timing).
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-03-05";

struct Rendered {
  std::set<std::string> in_last;  // outputs rendered by the latest build
  std::set<std::string> all;
};

// Reads the build state the generator keeps in SRC/.nastavnik/.
Rendered rendered_by_last_build(const TempDir& src) {
  std::string text;
  for (const auto& e : fs::directory_iterator(src.path() / ".nastavnik")) text = src.read(".nastavnik/" + e.path().filename().string());
  std::istringstream in(text);
  std::string line;
  unsigned long long generation = 0;
  Rendered r;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    std::string tag;
    f >> tag;
    if (tag == "generation") f >> generation;
    if (tag == "out") {
      std::string deps, content, path;
      unsigned long long rendered = 0, changed = 0;
      f >> deps >> content >> rendered >> changed;
      std::getline(f >> std::ws, path);
      r.all.insert(path);
      if (rendered == generation && path.size() > 5 && path.substr(path.size() - 5) == ".html") r.in_last.insert(path);
    }
  }
  return r;
}

RunResult build(const TempDir& src, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "-s", src.path().string(), "-o", out.string(), "--today", kToday};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_nastavnik(args);
}

void write_site(const TempDir& src) {
  write_minimal_site(src);
  src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nТекст А.\n");
  src.write("content/news/b.md", "---\ntitle: Новость Б\ndate: 2026-03-02\n---\nТекст Б.\n");
  src.write("content/events/e.md", "---\ntitle: Семинар\nstart: 2026-03-10 10:00\nplace: Зал\n---\n");
}

}  // namespace

TEST_CASE("a repeated build with nothing changed does nothing") {
  TempDir src, out;
  write_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto before = snapshot(out.path() / "site");
  auto again = build(src, out.path() / "site");
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("Без изменений") != std::string::npos);
  CHECK(snapshot(out.path() / "site") == before);
  // The state lives with the sources, never in the published folder.
  CHECK(before.at(".nastavnik-build").find("src ") == std::string::npos);
}

TEST_CASE("editing a news item's text re-renders only that item") {
  TempDir src, out;
  write_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nНовый текст А.\n");
  auto r = build(src, out.path() / "site");
  REQUIRE(r.exit_code == 0);
  CHECK(rendered_by_last_build(src).in_last == std::set<std::string>{"news/a/index.html"});
  CHECK(snapshot(out.path() / "site")["news/a/index.html"].find("Новый текст А.") != std::string::npos);
}

TEST_CASE("editing a news item's title re-renders it, the lists and the home page, not the rest") {
  TempDir src, out;
  write_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  src.write("content/news/a.md", "---\ntitle: Новость А, исправленная\ndate: 2026-03-01\n---\nТекст А.\n");
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto rendered = rendered_by_last_build(src).in_last;
  CHECK(rendered == std::set<std::string>{"news/a/index.html", "news/index.html", "index.html"});
  auto files = snapshot(out.path() / "site");
  CHECK(files["news/index.html"].find("Новость А, исправленная") != std::string::npos);
  CHECK(files["atom.xml"].find("Новость А, исправленная") != std::string::npos);
  CHECK(files["index.html"].find("Новость А, исправленная") != std::string::npos);
}

TEST_CASE("adding, deleting and linking pages keeps every output correct") {
  TempDir src, out;
  write_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  src.write("content/news/c.md", "---\ntitle: Новость В\ndate: 2026-03-03\n---\nСм. [А](a.md).\n");
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto files = snapshot(out.path() / "site");
  CHECK(files.count("news/c/index.html") == 1);
  CHECK(files["news/index.html"].find("Новость В") != std::string::npos);
  CHECK_FALSE(rendered_by_last_build(src).in_last.count("documents/polozhenie/index.html"));

  // Deleting the linked page: the link is now broken, the build says so.
  fs::remove(src.path() / "content/news/a.md");
  auto broken = build(src, out.path() / "site");
  CHECK(broken.exit_code == 1);
  CHECK(broken.err.find("content/news/c.md:5:5") != std::string::npos);
  CHECK(snapshot(out.path() / "site") == files);  // the previous site stays

  src.write("content/news/c.md", "---\ntitle: Новость В\ndate: 2026-03-03\n---\nБез ссылки.\n");
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  files = snapshot(out.path() / "site");
  CHECK(files.count("news/a/index.html") == 0);
  CHECK(files["news/index.html"].find("Новость А") == std::string::npos);
  CHECK(files["sitemap.xml"].find("news/a/") == std::string::npos);
}

TEST_CASE("site-wide changes re-render everything, and so does --full") {
  TempDir src, out;
  write_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto all_pages = rendered_by_last_build(src).in_last;
  std::string yaml = src.read("site.yaml");
  yaml.replace(yaml.find("title: Наставничество"), 21, "title: Наставничество в школе");
  src.write("site.yaml", yaml);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  CHECK(rendered_by_last_build(src).in_last == all_pages);
  REQUIRE(build(src, out.path() / "site", {"--full"}).exit_code == 0);
  CHECK(rendered_by_last_build(src).in_last == all_pages);
  // A different build date changes what "upcoming" means: everything again.
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "site").string(), "--today", "2026-03-20"}).exit_code == 0);
  CHECK(rendered_by_last_build(src).in_last == all_pages);
  CHECK(snapshot(out.path() / "site")["events/index.html"].find("Прошедшие мероприятия") != std::string::npos);
}

TEST_CASE("an incremental build gives the same bytes as a full one") {
  TempDir src, a, b;
  write_site(src);
  REQUIRE(build(src, a.path() / "site").exit_code == 0);
  src.write("content/news/b.md", "---\ntitle: Новость Б2\ndate: 2026-03-04\n---\nТекст.\n");
  src.write("content/pages/novaya.md", "---\ntitle: Новая\n---\n[Б](../news/b.md)\n");
  REQUIRE(build(src, a.path() / "site").exit_code == 0);
  REQUIRE(build(src, b.path() / "site", {"--full"}).exit_code == 0);
  CHECK(snapshot(a.path() / "site") == snapshot(b.path() / "site"));
}
