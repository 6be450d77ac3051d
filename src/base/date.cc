#include "base/date.h"

#include <charconv>
#include <cstdio>

#include "base/text.h"

namespace nastavnik {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

bool Date::valid() const {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
  long d = days();  // 1970-01-01 was a Thursday (index 3)
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string Date::ru() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day, month, year);
  return buf;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string DateTime::iso() const {
  std::string s = date.iso();
  if (!has_time) return s;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  s += buf;
  if (utc_offset_minutes) {
    int off = *utc_offset_minutes;
    if (off == 0) return s + "Z";
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    s += buf;
  }
  return s;
}

static bool read_int(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  for (size_t i = pos; i < pos + len; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + len, out);
  return true;
}

// Parses a date at the start of `s`; returns the number of bytes used.
static size_t parse_date_prefix(std::string_view s, Date& d) {
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && read_int(s, 0, 4, d.year) && read_int(s, 5, 2, d.month) &&
      read_int(s, 8, 2, d.day))
    return 10;
  if (s.size() >= 10 && s[2] == '.' && s[5] == '.' && read_int(s, 0, 2, d.day) && read_int(s, 3, 2, d.month) &&
      read_int(s, 6, 4, d.year))
    return 10;
  return 0;
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim(text);
  Date d;
  if (parse_date_prefix(text, d) != text.size() || text.size() != 10 || !d.valid()) return std::nullopt;
  return d;
}

std::optional<DateTime> parse_datetime(std::string_view text) {
  text = trim(text);
  DateTime dt;
  size_t n = parse_date_prefix(text, dt.date);
  if (n == 0 || !dt.date.valid()) return std::nullopt;
  std::string_view rest = text.substr(n);
  if (rest.empty()) return dt;
  if (rest[0] != ' ' && rest[0] != 'T') return std::nullopt;
  rest = trim(rest.substr(1));
  if (!read_int(rest, 0, 2, dt.hour) || rest.size() < 5 || rest[2] != ':' || !read_int(rest, 3, 2, dt.minute))
    return std::nullopt;
  size_t pos = 5;
  if (rest.size() >= 8 && rest[5] == ':' && read_int(rest, 6, 2, dt.second)) pos = 8;
  if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) return std::nullopt;
  dt.has_time = true;
  rest = trim(rest.substr(pos));
  if (rest.empty()) return dt;
  if (rest == "Z") {
    dt.utc_offset_minutes = 0;
    return dt;
  }
  int oh = 0, om = 0;
  if ((rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && rest[3] == ':' && read_int(rest, 1, 2, oh) &&
      read_int(rest, 4, 2, om) && oh <= 14 && om < 60) {
    dt.utc_offset_minutes = (rest[0] == '-' ? -1 : 1) * (oh * 60 + om);
    return dt;
  }
  return std::nullopt;
}

std::string format_date_ru(const Date& d, const DateWords& w) {
  std::string month = d.month >= 1 && static_cast<size_t>(d.month) <= w.months_genitive.size()
                          ? w.months_genitive[d.month - 1]
                          : std::to_string(d.month);
  std::string s = std::to_string(d.day) + "\u00a0" + month + " " + std::to_string(d.year);
  if (!w.year_suffix.empty()) s += "\u00a0" + w.year_suffix;
  return s;
}

std::string format_datetime_ru(const DateTime& dt, const DateWords& w) {
  std::string s = format_date_ru(dt.date, w);
  if (!dt.has_time) return s;
  char buf[16];
  std::snprintf(buf, sizeof buf, ", %02d:%02d", dt.hour, dt.minute);
  return s + buf;
}

std::string weekday_ru(const Date& d, const DateWords& w) {
  int i = d.weekday();
  return static_cast<size_t>(i) < w.weekdays.size() ? w.weekdays[i] : std::string();
}

std::string month_name(int month, const DateWords& w) {
  return month >= 1 && static_cast<size_t>(month) <= w.months_genitive.size() ? w.months_genitive[month - 1]
                                                                              : std::to_string(month);
}

std::string format_date_range_ru(const Date& start, const Date& end, const DateWords& w) {
  if (end <= start) return format_date_ru(start, w);
  const std::string nb = "\u00a0";
  std::string year = w.year_suffix.empty() ? "" : nb + w.year_suffix;
  std::string to = " " + w.range_to + " ";
  if (start.year != end.year)
    return w.range_from + " " + format_date_ru(start, w) + to + format_date_ru(end, w);
  if (start.month != end.month)
    return w.range_from + " " + std::to_string(start.day) + nb + month_name(start.month, w) + to +
           format_date_ru(end, w);
  return w.range_from + " " + std::to_string(start.day) + to + std::to_string(end.day) + nb +
         month_name(end.month, w) + " " + std::to_string(end.year) + year;
}

std::string format_time_range(const DateTime& start, const DateTime* end) {
  if (!start.has_time) return {};
  char buf[32];
  if (end && end->has_time && end->date == start.date && (end->hour != start.hour || end->minute != start.minute))
    std::snprintf(buf, sizeof buf, "%02d:%02d\u2013%02d:%02d", start.hour, start.minute, end->hour, end->minute);
  else
    std::snprintf(buf, sizeof buf, "%02d:%02d", start.hour, start.minute);
  return buf;
}

}  // namespace nastavnik
