// Roadmap pages end to end: a site with a roadmap built with a fixed
// --today; states, progress and links read back from the HTML.
#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <map>
#include <regex>

#include "base/text.h"
#include "content/roadmap.h"
#include "site_fixture.h"
#include "source/fields.h"

using namespace fixture;
using nastavnik::trim;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Academic year 2025-2026 (from write_minimal_site), today 2025-11-20.
const char* kRoadmap =
    "title: Дорожная карта школы\n"
    "period: 2025–2026 учебный год\n"
    "approval:\n"
    "  number: 5-о\n"
    "  date: 2025-08-29\n"
    "  document: ../documents/polozhenie.md\n"
    "sections:\n"
    "  - number: \"1\"\n"
    "    title: Нормативное обеспечение\n"
    "    items:\n"
    "      - number: \"1.1\"\n"
    "        title: Приказ о внедрении\n"
    "        deadline: до 01.09.2025\n"
    "        status: done\n"
    "        completed: 2025-08-29\n"
    "        evidence: [../documents/polozhenie.md, ../pages/kontakty.md]\n"
    "      - number: \"1.2\"\n"
    "        title: Анкетирование педагогов\n"
    "        deadline: сентябрь-октябрь\n"          // ended 31.10.2025: overdue
    "        responsible: [Петрова А.С.]\n"
    "      - number: \"1.3\"\n"
    "        title: Отменённый пункт\n"
    "        deadline: Октябрь 2025\n"
    "        status: cancelled\n"
    "  - number: \"2\"\n"
    "    title: Работа пар\n"
    "    items:\n"
    "      - number: \"2.1\"\n"
    "        title: Программы наставничества\n"
    "        deadline: 01-30.11.2025\n"         // ends in 10 days: due soon
    "        responsible: [Петрова А.С., Наставники]\n"
    "        status: in_progress\n"
    "      - number: \"2.2\"\n"
    "        title: Итоговая конференция\n"
    "        deadline: май\n"                   // May 2026: upcoming
    "      - number: \"2.3\"\n"
    "        title: Раздел на сайте\n"
    "        deadline: в течение года\n"        // current
    "      - number: \"2.4\"\n"
    "        title: Мониторинг\n"
    "        deadline: Ежегодно апрель-май\n"   // periodic, from April 2026: upcoming
    "      - number: \"2.5\"\n"
    "        title: Семинар\n"
    "        deadline: когда будет возможность\n"  // unreadable: a warning
    "        status: done\n";

RunResult build(const TempDir& src, const fs::path& out) {
  return run_nastavnik({"build", "-s", src.path().string(), "-o", out.string(), "--today", "2025-11-20", "-q"});
}

// The state class of the row that holds `title`.
std::string row_state(const std::string& html, const std::string& title) {
  size_t at = html.find(">" + title + "</", html.find("id=\"items-title\""));
  if (at == std::string::npos) return "";
  size_t row = html.rfind("<tr class=\"item-", at);
  if (row == std::string::npos) return "";
  size_t start = row + std::string("<tr class=\"item-").size();
  return html.substr(start, html.find('"', start) - start);
}

}  // namespace

