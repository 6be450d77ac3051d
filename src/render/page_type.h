#pragma once
// A page kind as the renderer sees it: its template, its title when it has
// none of its own, the section it belongs to (breadcrumbs), what else it
// shows (dependency keys for incremental builds) and its view: the data its
// template gets. The registry, one line per kind, is page_types.cc, which
// defines the functions below; it sits above the renderer and the views it
// names, so that they need only this header.
#include <kainjow/mustache.hpp>

#include <functional>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "content/library.h"
#include "render/theme.h"

namespace nastavnik {

class Renderer;

struct PageType {
  using View = std::function<void(const Renderer& r, const Page& page, const std::string& from,
                                  kainjow::mustache::data& d)>;
  using Title = std::function<std::string(const Renderer& r, const Page& page, std::string title)>;

  PageKind kind;
  std::string_view name;           // in dependency keys: "meta:news"
  std::string_view template_name;  // "news.html"
  // The title when the page has none of its own (a list without an intro).
  std::function<std::string(const Theme&)> default_title;
  bool fixed_title = false;        // the default title even when the page has one
  Title adjust_title;              // filtered and paginated views: the title made more precise; may be empty
  std::string_view section;        // the list it belongs to ("news/"), shown in breadcrumbs
  std::vector<std::string_view> depends;  // what else it shows: "meta:KIND", "exists:URL"
  View view;                       // may be empty: the page shows its text only
  // A crumb between the section and the page (a roadmap's own page above its
  // filtered views): title and URL, or nullopt. May be empty.
  std::function<std::optional<std::pair<std::string, std::string>>(const Page&)> parent;
};

const std::vector<PageType>& page_types();
const PageType& page_type(PageKind kind);
// "news", "practice_facet": the name of a kind in dependency keys.
std::string kind_name(PageKind kind);

// A default title from the theme's strings, or a type's plural from its schema.
std::function<std::string(const Theme&)> theme_title(std::string key);
std::function<std::string(const Theme&)> schema_title(std::string type);

}  // namespace nastavnik
