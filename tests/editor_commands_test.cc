// The editor's commands, run as the real binary on real folders: `new`
// templates made from the schemas, `init` giving a whole section (with its
// questions), `list` (what a link can point at) and `status` (what needs
// attention).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <utime.h>

#include <ctime>
#include <fstream>
#include <sstream>

#include "content/schemas.h"
#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-20";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Sets a file's modification time `days` days before now.
void age_file(const fs::path& p, int days) {
  struct utimbuf t;
  t.actime = t.modtime = std::time(nullptr) - static_cast<time_t>(days) * 86400;
  REQUIRE(::utime(p.c_str(), &t) == 0);
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace_line(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = read_text(p);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("new: a template of every field of the type, in the schema's order, a draft that builds") {
  TempDir site;
  write_minimal_site(site);
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"news", "Итоги четверти"},          {"event", "Встреча наставников"},
      {"document", "Положение о наставничестве"}, {"mentor", "Иванова Мария Петровна"},
      {"page", "Вопросы и ответы"},         {"practice", "Задача недели"}};
  for (const auto& [kind, title] : kinds) {
    INFO(kind);
    auto r = run_nastavnik({"new", kind, title, "-s", site.path().string(), "--today", kToday});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::string rel = r.out.substr(r.out.find("content/"));
    rel = rel.substr(0, rel.find('\n'));
    std::string text = site.read(rel);
    // Every field, at the start of a line (nested ones indented), in order.
    size_t at = 0;
    for (const auto& f : nastavnik::schema_of(kind)) {
      size_t found = text.find("\n" + f.name + ":", at);
      INFO("field " << f.name);
      REQUIRE(found != std::string::npos);
      CHECK(contains(text, "# " + f.label));
      at = found;
      for (const auto& sub : f.fields)
        if (f.type == nastavnik::FieldType::map) CHECK(contains(text, "\n  " + sub.name + ":"));
    }
    CHECK(contains(text, "\ndraft: да\n"));
    CHECK(contains(text, "ЗАПОЛНИТЕ"));
  }
  std::string news = site.read("content/news/itogi-chetverti.md");
  CHECK(contains(news, "\ntitle: Итоги четверти\n"));
  CHECK(contains(news, "\ndate: 20.11.2026\n"));
  CHECK(contains(news, "\ncover:\n"));
  CHECK(contains(news, "\ncover_alt:\n"));
  std::string event = site.read("content/events/vstrecha-nastavnikov.md");
  CHECK(contains(event, "\nformat: очно\n"));           // Russian values
  CHECK(contains(event, "очно, дистанционно, смешанно"));  // the choices, as a comment
  CHECK(contains(event, "\nstart: 27.11.2026 15:00\n"));
  std::string doc = site.read("content/documents/polozhenie-o-nastavnichestve.md");
  CHECK(contains(doc, "\nsignature:\n"));
  CHECK(contains(doc, "\n  signer:\n"));
  CHECK(contains(doc, "\ntype: приказ\n"));
  CHECK(contains(doc, "\nlevel: школьный\n"));
  std::string mentor = site.read("content/mentors/ivanova-mariya-petrovna.md");
  CHECK(contains(mentor, "\nconsent:\n"));
  CHECK(contains(mentor, "\n  until:\n"));

  // As they are, the drafts are valid and quiet, and nothing of them is published.
  auto checked = run_nastavnik({"check", "-s", site.path().string(), "--today", kToday});
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  CHECK_FALSE(contains(checked.err, "content/"));  // not a word about the drafts
  auto built = run_nastavnik({"build", "-s", site.path().string(), "--today", kToday});
  REQUIRE(built.exit_code == 0);
  CHECK_FALSE(site.exists("site/news/itogi-chetverti/index.html"));
  CHECK_FALSE(site.exists("site/events/vstrecha-nastavnikov/index.html"));

  // Filled in and marked ready, the news item is published.
  replace_line(site.path() / "content/news/itogi-chetverti.md", "\ndraft: да\n", "\ndraft: нет\n");
  replace_line(site.path() / "content/news/itogi-chetverti.md", "ЗАПОЛНИТЕ: текст", "Текст");
  built = run_nastavnik({"build", "-s", site.path().string(), "--today", kToday});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  CHECK(site.exists("site/news/itogi-chetverti/index.html"));
}

