#include "content/deadline.h"

#include <algorithm>

#include "base/text.h"

namespace nastavnik {

std::optional<Date> Deadline::first_day() const {
  if (spans.empty()) return std::nullopt;
  Date d = spans.front().start;
  for (const auto& s : spans) d = std::min(d, s.start);
  return d;
}

std::optional<Date> Deadline::last_day() const {
  if (spans.empty()) return std::nullopt;
  Date d = spans.front().end;
  for (const auto& s : spans) d = std::max(d, s.end);
  return d;
}

std::optional<Date> Deadline::next_end(const Date& today) const {
  if (spans.empty()) return std::nullopt;
  for (const auto& s : spans)
    if (s.end >= today) return s.end;
  return last_day();
}

std::string deadline_kind_name(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::range: return "range";
    case DeadlineKind::checkpoints: return "checkpoints";
    case DeadlineKind::continuous: return "continuous";
    case DeadlineKind::periodic: return "periodic";
    case DeadlineKind::by_schedule: return "by_schedule";
    case DeadlineKind::unreadable: return "unreadable";
  }
  return "unreadable";
}

namespace {

enum class Tok { word, number, dash, sep };

struct Token {
  Tok type;
  std::string text;
};

bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'а' && c <= U'я') || c == U'ё'; }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

