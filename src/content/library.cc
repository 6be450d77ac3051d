#include "content/library.h"

#include <algorithm>

#include "base/text.h"

namespace nastavnik {

const Page* Library::find_source(const std::string& source) const {
  auto it = by_source.find(source);
  return it == by_source.end() ? nullptr : &pages[it->second];
}

const Page* Library::find_url(const std::string& url) const {
  auto it = by_url.find(url);
  return it == by_url.end() ? nullptr : &pages[it->second];
}

std::vector<const Page*> Library::of_kind(PageKind kind) const {
  std::vector<const Page*> out;
  for (const auto& p : pages)
    if (p.kind == kind) out.push_back(&p);
  return out;
}

const std::vector<std::string>& reserved_sections() {
  static const std::vector<std::string> names = {"assets",     "documents", "mentors", "practices", "events",
                                                 "news",       "roadmap",   "indicators", "search",  "tags",
                                                 "feeds",      "pages",     "static",  "404",   "dostupnost", "competitions"};
  return names;
}

const std::set<std::string>& Library::slugs_in(const std::string& folder) const {
  static const std::set<std::string> none;
  auto it = item_slugs.find(folder);
  return it == item_slugs.end() ? none : it->second;
}

}  // namespace nastavnik
