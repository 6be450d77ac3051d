#include "content/roadmap_pages.h"

#include <algorithm>
#include <memory>
#include <set>

#include "base/hash.h"
#include "base/text.h"
#include "content/indicators.h"
#include "content/item_type.h"
#include "content/roadmap.h"
#include "source/fields.h"
#include "source/source_file.h"

namespace nastavnik {

namespace {

// content/indicators.yaml: the indicators page.
std::optional<Page> load_indicators_page(const std::string& source, const Library& lib, Diagnostics& diag) {
  auto text = read_source_text(lib.config.root, source, diag);
  if (!text) return std::nullopt;
  auto read = read_fields(*text, indicators_schema(), {source, 1}, diag);
  if (!read) return std::nullopt;
  Page page;
  page.kind = PageKind::indicators;
  page.source = source;
  page.source_hash = hash64(*text);
  page.meta_hash = page.source_hash;
  auto ind = std::make_shared<Indicators>(read_indicators(*read, diag));
  page.title = ind->title;
  page.description = ind->description;
  page.indicators = ind;
  page.url = "indicators/";
  page.output_file = "indicators/index.html";
  return page;
}

Page view_of(const Page& roadmap, const std::string& url) {
  Page view = roadmap;
  view.url = url;
  view.output_file = url + "index.html";
  return view;
}

// One view per state that has items.
void add_state_views(const Page& page, std::vector<Page>& out) {
  for (ItemState st : all_states()) {
    if (!page.roadmap->count(st)) continue;
    std::string slug = state_name(st);
    std::replace(slug.begin(), slug.end(), '_', '-');
    Page view = view_of(page, page.url + "status/" + slug + "/");
    view.filter_status = state_name(st);
    out.push_back(std::move(view));
  }
}

// With several sections the roadmap's page lists the items briefly and each
// section has a page with the full table (pages stay light).
void add_section_views(const Page& page, std::vector<Page>& out) {
  const auto& sections = page.roadmap->sections;
  if (sections.size() < 2) return;
  for (size_t k = 0; k < sections.size(); ++k) {
    Page view = view_of(page, page.url + "section-" + std::to_string(k + 1) + "/");
    view.filter_section = static_cast<int>(k + 1);
    view.title = (sections[k].number.empty() ? "" : sections[k].number + ". ") + sections[k].title;
    out.push_back(std::move(view));
  }
}

// The list of responsible parties, and a view of each one's items.
void add_responsible_views(const Page& page, std::vector<Page>& out) {
  std::vector<std::string> people;
  for (const auto& s : page.roadmap->sections)
    for (const auto& i : s.items) people.insert(people.end(), i.responsible.begin(), i.responsible.end());
  if (people.empty()) return;
  Page list = view_of(page, page.url + "responsible/");
  list.filter_responsible = "*";
  out.push_back(std::move(list));
  std::set<std::string> slugs;
  for (const auto& r : people) {
    std::string slug = slugify(r);
    if (slug.empty() || !slugs.insert(slug).second) continue;
    Page view = view_of(page, page.url + "responsible/" + slug + "/");
    view.filter_responsible = r;
    out.push_back(std::move(view));
  }
}

// A roadmap's page followed by its filtered views.
std::vector<Page> load_roadmap_pages(const std::string& source, const Library& lib, Diagnostics& diag) {
  std::vector<Page> out;
  auto text = read_source_text(lib.config.root, source, diag);
  if (!text) return out;
  auto read = read_fields(*text, roadmap_schema(), {source, 1}, diag);
  if (!read) return out;
  auto roadmap = std::make_shared<Roadmap>(read_roadmap(*read, lib.config.academic_year_start, lib.options.today, diag));
  std::string rel = source.substr(std::string("content/").size());
  auto url = url_for(rel.substr(0, rel.rfind('.')));
  if (!url) {
    diag.error({source}, "из имени файла не получается адрес страницы",
               "назовите файл буквами или цифрами, например plan-2026-2027.yaml");
    return out;
  }
  Page page;
  page.kind = PageKind::roadmap;
  page.source = source;
  page.source_hash = hash64(*text);
  page.meta_hash = page.source_hash;
  page.title = roadmap->title;
  page.description = roadmap->description;
  page.weight = roadmap->weight;
  page.url = *url;
  page.output_file = page.url + "index.html";
  page.roadmap = roadmap;
  page.roadmap_url = page.url;
  add_state_views(page, out);
  add_section_views(page, out);
  add_responsible_views(page, out);
  out.insert(out.begin(), std::move(page));
  return out;
}

}  // namespace

void add_roadmap_pages(const std::vector<std::string>& files, Library& lib, Diagnostics& diag) {
  bool any = false;
  for (const auto& path : files) {
    if (path == "content/indicators.yaml") {
      if (auto page = load_indicators_page(path, lib, diag)) lib.pages.push_back(std::move(*page));
      continue;
    }
    for (auto& page : load_roadmap_pages(path, lib, diag)) {
      any = true;
      lib.pages.push_back(std::move(page));
    }
  }
  if (any) {
    Page list;
    list.kind = PageKind::roadmap_list;
    list.url = "roadmap/";
    list.output_file = "roadmap/index.html";
    lib.pages.push_back(std::move(list));
  }
}

}  // namespace nastavnik
