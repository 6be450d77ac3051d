// Events and news end to end: pages as of --today, iCalendar and Atom feeds
// read back with independent parsers (python3-icalendar, an XML parser).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "site_fixture.h"

using namespace fixture;
using nlohmann::json;

namespace {

bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

json parse_with_python(const std::string& kind, const fs::path& file) {
  auto r = run_command({"/usr/bin/python3", std::string(NASTAVNIK_SOURCE_DIR) + "/tests/feeds_check.py", kind, file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

const std::string kLongDescription =
    "Наставники и наставляемые обсудят итоги четверти, планы на каникулы; "
    "вопросы, предложения, пожелания\\ — всё, что накопилось за осень, и договорятся о следующих встречах.";

void write_events_site(const TempDir& site) {
  write_minimal_site(site);
  site.write("content/events/seminar.md",
             "---\ntitle: Семинар для наставников, встреча №1\nstart: 2026-03-10 10:00\nend: 2026-03-10 12:30\n"
             "place: Кабинет 214; второй этаж\nformat: in_person\nsummary: '" + kLongDescription + "'\n---\nТекст.\n");
  site.write("content/events/den-nastavnika.md",
             "---\ntitle: День наставника\nstart: 2026-03-02\nplace: Актовый зал\nsummary: Праздник.\n---\n");
  site.write("content/events/nedelya.md",
             "---\ntitle: Неделя профессиональных проб\nstart: 2026-02-09\nend: 2026-02-13\nplace: Завод\n---\n");
  site.write("content/events/vebinar.md",
             "---\ntitle: Вебинар\nstart: 2026-04-01 09:00\nformat: online\n"
             "online_url: https://webinar.example.org/room\n---\n");
  site.write("content/news/vyshla.md", "---\ntitle: Вышла новость\ndate: 2026-03-01\nsummary: Коротко.\n---\nТекст.\n");
  site.write("content/news/budushchaya.md",
             "---\ntitle: Будущая новость\ndate: 2026-03-20\npublish_date: 2026-03-20\n---\nСекрет.\n");
}

}  // namespace

TEST_CASE("events fall on the right side of --today and show Russian dates") {
  TempDir src, out;
  write_events_site(src);
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05", "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path());
  const std::string& list = files["events/index.html"];
  size_t upcoming = list.find("Ближайшие мероприятия"), past = list.find("Прошедшие мероприятия");
  REQUIRE(upcoming != std::string::npos);
  REQUIRE(past != std::string::npos);
  size_t seminar = list.find("Семинар для наставников"), vebinar = list.find("Вебинар"),
         den = list.find("День наставника"), nedelya = list.find("Неделя профессиональных проб");
  // Upcoming soonest first, past latest first.
  CHECK(upcoming < seminar);
  CHECK(seminar < vebinar);
  CHECK(vebinar < past);
  CHECK(past < den);
  CHECK(den < nedelya);
  CHECK(contains(list, "10\u00a0марта 2026\u00a0г.</time>, вторник, 10:00\u201312:30"));
  CHECK(contains(list, "с 9 по 13\u00a0февраля 2026\u00a0г."));
  CHECK(contains(list, "2\u00a0марта 2026\u00a0г.</time>, понедельник"));
  // The home page lists the next events and the latest news.
  CHECK(contains(files["index.html"], "Семинар для наставников"));
  CHECK(contains(files["index.html"], "Вышла новость"));
  CHECK(contains(files["index.html"], "4</span> <span class=\"figure-label\">мероприятия<"));
}

TEST_CASE("future-dated news stays out of every output until its day") {
  TempDir src, before, after;
  write_events_site(src);
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", before.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  for (const auto& [file, text] : snapshot(before.path())) {
    INFO(file);
    CHECK_FALSE(contains(text, "Будущая новость"));
    CHECK_FALSE(contains(text, "budushchaya"));
  }
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", after.path().string(), "--today", "2026-03-20"}).exit_code == 0);
  auto files = snapshot(after.path());
  CHECK(files.count("news/budushchaya/index.html") == 1);
  CHECK(contains(files["atom.xml"], "Будущая новость"));
  CHECK(contains(files["sitemap.xml"], "news/budushchaya/"));
}

TEST_CASE("the iCalendar feed parses with an independent parser, in the site's time zone") {
  TempDir src, out;
  write_events_site(src);  // timezone: Asia/Krasnoyarsk (UTC+7)
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  json cal = parse_with_python("ics", out.path() / "events/calendar.ics");
  CHECK(cal["max_line_octets"].get<int>() <= 75);
  CHECK(cal["lines_valid_utf8"].get<bool>());
  CHECK(cal["crlf_only"].get<bool>());
  REQUIRE(cal["events"].size() == 4);
  std::map<std::string, json> by_title;
  for (const auto& e : cal["events"]) by_title[e["summary"].get<std::string>()] = e;
  REQUIRE(by_title.count("Семинар для наставников, встреча №1"));
  const json& seminar = by_title["Семинар для наставников, встреча №1"];
  CHECK(seminar["start"] == "2026-03-10T03:00:00+00:00");  // 10:00 in Krasnoyarsk
  CHECK(seminar["end"] == "2026-03-10T05:30:00+00:00");
  CHECK(seminar["location"] == "Кабинет 214; второй этаж");
  CHECK(seminar["description"] == kLongDescription);  // commas, semicolons and a backslash survive
  CHECK(seminar["url"] == "https://school.example/sub/nastavnichestvo/events/seminar/");
  CHECK(seminar["uid"] == "events-seminar@school.example");
  CHECK(seminar["dtstamp"] == "2026-03-05T00:00:00+00:00");
  const json& den = by_title["День наставника"];
  CHECK(den["start"] == "2026-03-02");  // an all-day event
  CHECK(den["end"] == "2026-03-03");
  CHECK(by_title["Неделя профессиональных проб"]["end"] == "2026-02-14");
  CHECK(by_title["Вебинар"]["location"] == "https://webinar.example.org/room");

  // One file per event, with the same stable UID.
  json single = parse_with_python("ics", out.path() / "events/seminar/event.ics");
  REQUIRE(single["events"].size() == 1);
  CHECK(single["events"][0]["uid"] == "events-seminar@school.example");
  auto page = snapshot(out.path())["events/seminar/index.html"];
  CHECK(contains(page, "href=\"event.ics\" download>Добавить в календарь"));
}

TEST_CASE("a non-Moscow zone across a DST-free winter: Moscow gives +3") {
  TempDir src, out;
  write_events_site(src);
  std::string yaml = src.read("site.yaml");
  yaml.replace(yaml.find("Asia/Krasnoyarsk"), 16, "Europe/Moscow");
  src.write("site.yaml", yaml);
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  json cal = parse_with_python("ics", out.path() / "events/seminar/event.ics");
  CHECK(cal["events"][0]["start"] == "2026-03-10T07:00:00+00:00");
}

TEST_CASE("the Atom feed parses and uses absolute URLs") {
  TempDir src, out;
  write_events_site(src);
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  json feed = parse_with_python("atom", out.path() / "atom.xml");
  CHECK(feed["id"] == "https://school.example/sub/nastavnichestvo/");
  CHECK(feed["self"][0] == "https://school.example/sub/nastavnichestvo/atom.xml");
  std::set<std::string> titles;
  for (const auto& e : feed["entries"]) {
    titles.insert(e["title"].get<std::string>());
    CHECK(e["link"].get<std::string>().rfind("https://school.example/sub/nastavnichestvo/", 0) == 0);
    CHECK(e["updated"].get<std::string>().size() == 25);  // 2026-03-01T00:00:00+07:00
  }
  CHECK(titles.count("Вышла новость"));
  CHECK(titles.count("Семинар для наставников, встреча №1"));
  CHECK_FALSE(titles.count("Будущая новость"));
  for (const auto& e : feed["entries"])
    if (e["title"] == "Вышла новость") CHECK(e["updated"] == "2026-03-01T00:00:00+07:00");
  // Discoverable from every page's head.
  for (const auto& [file, text] : snapshot(out.path()))
    if (file.size() > 5 && file.substr(file.size() - 5) == ".html") {
      INFO(file);
      CHECK(contains(text, "type=\"application/atom+xml\""));
    }
}

TEST_CASE("event pages carry schema.org Event data") {
  TempDir src, out;
  write_events_site(src);
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  json ld = parse_with_python("jsonld", out.path() / "events/seminar/index.html");
  CHECK(ld["@type"] == "Event");
  CHECK(ld["name"] == "Семинар для наставников, встреча №1");
  CHECK(ld["startDate"] == "2026-03-10T10:00:00+07:00");
  CHECK(ld["location"]["name"] == "Кабинет 214; второй этаж");
  json online = parse_with_python("jsonld", out.path() / "events/vebinar/index.html");
  CHECK(online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode");
  CHECK(online["location"]["url"] == "https://webinar.example.org/room");
}

TEST_CASE("the news list is paginated ten to a page") {
  TempDir src, out;
  write_minimal_site(src);
  for (int i = 1; i <= 23; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "content/news/n%02d.md", i);
    src.write(name, "---\ntitle: Новость " + std::to_string(i) + "\ndate: 2026-01-" + (i < 10 ? "0" : "") +
                        std::to_string(i) + "\n---\n");
  }
  REQUIRE(run_nastavnik({"build", "-s", src.path().string(), "-o", out.path().string(), "--today", "2026-03-05"}).exit_code == 0);
  auto files = snapshot(out.path());
  REQUIRE(files.count("news/index.html"));
  REQUIRE(files.count("news/page/2/index.html"));
  REQUIRE(files.count("news/page/3/index.html"));
  CHECK_FALSE(files.count("news/page/4/index.html"));
  const std::string& first = files["news/index.html"];
  CHECK(contains(first, "Новость 23<"));  // newest first
  CHECK(contains(first, "Новость 14<"));
  CHECK_FALSE(contains(first, "Новость 13<"));
  CHECK(contains(first, "href=\"page/2/index.html\">2</a>"));
  CHECK(contains(first, "href=\"page/3/index.html\">3</a>"));
  CHECK(contains(first, "aria-current=\"page\">1</a>"));
  const std::string& last = files["news/page/3/index.html"];
  CHECK(contains(last, "Новость 3<"));
  CHECK(contains(last, "Новость 1<"));
  CHECK(contains(last, "href=\"../../index.html\">1</a>"));
  CHECK(contains(last, "rel=\"prev\""));
  CHECK(contains(files["index.html"], "23</span> <span class=\"figure-label\">новости<"));
}

TEST_CASE("event and news mistakes are reported at their lines") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/events/bad.md",
            "---\ntitle: Плохое\nstart: 2026-03-10 10:00\nend: 2026-03-09 10:00\nformat: zaochno\n---\n");
  src.write("content/news/bad.md", "---\ntitle: Без даты\ncover: foto.jpg\n---\n");
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "s").string(), "--today", "2026-03-05"});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/events/bad.md:4:6: ошибка: мероприятие заканчивается раньше, чем начинается"));
  CHECK(contains(r.err, "content/events/bad.md:5:9: ошибка: поле «format» (формат): недопустимое значение «zaochno»"));
  CHECK(contains(r.err, "content/news/bad.md:2:1: ошибка: не заполнено обязательное поле «date»"));
  CHECK(contains(r.err, "content/news/bad.md:3:8: ошибка: у обложки нет описания"));
}
