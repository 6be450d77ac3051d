// Deadline reading: every shape found in the seed roadmaps (shared/seeds/)
// and PRODUCT.md, each with the range a person would read.
#include <catch2/catch.hpp>

#include "content/deadline.h"

using namespace nastavnik;

namespace {

Date D(const char* iso) { return *parse_date(iso); }

// One span from `from` to `to`.
void check_range(const char* text, int year, const char* from, const char* to, DeadlineKind kind = DeadlineKind::range) {
  INFO("deadline «" << text << "», academic year " << year);
  Deadline d = parse_deadline(text, year);
  CHECK(d.kind == kind);
  REQUIRE(d.spans.size() == 1);
  CHECK(d.spans[0].start == D(from));
  CHECK(d.spans[0].end == D(to));
  CHECK(d.text == std::string(text));
}

void check_kind(const char* text, DeadlineKind kind, size_t spans = 0) {
  INFO("deadline «" << text << "»");
  Deadline d = parse_deadline(text, 2023);
  CHECK(deadline_kind_name(d.kind) == deadline_kind_name(kind));
  CHECK(d.spans.size() == spans);
}

}  // namespace

TEST_CASE("deadline: a month with a year, in any capitalisation") {
  check_range("Апрель 2023", 2022, "2023-04-01", "2023-04-30");
  check_range("Июнь 2023", 2022, "2023-06-01", "2023-06-30");
  check_range("Август 2023", 2022, "2023-08-01", "2023-08-31");
  check_range("Декабрь 2023", 2023, "2023-12-01", "2023-12-31");
  check_range("Январь 2024", 2023, "2024-01-01", "2024-01-31");
  check_range("ФЕВРАЛЬ 2024 г.", 2023, "2024-02-01", "2024-02-29");
  check_range("Январь 2023", 0, "2023-01-01", "2023-01-31");
}

TEST_CASE("deadline: month ranges with and without a year") {
  check_range("Май-июнь 2024", 2023, "2024-05-01", "2024-06-30");
  check_range("Август – сентябрь 2023", 2023, "2023-08-01", "2023-09-30");
  check_range("Январь - февраль 2023", 2022, "2023-01-01", "2023-02-28");
  check_range("Январь–июнь 2023", 2022, "2023-01-01", "2023-06-30");
  check_range("декабрь 2023 - январь 2024", 2023, "2023-12-01", "2024-01-31");
  check_range("декабрь-январь 2024", 2023, "2023-12-01", "2024-01-31");
}

TEST_CASE("deadline: year-less months take their year from the academic year") {
  // Seed 004 (2023/24): September–December the first year, January–August the second.
  check_range("сентябрь-октябрь", 2023, "2023-09-01", "2023-10-31");
  check_range("октябрь-ноябрь", 2023, "2023-10-01", "2023-11-30");
  check_range("ноябрь", 2023, "2023-11-01", "2023-11-30");
  check_range("ноябрь-декабрь", 2023, "2023-11-01", "2023-12-31");
  check_range("декабрь", 2023, "2023-12-01", "2023-12-31");
  check_range("январь-май", 2023, "2024-01-01", "2024-05-31");
  check_range("апрель", 2023, "2024-04-01", "2024-04-30");
  check_range("май", 2023, "2024-05-01", "2024-05-31");
  check_range("Август", 2023, "2024-08-01", "2024-08-31");
  check_range("Сентябрь", 2023, "2023-09-01", "2023-09-30");
  // A range across the new year: the end decides, the start goes back.
  check_range("август-сентябрь", 2023, "2023-08-01", "2023-09-30");
  check_range("декабрь-январь", 2026, "2026-12-01", "2027-01-31");
  check_range("10 января", 2026, "2027-01-10", "2027-01-10");
  // Without an academic year a year-less month cannot be read.
  Deadline d = parse_deadline("сентябрь-октябрь", 0);
  CHECK(d.kind == DeadlineKind::unreadable);
  CHECK(d.problem.find("учебный год") != std::string::npos);
}

TEST_CASE("deadline: exact dates, day ranges and «до»") {
  check_range("до 20.09.2023", 2023, "2023-09-20", "2023-09-20");
  CHECK(parse_deadline("до 20.09.2023", 2023).spans[0].until);
  check_range("01-16.09.2022", 2022, "2022-09-01", "2022-09-16");
  check_range("до 10 января 2023 года", 2022, "2023-01-10", "2023-01-10");
  check_range("До ноября 2023 года", 2023, "2023-10-31", "2023-10-31");
  check_range("17.01.2024", 2023, "2024-01-17", "2024-01-17");
  check_range("10-14 марта 2024", 2023, "2024-03-10", "2024-03-14");
  check_range("с 01.09.2023 по 31.05.2024", 2023, "2023-09-01", "2024-05-31");
  check_range("с 1 по 15 сентября 2023 г.", 2023, "2023-09-01", "2023-09-15");
  check_range("01.09.2023г.", 2023, "2023-09-01", "2023-09-01");
  check_range("2024 год", 2023, "2024-01-01", "2024-12-31");
  // An addendum after the date does not hide it.
  check_range("Август 2023, далее по мере необходимости", 2023, "2023-08-01", "2023-08-31");
}

