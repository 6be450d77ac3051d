// Mentor profiles: consent gating (152-ФЗ, ст. 10.1), pair counts, filter
// pages and the links between mentors and events, built by the real binary.
#include <catch2/catch.hpp>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

RunResult build(const TempDir& site, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "-s", site.path().string(), "-o", out.string(), "--today", kToday, "-q"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_nastavnik(args);
}

std::string mentor(const std::string& name, const std::string& extra, const std::string& consent,
                   const std::string& body) {
  return "---\nname: " + name + "\n" + extra + consent + "---\n\n" + body + "\n";
}

const std::string kAllFields =
    "[name, position, subjects, category, experience, forms, roles, achievements, regional_register, photo, "
    "biography, email]";

// A site with mentors in every consent state. Each withheld one carries
// unique markers that must appear in no output file.
void write_mentors_site(const TempDir& site) {
  write_minimal_site(site);
  site.write("content/mentors/otkryta.md",
             mentor("Открытова Вера Павловна",
                    "position: учитель химии\nsubjects: [химия, биология]\ncategory: mentor_teacher\nexperience: 12\n"
                    "forms: [teacher_teacher, student_student]\nemail: otkrytova@example.org\n"
                    "achievements: [лауреат конкурса]\nregional_register: true\n",
                    "consent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: " + kAllFields + "\n",
                    "Биография Открытовой, опубликованная по согласию."));
  site.write("content/mentors/bezsoglasiya.md",
             mentor("Тайнова Зоя Кирилловна",
                    "position: учитель-секрет-1\nsubjects: [астрономия]\nemail: tainova@example.org\nphoto: foto/tainova.jpg\n",
                    "", "Биография-секрет-1."));
  site.write("content/mentors/istekshee.md",
             mentor("Прошлова Нина Львовна",
                    "position: учитель-секрет-2\nsubjects: [черчение]\nemail: proshlova@example.org\nphoto: foto/proshlova.jpg\n",
                    "consent:\n  date: 2023-09-01\n  until: 2026-08-31\n  fields: " + kAllFields + "\n",
                    "Биография-секрет-2."));
  site.write("content/mentors/budushchee.md",
             mentor("Завтрова Ада Юрьевна", "position: учитель-секрет-3\nsubjects: [музыка]\n",
                    "consent:\n  date: 2026-12-01\n  until: 2029-01-09\n  fields: " + kAllFields + "\n",
                    "Биография-секрет-3."));
  site.write("content/mentors/bezimeni.md",
             mentor("Безымянова Ия Олеговна", "position: учитель-секрет-4\nsubjects: [ИЗО]\n",
                    "consent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: [position, subjects]\n",
                    "Биография-секрет-4."));
  // Partial consent: name, subjects and forms only.
  site.write("content/mentors/chastichno.md",
             mentor("Частичнова Ольга Ивановна",
                    "position: учитель-секрет-5\nsubjects: [география]\ncategory: highest\nexperience: 77777\n"
                    "forms: [student_student]\nemail: chastichnova@example.org\nphoto: foto/chastichnova.jpg\n"
                    "achievements: [достижение-секрет-5]\nroles: [роль-секрет-5]\nregional_register: true\n",
                    "consent:\n  date: 2026-01-10\n  until: 2027-01-09\n  fields: [name, subjects, forms]\n",
                    "Биография-секрет-5."));
  for (const char* photo : {"tainova", "proshlova", "chastichnova"})
    site.write(std::string("content/mentors/foto/") + photo + ".jpg", std::string("PHOTO-BYTES-SECRET-") + photo);
  site.write("content/events/vstrecha.md",
             "---\ntitle: Встреча наставников\nstart: 2026-12-10 15:00\nplace: каб. 1\n"
             "mentors: [otkryta, bezsoglasiya, istekshee, chastichno]\n---\n\nТекст.\n");
  // A practice by published, partial and withheld mentors: its page and the
  // bank's JSON/CSV exports are scanned too.
  site.write("content/practices/opyt.md",
             "---\ntitle: Опыт пар\nstatus: approved\nreviewer: Петрова А. С.\nreview_date: 2026-10-01\n"
             "summary: Кратко.\norganisation: Школа № 1\n"
             "authors:\n  - otkryta\n  - bezsoglasiya\n  - mentor: istekshee\n  - mentor: chastichno\n  - budushchee\n"
             "form: student_student\nrole_model: ученик – ученик\nlevels: [ooo]\nproblem: П.\ngoal: Ц.\ntasks: [з]\n"
             "audience: ученики\nparticipants: 10\nstages:\n  - title: Этап\nmethods: М.\nresources: Р.\n"
             "results: Итог.\nindicators: [п]\nnovelty: Н.\nreuse: Можно.\nyear: 2025-2026\n---\n\nТекст практики.\n");
  site.write("content/events/proshla.md",
             "---\ntitle: Прошедший семинар\nstart: 2026-10-01 15:00\nplace: каб. 2\nmentors: [otkryta]\n---\n");
}

}  // namespace

