#pragma once
// Deadlines of roadmap items as the documents write them («Апрель 2023»,
// «до 20.09.2023», «август-сентябрь», «в течение года», «Ежегодно
// апрель-май», «по отдельному графику») read into date ranges the way a
// person reads them. The text itself is always kept and shown as written.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace nastavnik {

enum class DeadlineKind {
  range,        // one span: «Апрель 2023», «01-16.09.2022», «до 20.09.2023»
  checkpoints,  // several spans: «декабрь 2023, декабрь 2024»
  continuous,   // «в течение года», «на протяжении всего периода»
  periodic,     // «ежегодно», «1 раз в квартал», «не реже двух раз в год»
  by_schedule,  // «по плану», «по отдельному графику»: no date of its own
  unreadable,   // nothing a person could turn into a date
};

struct DateSpan {
  Date start, end;      // inclusive
  bool until = false;   // «до …»: only the end is known; start == end
};

struct Deadline {
  std::string text;                 // as written
  DeadlineKind kind = DeadlineKind::unreadable;
  std::vector<DateSpan> spans;      // dates named in the text, in order
  std::string problem;              // why it is unreadable (Russian), if it is

  std::optional<Date> first_day() const;
  std::optional<Date> last_day() const;
  // The end of the first span that has not ended before `today`, or the
  // last end when all have.
  std::optional<Date> next_end(const Date& today) const;
};

// `academic_year_start` (2023 for «2023-2024») gives year-less months their
// year: September–December the first year, January–August the second. 0
// when unknown: a year-less month then makes the text unreadable.
Deadline parse_deadline(std::string_view text, int academic_year_start);

std::string deadline_kind_name(DeadlineKind kind);  // "range", "checkpoints", …

}  // namespace nastavnik
