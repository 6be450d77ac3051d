#include "content/link_targets.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "base/text.h"
#include "content/item_types.h"
#include "content/links.h"
#include "content/schemas.h"

namespace nastavnik {

namespace {

// The content type of a page kind ("document", "page", "roadmap"), or "".
std::string type_of_kind(PageKind kind) {
  if (kind == PageKind::page) return "page";
  if (kind == PageKind::roadmap) return "roadmap";
  for (const auto& t : item_types())
    if (t.kind == kind) return std::string(t.schema);
  return "";
}

// The content type whose list `p` is ("document" for documents/), or "".
std::string list_type(const Page& p) {
  if (p.kind == PageKind::roadmap_list) return "roadmap";
  for (const auto& t : item_types())
    if (p.url == std::string(t.folder) + "/") return std::string(t.schema);
  return "";
}

bool is_section(const Page& p) {
  return p.kind == PageKind::home || p.kind == PageKind::search || p.kind == PageKind::indicators ||
         p.kind == PageKind::practice_collection || !list_type(p).empty();
}

// Views of a list (its further pages, facets, filters) are reached from the
// list itself; a link names the list.
bool is_view(const Page& p) {
  return p.kind == PageKind::not_found || p.kind == PageKind::accessibility || p.kind == PageKind::practice_facet ||
         !p.facet.empty() || !p.filter_status.empty() || !p.filter_responsible.empty() || p.filter_section > 0 ||
         p.list_page > 1;
}

bool is_index_file(const std::string& source) { return source.ends_with("/_index.md") || source == "content/_index.md"; }

std::optional<LinkTarget> target_of(const Page& p) {
  if (is_view(p)) return std::nullopt;
  LinkTarget t;
  t.title = p.title;
  t.url = p.url;
  if (is_section(p) || p.source.empty() || is_index_file(p.source)) {
    t.group = "section";
    t.link = "/" + p.url;
    // A list without an intro of its own goes by its type's plural: «Документы».
    if (std::string type = list_type(p); t.title.empty() && !type.empty()) t.title = link_group_label(type);
  } else {
    t.group = type_of_kind(p.kind);
    t.link = p.source.starts_with("content/") ? "/" + p.source.substr(8) : "/" + p.url;
  }
  return t;
}

int group_rank(const std::string& group) {
  if (group == "section") return 0;
  if (group == "file") return 1000;
  const auto& types = all_type_schemas();
  for (size_t i = 0; i < types.size(); ++i)
    if (types[i].type == group) return 1 + static_cast<int>(i);
  return 999;
}

// The name a link or a target goes by, as compared: the last part of the
// path without its extension, in lower-case Latin letters.
std::string name_key(std::string path) {
  path = path.substr(0, path.find_first_of("?#"));
  while (!path.empty() && path.back() == '/') path.pop_back();
  size_t slash = path.rfind('/');
  std::string last = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = last.rfind('.');
  if (dot != std::string::npos && dot > 0) last = last.substr(0, dot);
  return slugify(percent_decode(last));
}

// How far apart two names are: their edit distance, or 1 when one is the
// other's first words («voprosy» and «voprosy-roditeley»).
size_t distance(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.size() >= 4 && longer.starts_with(shorter) && longer[shorter.size()] == '-') return 1;
  return edit_distance(a, b);
}

}  // namespace

std::vector<LinkTarget> link_targets(const Library& lib) {
  std::vector<LinkTarget> out;
  for (const auto& p : lib.pages)
    if (auto t = target_of(p)) out.push_back(std::move(*t));
  for (const auto& f : lib.files) out.push_back({"file", "/" + f.output, "", f.output});
  std::stable_sort(out.begin(), out.end(), [](const LinkTarget& a, const LinkTarget& b) {
    int ra = group_rank(a.group), rb = group_rank(b.group);
    return ra != rb ? ra < rb : a.link < b.link;
  });
  return out;
}

std::string link_group_label(const std::string& group) {
  if (group == "section") return "Разделы сайта";
  if (group == "file") return "Файлы";
  for (const auto& t : all_type_schemas())
    if (t.type == group) return t.plural.empty() ? t.label : t.plural;
  return group;
}

std::vector<LinkTarget> nearest_link_targets(const Library& lib, const std::string& href, size_t max) {
  std::string key = name_key(href);
  if (key.empty()) return {};
  size_t limit = std::max<size_t>(2, key.size() / 3);
  std::multimap<size_t, LinkTarget> ranked;
  for (auto& t : link_targets(lib)) {
    size_t d = std::min(distance(key, name_key(t.link)), t.title.empty() ? SIZE_MAX : distance(key, slugify(t.title)));
    if (d <= limit) ranked.emplace(d, std::move(t));
  }
  std::vector<LinkTarget> out;
  for (auto& [d, t] : ranked) {
    if (out.size() == max) break;
    out.push_back(std::move(t));
  }
  return out;
}

std::string nearest_links_hint(const Library& lib, const std::string& href) {
  std::string list;
  for (const auto& t : nearest_link_targets(lib, href))
    list += (list.empty() ? "" : ", ") + t.link + (t.title.empty() ? "" : " («" + t.title + "»)");
  return list.empty() ? "все адреса для ссылок — nastavnik list"
                      : "похожие: " + list + "; все адреса для ссылок — nastavnik list";
}

}  // namespace nastavnik