TEST_CASE("roadmap: states as of --today, progress per section and overall, filtered views") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/roadmap/plan.yaml", kRoadmap);
  auto r = build(src, out.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // The unreadable deadline is a warning naming file and line.
  CHECK(contains(r.err, "content/roadmap/plan.yaml:44:"));
  CHECK(contains(r.err, "когда будет возможность"));

  auto files = snapshot(out.path());
  const std::string& html = files["roadmap/plan/index.html"];
  REQUIRE_FALSE(html.empty());
  CHECK(row_state(html, "Приказ о внедрении") == "done");
  CHECK(row_state(html, "Анкетирование педагогов") == "overdue");
  CHECK(row_state(html, "Отменённый пункт") == "cancelled");
  CHECK(row_state(html, "Программы наставничества") == "due_soon");
  CHECK(row_state(html, "Итоговая конференция") == "upcoming");
  CHECK(row_state(html, "Раздел на сайте") == "current");
  CHECK(row_state(html, "Мониторинг") == "upcoming");
  CHECK(row_state(html, "Семинар") == "done");
  // Hand count: 8 items, 1 cancelled, so 7 counted; 2 done.
  CHECK(contains(html, "Всего выполнено: 2 из 7 (29 %)"));
  CHECK(contains(html, "<progress max=\"7\" value=\"2\""));
  CHECK(contains(html, "Нормативное обеспечение</a>: 1 из 2 (50 %)"));
  CHECK(contains(html, "Работа пар</a>: 1 из 5 (20 %)"));
  CHECK(contains(html, "просрочено: 1"));
  CHECK(contains(html, "скоро срок: 1"));
  // With several sections the page lists items briefly, linking to the
  // section pages with the full tables: text as written, evidence resolved
  // to the pages' titles.
  CHECK(contains(html, "<td>сентябрь-октябрь</td>"));
  CHECK(contains(html, "href=\"section-1/index.html#item-1-2\">Анкетирование педагогов</a>"));
  const std::string& section1 = files["roadmap/plan/section-1/index.html"];
  CHECK(contains(section1, "<h1>1. Нормативное обеспечение</h1>"));
  CHECK(contains(section1, "id=\"item-1-2\""));
  CHECK(contains(section1, "href=\"../../../documents/polozhenie/index.html\">Положение о наставничестве</a>"));
  CHECK(contains(section1, ">Контакты</a>"));
  CHECK_FALSE(contains(section1, "Программы наставничества"));
  CHECK(row_state(section1, "Анкетирование педагогов") == "overdue");
  CHECK(contains(html, "№ 5-о от 29\u00a0августа 2025"));
  // The timeline: accessible inline SVG with the build date line.
  CHECK(contains(html, "<svg class=\"timeline\""));
  CHECK(contains(html, "role=\"img\" aria-labelledby=\"timeline-title timeline-desc\""));
  CHECK(contains(html, "<desc id=\"timeline-desc\">"));
  CHECK(contains(html, "stroke=\"#b35c00\""));

  // Views without JavaScript: one per state and per responsible party.
  const std::string& overdue = files["roadmap/plan/status/overdue/index.html"];
  CHECK(contains(overdue, "Анкетирование педагогов"));
  CHECK_FALSE(contains(overdue, "Итоговая конференция"));
  const std::string& petrova = files["roadmap/plan/responsible/petrova-a-s/index.html"];
  CHECK(contains(petrova, "Анкетирование педагогов"));
  CHECK(contains(petrova, "Программы наставничества"));
  CHECK_FALSE(contains(petrova, "Раздел на сайте"));
  CHECK(files.count("roadmap/plan/status/due-soon/index.html") == 1);
  CHECK(files.count("roadmap/plan/status/cancelled/index.html") == 1);
  CHECK(files.count("roadmap/plan/status/undated/index.html") == 0);  // the unreadable one is done

  // The list of roadmaps and the home page show the progress.
  CHECK(contains(files["roadmap/index.html"], "Выполнено: 2 из 7 (29 %)"));
  CHECK(contains(files["index.html"], "Выполнено: 2 из 7 (29 %)"));
  CHECK(contains(files["index.html"], "href=\"roadmap/plan/status/overdue/index.html\""));
  CHECK(broken_internal_links(out.path(), "/sub/nastavnichestvo/").empty());
}

TEST_CASE("roadmap: a broken evidence link is an error with file and line") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/roadmap/plan.yaml",
            "title: План\nacademic_year: 2025-2026\nitems:\n"
            "  - title: Приказ\n    deadline: Сентябрь\n    status: done\n"
            "    evidence: [../documents/net-takogo.md]\n"
            "  - title: Отчёт\n    deadline: Май\n    statuss: done\n");
  auto r = build(src, out.path());
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/roadmap/plan.yaml:7:"));
  CHECK(contains(r.err, "net-takogo.md"));
  // A typo in a field name is reported with the right name suggested.
  CHECK(contains(r.err, "status"));
  CHECK(contains(r.err, "content/roadmap/plan.yaml:10:"));
}

