#include "publish/kit_manifest.h"

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace nastavnik {

namespace {

std::set<std::string> string_set(const nlohmann::json& j) {
  std::set<std::string> out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.insert(v.get<std::string>());
  return out;
}

std::string text_of(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

}  // namespace

std::optional<KitRecord> read_kit_record(const std::string& dir) {
  auto text = read_file(dir + "/" + kKitManifestName);
  if (!text) return std::nullopt;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || text_of(j, "format") != "nastavnik-kit") return std::nullopt;
  KitRecord r;
  if (j.contains("pages") && j["pages"].is_object())
    for (const auto& [url, p] : j["pages"].items()) {
      if (!p.is_object()) continue;
      auto files = string_set(p.contains("files") ? p["files"] : nlohmann::json());
      r.pages[url] = {text_of(p, "title"), text_of(p, "address"), text_of(p, "hash"), {files.begin(), files.end()}};
    }
  if (j.contains("files") && j["files"].is_object())
    for (const auto& [name, hash] : j["files"].items())
      if (hash.is_string()) r.files[name] = hash.get<std::string>();
  if (j.contains("items")) r.items = string_set(j["items"]);
  if (j.contains("posts")) r.posts = string_set(j["posts"]);
  return r;
}

std::string kit_record_json(const Kit& kit, const std::set<std::string>& items) {
  nlohmann::json j;
  j["format"] = "nastavnik-kit";
  j["version"] = 1;
  j["base_url"] = kit.base_url;
  nlohmann::json pages = nlohmann::json::object();
  for (const auto& p : kit.pages)
    pages[p.url] = {{"title", p.title}, {"address", p.address}, {"hash", p.hash}, {"files", p.files}};
  j["pages"] = pages;
  nlohmann::json files = nlohmann::json::object();
  for (const auto& [name, f] : kit.files) files[name] = f.hash;
  j["files"] = files;
  j["items"] = items;
  std::set<std::string> posts;
  for (const auto& p : kit.posts) posts.insert(p.post.url);
  j["posts"] = posts;
  return j.dump(1) + "\n";
}

void compare_kits(const KitRecord& previous, Kit& kit) {
  kit.has_previous = true;
  for (auto& [name, file] : kit.files) {
    auto old = previous.files.find(name);
    file.change = old == previous.files.end() ? Change::added : old->second == file.hash ? Change::same : Change::changed;
  }
  std::set<std::string> current;
  for (auto& page : kit.pages) {
    current.insert(page.url);
    auto old = previous.pages.find(page.url);
    if (old == previous.pages.end()) {
      page.change = Change::added;
      continue;
    }
    bool files_changed = old->second.files != page.files;
    for (const auto& name : page.files)
      if (kit.files.at(name).change != Change::same) files_changed = true;
    page.change = old->second.hash == page.hash && !files_changed ? Change::same : Change::changed;
    for (const auto& name : old->second.files)
      if (std::find(page.files.begin(), page.files.end(), name) == page.files.end()) page.removed_files.push_back(name);
  }
  for (const auto& [url, old] : previous.pages)
    if (!current.count(url)) kit.removed.push_back({old.title, old.address});
}

}  // namespace nastavnik
