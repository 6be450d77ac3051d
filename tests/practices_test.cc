// End-to-end tests of the bank of best practices on a fixture bank: the
// review workflow (what is published and what `check` says), facet counts,
// and the JSON and CSV exports read back.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "site_fixture.h"

using namespace fixture;
using nlohmann::json;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

RunResult build(const TempDir& site, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "-s", site.path().string(), "-o", out.string(), "--today", kToday, "-q"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_nastavnik(args);
}

// A complete, approved practice; `extra` is appended to its front matter.
std::string approved(const std::string& title, const std::string& facets, const std::string& extra = {}) {
  return "---\n"
         "title: \"" + title + "\"\n"
         "status: approved\n"
         "reviewer: Орлова Н. Н., методист\n"
         "review_date: 2026-10-01\n"
         "summary: Кратко о практике.\n"
         "organisation: Школа № 1\n"
         "authors:\n"
         "  - name: Белова Вера Петровна\n"
         "    position: учитель\n"
         "    consent: 2026-09-01\n"
         "role_model: Опытный педагог – молодой специалист\n"
         "problem: Проблема.\n"
         "goal: Цель.\n"
         "tasks: [первая задача, вторая задача]\n"
         "audience: молодые педагоги\n"
         "participants: 12\n"
         "stages:\n"
         "  - title: Начало\n"
         "    period: сентябрь\n"
         "methods: Методы.\n"
         "resources: Ресурсы.\n"
         "results: Результаты.\n"
         "indicators: [показатель]\n"
         "novelty: Новизна.\n"
         "reuse: Как применить.\n" +
         facets + extra + "---\n\nОписание практики.\n";
}

// The fixture bank: five approved practices with known facets, one on
// review and one draft, each of the last two with a word found nowhere else.
void write_bank(const TempDir& site) {
  write_minimal_site(site);
  site.write("content/practices/_index.md", "---\ntitle: Банк практик\n---\n\nВведение.\n");
  site.write("content/practices/alfa.md", approved("Альфа", "form: teacher_teacher\nlevels: [noo, ooo]\nsubjects: [Математика]\n"
                                                            "tags: [адаптация]\nyear: 2025-2026\n"));
  site.write("content/practices/beta.md", approved("Бета", "form: teacher_teacher\nlevels: [ooo]\nsubjects: [Математика, Физика]\n"
                                                           "tags: [адаптация, цифровая среда]\nyear: 2025-2026\n"));
  site.write("content/practices/gamma.md",
             approved("Гамма", "form: student_student\nlevels: [ooo]\nsubjects: [Физика]\ntags: [адаптация]\nyear: 2026-2027\n",
                      "attachments:\n  - file: files/gamma.pdf\n    title: Памятка\n"));
  site.write("content/practices/files/gamma.pdf", std::string(2048, 'g'));
  site.write("content/practices/delta.md", approved("Дельта", "form: employer_student\nlevels: [soo]\nsubjects: [Технология]\nyear: 2026-2027\n"));
  site.write("content/practices/epsilon.md", approved("Эпсилон", "form: teacher_teacher\nlevels: [noo]\nyear: 2024\n"));
  site.write("content/practices/na-rassmotrenii.md",
             "---\ntitle: Практика Ревизорро\nstatus: review\nsummary: Ждёт рассмотрения. Слово-метка ревизорро.\n"
             "form: university_student\nlevels: [spo]\nsubjects: [Астрономия]\ntags: [редкийтег]\nyear: 2023-2024\n"
             "attachments:\n  - file: files/secret.pdf\n---\n\nТекст ревизорро.\n");
  site.write("content/practices/files/secret.pdf", std::string(100, 's'));
  site.write("content/practices/chernovik.md",
             "---\ntitle: Черновик Жужелица\nstatus: draft\nsummary: Жужелица.\nform: employer_university_student\n"
             "levels: [do]\ntags: [жужелица]\n---\n\nЖужелица.\n");
}

