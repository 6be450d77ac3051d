#include <catch2/catch.hpp>

#include "base/date.h"

using namespace nastavnik;

static const DateWords kWords = {{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                                  "октября", "ноября", "декабря"},
                                 {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
                                 "г."};

TEST_CASE("dates parse in ISO and Russian order") {
  CHECK(parse_date("2024-01-17") == Date{2024, 1, 17});
  CHECK(parse_date("17.01.2024") == Date{2024, 1, 17});
  CHECK(parse_date(" 2024-02-29 ") == Date{2024, 2, 29});
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2023-02-30"));
  CHECK_FALSE(parse_date("2023-13-01"));
  CHECK_FALSE(parse_date("17 января 2024"));
  CHECK_FALSE(parse_date("2024-1-7"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("date-times with optional time and offset") {
  auto dt = parse_datetime("2026-08-31 16:42");
  REQUIRE(dt);
  CHECK(dt->has_time);
  CHECK(dt->hour == 16);
  CHECK(dt->minute == 42);
  CHECK(dt->iso() == "2026-08-31T16:42:00");
  auto z = parse_datetime("2026-08-31T16:42:05+07:00");
  REQUIRE(z);
  CHECK(z->utc_offset_minutes == 7 * 60);
  CHECK(z->iso() == "2026-08-31T16:42:05+07:00");
  CHECK(parse_datetime("2026-08-31")->has_time == false);
  CHECK_FALSE(parse_datetime("2026-08-31 25:00"));
  CHECK_FALSE(parse_datetime("2026-08-31 10:00 MSK"));
}

TEST_CASE("day arithmetic round-trips and knows weekdays") {
  for (Date d : {Date{1970, 1, 1}, Date{2000, 2, 29}, Date{2024, 12, 31}, Date{2026, 3, 2}}) {
    CHECK(Date::from_days(d.days()) == d);
  }
  CHECK(Date{1970, 1, 2}.days() == 1);
  CHECK(Date{2026, 3, 2}.weekday() == 0);    // Monday, День наставника 2026
  CHECK(Date{2024, 1, 17}.weekday() == 2);   // Wednesday
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2100, 2) == 28);
}

TEST_CASE("Russian date formatting covers every month") {
  const char* expected[] = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                            "октября", "ноября", "декабря"};
  for (int m = 1; m <= 12; ++m)
    CHECK(format_date_ru({2024, m, 5}, kWords) == std::string("5\u00a0") + expected[m - 1] + " 2024\u00a0г.");
  CHECK(format_datetime_ru(*parse_datetime("2024-01-17 09:05"), kWords) == "17\u00a0января 2024\u00a0г., 09:05");
}