TEST_CASE("import roadmap: each seed from text and Word builds at once, overwriting needs --force") {
  const std::string fixtures = std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/";
  for (const char* name : {"municipal-000.txt", "municipal-000.docx", "programme-001.txt", "programme-001.docx",
                           "school-004.txt", "school-004.docx"}) {
    INFO(name);
    TempDir src, out;
    write_minimal_site(src);
    fs::path yaml = src.path() / "content/roadmap/plan.yaml";
    auto r = run_nastavnik({"import", "roadmap", fixtures + name, "-o", yaml.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(contains(r.out, "→ " + yaml.string()));
    auto built = run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2023-12-20", "-q"});
    INFO(built.err);
    CHECK(built.exit_code == 0);
    CHECK(fs::exists(out.path() / "roadmap/plan/index.html"));
    if (std::string(name) == "school-004.docx" || std::string(name) == "programme-001.docx") {
      // The paragraphs of a Word cell are lines of the page too, not one run-on text.
      std::string page = snapshot(out.path())["roadmap/plan/index.html"];
      if (std::string(name) == "school-004.docx")
        CHECK(contains(page, "образовательной организации:</p><p>– Приказ «О реализации системы наставничества"));
      else
        CHECK(contains(page, "<span class=\"muted\">Результат:</span> Собрана информация:<br>Определены запросы наставляемых"));
    }
    // A second import does not overwrite the file the editor has been ticking off.
    src.write("content/roadmap/plan.yaml", "title: Отмеченная карта\n");
    auto again = run_nastavnik({"import", "roadmap", fixtures + name, "-o", yaml.string()});
    CHECK(again.exit_code == 1);
    CHECK(contains(again.err, "--force"));
    CHECK(src.read("content/roadmap/plan.yaml") == "title: Отмеченная карта\n");
    CHECK(run_nastavnik({"import", "roadmap", fixtures + name, "-o", yaml.string(), "--force"}).exit_code == 0);
    CHECK(src.read("content/roadmap/plan.yaml") != "title: Отмеченная карта\n");
  }
  TempDir tmp;
  std::string scratch = (tmp.path() / "out.yaml").string();
  auto counts = run_nastavnik({"import", "roadmap", fixtures + "municipal-000.docx", "-o", scratch, "--force"});
  CHECK(contains(counts.out, "Перенесено: 5 разделов, 25 пунктов"));
  auto shifted = run_nastavnik({"import", "roadmap", fixtures + "programme-001.txt", "-o", scratch, "--force"});
  CHECK(contains(shifted.out, "Перенесено: 0 разделов, 7 пунктов"));
  CHECK(contains(shifted.err, "programme-001.txt: примечание: строка 336:"));
  CHECK(run_nastavnik({"import", "roadmap"}).exit_code == 2);
  CHECK(run_nastavnik({"import", "roadmap", fixtures + "school-004.txt", "-o", scratch, "--year", "2023"}).exit_code == 2);
  auto missing = run_nastavnik({"import", "roadmap", "/nonexistent/plan.docx", "-o", scratch, "--force"});
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "docx"));
  // Only a regular file is ever replaced, even with --force.
  auto folder = run_nastavnik({"import", "roadmap", fixtures + "school-004.txt", "-o", tmp.path().string(), "--force"});
  CHECK(folder.exit_code == 1);
  CHECK(fs::is_directory(tmp.path()));
}