TEST_CASE("init: a whole section with its menu, from flags or from answered questions") {
  TempDir tmp;
  fs::path dir = tmp.path() / "razdel";
  auto r = run_nastavnik({"init", dir.string(), "--name", "МБОУ «Школа № 5» г. Энска", "--short-name", "Школа № 5",
                          "--address", "123456, г. Энск, ул. Мира, 5", "--email", "school5@ensk.ru", "--url",
                          "https://school5.ru/nastavnichestvo", "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string yaml = read_text(dir / "site.yaml");
  CHECK(contains(yaml, "full_name: \"МБОУ «Школа № 5» г. Энска\""));
  CHECK(contains(yaml, "base_url: https://school5.ru/nastavnichestvo/\n"));
  CHECK(contains(yaml, "\nlogo:"));
  for (const char* title : {"Нормативные документы", "Дорожная карта", "Наши наставники", "Методическая копилка",
                            "Мероприятия", "Новости", "Обратная связь"})
    CHECK(contains(yaml, std::string("- title: ") + title + "\n"));

  auto built = run_nastavnik({"build", "-s", dir.string(), "--today", kToday});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  CHECK(built.err.empty());  // not even a warning
  for (const char* page : {"documents/index.html", "roadmap/index.html", "mentors/index.html", "practices/index.html",
                           "events/index.html", "news/index.html", "kontakty/index.html"})
    CHECK(fs::exists(dir / "site" / page));
  std::string home = read_text(dir / "site/index.html");
  CHECK(contains(home, ">Методическая копилка</a>"));
  CHECK(contains(home, "МБОУ «Школа № 5» г. Энска"));

  // Questions: one answer a line, an empty one keeps the sample.
  fs::path asked = tmp.path() / "asked";
  auto q = run_command({"/bin/sh", "-c",
                        "printf 'МБОУ «СОШ № 9»\\nСОШ № 9\\n\\nsosh9@mail.ru\\nhttps://sosh9.ru/nast/\\n' | " +
                            std::string(NASTAVNIK_BIN) + " init --ask " + asked.string()});
  INFO(q.err);
  REQUIRE(q.exit_code == 0);
  CHECK(contains(q.out, "Полное название школы"));
  std::string y2 = read_text(asked / "site.yaml");
  CHECK(contains(y2, "short_name: \"СОШ № 9\""));
  CHECK(contains(y2, "address: \"000000, г. Город, ул. Школьная, д. 1\""));
  CHECK(contains(y2, "email: sosh9@mail.ru"));
  CHECK(contains(y2, "base_url: https://sosh9.ru/nast/"));

  // A bad answer is a usage error, and nothing is written.
  auto bad = run_nastavnik({"init", (tmp.path() / "bad").string(), "--url", "school.ru"});
  CHECK(bad.exit_code == 2);
  CHECK(contains(bad.err, "должен начинаться с https://"));
  CHECK_FALSE(fs::exists(tmp.path() / "bad"));

  // What init left to fill in is what status lists.
  auto st = run_nastavnik({"status", "-s", asked.string(), "--today", kToday});
  INFO(st.out << st.err);
  REQUIRE(st.exit_code == 0);
  CHECK(contains(st.out, "Незаполненные места из заготовок"));
  CHECK(contains(st.out, "content/_index.md:5"));
  CHECK(contains(st.out, "site.yaml:"));
  CHECK(contains(st.out, "Фамилия Имя Отчество"));
}

TEST_CASE("list: every page, section and file a link can point at, with the text to write") {
  TempDir site;
  write_minimal_site(site);
  auto r = run_nastavnik({"list", "-s", site.path().string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "Разделы сайта:\n"));
  CHECK(contains(r.out, "  /documents/ "));
  CHECK(contains(r.out, "Документы\n"));  // a list without an intro goes by its type's name
  CHECK(contains(r.out, "  /pages/kontakty.md "));
  CHECK(contains(r.out, "Контакты\n"));
  CHECK(contains(r.out, "  /documents/polozhenie.md "));
  CHECK(contains(r.out, "Положение о наставничестве\n"));
  CHECK(contains(r.out, "Файлы:\n  /documents/files/polozhenie.pdf\n"));
  CHECK(contains(r.out, "/pages/Вопросы родителей.md"));

  // Every link `list` prints works as a link: a page linking all of them builds.
  std::string body;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("  /", 0) == 0) {
      std::string link = line.substr(2, line.find("  ", 2) - 2);
      body += "- [x](<" + link + ">)\n";
    }
  site.write("content/pages/vse.md", "---\ntitle: Все ссылки\n---\n\n" + body);
  auto built = run_nastavnik({"check", "-s", site.path().string(), "--today", kToday});
  INFO(body << built.err);
  CHECK(built.exit_code == 0);

  auto docs = run_nastavnik({"list", "документы", "-s", site.path().string()});
  CHECK(docs.exit_code == 0);
  CHECK(contains(docs.out, "/documents/polozhenie.md"));
  CHECK_FALSE(contains(docs.out, "kontakty"));
  auto files = run_nastavnik({"list", "file", "-s", site.path().string()});
  CHECK(contains(files.out, "/documents/files/polozhenie.pdf"));
  CHECK_FALSE(contains(files.out, "polozhenie.md"));
  auto unknown = run_nastavnik({"list", "фото", "-s", site.path().string()});
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "неизвестный вид «фото»"));
}