TEST_CASE("mentors without consent, with expired or partial consent: no withheld name, photo or field in any output") {
  TempDir src, out;
  write_mentors_site(src);
  fs::path site = out.path() / "site";
  auto r = build(src, site);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // Each withheld profile is named in a warning.
  CHECK(contains(r.err, "content/mentors/bezsoglasiya.md:1:1: предупреждение: нет согласия на распространение"));
  CHECK(contains(r.err, "content/mentors/istekshee.md:9:10: предупреждение: срок согласия на распространение персональных данных истёк 31.08.2026"));
  CHECK(contains(r.err, "content/mentors/budushchee.md:"));
  CHECK(contains(r.err, "content/mentors/bezimeni.md:"));
  CHECK(contains(r.err, "согласие не разрешает публиковать имя"));

  auto files = snapshot(site);
  REQUIRE(files.count("mentors/index.html"));
  REQUIRE(files.count("mentors/otkryta/index.html"));
  REQUIRE(files.count("mentors/chastichno/index.html"));
  for (const char* gone : {"mentors/bezsoglasiya/index.html", "mentors/istekshee/index.html",
                           "mentors/budushchee/index.html", "mentors/bezimeni/index.html"})
    CHECK_FALSE(files.count(gone));
  const std::vector<std::string> withheld = {
      // no consent, expired, not yet in force, name not covered
      "Тайнова", "tainova", "учитель-секрет-1", "Биография-секрет-1", "астрономия", "bezsoglasiya",
      "Прошлова", "proshlova", "учитель-секрет-2", "Биография-секрет-2", "черчение", "istekshee",
      "Завтрова", "учитель-секрет-3", "Биография-секрет-3", "budushchee",
      "Безымянова", "учитель-секрет-4", "Биография-секрет-4", "bezimeni",
      // fields outside a partial consent
      "учитель-секрет-5", "77777", "chastichnova@", "Биография-секрет-5", "достижение-секрет-5", "роль-секрет-5",
      "PHOTO-BYTES-SECRET"};
  int scanned = 0;
  for (const auto& [file, text] : files) {
    ++scanned;
    for (const auto& secret : withheld) {
      INFO(file << " contains «" << secret << "»");
      CHECK_FALSE(contains(text, secret));
      CHECK_FALSE(contains(file, secret));
    }
  }
  CHECK(scanned > 20);  // HTML, sitemap, feeds, calendars, assets
  CHECK(contains(files["sitemap.xml"], "mentors/otkryta/"));
  // The search index was among the scanned files, and it does index mentors.
  bool search_indexes_mentors = false;
  for (const auto& [file, text] : files)
    if (file.rfind("search/index/", 0) == 0 && contains(text, "Открытова")) search_indexes_mentors = true;
  CHECK(search_indexes_mentors);
  REQUIRE(files.count("practices/practices.json"));
  CHECK(contains(files["practices/practices.json"], "Открытова Вера Павловна"));
  CHECK(contains(files["practices/practices.csv"], "Частичнова Ольга Ивановна"));
  CHECK(contains(files["mentors/otkryta/index.html"], "Опыт пар"));
  CHECK(contains(files["events/calendar.ics"], "Встреча наставников"));

  // What a partial consent covers is shown.
  const std::string& partial = files["mentors/chastichno/index.html"];
  CHECK(contains(partial, "Частичнова Ольга Ивановна"));
  CHECK(contains(partial, "география"));
  CHECK(contains(partial, "ученик – ученик"));
  for (const char* hidden : {"высшая", "реестр", "<picture", "Квалификационная категория", "Педагогический стаж"}) {
    INFO(hidden);
    CHECK_FALSE(contains(partial, hidden));
  }
  // The full profile shows everything.
  const std::string& full = files["mentors/otkryta/index.html"];
  for (const char* shown : {"учитель химии", "педагог-наставник", "12 лет", "otkrytova@example.org", "лауреат конкурса",
                            "Биография Открытовой", "региональный реестр"})
    CHECK(contains(full, shown));

  // The event shows only the published leaders.
  const std::string& event = files["events/vstrecha/index.html"];
  CHECK(contains(event, "Открытова Вера Павловна"));
  CHECK(contains(event, "Частичнова Ольга Ивановна"));
  CHECK(contains(event, "../../mentors/otkryta/index.html"));

  // With --strict a withheld profile is an error.
  TempDir strict_out;
  auto strict = build(src, strict_out.path() / "site", {"--strict"});
  CHECK(strict.exit_code == 1);
  CHECK(contains(strict.err, "content/mentors/bezsoglasiya.md:1:1:"));
  CHECK(contains(strict.err, "Сайт не собран"));
}