TEST_CASE("import roadmap --update: the school's edited Word file re-imported keeps the ticks, adds and marks items, builds") {
  const std::string fixtures = std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/";
  TempDir src, out;
  write_minimal_site(src);
  fs::path yaml = src.path() / "content/roadmap/plan.yaml";
  REQUIRE(run_nastavnik({"import", "roadmap", fixtures + "layout-roman.tsv", "-o", yaml.string()}).exit_code == 0);
  // The editor ticks off 1.1 and 2.1 in the YAML.
  std::string text = src.read("content/roadmap/plan.yaml");
  auto tick = [&](const std::string& title, const std::string& done) {
    size_t at = text.find("title: \"" + title + "\"");
    REQUIRE(at != std::string::npos);
    size_t status = text.find("status: planned", at);
    text.replace(status, std::string("status: planned").size(), "status: done\n        completed: " + done);
  };
  tick("Издание приказа о внедрении целевой модели наставничества", "2025-09-03");
  tick("Формирование наставнических пар и групп", "2025-10-20");
  src.write("content/roadmap/plan.yaml", text);
  // The new edition: 1.1 reworded, 1.2 gone, a new item at the end.
  std::string tsv = *nastavnik::read_file(fixtures + "layout-roman.tsv");
  auto edit = [&](const std::string& from, const std::string& to) {
    size_t at = tsv.find(from);
    REQUIRE(at != std::string::npos);
    tsv.replace(at, from.size(), to);
  };
  edit("целевой модели наставничества\tСентябрь 2025", "целевой модели наставничества в школе\tСентябрь 2025");
  edit("1.2.\tНазначение куратора внедрения целевой модели\tдо 15.09.2025\tДиректор\tПриказ о назначении куратора\n", "");
  edit("3.2.\t", "3.3.\tПубликация отчёта о реализации программы\tИюнь 2026\tКуратор\tОтчёт\n3.2.\t");
  src.write("edition-2.tsv", tsv);
  auto r = run_nastavnik({"import", "roadmap", (src.path() / "edition-2.tsv").string(), "--update", yaml.string()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "изменён пункт 1.1 «Издание приказа о внедрении целевой модели наставничества в школе»: "
                        "было «Издание приказа о внедрении целевой модели наставничества» — отметка «done» сохранена"));
  CHECK(contains(r.out, "отметка «done» сохранена"));
  CHECK(contains(r.out, "добавлен пункт 3.3 «Публикация отчёта о реализации программы»"));
  CHECK(contains(r.out, "пункта 1.2 «Назначение куратора внедрения целевой модели» нет в новой редакции"));
  CHECK(contains(r.out, "Обновлено: без изменений 6, изменено 1, добавлено 1, убрано 1; отметки о выполнении сохранены у 2 пунктов."));
  nastavnik::Diagnostics diag;
  auto merged = nastavnik::read_fields(src.read("content/roadmap/plan.yaml"), nastavnik::roadmap_schema(), {"plan.yaml", 1}, diag);
  REQUIRE(merged);
  CHECK(diag.error_count() == 0);
  auto sections = merged->maps("sections");
  REQUIRE(sections.size() == 3);
  auto first = sections[0].maps("items")[0];
  CHECK(first.text("title") == "Издание приказа о внедрении целевой модели наставничества в школе");
  CHECK(first.text("status") == "done");
  CHECK(first.date("completed")->iso() == "2025-09-03");
  CHECK(sections[0].maps("items")[2].text("status") == "cancelled");
  CHECK(sections[2].maps("items").size() == 3);
  auto built = run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2025-11-20", "-q"});
  INFO(built.err);
  CHECK(built.exit_code == 0);
  // Cancelled items are left out of the progress: 2 of 8 done.
  CHECK(contains(snapshot(out.path())["roadmap/plan/index.html"], "Всего выполнено: 2 из 8 (25 %)"));
  // --force and --update contradict each other; a broken old file is refused and kept.
  CHECK(run_nastavnik({"import", "roadmap", fixtures + "layout-roman.tsv", "--update", yaml.string(), "--force"}).exit_code == 2);
  src.write("content/roadmap/broken.yaml", "title: [\n");
  auto broken = run_nastavnik({"import", "roadmap", fixtures + "layout-roman.tsv", "--update",
                               (src.path() / "content/roadmap/broken.yaml").string()});
  CHECK(broken.exit_code == 1);
  CHECK(contains(broken.err, "не изменён"));
  CHECK(src.read("content/roadmap/broken.yaml") == "title: [\n");
}

