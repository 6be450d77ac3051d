#include "content/roadmap.h"

#include <algorithm>
#include <regex>

#include "base/text.h"
#include "content/schemas.h"

namespace nastavnik {

const std::vector<std::string>& item_statuses() {
  static const std::vector<std::string> s = value_codes("roadmap_item_statuses");
  return s;
}

const Schema& roadmap_item_schema() { return schema_of("roadmap_item"); }

const Schema& roadmap_schema() { return schema_of("roadmap"); }

const std::vector<ItemState>& all_states() {
  static const std::vector<ItemState> s = {ItemState::overdue, ItemState::due_soon, ItemState::current, ItemState::upcoming,
                                           ItemState::undated, ItemState::done,     ItemState::cancelled};
  return s;
}

std::string state_name(ItemState s) {
  switch (s) {
    case ItemState::done: return "done";
    case ItemState::cancelled: return "cancelled";
    case ItemState::overdue: return "overdue";
    case ItemState::due_soon: return "due_soon";
    case ItemState::current: return "current";
    case ItemState::upcoming: return "upcoming";
    case ItemState::undated: return "undated";
  }
  return "undated";
}

ItemState item_state(const RoadmapItem& item, const Date& today) {
  if (item.status == "done") return ItemState::done;
  if (item.status == "cancelled") return ItemState::cancelled;
  const Deadline& d = item.deadline;
  switch (d.kind) {
    case DeadlineKind::continuous:
    case DeadlineKind::periodic:
    case DeadlineKind::by_schedule: {
      auto first = d.first_day();
      if (first && *first > today && d.kind != DeadlineKind::by_schedule) return ItemState::upcoming;
      return ItemState::current;
    }
    case DeadlineKind::unreadable: return ItemState::undated;
    case DeadlineKind::range:
    case DeadlineKind::checkpoints: {
      Date last = *d.last_day();
      if (last < today) return ItemState::overdue;
      Date end = *d.next_end(today);
      if (end.days() - today.days() <= kDueSoonDays) return ItemState::due_soon;
      auto first = d.first_day();
      bool until = d.spans.size() == 1 && d.spans[0].until;
      if (until || (first && *first <= today) || item.status == "in_progress") return ItemState::current;
      return ItemState::upcoming;
    }
  }
  return ItemState::undated;
}

Progress Roadmap::progress(const RoadmapSection& s) {
  Progress p;
  for (const auto& i : s.items) {
    if (i.status == "cancelled") continue;
    ++p.total;
    if (i.status == "done") ++p.done;
  }
  return p;
}

Progress Roadmap::progress() const {
  Progress p;
  for (const auto& s : sections) {
    Progress q = progress(s);
    p.done += q.done;
    p.total += q.total;
  }
  return p;
}

int Roadmap::count(ItemState state) const {
  int n = 0;
  for (const auto& s : sections)
    for (const auto& i : s.items) n += i.state == state;
  return n;
}

std::optional<std::pair<Date, Date>> Roadmap::timeline_period() const {
  std::optional<Date> first, last;
  for (const auto& s : sections)
    for (const auto& i : s.items)
      for (const auto& span : i.deadline.spans) {
        if (!first || span.start < *first) first = span.start;
        if (!last || span.end > *last) last = span.end;
      }
  if (!first && academic_year_start) {
    first = Date{academic_year_start, 9, 1};
    last = Date{academic_year_start + 1, 8, 31};
  }
  if (!first) return std::nullopt;
  Date a{first->year, first->month, 1};
  Date b{last->year, last->month, days_in_month(last->year, last->month)};
  // A very long span (a typo in a year) must not make a timeline of decades.
  if ((b.year - a.year) * 12 + b.month - a.month >= 48) b = Date{a.year + 3, a.month, 1}, b = Date::from_days(b.days() - 1);
  return std::make_pair(a, b);
}

// «2023-2024», «2023/24», «2023–2024 учебный год»: the first year; 0 if none.
static int academic_year_in(const std::string& text) {
  static const std::regex re(R"((\d{4})\s*(?:-|/|–|—)\s*(\d{2,4}))");
  std::smatch m;
  if (!std::regex_search(text, m, re)) return 0;
  int a = std::stoi(m[1]);
  int b = std::stoi(m[2]);
  if (m[2].length() == 2) b += a / 100 * 100;
  return b == a + 1 ? a : 0;
}

// The Russian label of a status code, as the editor reads it.
static std::string status_label(const std::string& code) {
  for (const auto& spec : roadmap_item_schema())
    if (spec.name == "status" && spec.values)
      for (const auto& v : *spec.values)
        if (v.code == code) return v.label;
  return code;
}

static RoadmapItem read_item(const Fields& f, int year, const Date& today, Diagnostics& diag) {
  RoadmapItem item;
  item.loc = f.loc();
  item.number = f.text("number");
  item.title = f.text("title");
  item.content = f.text("content");
  item.result = f.text("result");
  item.indicators = f.text("indicators");
  item.responsible = f.list("responsible");
  item.status = f.text("status", "planned");
  item.completed = f.date("completed");
  item.evidence = f.list("evidence");
  item.evidence_loc = f.loc("evidence");
  item.note = f.text("note");
  item.deadline = parse_deadline(f.text("deadline"), year);
  std::string label = item.number.empty() ? "«" + item.title + "»" : item.number;
  if (item.deadline.kind == DeadlineKind::unreadable)
    diag.warning(f.has("deadline") ? f.loc("deadline") : item.loc,
                 "пункт " + label + ": " + item.deadline.problem + "; срок показан как записан, но статус по дате не определить",
                 "запишите срок, например «Апрель 2027», «до 20.09.2026», «сентябрь-октябрь», «в течение года» "
                 "или «по отдельному графику»");
  // A completion date and a status that disagree: the status written wins
  // (and the editor is told); without a status, the date means done.
  if (item.completed && !f.has("status")) {
    item.status = "done";
  } else if (item.completed && item.status != "done") {
    std::string shown = status_label(item.status);
    diag.warning(f.loc("completed"),
                 "пункт " + label + ": указана дата выполнения " + item.completed->ru() + ", но статус — «" + shown +
                     "»; действует статус: пункт показан как «" + shown + "», дата выполнения не показывается",
                 "если пункт выполнен, напишите status: выполнено; если нет — уберите строку completed");
    item.completed.reset();
  }
  if (item.status == "done" && item.completed && *item.completed > today)
    diag.warning(f.loc("completed"), "пункт " + label + ": дата выполнения ещё не наступила",
                 "проверьте дату в completed");
  item.state = item_state(item, today);
  return item;
}

Roadmap read_roadmap(const Fields& f, int site_academic_year, const Date& today, Diagnostics& diag) {
  Roadmap r;
  r.title = f.text("title");
  r.description = f.text("description");
  r.period = f.text("period");
  r.weight = f.integer("weight").value_or(0);
  r.academic_year_start = site_academic_year;
  if (f.has("academic_year")) {
    int y = academic_year_in(f.text("academic_year"));
    if (!y)
      diag.error(f.loc("academic_year"), "неверный учебный год «" + f.text("academic_year") + "»",
                 "запишите его как 2026-2027");
    else r.academic_year_start = y;
  } else if (int y = academic_year_in(r.period)) {
    r.academic_year_start = y;
  }
  Fields a = f.map("approval");
  r.approval.title = a.text("title");
  r.approval.number = a.text("number");
  r.approval.date = a.date("date");
  r.approval.document = a.text("document");
  r.approval.document_loc = a.loc("document");
  for (const auto& s : f.maps("sections")) {
    RoadmapSection sec;
    sec.number = s.text("number");
    sec.title = s.text("title");
    for (const auto& i : s.maps("items")) sec.items.push_back(read_item(i, r.academic_year_start, today, diag));
    r.sections.push_back(std::move(sec));
  }
  if (f.has("items")) {
    RoadmapSection sec;
    for (const auto& i : f.maps("items")) sec.items.push_back(read_item(i, r.academic_year_start, today, diag));
    r.sections.push_back(std::move(sec));
  }
  if (!f.has("items") && !f.has("sections"))
    diag.warning(f.loc(), "в дорожной карте нет ни одного пункта",
                 "добавьте разделы (sections) с пунктами (items) или получите файл из документа: "
                 "nastavnik import roadmap ФАЙЛ.docx");
  return r;
}

}  // namespace nastavnik
