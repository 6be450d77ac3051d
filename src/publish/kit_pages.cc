#include "publish/kit_pages.h"

#include <algorithm>
#include <set>

#include "content/event.h"

namespace nastavnik {

bool in_kit(const Page& page) {
  if (page.draft) return false;
  switch (page.kind) {
    case PageKind::home:
    case PageKind::page:
    case PageKind::document_list:
    case PageKind::document:
    case PageKind::event_list:
    case PageKind::event:
    case PageKind::news_list:
    case PageKind::news:
    case PageKind::mentor:
    case PageKind::roadmap_list:
    case PageKind::indicators:
    case PageKind::practice_list:
    case PageKind::practice:
      return true;
    case PageKind::mentor_list:
      return page.facet.empty();
    case PageKind::roadmap:
      return page.filter_status.empty() && page.filter_responsible.empty() && page.filter_section == 0;
    default:
      return false;
  }
}

namespace {

const Page* menu_page(const Library& lib, const MenuItem& item) {
  const std::string& link = item.link;
  if (link.size() > 3 && link.compare(link.size() - 3, 3, ".md") == 0) return lib.find_source("content/" + link);
  if (!link.empty() && link[0] == '/') return lib.find_url(link.substr(1));
  return nullptr;
}

// Lists before their items (pages of a list in order), items newest first.
bool below_order(const Page* a, const Page* b) {
  bool list_a = a->list_pages > 0, list_b = b->list_pages > 0;
  if (list_a != list_b) return list_a;
  if (list_a) return a->list_page < b->list_page;
  auto date = [](const Page* p) {
    if (p->event) return p->event->start.date;
    return p->date.value_or(Date{});
  };
  if (date(a) != date(b)) return date(b) < date(a);
  return a->title < b->title;
}

}  // namespace

std::vector<const Page*> kit_pages(const Library& lib) {
  std::vector<const Page*> order;
  std::set<const Page*> taken;
  auto take = [&](const Page* p) {
    if (p && in_kit(*p) && taken.insert(p).second) order.push_back(p);
  };
  take(lib.find_url(""));
  for (const auto& item : lib.config.menu) {
    const Page* top = menu_page(lib, item);
    if (!top) continue;
    take(top);
    if (top->url.empty()) continue;
    std::vector<const Page*> below;
    for (const auto& p : lib.pages)
      if (p.url.size() > top->url.size() && p.url.rfind(top->url, 0) == 0 && in_kit(p) && !taken.count(&p))
        below.push_back(&p);
    std::stable_sort(below.begin(), below.end(), below_order);
    for (const Page* p : below) take(p);
  }
  for (const auto& p : lib.pages) take(&p);
  return order;
}

}  // namespace nastavnik