TEST_CASE("check lists consents that expire within 60 days") {
  TempDir src;
  write_mentors_site(src);
  auto r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  // chastichno: until 2027-01-09 is 48 days after 2026-11-22; otkryta's is years away.
  CHECK(contains(r.err, "content/mentors/chastichno.md:15:10: примечание: согласие на распространение персональных данных "
                        "действует до 09.01.2027 (осталось 48 дней)"));
  CHECK_FALSE(contains(r.err, "otkryta.md"));
}

TEST_CASE("the mentors list filters by subject and form without JavaScript, the mentor page lists their events") {
  TempDir src, out;
  write_mentors_site(src);
  src.write("content/mentors/former.md",
            mentor("Прежнева Алла Борисовна", "subjects: [химия]\nforms: [student_student]\nstatus: former\n",
                   "consent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: [name, subjects, forms]\n", ""));
  fs::path site = out.path() / "site";
  auto r = build(src, site);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(site);
  const std::string& list = files["mentors/index.html"];
  CHECK(contains(list, "2 наставника"));
  CHECK(contains(list, "href=\"predmet/khimiya/index.html\""));
  CHECK(contains(list, "href=\"forma/uchenik-uchenik/index.html\""));
  CHECK(contains(list, "Были наставниками"));
  CHECK(contains(list, "Прежнева Алла Борисовна"));
  CHECK_FALSE(contains(list, "<form"));  // the filter is plain links

  REQUIRE(files.count("mentors/predmet/khimiya/index.html"));
  const std::string& chem = files["mentors/predmet/khimiya/index.html"];
  CHECK(contains(chem, "Наставники по предмету «химия»"));
  CHECK(contains(chem, "Открытова Вера Павловна"));
  CHECK_FALSE(contains(chem, "Частичнова"));
  CHECK_FALSE(contains(chem, "Прежнева"));  // former mentors are not offered
  CHECK(contains(chem, "aria-current=\"page\">химия"));

  const std::string& form = files["mentors/forma/uchenik-uchenik/index.html"];
  CHECK(contains(form, "Открытова Вера Павловна"));
  CHECK(contains(form, "Частичнова Ольга Ивановна"));
  CHECK_FALSE(files.count("mentors/forma/uchitel-uchitel/index.html") == 0);
  CHECK_FALSE(files.count("mentors/predmet/geografiya/index.html") == 0);
  CHECK_FALSE(files.count("mentors/predmet/astronomiya/index.html"));  // only a withheld mentor's subject

  const std::string& page = files["mentors/otkryta/index.html"];
  CHECK(contains(page, "Встреча наставников"));
  CHECK(contains(page, "Прошедший семинар"));
  CHECK(contains(page, "Ближайшие"));
  CHECK(contains(page, "Прошедшие"));

  auto broken = broken_internal_links(site, "/sub/nastavnichestvo/");
  INFO([&] { std::string s; for (auto& b : broken) s += b + "\n"; return s; }());
  CHECK(broken.empty());
}