// Cards on a bank or facet page.
int cards(const std::string& html) {
  int n = 0;
  for (size_t pos = 0; (pos = html.find("<li class=\"practice-card\"", pos)) != std::string::npos; ++pos) ++n;
  return n;
}

// Count text of a facet value in the facet list of a page: "(3 практики)".
std::string facet_count(const std::string& html, const std::string& href_end) {
  std::regex re("href=\"[^\"]*" + href_end + "\"[^>]*>[^<]*</a> <span class=\"count\">\\(([^)]*)\\)</span>");
  std::smatch m;
  return std::regex_search(html, m, re) ? m[1].str() : std::string("not found: " + href_end);
}

// RFC 4180 reader with ';' as the separator.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c == '"') quoted = true, any = true;
    else if (c == ';') row.push_back(cell), cell.clear(), any = true;
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(cell);
      rows.push_back(row);
      row.clear(), cell.clear(), any = false;
      ++i;
    } else cell += c, any = true;
  }
  if (any || !row.empty()) row.push_back(cell), rows.push_back(row);
  return rows;
}

std::string joined(const json& list, const std::string& sep) {
  std::string s;
  for (const auto& item : list) s += (s.empty() ? "" : sep) + item.get<std::string>();
  return s;
}

}  // namespace

TEST_CASE("drafts and practices on review are absent from every output") {
  TempDir src, out;
  write_bank(src);
  auto r = build(src, out.path() / "site");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  REQUIRE(files.count("practices/index.html"));
  REQUIRE(files.count("practices/alfa/index.html"));
  CHECK_FALSE(files.count("practices/na-rassmotrenii/index.html"));
  CHECK_FALSE(files.count("practices/chernovik/index.html"));
  CHECK_FALSE(files.count("practices/files/secret.pdf"));
  CHECK(files.count("practices/files/gamma.pdf"));
  // Facet values only the unpublished ones have get no page.
  CHECK_FALSE(files.count("practices/form/student-uchenik/index.html"));
  CHECK_FALSE(files.count("practices/level/spo/index.html"));
  CHECK_FALSE(files.count("practices/tag/redkiyteg/index.html"));
  CHECK_FALSE(files.count("practices/year/2023-2024/index.html"));
  CHECK_FALSE(files.count("practices/subject/astronomiya/index.html"));
  for (const auto& [file, text] : files) {
    INFO(file);
    for (const char* secret : {"ревизорро", "Ревизорро", "Жужелица", "жужелица", "na-rassmotrenii", "chernovik",
                               "secret.pdf", "Астрономия", "редкийтег"})
      CHECK_FALSE(contains(text, secret));
  }
  CHECK(contains(files["sitemap.xml"], "practices/alfa/"));
  CHECK(contains(files["sitemap.xml"], "practices/form/uchitel-uchitel/"));

  // `check` lists the practice on review as a note and passes.
  auto c = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(c.err);
  CHECK(c.exit_code == 0);
  CHECK(contains(c.err, "content/practices/na-rassmotrenii.md:3:9: примечание: практика ждёт рассмотрения: Практика Ревизорро"));
  CHECK(contains(c.err, "не заполнены поля: organisation, authors"));
  CHECK_FALSE(contains(c.err, "chernovik.md"));
}

