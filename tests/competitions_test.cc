// «Конкурсы», the content type added through the registry: list and item
// pages, results shown under the same consent rules as mentor profiles, the
// schema's Russian values, built by the real binary and read back.
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// CPU seconds used by the finished child processes so far.
double children_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

RunResult build(const TempDir& site, const fs::path& out) {
  return run_nastavnik({"build", "-s", site.path().string(), "-o", out.string(), "--today", kToday, "-q"});
}

void write_competitions_site(const TempDir& site) {
  write_minimal_site(site);
  site.write("content/mentors/otkryta.md",
             "---\nname: Открытова Вера Павловна\nposition: учитель химии\n"
             "consent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: [name, position]\n---\n");
  site.write("content/mentors/tainova.md", "---\nname: Тайнова Зоя Кирилловна\nposition: учитель-секрет\n---\n");
  site.write("content/competitions/luchshaya-para.md",
             "---\ntitle: Лучшая пара — 2026\nlevel: Муниципальный\nstart: 01.03.2026\nend: 2026-05-20\n"
             "organiser: Управление образования\nsummary: Итоги подведены.\n"
             "nominations: [Пара «учитель – учитель»]\n"
             "results:\n"
             "  - nomination: Пара «учитель – учитель»\n    place: победитель\n    participants:\n"
             "      - mentor: otkryta\n"
             "      - name: Согласнова Анна Викторовна\n        position: наставляемая\n        consent: 2026-05-10\n"
             "  - nomination: Пара «ученик – ученик»\n    place: призёр\n    participants:\n"
             "      - mentor: tainova\n      - name: Безсогласова Ия\n"
             "documents: [../documents/polozhenie.md]\n---\n\nТекст об итогах.\n");
  site.write("content/competitions/nastavnik-goda.md",
             "---\ntitle: Наставник года — 2027\nlevel: school\nstart: 2027-02-01\n---\n");
}

}  // namespace

TEST_CASE("competitions: list and pages, Russian and coded values alike, results under consent") {
  TempDir src, out;
  write_competitions_site(src);
  fs::path site = out.path() / "site";
  auto r = build(src, site);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // A name without a consent date is named in a warning at its line.
  CHECK(contains(r.err, "content/competitions/luchshaya-para.md:21:15: предупреждение: имя участника «Безсогласова Ия» не будет опубликовано"));

  auto files = snapshot(site);
  REQUIRE(files.count("competitions/index.html"));
  REQUIRE(files.count("competitions/luchshaya-para/index.html"));
  REQUIRE(files.count("competitions/nastavnik-goda/index.html"));
  const std::string& list = files["competitions/index.html"];
  CHECK(contains(list, "<h1>Конкурсы</h1>"));
  // The coming competition before the past one; levels by their Russian labels.
  CHECK(list.find("Наставник года — 2027") < list.find("Лучшая пара — 2026"));
  CHECK(contains(list, "школьный"));
  CHECK(contains(list, "муниципальный"));

  const std::string& page = files["competitions/luchshaya-para/index.html"];
  CHECK(contains(page, "с 1\xC2\xA0марта по 20\xC2\xA0мая 2026\xC2\xA0г."));
  CHECK(contains(page, "Управление образования"));
  CHECK(contains(page, "mentors/otkryta/"));
  CHECK(contains(page, "\">Открытова Вера Павловна</a>, учитель химии"));
  CHECK(contains(page, "Согласнова Анна Викторовна, наставляемая"));
  CHECK(contains(page, "Имена участников не публикуются"));  // the prize of withheld people
  CHECK(contains(page, "documents/polozhenie/"));
  CHECK(contains(page, "\">Положение о наставничестве</a>"));
  CHECK(contains(page, "Текст об итогах."));
  // Breadcrumbs lead back to the list.
  CHECK((contains(page, "<li><a href=\"../\">Конкурсы</a></li>") || contains(page, "<li><a href=\"../index.html\">Конкурсы</a></li>")));
  // No withheld person anywhere in the site.
  for (const auto& [path, text] : files)
    for (const char* secret : {"Тайнова", "учитель-секрет", "Безсогласова", "tainova"}) {
      INFO(path << " contains " << secret);
      CHECK_FALSE(contains(text, secret));
    }
  // The sitemap and the search index know the new pages.
  CHECK(contains(files["sitemap.xml"], "competitions/luchshaya-para/"));
}

TEST_CASE("competitions: a level not in the list is an error naming the Russian choices") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/competitions/oshibka.md", "---\ntitle: Конкурс\nlevel: районный-городской\nstart: 2026-03-01\n---\n");
  auto r = build(src, out.path() / "site");
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/competitions/oshibka.md:3:8:"));
  CHECK(contains(r.err, "школьный, муниципальный, региональный, всероссийский"));
  CHECK_FALSE(fs::exists(out.path() / "site"));
}

TEST_CASE("competitions: a participant named by a mentor file that does not exist warns with a suggestion") {
  TempDir src, out;
  write_competitions_site(src);
  src.write("content/competitions/opechatka.md",
            "---\ntitle: Конкурс\nlevel: региональный\nstart: 2026-03-01\nresults:\n  - place: победитель\n"
            "    participants:\n      - mentor: otkrita\n---\n");
  auto r = build(src, out.path() / "site");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "нет наставника «otkrita»"));
  CHECK(contains(r.err, "возможно, имелось в виду «otkryta»"));
}

TEST_CASE("an alias bomb of a few hundred bytes in any YAML input ends at once with a Russian error") {
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string p(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p +
            ",*" + p + ",*" + p + "]\n";
  }
  REQUIRE(bomb.size() < 450);
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"content/news/bomba.md", "---\ntitle: Новость\ndate: 2026-01-01\n" + bomb + "---\n"},
      {"content/competitions/bomba.md", "---\ntitle: Конкурс\nlevel: школьный\nstart: 2026-01-01\n" + bomb + "---\n"},
      {"content/roadmap/bomba.yaml", "title: Дорожная карта\n" + bomb},
      {"content/indicators.yaml", "title: Показатели\n" + bomb},
      {"site.yaml", ""},
  };
  for (const auto& [file, text] : inputs) {
    TempDir src;
    write_minimal_site(src);
    if (file == "site.yaml") src.write(file, src.read(file) + bomb);
    else src.write(file, text);
    INFO(file);
    double cpu_before = children_cpu_seconds();
    auto r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
    double cpu = children_cpu_seconds() - cpu_before;
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, file + ":"));
    CHECK(contains(r.err, "якор"));
    // CPU time, not wall time, so a busy machine does not fail it; an
    // unbounded expansion takes minutes and gigabytes.
    CHECK(cpu < 1.0);
  }
}
