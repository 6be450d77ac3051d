#pragma once
// The paste kit's own record (.nastavnik-kit.json): the pages, their
// fragments' hashes and files, the files' hashes, the news items and events
// and the posts of the kit. The next kit is compared with it to tell the
// editor what is «новое», «изменено» and what to remove.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "publish/kit.h"

namespace nastavnik {

struct KitRecord {
  struct PageRecord {
    std::string title, address, hash;
    std::vector<std::string> files;
  };
  std::map<std::string, PageRecord> pages;   // by URL in the section
  std::map<std::string, std::string> files;  // name -> hash
  std::set<std::string> items;               // news items and events in the kit
  std::set<std::string> posts;               // those that had a post
};

// nullopt when `dir` holds no kit (or an unreadable record).
std::optional<KitRecord> read_kit_record(const std::string& dir);
std::string kit_record_json(const Kit& kit, const std::set<std::string>& items);

// Marks what changed in `kit` since `previous`, and lists the removed pages.
void compare_kits(const KitRecord& previous, Kit& kit);

}  // namespace nastavnik