TEST_CASE("build --drafts shows drafts and practices on review with a banner, exports stay approved only") {
  TempDir src, out;
  write_bank(src);
  auto r = build(src, out.path() / "site", {"--drafts"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  REQUIRE(files.count("practices/na-rassmotrenii/index.html"));
  REQUIRE(files.count("practices/chernovik/index.html"));
  CHECK(contains(files["practices/na-rassmotrenii/index.html"], "class=\"draft-banner\" role=\"note\">На рассмотрении"));
  CHECK(contains(files["practices/chernovik/index.html"], "class=\"draft-banner\" role=\"note\">Черновик"));
  CHECK_FALSE(contains(files["practices/alfa/index.html"], "draft-banner"));
  CHECK_FALSE(contains(files["practices/practices.json"], "Ревизорро"));
  CHECK_FALSE(contains(files["practices/practices.csv"], "Ревизорро"));
  CHECK_FALSE(contains(files["practices/sbornik/index.html"], "Ревизорро"));
  CHECK_FALSE(contains(files["sitemap.xml"], "na-rassmotrenii"));
}

TEST_CASE("an approved practice with a missing template field fails check naming the file and the field") {
  TempDir src;
  write_minimal_site(src);
  std::string text = approved("Неполная", "form: teacher_teacher\nlevels: [ooo]\nyear: 2025-2026\n");
  for (std::string line : {"goal: Цель.\n", "participants: 12\n"}) text.erase(text.find(line), line.size());
  src.write("content/practices/nepolnaya.md", text);
  auto r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/practices/nepolnaya.md:2:1: ошибка: не заполнено поле «goal» (цель), обязательное при «status: одобрено»"));
  CHECK(contains(r.err, "content/practices/nepolnaya.md:2:1: ошибка: не заполнено поле «participants» (число участников), обязательное при «status: одобрено»"));
  CHECK(contains(r.err, "2 ошибки"));

  // An empty value counts as missing and is reported at its line.
  std::string with_empty = approved("Неполная", "form: teacher_teacher\nlevels: [ooo]\nyear: 2025-2026\n");
  with_empty.replace(with_empty.find("novelty: Новизна."), std::string("novelty: Новизна.").size(), "novelty: \"\"");
  src.write("content/practices/nepolnaya.md", with_empty);
  r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(std::regex_search(r.err, std::regex("content/practices/nepolnaya\\.md:[0-9]+:[0-9]+: ошибка: не заполнено поле «novelty» \\(новизна\\), обязательное при «status: одобрено»")));

  // A wrong form or level is an error with the allowed values.
  src.write("content/practices/nepolnaya.md", approved("Неполная", "form: uchitel-uchenik\nlevels: [oo]\nyear: 2025-2026\n"));
  r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "недопустимое значение «uchitel-uchenik»"));
  CHECK(contains(r.err, "поле «levels» (уровень образования): недопустимое значение «oo»"));
}

