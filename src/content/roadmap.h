#pragma once
// Roadmaps (дорожные карты): content/roadmap/*.yaml, copied from approved
// documents. Items keep their numbering, wording and deadline as written;
// the deadline is also read into dates (deadline.h) for the status of every
// item as of the build date and the progress of each section.
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "content/deadline.h"
#include "base/diagnostics.h"
#include "source/fields.h"

namespace nastavnik {

// Where an item stands as of the build date.
enum class ItemState { done, cancelled, overdue, due_soon, current, upcoming, undated };

// Days before the end of a span in which an item counts as due soon.
inline constexpr int kDueSoonDays = 14;

struct RoadmapItem {
  std::string number;                     // "2.3" as in the document
  std::string title;                      // мероприятие / наименование этапа
  std::string content;                    // содержание деятельности
  std::string result;                     // форма представления результата / ожидаемый результат
  std::string indicators;                 // показатели эффективности
  std::vector<std::string> responsible;
  Deadline deadline;
  std::string status = "planned";         // planned | in_progress | done | cancelled
  std::optional<Date> completed;
  std::vector<std::string> evidence;      // links to the site's own pages and files
  SourceLoc evidence_loc;
  std::string note;
  SourceLoc loc;
  ItemState state = ItemState::upcoming;  // as of the build date
};

struct RoadmapSection {
  std::string number, title;
  std::vector<RoadmapItem> items;
};

struct Progress {
  int done = 0, total = 0;  // cancelled items are not counted
  int percent() const { return total ? (done * 100 + total / 2) / total : 0; }
};

struct Roadmap {
  std::string title;
  std::string description;
  std::string period;                 // as written: «2026–2027 учебный год»
  int academic_year_start = 0;        // for year-less months
  struct Approval {
    std::string title, number, document;  // document: link to the order on the site
    std::optional<Date> date;
    SourceLoc document_loc;
  } approval;
  std::vector<RoadmapSection> sections;
  long long weight = 0;

  Progress progress() const;
  static Progress progress(const RoadmapSection& s);
  int count(ItemState state) const;
  // First and last day the timeline spans: the dates named by the items, in
  // whole months, or the academic year when there are none.
  std::optional<std::pair<Date, Date>> timeline_period() const;
};

const std::vector<std::string>& item_statuses();
const Schema& roadmap_schema();
const Schema& roadmap_item_schema();

// Reads a roadmap from validated fields. Unreadable deadlines are warnings
// at their file:line; the state of each item is computed as of `today`.
Roadmap read_roadmap(const Fields& f, int site_academic_year, const Date& today, Diagnostics& diag);

ItemState item_state(const RoadmapItem& item, const Date& today);
std::string state_name(ItemState s);  // "overdue", "due_soon", …
const std::vector<ItemState>& all_states();  // in display order

}  // namespace nastavnik