TEST_CASE("pairs and groups by form come from a data file, as counts only") {
  TempDir src, out;
  write_mentors_site(src);
  src.write("content/data/pairs.yaml",
            "as_of: 2026-10-01\ncounts:\n  - form: student_student\n    pairs: 14\n    groups: 3\n"
            "  - form: teacher_teacher\n    pairs: 6\n");
  fs::path site = out.path() / "site";
  auto r = build(src, site);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(site);
  for (const char* f : {"index.html", "mentors/index.html"}) {
    INFO(f);
    const std::string& html = files[f];
    CHECK(contains(html, "Наставнические пары и группы"));
    CHECK(contains(html, "<th scope=\"row\">ученик – ученик</th><td>14</td><td>3</td>"));
    CHECK(contains(html, "<th scope=\"row\">Всего</th><td>20</td><td>3</td>"));
    CHECK(contains(html, "1\u00a0октября 2026\u00a0г."));
  }
  CHECK(contains(files["index.html"], "20</span> <span class=\"figure-label\">наставнических пар"));
  CHECK_FALSE(files.count("data/pairs.yaml"));

  src.write("content/data/pairs.yaml", "counts:\n  - form: uchenik\n    pairs: -1\n");
  TempDir out2;
  auto bad = build(src, out2.path() / "site");
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "content/data/pairs.yaml:2:11: ошибка:"));
}

TEST_CASE("an event naming an unknown mentor warns with a suggestion") {
  TempDir src, out;
  write_mentors_site(src);
  src.write("content/events/oshibka.md",
            "---\ntitle: Семинар\nstart: 2026-12-11 15:00\nplace: каб. 1\nmentors: [otkrita]\n---\n");
  auto r = build(src, out.path() / "site");
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "content/events/oshibka.md:5:10: предупреждение: нет наставника «otkrita»"));
  CHECK(contains(r.err, "«otkryta»"));
}

TEST_CASE("an incremental build after a consent is withdrawn leaves nothing of the mentor in any output") {
  TempDir src, out;
  write_mentors_site(src);
  fs::path site = out.path() / "site";
  REQUIRE(build(src, site).exit_code == 0);
  REQUIRE(contains(snapshot(site)["events/vstrecha/index.html"], "Открытова"));
  // The consent is withdrawn: the editor deletes it from the file.
  src.write("content/mentors/otkryta.md",
            mentor("Открытова Вера Павловна", "position: учитель химии\nsubjects: [химия, биология]\n", "",
                   "Биография Открытовой, опубликованная по согласию."));
  auto r = build(src, site);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "content/mentors/otkryta.md:1:1: предупреждение: нет согласия"));
  for (const auto& [file, text] : snapshot(site)) {
    INFO(file);
    CHECK_FALSE(contains(text, "Открытова"));
    CHECK_FALSE(contains(text, "otkryta"));
    CHECK_FALSE(contains(text, "химия"));
  }
  CHECK_FALSE(fs::exists(site / "mentors/otkryta"));
  CHECK_FALSE(fs::exists(site / "mentors/predmet/khimiya"));

  // The same as a consent running out: a later --today rebuilds everything.
  TempDir src2, out2;
  write_mentors_site(src2);
  fs::path site2 = out2.path() / "site";
  REQUIRE(build(src2, site2).exit_code == 0);
  auto later = run_nastavnik({"build", "-s", src2.path().string(), "-o", site2.string(), "--today", "2027-01-10", "-q"});
  REQUIRE(later.exit_code == 0);
  CHECK(contains(later.err, "content/mentors/chastichno.md:15:10: предупреждение: срок согласия"));
  for (const auto& [file, text] : snapshot(site2)) {
    INFO(file);
    CHECK_FALSE(contains(text, "Частичнова"));
  }
}