TEST_CASE("facet pages and counts match a hand count, in Russian plural forms") {
  TempDir src, out;
  write_bank(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto files = snapshot(out.path() / "site");
  const std::string& bank = files["practices/index.html"];
  CHECK(cards(bank) == 5);
  CHECK(contains(bank, "(5 практик)"));
  // By hand: uchitel-uchitel — Альфа, Бета, Эпсилон; uchenik-uchenik — Гамма;
  // rabotodatel-uchenik — Дельта. noo — Альфа, Эпсилон; ooo — Альфа, Бета, Гамма;
  // soo — Дельта. Математика — Альфа, Бета; Физика — Бета, Гамма; Технология —
  // Дельта. адаптация — Альфа, Бета, Гамма; цифровая среда — Бета.
  // 2025-2026 — Альфа, Бета; 2026-2027 — Гамма, Дельта; 2024 — Эпсилон.
  std::map<std::string, int> expected = {
      {"form/uchitel-uchitel", 3}, {"form/uchenik-uchenik", 1}, {"form/rabotodatel-uchenik", 1},
      {"level/noo", 2},            {"level/ooo", 3},            {"level/soo", 1},
      {"subject/matematika", 2},   {"subject/fizika", 2},       {"subject/tekhnologiya", 1},
      {"tag/adaptatsiya", 3},      {"tag/tsifrovaya-sreda", 1}, {"year/2025-2026", 2},
      {"year/2026-2027", 2},       {"year/2024", 1},
  };
  const std::vector<std::string> forms = {"практика", "практики", "практик"};
  auto text = [&](int n) {
    int m10 = n % 10, m100 = n % 100;
    const std::string& f = m10 == 1 && m100 != 11 ? forms[0] : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? forms[1] : forms[2];
    return std::to_string(n) + " " + f;
  };
  int facet_pages = 0;
  for (const auto& [file, _] : files)
    if (std::regex_match(file, std::regex("practices/(form|level|subject|tag|year)/[^/]+/index\\.html"))) ++facet_pages;
  CHECK(facet_pages == static_cast<int>(expected.size()));
  for (const auto& [facet, n] : expected) {
    INFO(facet);
    std::string page = "practices/" + facet + "/index.html";
    REQUIRE(files.count(page));
    CHECK(cards(files[page]) == n);
    CHECK(contains(files[page], "<b>" + text(n) + "</b>"));
    CHECK(facet_count(bank, facet + "/index.html") == text(n));
  }
  CHECK(contains(files["practices/form/uchitel-uchitel/index.html"], "<h1>Форма наставничества: учитель – учитель</h1>"));
  // The home page counts practices too.
  CHECK(contains(files["index.html"], "<span class=\"figure-value\">5</span> <span class=\"figure-label\">практик</span>"));
}

TEST_CASE("the CSV export reads back equal to the JSON export, field for field") {
  TempDir src, out;
  write_bank(src);
  // Separators, quotes and line breaks inside fields.
  src.write("content/practices/tricky.md",
            approved("Практика; с \\\"кавычками\\\" и точкой с запятой",
                     "form: teacher_teacher\nlevels: [ooo]\nsubjects: [Математика]\nyear: 2025-2026\n"
                     "tags: [\"тег; с точкой с запятой\"]\n",
                     "attachments:\n  - file: files/gamma.pdf\n"));
  {
    std::string t = src.read("content/practices/tricky.md");
    t.replace(t.find("problem: Проблема.\n"), std::string("problem: Проблема.\n").size(),
              "problem: |\n  Первая строка; вторая часть.\n  \"Цитата\" во второй строке.\n");
    t.replace(t.find("reuse: Как применить.\n"), std::string("reuse: Как применить.\n").size(),
              "reuse: \"Так: «взять» и \\\"сделать\\\"; потом — ещё\"\n");
    src.write("content/practices/tricky.md", t);
  }
  auto r = build(src, out.path() / "site");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string csv = snapshot(out.path() / "site")["practices/practices.csv"];
  json j = json::parse(snapshot(out.path() / "site")["practices/practices.json"]);
  REQUIRE(j["version"] == 1);
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM
  CHECK(contains(csv, "\r\n"));
  auto rows = parse_csv(csv.substr(3));
  const auto& practices = j["practices"];
  REQUIRE(practices.size() == 6);
  REQUIRE(rows.size() == practices.size() + 1);
  const auto& header = rows[0];
  REQUIRE(header.size() == 26);
  bool tricky_seen = false;
  for (size_t i = 0; i < practices.size(); ++i) {
    const json& p = practices[i];
    const auto& row = rows[i + 1];
    REQUIRE(row.size() == header.size());
    std::map<std::string, std::string> cell;
    for (size_t k = 0; k < header.size(); ++k) cell[header[k]] = row[k];
    INFO(p["title"].get<std::string>());
    CHECK(cell["Адрес"] == p["url"]);
    CHECK(cell["Название"] == p["title"]);
    CHECK(cell["Аннотация"] == p["summary"]);
    CHECK(cell["Организация"] == p["organisation"]);
    std::vector<std::string> authors;
    for (const auto& a : p["authors"])
      authors.push_back(a["name"].get<std::string>() + (a["position"] == "" ? "" : ", " + a["position"].get<std::string>()));
    CHECK(cell["Авторы"] == joined(json(authors), "\n"));
    CHECK(cell["Форма наставничества"] == p["form_label"]);
    CHECK(cell["Ролевая модель"] == p["role_model"]);
    std::map<std::string, std::string> level_labels = {{"doo", "ДОО"}, {"noo", "НОО"}, {"ooo", "ООО"},
                                                       {"soo", "СОО"}, {"spo", "СПО"}, {"do", "ДО"}};
    std::vector<std::string> levels;
    for (const auto& l : p["levels"]) levels.push_back(level_labels[l.get<std::string>()]);
    CHECK(cell["Уровни образования"] == joined(json(levels), ", "));
    CHECK(cell["Предметы"] == joined(p["subjects"], ", "));
    CHECK(cell["Проблема"] == p["problem"]);
    CHECK(cell["Цель"] == p["goal"]);
    CHECK(cell["Задачи"] == joined(p["tasks"], "\n"));
    CHECK(cell["Целевая аудитория"] == p["audience"]);
    CHECK(cell["Число участников"] == (p["participants"].is_null() ? "" : std::to_string(p["participants"].get<long long>())));
    std::vector<std::string> stages;
    for (const auto& s : p["stages"]) {
      std::string line = s["title"].get<std::string>();
      if (s["period"] != "") line += " (" + s["period"].get<std::string>() + ")";
      if (s["description"] != "") line += ": " + s["description"].get<std::string>();
      stages.push_back(line);
    }
    CHECK(cell["Этапы и сроки"] == joined(json(stages), "\n"));
    CHECK(cell["Содержание и методы"] == p["methods"]);
    CHECK(cell["Ресурсы"] == p["resources"]);
    CHECK(cell["Результаты"] == p["results"]);
    CHECK(cell["Показатели"] == joined(p["indicators"], "\n"));
    CHECK(cell["Новизна"] == p["novelty"]);
    CHECK(cell["Возможности тиражирования"] == p["reuse"]);
    std::vector<std::string> files;
    for (const auto& a : p["attachments"]) files.push_back(a["url"]);
    CHECK(cell["Приложения"] == joined(json(files), "\n"));
    CHECK(cell["Год"] == p["year"]);
    CHECK(cell["Теги"] == joined(p["tags"], ", "));
    CHECK(cell["Рецензент"] == p["reviewer"]);
    CHECK(cell["Дата рассмотрения"] == (p["review_date"].is_null() ? "" : p["review_date"].get<std::string>()));
    if (p["id"] == "tricky") {
      tricky_seen = true;
      CHECK(p["title"] == "Практика; с \"кавычками\" и точкой с запятой");
      CHECK(p["problem"] == "Первая строка; вторая часть.\n\"Цитата\" во второй строке.");
      CHECK(p["reuse"] == "Так: «взять» и \"сделать\"; потом — ещё");
      CHECK(p["attachments"][0]["size"] == 2048);
      CHECK(p["attachments"][0]["format"] == "PDF");
    }
  }
  CHECK(tricky_seen);
  // The raw CSV quotes what needs quoting.
  CHECK(contains(csv, "\"Практика; с \"\"кавычками\"\" и точкой с запятой\""));
}

TEST_CASE("practice authors: published mentors linked, other names only with consent") {
  TempDir src, out;
  write_minimal_site(src);
  // A published mentor, and one without consent (withheld).
  src.write("content/mentors/orlova.md",
            "---\nname: Орлова Нина Николаевна\nposition: учитель химии\nforms: [teacher_teacher]\n"
            "consent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: [name, position, forms]\n---\n\nО наставнике.\n");
  src.write("content/mentors/skrytov.md", "---\nname: Скрытов Семён Семёнович\nposition: учитель\n---\n\nТекст.\n");
  std::string text = approved("Авторы", "form: teacher_teacher\nlevels: [ooo]\nyear: 2025-2026\n");
  text.replace(text.find("authors:\n"), std::string("authors:\n").size(),
               "authors:\n"
               "  - orlova\n"
               "  - skrytov\n"
               "  - mentor: skrytov\n"
               "    name: Крылова Дарья Олеговна\n"
               "    consent: 2026-09-01\n"
               "  - mentor: opechatka\n"
               "  - name: Бессогласная Мария Ивановна\n");
  src.write("content/practices/avtory.md", text);
  auto r = build(src, out.path() / "site");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "имя автора «Бессогласная Мария Ивановна» не будет опубликовано"));
  CHECK(contains(r.err, "нет наставника «opechatka»: файла content/mentors/opechatka.md нет"));
  auto files = snapshot(out.path() / "site");
  const std::string& page = files["practices/avtory/index.html"];
  CHECK(contains(page, "<a href=\"../../mentors/orlova/index.html\">Орлова Нина Николаевна</a>, учитель химии"));
  CHECK(contains(page, "Белова Вера Петровна"));
  CHECK(contains(page, "Крылова Дарья Олеговна"));
  CHECK_FALSE(contains(page, "mentors/skrytov"));
  // The mentor's page lists the practice.
  CHECK(contains(files["mentors/orlova/index.html"], "practices/avtory/index.html\">Авторы</a>"));
  json j = json::parse(files["practices/practices.json"]);
  CHECK(j["practices"][0]["authors"][0]["url"] == "https://school.example/sub/nastavnichestvo/mentors/orlova/");
  for (const auto& [file, t] : files) {
    INFO(file);
    CHECK_FALSE(contains(t, "Бессогласная"));
    CHECK_FALSE(contains(t, "Скрытов"));
  }

  // A name without consent written as a plain list item is refused.
  text.replace(text.find("  - orlova\n"), std::string("  - orlova\n").size(), "  - Иванов Иван\n");
  src.write("content/practices/avtory.md", text);
  r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "автор «Иванов Иван» записан как имя без согласия на публикацию"));
}

