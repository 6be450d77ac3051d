#pragma once
// Calendar dates and times as editors write them in front matter, and their
// Russian rendering. One piece of code for every content type.
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  bool valid() const;
  long days() const;                  // days since 1970-01-01
  static Date from_days(long days);
  int weekday() const;                // 0 = Monday … 6 = Sunday
  std::string iso() const;            // 2024-01-17
  std::string ru() const;             // 17.01.2024, as Russian editors write it
};

// A local wall-clock time, optionally with a UTC offset in minutes.
struct DateTime {
  Date date;
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  std::optional<int> utc_offset_minutes;
  auto operator<=>(const DateTime&) const = default;
  std::string iso() const;            // 2024-01-17T10:30:00+03:00 or 2024-01-17
};

// Accepts 2024-01-17 and 17.01.2024; nullopt for anything else or an
// impossible date (2023-02-30).
std::optional<Date> parse_date(std::string_view text);
// Accepts a date, optionally followed by `HH:MM[:SS]` (separated by a space
// or 'T') and an offset `+03:00` / `Z`.
std::optional<DateTime> parse_datetime(std::string_view text);

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Words for rendering dates in Russian, taken from the theme's strings file.
struct DateWords {
  std::vector<std::string> months_genitive;  // января … декабря
  std::vector<std::string> weekdays;         // понедельник … воскресенье
  std::string year_suffix;                   // "г."
  std::string range_from = "с", range_to = "по";  // «с 10 по 14 марта»
};

// «17 января 2024 г.»
// The month in the genitive («марта»); its number when out of range (a
// date that failed to parse is all zeros).
std::string month_name(int month, const DateWords& w);
std::string format_date_ru(const Date& d, const DateWords& words);
// «17 января 2024 г., 10:35»
std::string format_datetime_ru(const DateTime& dt, const DateWords& words);

// A span of days, the shortest way a person would write it:
// «17 января 2024 г.», «с 10 по 14 марта 2024 г.»,
// «с 28 февраля по 2 марта 2024 г.», «с 28 декабря 2023 г. по 10 января 2024 г.»
std::string format_date_range_ru(const Date& start, const Date& end, const DateWords& words);
// «10:00–12:30», «10:00»; empty when the start has no time.
std::string format_time_range(const DateTime& start, const DateTime* end);
// «среда»
std::string weekday_ru(const Date& d, const DateWords& words);

}  // namespace nastavnik
