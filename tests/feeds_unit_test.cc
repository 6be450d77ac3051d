#include <catch2/catch.hpp>

#include "base/date.h"
#include "render/feeds.h"
#include "base/text.h"
#include "base/timezone.h"

using namespace nastavnik;

TEST_CASE("iCalendar text escaping") {
  CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("iCalendar folding keeps lines within 75 octets and UTF-8 whole") {
  std::string line = "DESCRIPTION:" + std::string(40, 'x');
  for (int i = 0; i < 60; ++i) line += "ж";  // two octets each
  std::string folded = ics_fold(line);
  REQUIRE(folded.size() >= 2);
  CHECK(folded.substr(folded.size() - 2) == "\r\n");
  std::string unfolded;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find("\r\n", start);
    std::string physical = folded.substr(start, end - start);
    CHECK(physical.size() <= 75);
    CHECK(utf8_valid(physical));
    unfolded += start == 0 ? physical : physical.substr(1);  // continuation lines start with a space
    start = end + 2;
  }
  CHECK(unfolded == line);
  CHECK(ics_fold("SHORT") == "SHORT\r\n");
}

TEST_CASE("time zones give the offset for the date") {
  DateTime t = *parse_datetime("2026-03-10 10:00");
  CHECK(utc_offset_minutes("Asia/Krasnoyarsk", t) == 7 * 60);
  CHECK(utc_offset_minutes("Europe/Moscow", t) == 3 * 60);
  CHECK(utc_offset_minutes("Europe/Kaliningrad", t) == 2 * 60);
  CHECK(utc_offset_minutes("Asia/Kamchatka", t) == 12 * 60);
  CHECK_FALSE(utc_offset_minutes("Mars/Olympus", t));
  // Moscow used +04 in 2012 (before the 2014 change).
  CHECK(utc_offset_minutes("Europe/Moscow", *parse_datetime("2012-06-01 12:00")) == 4 * 60);
  DateTime u = to_utc(with_offset("Asia/Krasnoyarsk", *parse_datetime("2026-03-10 03:30")));
  CHECK(u.date == Date{2026, 3, 9});
  CHECK(u.hour == 20);
  CHECK(u.minute == 30);
}

static const DateWords kWords = {{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                                  "октября", "ноября", "декабря"},
                                 {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
                                 "г."};

TEST_CASE("date ranges read as a person writes them") {
  const std::string nb = "\u00a0";
  CHECK(format_date_range_ru({2024, 3, 10}, {2024, 3, 10}, kWords) == "10" + nb + "марта 2024" + nb + "г.");
  CHECK(format_date_range_ru({2024, 3, 10}, {2024, 3, 14}, kWords) == "с 10 по 14" + nb + "марта 2024" + nb + "г.");
  CHECK(format_date_range_ru({2024, 2, 28}, {2024, 3, 2}, kWords) ==
        "с 28" + nb + "февраля по 2" + nb + "марта 2024" + nb + "г.");
  CHECK(format_date_range_ru({2023, 12, 28}, {2024, 1, 10}, kWords) ==
        "с 28" + nb + "декабря 2023" + nb + "г. по 10" + nb + "января 2024" + nb + "г.");
  DateTime a = *parse_datetime("2024-03-10 10:00"), b = *parse_datetime("2024-03-10 12:30");
  CHECK(format_time_range(a, &b) == "10:00\u201312:30");
  CHECK(format_time_range(a, nullptr) == "10:00");
  CHECK(format_time_range(*parse_datetime("2024-03-10"), nullptr).empty());
  CHECK(weekday_ru({2024, 1, 17}, kWords) == "среда");
}