TEST_CASE("import roadmap --explain: every row with what it became and why, nothing written") {
  const std::string fixtures = std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/";
  TempDir tmp;
  std::string yaml = (tmp.path() / "plan.yaml").string();
  auto r = run_nastavnik({"import", "roadmap", fixtures + "school-004.txt", "--explain", "-o", yaml});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "строка 20: заголовки колонок — колонки: 1 — номер, 2 — мероприятие, 3 — содержание, 4 — срок, 5 — ответственные"));
  CHECK(contains(r.out, "строка 12: утверждение — «УТВЕРЖДАЮ Приказ №80/8 от 01.09.2023г» — записано в approval"));
  CHECK(contains(r.out, "строка 30: продолжение пункта — нет номера, а пункты таблицы пронумерованы — продолжение пункта 7"));
  CHECK(contains(r.out, "Файл не записан"));
  CHECK_FALSE(fs::exists(yaml));
}

TEST_CASE("import roadmap: /dev/zero and other endless or huge input stop at a size cap") {
  auto zero = run_nastavnik({"import", "roadmap", "/dev/zero", "--explain"});
  CHECK(zero.exit_code == 1);
  CHECK(contains(zero.err, "nastavnik import: ошибка: файл «/dev/zero» больше 32 МБ"));
  TempDir tmp;
  fs::create_symlink("/dev/zero", tmp.path() / "plan.docx");
  auto docx = run_nastavnik({"import", "roadmap", (tmp.path() / "plan.docx").string(), "--explain"});
  CHECK(docx.exit_code == 1);
  CHECK(contains(docx.err, "больше 32 МБ"));
}