TEST_CASE("the printable collection holds every approved practice with a table of contents") {
  TempDir src, out;
  write_bank(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto files = snapshot(out.path() / "site");
  const std::string& c = files["practices/sbornik/index.html"];
  for (const char* id : {"alfa", "beta", "gamma", "delta", "epsilon"}) {
    INFO(id);
    CHECK(contains(c, std::string("<li><a href=\"#p-") + id + "\">"));
    CHECK(contains(c, std::string("<article class=\"practice collection-item\" id=\"p-") + id + "\""));
  }
  CHECK(contains(c, "Одобренные практики банка: 5 практик"));
  CHECK(contains(c, "href=\"../files/gamma.pdf\""));
}

// A published practice's Markdown is rendered once for its page and the
// collection (Renderer::practice_markdown): its links must work from both.
TEST_CASE("links in a practice's texts work on its page and in the collection") {
  TempDir src, out;
  write_bank(src);
  std::string gamma = approved("Гамма", "form: student_student\nlevels: [ooo]\nyear: 2026-2027\n");
  auto swap_field = [&](const std::string& from, const std::string& to) { gamma.replace(gamma.find(from), from.size(), to); };
  swap_field("methods: Методы.\n", "methods: |\n  См. [памятку](files/gamma.pdf) и [Альфу](alfa.md).\n");
  swap_field("\nОписание практики.\n", "\nО себе: [эта практика](gamma.md), [банк](_index.md#top).\n");
  src.write("content/practices/gamma.md", gamma);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  auto files = snapshot(out.path() / "site");
  for (const char* page : {"practices/gamma/index.html", "practices/sbornik/index.html"}) {
    INFO(page);
    const std::string& html = files[page];
    CHECK(contains(html, ">памятку</a>"));
    CHECK(contains(html, ">Альфу</a>"));
    CHECK(contains(html, ">эта практика</a>"));
    CHECK(contains(html, "index.html#top\">банк</a>"));
  }
  auto broken = broken_internal_links(out.path() / "site", "/sub/nastavnichestvo/");
  std::string all_broken;
  for (const auto& b : broken) all_broken += b + "\n";
  INFO(all_broken);
  CHECK(broken.empty());
  // And they are the same links: each of the four resolves to the same file from both pages.
  std::map<std::string, std::set<std::string>> targets;  // link text -> files it leads to
  for (const char* page : {"practices/gamma/index.html", "practices/sbornik/index.html"}) {
    std::regex link("<a href=\"([^\"#]*)[^\"]*\">(памятку|Альфу|эта практика|банк)</a>");
    const std::string& html = files[page];
    for (auto it = std::sregex_iterator(html.begin(), html.end(), link); it != std::sregex_iterator(); ++it)
      targets[(*it)[2].str()].insert((fs::path(page).parent_path() / (*it)[1].str()).lexically_normal().generic_string());
  }
  CHECK(targets["памятку"] == std::set<std::string>{"practices/files/gamma.pdf"});
  CHECK(targets["Альфу"] == std::set<std::string>{"practices/alfa/index.html"});
  CHECK(targets["эта практика"] == std::set<std::string>{"practices/gamma/index.html"});
  CHECK(targets["банк"] == std::set<std::string>{"practices/index.html"});
}

TEST_CASE("the search index: libstemmer stems, word forms by shard, only published pages") {
  TempDir src, out;
  write_bank(src);
  src.write("content/news/novost.md",
            "---\ntitle: Встреча с наставниками\ndate: 2026-11-01\n---\n\nНаставничество в школе: наставника выбирают сами.\n");
  // A mentor without consent is never in the library, so never in the index.
  src.write("content/mentors/tainova.md", "---\nname: Таинова Тамара Тимуровна\nposition: учитель\n---\n\nТекст.\n");
  auto r = build(src, out.path() / "site");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  REQUIRE(files.count("search/index.html"));
  REQUIRE(files.count("search/index/manifest.js"));
  auto payload = [](const std::string& script) {
    size_t start = script.find(',') + 1, end = script.rfind(')');
    return json::parse(script.substr(start, end - start));
  };
  json manifest = payload(files["search/index/manifest.js"]);
  CHECK(manifest["v"] == 1);
  // Five approved practices, the news item, two free pages, the document.
  CHECK(manifest["pages"] == 9);
  // «на» is d0bd d0b0 in UTF-8.
  REQUIRE(files.count("search/index/s/d0bdd0b0.js"));
  json shard = payload(files["search/index/s/d0bdd0b0.js"]);
  CHECK(shard["f"]["наставниками"] == "наставник");
  CHECK(shard["f"]["наставника"] == "наставник");
  CHECK(shard["f"]["наставничество"] == "наставничеств");
  REQUIRE(shard["t"].contains("наставник"));
  // Every shard holds only stems and forms of its two letters.
  int shards = 0;
  for (const auto& [file, text] : files) {
    if (file.rfind("search/index/s/", 0) != 0) continue;
    ++shards;
    json s = payload(text);
    std::string key = file.substr(15, file.size() - 18);
    for (const auto& [stem, _] : s["t"].items()) {
      std::string hex;
      for (unsigned char c : stem.substr(0, stem.size() >= 4 && (unsigned char)stem[0] >= 0x80 ? 4 : 2))
        hex += "0123456789abcdef"[c >> 4], hex += "0123456789abcdef"[c & 15];
      INFO(file << " " << stem);
      CHECK(hex == key);
    }
  }
  CHECK(shards == static_cast<int>(manifest["shards"].size()));
  json pages = payload(files["search/index/d/0.js"]);
  REQUIRE(pages.size() == 9);
  // Practices first.
  CHECK(pages[0][2] == "Практика");
  for (const auto& [file, text] : files) {
    INFO(file);
    CHECK_FALSE(contains(text, "Таинова"));
  }
  // Without JavaScript the page says so and leads to the facet pages.
  const std::string& page = files["search/index.html"];
  CHECK(contains(page, "Поиск работает, когда в браузере включён JavaScript"));
  CHECK(contains(page, "href=\"../practices/form/uchitel-uchitel/index.html\""));
}