TEST_CASE("deadline: several checkpoints") {
  Deadline d = parse_deadline("декабрь 2023, декабрь 2024", 2023);
  CHECK(d.kind == DeadlineKind::checkpoints);
  REQUIRE(d.spans.size() == 2);
  CHECK(d.spans[0].end == D("2023-12-31"));
  CHECK(d.spans[1].start == D("2024-12-01"));
  CHECK(d.next_end(D("2024-01-10")) == D("2024-12-31"));
  CHECK(d.next_end(D("2023-12-10")) == D("2023-12-31"));
  CHECK(d.next_end(D("2025-03-01")) == D("2024-12-31"));
  Deadline three = parse_deadline("до 01.10.2023; до 01.02.2024; до 01.06.2024", 2023);
  CHECK(three.kind == DeadlineKind::checkpoints);
  CHECK(three.spans.size() == 3);
}

TEST_CASE("deadline: continuous wording") {
  check_kind("На протяжении всего периода", DeadlineKind::continuous);
  check_kind("На протяжении всего периода по отдельному графику", DeadlineKind::continuous);
  check_kind("На протяжении всего периода, не менее двух раз за период реализации программы наставничества",
             DeadlineKind::continuous);
  check_kind("В течение периода реализации", DeadlineKind::continuous);
  check_kind("В течение всего периода", DeadlineKind::continuous);
  check_kind("в течение учебного года", DeadlineKind::continuous);
  check_kind("в течение года", DeadlineKind::continuous);
  check_kind("весь период", DeadlineKind::continuous);
  check_kind("постоянно", DeadlineKind::continuous);
}

TEST_CASE("deadline: periodic wording") {
  check_kind("Ежегодно", DeadlineKind::periodic);
  check_kind("Один раз в полугодие", DeadlineKind::periodic);
  check_kind("1 раз в квартал", DeadlineKind::periodic);
  check_kind("Не реже двух раз в год, а также по запросу муниципального координатора", DeadlineKind::periodic);
  check_kind("Ежегодно апрель-май", DeadlineKind::periodic, 1);
  check_kind("Ежегодно октябрь (дополнительно по запросу)", DeadlineKind::periodic, 1);
  check_kind("Октябрь 2023, обновление каждые полгода", DeadlineKind::periodic, 1);
  // Seed 001 cells made of several paragraphs.
  check_kind("Январь 2023 Ежегодно сентябрь (дополнительно по запросу)", DeadlineKind::periodic, 2);
  check_kind("Январь - февраль 2023 Ежегодно сентябрь (дополнительно по запросу) в течение учебного года",
             DeadlineKind::continuous, 2);
  Deadline d = parse_deadline("Октябрь 2023, обновление каждые полгода", 2023);
  CHECK(d.first_day() == D("2023-10-01"));
}

TEST_CASE("deadline: by schedule and unreadable") {
  check_kind("По плану КИПК", DeadlineKind::by_schedule);
  check_kind("По плану", DeadlineKind::by_schedule);
  check_kind("по отдельному графику", DeadlineKind::by_schedule);
  check_kind("по мере необходимости", DeadlineKind::by_schedule);
  Deadline u = parse_deadline("когда получится", 2023);
  CHECK(u.kind == DeadlineKind::unreadable);
  CHECK(u.text == "когда получится");
  CHECK_FALSE(u.problem.empty());
  CHECK(parse_deadline("", 2023).kind == DeadlineKind::unreadable);
  CHECK(parse_deadline("31.02.2024", 2023).kind == DeadlineKind::unreadable);
  CHECK(parse_deadline("1 раз", 2023).kind == DeadlineKind::unreadable);
}

#include "content/indicators.h"

TEST_CASE("evaluation levels: 15–18 optimal, 9–14 acceptable, 0–8 unacceptable for nine criteria") {
  CHECK(evaluation_level(18, 18) == "optimal");
  CHECK(evaluation_level(15, 18) == "optimal");
  CHECK(evaluation_level(14, 18) == "acceptable");
  CHECK(evaluation_level(9, 18) == "acceptable");
  CHECK(evaluation_level(8, 18) == "unacceptable");
  CHECK(evaluation_level(0, 18) == "unacceptable");
  Indicator fewer;
  fewer.increase = false;
  fewer.targets = {{Date{2027, 8, 31}, 0}};
  fewer.actual = {{Date{2026, 8, 31}, 1}};
  CHECK(fewer.reached() == false);
  fewer.actual.push_back({Date{2027, 6, 1}, 0});
  CHECK(fewer.reached() == true);
}