TEST_CASE("demo roadmap: states and progress as of 2026-11-22 match a hand count") {
  TempDir out;
  auto r = run_nastavnik({"build", "-s", demo_source_dir(), "-o", (out.path() / "site").string(), "--today", "2026-11-22", "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  const std::string& html = files["roadmap/plan-2026-2027/index.html"];
  REQUIRE_FALSE(html.empty());
  // 23 items, 3.6 cancelled: 22 counted, 11 done (1.1–1.4, 2.1–2.4, 3.1–3.3).
  CHECK(contains(html, "Всего выполнено: 11 из 22 (50 %)"));
  CHECK(contains(html, "Нормативно-правовое обеспечение внедрения целевой модели наставничества</a>: 4 из 4 (100 %)"));
  CHECK(contains(html, "Методическое сопровождение наставников</a>: 3 из 5 (60 %)"));
  CHECK(contains(html, "Мониторинг и оценка эффективности программы наставничества</a>: 0 из 4 (0 %)"));
  // Overdue: 3.4 (до 15.11.2026); due soon: 3.5 (01-04.12.2026) and 5.1 (до 30.11.2026).
  CHECK(row_state(html, "Диагностика профессиональных затруднений молодых педагогов") == "overdue");
  CHECK(row_state(html, "Открытые уроки молодых специалистов с разбором наставником") == "due_soon");
  CHECK(row_state(html, "Промежуточный мониторинг удовлетворённости участников программ") == "due_soon");
  CHECK(row_state(html, "Создание «Методической копилки» наставника") == "done");
  CHECK(row_state(html, "Выездной семинар в районном методическом центре") == "cancelled");
  CHECK(row_state(html, "Создание, наполнение и обновление раздела «Наставничество» на сайте школы") == "current");
  CHECK(row_state(html, "Внесение данных в региональную базу наставников") == "upcoming");
  CHECK(row_state(html, "Итоговая конференция «Наставничество: итоги года»") == "current");
  CHECK(contains(html, "просрочено: 1"));
  CHECK(contains(html, "скоро срок: 2"));
  std::map<std::string, int> states;
  static const std::regex row("<tr class=\"item-([a-z_]+)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), row), end; it != end; ++it) ++states[(*it)[1]];
  CHECK(states == std::map<std::string, int>{{"done", 11}, {"cancelled", 1}, {"overdue", 1}, {"due_soon", 2}, {"current", 3}, {"upcoming", 5}});
  // Evidence leads to the demo's documents, news, events and mentors.
  CHECK(contains(html, "href=\"../../documents/prikaz-86-o/index.html\""));  // the approving order
  std::string sections = files["roadmap/plan-2026-2027/section-1/index.html"] + files["roadmap/plan-2026-2027/section-2/index.html"] +
                         files["roadmap/plan-2026-2027/section-3/index.html"];
  CHECK(contains(sections, "href=\"../../../documents/prikaz-86-o/index.html\""));
  CHECK(contains(sections, "href=\"../../../events/ustanovochnaya-vstrecha/index.html\""));
  CHECK(contains(sections, "href=\"../../../news/sformirovany-pary/index.html\""));
  CHECK(contains(sections, "href=\"../../../mentors/index.html\""));
  CHECK(contains(files["index.html"], "Выполнено: 11 из 22 (50 %)"));
}

TEST_CASE("demo roadmap comes from importing the demo Word document") {
  TempDir tmp;
  std::string yaml = (tmp.path() / "plan.yaml").string();
  auto r = run_nastavnik({"import", "roadmap", demo_source_dir() + "/docs/demo-roadmap/dorozhnaya-karta-2026-2027.docx", "-o", yaml});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  YAML::Node imported = YAML::LoadFile(yaml);
  YAML::Node demo = YAML::LoadFile(demo_source_dir() + "/content/roadmap/plan-2026-2027.yaml");
  CHECK(imported["title"].as<std::string>() == demo["title"].as<std::string>());
  REQUIRE(imported["sections"].size() == demo["sections"].size());
  for (size_t s = 0; s < demo["sections"].size(); ++s) {
    YAML::Node a = imported["sections"][s], b = demo["sections"][s];
    CHECK(a["title"].as<std::string>() == b["title"].as<std::string>());
    REQUIRE(a["items"].size() == b["items"].size());
    for (size_t i = 0; i < a["items"].size(); ++i)
      for (const char* field : {"number", "title", "result", "deadline"}) {
        INFO(b["items"][i]["number"].as<std::string>() << " " << field);
        // The demo was written with `|` blocks (a final newline), the importer writes `|-`.
        CHECK(trim(a["items"][i][field].as<std::string>()) == trim(b["items"][i][field].as<std::string>()));
      }
  }
}

TEST_CASE("indicators: charts of actual against target and the yearly evaluation scored 0/1/2") {
  TempDir out;
  auto r = run_nastavnik({"build", "-s", demo_source_dir(), "-o", (out.path() / "site").string(), "--today", "2026-11-22", "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  const std::string& html = files["indicators/index.html"];
  REQUIRE_FALSE(html.empty());
  // Hand count: 1+1+1+2+1+1+1+1+1 = 10 (9–14 acceptable); 2+2+1+2+2+2+1+2+2 = 16 (15–18 optimal).
  CHECK(contains(html, "2024-2025: 10 из 18 — <span class=\"level level-acceptable\">допустимый уровень</span>"));
  CHECK(contains(html, "2025-2026: 16 из 18 — <span class=\"level level-optimal\">оптимальный уровень</span>"));
  // Three charts, each an accessible image with its table of values.
  size_t charts = 0;
  for (size_t at = 0; (at = html.find("<svg class=\"chart\"", at)) != std::string::npos; ++at) ++charts;
  CHECK(charts == 3);
  CHECK(contains(html, "aria-labelledby=\"ind-1-t ind-1-d\""));
  CHECK(contains(html, "<desc id=\"ind-1-d\">Фактическое значение: 52 % (1\u00a0октября 2026"));
  CHECK(contains(html, "<td>31\u00a0декабря 2026\u00a0г.</td><td>55</td><td>—</td>"));
  // 52 % against the 55 % due by 31.12.2026: not yet; 83 % against 70 %: reached; 1 person against 0 (fewer is better): not yet.
  CHECK(contains(html, "state-overdue\">целевое значение пока не достигнуто"));
  CHECK(contains(html, "state-done\">целевое значение достигнуто"));
}

TEST_CASE("indicators: a score outside 0/1/2 and a missing score are errors") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/indicators.yaml",
            "evaluation:\n  criteria: [А, Б, В]\n  years:\n    - year: 2025-2026\n      scores: [2, 3]\n");
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-01-10", "-q"});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/indicators.yaml:5:"));
  CHECK(contains(r.err, "0, 1 или 2"));
  CHECK(contains(r.err, "2 оценок, а критериев 3"));
}
