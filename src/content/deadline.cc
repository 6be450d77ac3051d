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

// Reads the written dates of a deadline into groups: one date, or two joined
// by a dash or «по» («май-июнь 2024», «с 1 по 15 сентября»).
class DateGroups {
 public:
  explicit DateGroups(const std::vector<Token>& tokens) : tokens_(tokens) {
    for (i_ = 0; i_ < tokens_.size(); ++i_) take(tokens_[i_], i_ + 1 < tokens_.size() ? &tokens_[i_ + 1] : nullptr);
  }
  std::vector<std::vector<Written>>& groups() { return groups_; }

 private:
  void add(Written w) {
    w.until = until_next_;
    until_next_ = false;
    if (join_next_ && !groups_.empty() && groups_.back().size() == 1 && !groups_.back()[0].until)
      groups_.back().push_back(w);
    else
      groups_.push_back({w});
    join_next_ = false;
  }

  void take(const Token& t, const Token* next) {
    switch (t.type) {
      case Tok::sep:
        join_next_ = false;
        pending_day_ = 0;
        break;
      case Tok::dash:
        if (!groups_.empty()) join_next_ = true;
        break;
      case Tok::word: take_word(t, next); break;
      case Tok::number: take_number(t, next); break;
    }
  }

  static bool is_filler(const std::string& w) {
    for (const char* f : {"с", "со", "г", "гг", "года", "год", "годы", "годов", "конца", "начала", "середины"})
      if (w == f) return true;
    return false;
  }

  void take_word(const Token& t, const Token* next) {
    if (int m = month_of(t.text)) {
      Written w;
      w.month = m;
      w.day = pending_day_;
      pending_day_ = 0;
      add(w);
    } else if (t.text == "до") {
      until_next_ = true;
      join_next_ = false;
    } else if (t.text == "по" && next && !groups_.empty() &&
               (next->type == Tok::number || (next->type == Tok::word && month_of(next->text)))) {
      join_next_ = true;  // «с 1 по 15 сентября», «с 01.09.2023 по 31.05.2024»
    } else if (!is_filler(t.text)) {
      join_next_ = false;
      // Other words end a pending «до» only if no date follows at once.
      if (until_next_ && !(next && (next->type == Tok::number || month_of(next->text)))) until_next_ = false;
    }
  }

  // A year closes the dates written just before it without one.
  void take_year(int year) {
    if (!groups_.empty() && !join_next_) {
      auto& g = groups_.back();
      if (g.back().year == 0 && g.back().month != 0 && i_ > 0 && tokens_[i_ - 1].type != Tok::sep) {
        g.back().year = year;
        return;
      }
    }
    Written w;
    w.year = year;
    w.year_only = true;
    add(w);
  }

  void take_number(const Token& t, const Token* next) {
    if (t.text.find('.') != std::string::npos) {
      if (auto w = parse_numeric_date(t.text)) add(*w);
      return;
    }
    int n = 0;
    try {
      n = std::stoi(t.text);
    } catch (...) {
      return;
    }
    bool month_next = next && next->type == Tok::word && month_of(next->text);
    if (t.text.size() == 4 && n >= 1900 && n <= 2200) {
      take_year(n);
    } else if (t.text.size() <= 2 && n >= 1 && n <= 31 && next &&
               (month_next || next->type == Tok::dash || (next->type == Tok::word && next->text == "по"))) {
      if (month_next) {
        pending_day_ = n;
      } else {
        Written w;  // «01-16.09.2022», «10-14 марта»: the month comes after
        w.day = n;
        add(w);
      }
    }
  }

  const std::vector<Token>& tokens_;
  size_t i_ = 0;
  std::vector<std::vector<Written>> groups_;
  bool join_next_ = false, until_next_ = false;
  int pending_day_ = 0;
};

Date start_of(const Written& w) {
  if (w.year_only) return Date{w.year, 1, 1};
  return Date{w.year, w.month, w.day ? w.day : 1};
}

Date end_of(const Written& w) {
  if (w.year_only) return Date{w.year, 12, 31};
  return Date{w.year, w.month, w.day ? w.day : days_in_month(w.year, w.month)};
}

// What went wrong with the written dates, for the message.
struct SpanProblems {
  bool needs_academic_year = false, bad_date = false;
};

// Fills in the missing years of a group; false when the academic year would
// be needed and is not known.
bool complete_years(std::vector<Written>& g, int academic_year_start) {
  Written& last = g.back();
  if (g.size() == 2) {
    Written& first = g[0];
    if (first.month == 0 && !first.year_only) first.month = last.month;
    if (last.year == 0 && !last.year_only && first.year != 0 && !first.year_only)
      last.year = first.year + (last.month < first.month ? 1 : 0);
  }
  if (last.year == 0 && !last.year_only) {
    if (!academic_year_start) return false;
    // A year-less month by the academic-year rule.
    last.year = last.month >= 9 ? academic_year_start : academic_year_start + 1;
  }
  if (g.size() == 2) {
    Written& first = g[0];
    if (first.year == 0 && !first.year_only)
      first.year = last.year - ((first.month > last.month || (first.month == last.month && first.day > last.day)) ? 1 : 0);
  }
  return true;
}

std::vector<DateSpan> spans_of(std::vector<std::vector<Written>>& groups, int academic_year_start, SpanProblems& problems) {
  std::vector<DateSpan> spans;
  for (auto& g : groups) {
    if (!complete_years(g, academic_year_start)) {
      problems.needs_academic_year = true;
      continue;
    }
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
      problems.bad_date = true;
      continue;
    }
    spans.push_back(span);
  }
  return spans;
}

// The kind by the words around the dates, and the problem of an unreadable one.
void classify(Deadline& d, const std::string& lower, const SpanProblems& problems) {
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
    else if (problems.needs_academic_year) d.problem = "в сроке «" + d.text + "» месяц без года, а учебный год не указан";
    else if (problems.bad_date) d.problem = "в сроке «" + d.text + "» невозможная дата";
    else d.problem = "не удалось прочитать срок «" + d.text + "»";
  }
}

}  // namespace

Deadline parse_deadline(std::string_view text, int academic_year_start) {
  Deadline d;
  d.text = std::string(trim(text));
  std::string lower = to_lower(d.text);
  std::replace(lower.begin(), lower.end(), '\t', ' ');
  auto tokens = tokenize(lower);
  DateGroups grouped(tokens);
  SpanProblems problems;
  d.spans = spans_of(grouped.groups(), academic_year_start, problems);
  classify(d, lower, problems);
  return d;
}

}  // namespace nastavnik
