#include "content/lists.h"

#include <algorithm>

#include "base/text.h"
#include "content/event.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/roadmap.h"

namespace nastavnik {

static std::vector<const Page*> events_where(const Library& lib, bool upcoming) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::event && (p.event->last_day() >= lib.options.today) == upcoming) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [upcoming](const Page* a, const Page* b) {
    DateTime sa = a->event->start, sb = b->event->start;
    sa.utc_offset_minutes.reset();
    sb.utc_offset_minutes.reset();
    if (sa != sb) return upcoming ? sa < sb : sa > sb;
    return a->url < b->url;
  });
  return out;
}

std::vector<const Page*> upcoming_events(const Library& lib) { return events_where(lib, true); }
std::vector<const Page*> past_events(const Library& lib) { return events_where(lib, false); }

std::vector<const Page*> mentors_sorted(const Library& lib, bool active) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::mentor && (p.mentor->status == "active") == active) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    std::string na = to_lower(a->mentor->name), nb = to_lower(b->mentor->name);
    if (na != nb) return na < nb;
    return a->url < b->url;
  });
  return out;
}

std::vector<const Page*> news_newest_first(const Library& lib) {
  auto out = lib.of_kind(PageKind::news);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->news->date != b->news->date) return a->news->date > b->news->date;
    return a->url < b->url;
  });
  return out;
}

std::vector<const Page*> roadmaps(const Library& lib) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::roadmap && p.url == p.roadmap_url) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    return a->url < b->url;
  });
  return out;
}

}  // namespace nastavnik
