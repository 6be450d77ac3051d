#include "render/page_type.h"

#include <cstdlib>
#include <iostream>

#include "content/mentor.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "content/schemas.h"
#include "render/competition_view.h"
#include "render/renderer.h"

namespace nastavnik {

using kainjow::mustache::data;

std::function<std::string(const Theme&)> theme_title(std::string key) {
  return [key](const Theme& theme) { return theme.str(key); };
}

std::function<std::string(const Theme&)> schema_title(std::string type) {
  return [type](const Theme&) { return type_schema(type).plural; };
}

namespace {

// A member view of the renderer as a registry entry.
template <void (Renderer::*member)(const Page&, const std::string&, data&) const>
PageType::View view() {
  return [](const Renderer& r, const Page& p, const std::string& from, data& d) { (r.*member)(p, from, d); };
}

std::string mentor_list_title(const Renderer& r, const Page& page, std::string title) {
  if (page.facet.empty()) return title;
  std::string label = page.facet == "form" ? find_mentoring_form(page.facet_value)->label : page.facet_value;
  std::string pattern = r.theme().str(page.facet == "form" ? "mentors.form_title" : "mentors.subject_title");
  size_t at = pattern.find("{}");
  return at == std::string::npos ? pattern + " " + label : pattern.replace(at, 2, label);
}

std::string roadmap_title(const Renderer& r, const Page& page, std::string title) {
  if (!page.filter_status.empty()) title += ": " + r.theme().str("roadmap.state." + page.filter_status);
  if (page.filter_responsible == "*") title += ": " + r.theme().str("roadmap.filter_by_responsible");
  else if (!page.filter_responsible.empty()) title += ": " + page.filter_responsible;
  return title;
}

std::optional<std::pair<std::string, std::string>> roadmap_parent(const Page& page) {
  if (page.url == page.roadmap_url) return std::nullopt;
  return std::make_pair(page.roadmap->title, page.roadmap_url);
}

std::string news_list_title(const Renderer& r, const Page& page, std::string title) {
  if (page.list_page > 1) title += ", " + r.theme().str("news.page") + " " + std::to_string(page.list_page);
  return title;
}

std::string practice_facet_title(const Renderer& r, const Page& page, std::string title) {
  return r.theme().str("practices.facet." + page.facet) + ": " + title;
}

std::vector<PageType> make_page_types() {
  using K = PageKind;
  auto none = std::function<std::string(const Theme&)>();
  return {
      {K::home, "home", "home.html", none, false, {}, "",
       {"meta:document", "meta:event", "meta:news", "meta:mentor", "meta:roadmap", "meta:practice"},
       view<&Renderer::view_home>()},
      {K::page, "page", "page.html", none, false, {}, "", {}, {}},
      {K::document_list, "document_list", "documents.html", theme_title("documents.title"), false, {}, "",
       {"meta:document"}, view<&Renderer::view_document_list>()},
      {K::document, "document", "document.html", none, false, {}, "documents/", {}, view<&Renderer::view_document>()},
      {K::event_list, "event_list", "events.html", theme_title("events.title"), false, {}, "", {"meta:event"},
       view<&Renderer::view_event_list>()},
      {K::event, "event", "event.html", none, false, {}, "events/", {"meta:mentor"}, view<&Renderer::view_event>()},
      {K::news_list, "news_list", "news_list.html", theme_title("news.title"), false, news_list_title, "news/",
       {"meta:news"}, view<&Renderer::view_news_list>()},
      {K::news, "news", "news.html", none, false, {}, "news/", {}, view<&Renderer::view_news>()},
      {K::not_found, "not_found", "404.html", theme_title("not_found.title"), true, {}, "", {}, {}},
      {K::accessibility, "accessibility", "accessibility.html", theme_title("accessibility.title"), true, {}, "", {},
       {}},
      {K::mentor_list, "mentor_list", "mentors.html", theme_title("mentors.title"), false, mentor_list_title,
       "mentors/", {"meta:mentor"}, view<&Renderer::view_mentor_list>()},
      {K::mentor, "mentor", "mentor.html", none, false, {}, "mentors/", {"meta:event", "meta:practice"},
       view<&Renderer::view_mentor>()},
      {K::roadmap_list, "roadmap_list", "roadmaps.html", theme_title("roadmap.title"), false, {}, "",
       {"meta:roadmap"}, view<&Renderer::view_roadmap_list>()},
      {K::roadmap, "roadmap", "roadmap.html", none, false, roadmap_title, "roadmap/", {},
       view<&Renderer::roadmap_data>(), roadmap_parent},
      {K::indicators, "indicators", "indicators.html", theme_title("indicators.title"), false, {}, "", {},
       view<&Renderer::view_indicators>()},
      {K::practice_list, "practice_list", "practices.html", theme_title("practices.title"), false, {}, "",
       {"meta:practice"}, view<&Renderer::view_practice_list>()},
      {K::practice, "practice", "practice.html", none, false, {}, kPracticesUrl, {}, view<&Renderer::view_practice>()},
      {K::practice_facet, "practice_facet", "practice_facet.html", none, false, practice_facet_title, kPracticesUrl,
       {"meta:practice"}, view<&Renderer::view_practice_list>()},
      {K::practice_collection, "practice_collection", "practice_collection.html",
       theme_title("practices.collection.title"), true, {}, kPracticesUrl, {"meta:practice"},
       view<&Renderer::view_practice_collection>()},
      {K::search, "search", "search.html", theme_title("search.title"), true, {}, "",
       {"meta:practice", "exists:mentors/", "exists:events/", "exists:news/", "exists:documents/"},
       view<&Renderer::view_search>()},
      {K::competition_list, "competition_list", "competitions.html", schema_title("competition"), false, {}, "",
       {"meta:competition"}, competition_list_view},
      {K::competition, "competition", "competition.html", none, false, {}, "competitions/", {"meta:mentor"},
       competition_view},
  };
}

}  // namespace

const std::vector<PageType>& page_types() {
  static const std::vector<PageType> types = make_page_types();
  return types;
}

const PageType& page_type(PageKind kind) {
  for (const auto& t : page_types())
    if (t.kind == kind) return t;
  std::cerr << "nastavnik: page kind " << static_cast<int>(kind) << " is not in page_types.cc\n";
  std::abort();
}

std::string kind_name(PageKind kind) { return std::string(page_type(kind).name); }

}  // namespace nastavnik