std::vector<Token> tokenize(const std::string& lower) {
  std::u32string s = utf8_decode(lower);
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = s[i];
    if (is_letter(c)) {
      size_t j = i;
      while (j < s.size() && is_letter(s[j])) ++j;
      out.push_back({Tok::word, utf8_encode(s.substr(i, j - i))});
      i = j;
    } else if (is_digit(c)) {
      size_t j = i;
      while (j < s.size() && (is_digit(s[j]) || (s[j] == U'.' && j + 1 < s.size() && is_digit(s[j + 1])))) ++j;
      out.push_back({Tok::number, utf8_encode(s.substr(i, j - i))});
      i = j;
    } else if (c == U'-' || c == U'–' || c == U'—' || c == U'−' || c == U'‑') {
      out.push_back({Tok::dash, "-"});
      ++i;
    } else if (c == U',' || c == U';' || c == U'/' || c == U'\n') {
      out.push_back({Tok::sep, ","});
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

// 1..12 for a month name in any case form («апрель», «апреля», «апреле»), else 0.
int month_of(const std::string& w) {
  static const std::vector<std::pair<std::string, int>> stems = {
      {"январ", 1}, {"феврал", 2}, {"март", 3},    {"апрел", 4},   {"июн", 6},     {"июл", 7},
      {"август", 8}, {"сентябр", 9}, {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
  };
  if (w == "май" || w == "мая" || w == "мае" || w == "маю" || w == "маем") return 5;
  std::u32string u = utf8_decode(w);
  for (const auto& [stem, m] : stems) {
    size_t n = utf8_length(stem);
    if (w.rfind(stem, 0) == 0 && u.size() <= n + 3) return m;
  }
  return 0;
}

bool contains_any(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

// A date as written: any part may be missing (0).
struct Written {
  int day = 0, month = 0, year = 0;
  bool year_only = false;
  bool until = false;
};

std::optional<Written> parse_numeric_date(const std::string& t) {
  auto parts = split(t, '.');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  Written w;
  try {
    w.day = std::stoi(parts[0]);
    w.month = std::stoi(parts[1]);
    if (parts.size() == 3) {
      w.year = std::stoi(parts[2]);
      if (parts[2].size() == 2) w.year += 2000;
    }
  } catch (...) {
    return std::nullopt;
  }
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > 31) return std::nullopt;
  return w;
}

}  // namespace

Deadline parse_deadline(std::string_view text, int academic_year_start) {
  Deadline d;
  d.text = std::string(trim(text));
  std::string lower = to_lower(d.text);
  std::replace(lower.begin(), lower.end(), '\t', ' ');
  auto tokens = tokenize(lower);

  // Groups of one written date or two joined by a dash («май-июнь 2024»).
  std::vector<std::vector<Written>> groups;
  bool join_next = false, until_next = false;
  int pending_day = 0;
  auto add = [&](Written w) {
    w.until = until_next;
    until_next = false;
    if (join_next && !groups.empty() && groups.back().size() == 1 && !groups.back()[0].until) groups.back().push_back(w);
    else groups.push_back({w});
    join_next = false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    switch (t.type) {
      case Tok::sep:
        join_next = false;
        pending_day = 0;
        break;
      case Tok::dash:
        if (!groups.empty()) join_next = true;
        break;
      case Tok::word: {
        if (int m = month_of(t.text)) {
          Written w;
          w.month = m;
          w.day = pending_day;
          pending_day = 0;
          add(w);
        } else if (t.text == "до") {
          until_next = true;
          join_next = false;
        } else if (t.text == "по" && next && !groups.empty() &&
                   (next->type == Tok::number || (next->type == Tok::word && month_of(next->text)))) {
          join_next = true;  // «с 1 по 15 сентября», «с 01.09.2023 по 31.05.2024»
        } else if (t.text != "с" && t.text != "со" && t.text != "г" && t.text != "гг" && t.text != "года" &&
                   t.text != "год" && t.text != "годы" && t.text != "годов" && t.text != "конца" &&
                   t.text != "начала" && t.text != "середины") {
          join_next = false;
          // Other words end a pending «до» only if no date follows at once.
          if (until_next && !(next && (next->type == Tok::number || month_of(next->text)))) until_next = false;
        }
        break;
      }
      case Tok::number: {
        if (t.text.find('.') != std::string::npos) {
          if (auto w = parse_numeric_date(t.text)) add(*w);
          break;
        }
        int n = 0;
        try {
          n = std::stoi(t.text);
        } catch (...) {
          break;
        }
        if (t.text.size() == 4 && n >= 1900 && n <= 2200) {
          // A year closes the dates written just before it without one.
          bool attached = false;
          if (!groups.empty() && !join_next) {
            auto& g = groups.back();
            if (g.back().year == 0 && g.back().month != 0 && i > 0 && tokens[i - 1].type != Tok::sep) {
              g.back().year = n;
              attached = true;
            }
          }
          if (!attached) {
            Written w;
            w.year = n;
            w.year_only = true;
            add(w);
          }
        } else if (t.text.size() <= 2 && n >= 1 && n <= 31 && next &&
                   ((next->type == Tok::word && month_of(next->text)) || next->type == Tok::dash ||
                    (next->type == Tok::word && next->text == "по"))) {
          if (next->type == Tok::word && month_of(next->text)) {
            pending_day = n;
          } else {
            Written w;  // «01-16.09.2022», «10-14 марта»: the month comes after
            w.day = n;
            add(w);
          }
        }
        break;
      }
    }
  }

  // The year of a year-less month by the academic-year rule.
  auto academic_year = [&](int month) { return month >= 9 ? academic_year_start : academic_year_start + 1; };
  bool needs_academic_year = false, bad_date = false;
  for (auto& g : groups) {
    Written& last = g.back();
    if (g.size() == 2) {
      Written& first = g[0];
      if (first.month == 0 && !first.year_only) first.month = last.month;
      if (last.year == 0 && !last.year_only && first.year != 0 && !first.year_only) {
        last.year = first.year + (last.month < first.month ? 1 : 0);
      }
    }
    if (last.year == 0 && !last.year_only) {
      if (!academic_year_start) {
        needs_academic_year = true;
        continue;
      }
      last.year = academic_year(last.month);
    }
    if (g.size() == 2) {
      Written& first = g[0];
      if (first.year == 0 && !first.year_only)
        first.year = last.year - ((first.month > last.month || (first.month == last.month && first.day > last.day)) ? 1 : 0);
    }
    auto start_of = [](const Written& w) {
      if (w.year_only) return Date{w.year, 1, 1};
      return Date{w.year, w.month, w.day ? w.day : 1};
    };
    auto end_of = [](const Written& w) {
      if (w.year_only) return Date{w.year, 12, 31};
      return Date{w.year, w.month, w.day ? w.day : days_in_month(w.year, w.month)};
    };
    DateSpan span;
    span.start = start_of(g.front());
    span.end = end_of(g.back());
    if (g.front().until) {
      // «до ноября 2023» is before November begins; «до 20.09.2023» is that day.
      Date end = g.front().day || g.front().year_only ? end_of(g.front()) : Date::from_days(start_of(g.front()).days() - 1);
      if (g.front().year_only) end = Date{g.front().year - 1, 12, 31};
      span.start = span.end = end;
      span.until = true;
    }
    if (!span.start.valid() || !span.end.valid() || span.end < span.start) {
      bad_date = true;
      continue;
    }
    d.spans.push_back(span);
  }

  bool continuous = contains_any(lower, {"в течение", "в течении", "на протяжении", "весь период", "всего период",
                                         "постоянно", "в период реализации", "в ходе реализации", "круглогодично"});
  bool periodic = contains_any(lower, {"ежегодно", "ежеквартально", "ежемесячно", "еженедельно", "ежедневно",
                                       "раз в ", "раза в ", "каждые", "каждый", "каждую", "не реже", "раз за ",
                                       "раза за "});
  bool schedule = contains_any(lower, {"по плану", "по графику", "отдельному графику", "по мере", "по запросу",
                                       "по согласованию", "по расписанию", "по необходимости"});
  if (continuous) d.kind = DeadlineKind::continuous;
  else if (periodic) d.kind = DeadlineKind::periodic;
  else if (d.spans.size() > 1) d.kind = DeadlineKind::checkpoints;
  else if (d.spans.size() == 1) d.kind = DeadlineKind::range;
  else if (schedule) d.kind = DeadlineKind::by_schedule;
  else {
    d.kind = DeadlineKind::unreadable;
    if (d.text.empty()) d.problem = "срок не указан";
    else if (needs_academic_year) d.problem = "в сроке «" + d.text + "» месяц без года, а учебный год не указан";
    else if (bad_date) d.problem = "в сроке «" + d.text + "» невозможная дата";
    else d.problem = "не удалось прочитать срок «" + d.text + "»";
  }
  return d;
}

}  // namespace nastavnik