TEST_CASE("status: what needs attention, each item at its file") {
  TempDir site;
  write_minimal_site(site);
  site.write("content/roadmap/plan.yaml",
             "title: План\nacademic_year: 2026-2027\nitems:\n"
             "  - {number: \"1.1\", title: Приказ, deadline: до 01.10.2026}\n"
             "  - {number: \"1.2\", title: База наставников, deadline: до 25.11.2026}\n"
             "  - {number: \"1.3\", title: Совещание, deadline: до 01.10.2026, status: выполнено, completed: 2026-09-30}\n"
             "  - {number: \"1.4\", title: День наставника, deadline: март 2027}\n");
  auto mentor = [&](const std::string& file, const std::string& name, const std::string& until) {
    site.write("content/mentors/" + file,
               "---\nname: " + name + "\nconsent:\n  date: 2025-09-01\n  until: " + until + "\n  fields: [ФИО]\n---\n");
  };
  mentor("skoro.md", "Скоро Анна", "2026-12-05");
  mentor("istek.md", "Истёк Борис", "2026-11-01");
  mentor("dolgo.md", "Долго Вера", "2027-09-01");
  site.write("content/mentors/bez.md", "---\nname: Без Согласия\n---\n");
  site.write("content/events/proshlo.md",
             "---\ntitle: Прошедшая встреча\nstart: 2026-11-10 15:00\nplace: зал\n---\n");
  site.write("content/events/s-otchetom.md",
             "---\ntitle: Встреча с отчётом\nstart: 2026-11-11 15:00\nplace: зал\nreport: Пришли 20 человек.\n---\n");
  site.write("content/events/budet.md", "---\ntitle: Будущая встреча\nstart: 2026-12-10 15:00\nplace: зал\n---\n");
  site.write("content/practices/na-rassmotrenii.md", "---\ntitle: Практика на рассмотрении\nstatus: на рассмотрении\n---\n");
  site.write("content/practices/chernovik.md", "---\ntitle: Черновик практики\n---\n");
  site.write("content/news/zagotovka.md", "---\ntitle: Заготовка\ndate: 2026-11-01\ndraft: да\n---\n\nЗАПОЛНИТЕ: текст.\n");
  age_file(site.path() / "content/pages/kontakty.md", 200);
  site.write("content/pages/svezhaya.md", "---\ntitle: Свежая\n---\n\nТекст.\n");

  auto r = run_nastavnik({"status", "-s", site.path().string(), "--today", kToday});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  auto group = [&](const std::string& title) {
    size_t at = r.out.find(title);
    REQUIRE(at != std::string::npos);
    size_t end = r.out.find("\n\n", at);
    return r.out.substr(at, end == std::string::npos ? std::string::npos : end - at);
  };
  std::string overdue = group("Просроченные пункты дорожной карты (1)");
  CHECK(contains(overdue, "content/roadmap/plan.yaml:4  1.1 «Приказ» — срок «до 01.10.2026» прошёл"));
  CHECK(contains(group("со сроком в ближайшие"), "1.2 «База наставников»"));
  std::string ending = group("Согласия наставников, которые заканчиваются");
  CHECK(contains(ending, "content/mentors/skoro.md:5  Скоро Анна — согласие действует по 05.12.2026 (осталось 15 дней)"));
  CHECK_FALSE(contains(ending, "Долго"));
  CHECK(contains(group("Согласия, срок которых истёк"), "Истёк Борис — согласие действовало по 01.11.2026"));
  CHECK(contains(group("Наставники без согласия"), "content/mentors/bez.md  Без Согласия"));
  std::string reports = group("Прошедшие мероприятия без отчёта (1)");
  CHECK(contains(reports, "content/events/proshlo.md  «Прошедшая встреча» — 10.11.2026"));
  CHECK(contains(group("Практики, которые ждут рассмотрения (1)"), "content/practices/na-rassmotrenii.md"));
  std::string stale = group("Страницы, которые не обновлялись дольше 90 дней");
  CHECK(contains(stale, "content/pages/kontakty.md  «Контакты»"));
  CHECK_FALSE(contains(stale, "svezhaya"));
  CHECK(contains(group("Незаполненные места из заготовок"), "content/news/zagotovka.md:7  ЗАПОЛНИТЕ: текст."));
  std::string drafts = group("Черновики");
  CHECK(contains(drafts, "content/news/zagotovka.md"));
  CHECK(contains(drafts, "content/practices/chernovik.md"));
  CHECK_FALSE(contains(drafts, "na-rassmotrenii"));

  // The school's own period for pages.
  site.write("site.yaml", site.read("site.yaml") + "stale_days: 365\n");
  auto longer = run_nastavnik({"status", "-s", site.path().string(), "--today", kToday});
  CHECK(contains(longer.out, "✓ Страницы, которые не обновлялись дольше 365 дней: нет"));
}

TEST_CASE("status on the demo lists what is due as of the golden date") {
  auto r = run_nastavnik({"status", "-s", demo_source_dir(), "--today", kToday});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "Что требует внимания на 20.11.2026"));
  CHECK(contains(r.out, "Всего пунктов:"));
}
