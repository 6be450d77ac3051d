#pragma once
// Turns pages of the library into HTML with the theme's templates. One
// Renderer serves all worker threads; each worker has its own parsed copy of
// the templates (parsed once per worker, not per page).
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/competition.h"
#include "content/document.h"
#include "content/event.h"
#include "content/indicators.h"
#include "content/library.h"
#include "content/lists.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "base/diagnostics.h"
#include "render/theme.h"

namespace nastavnik {

class Renderer {
 public:
  Renderer(const Library& lib, const Theme& theme, Diagnostics& diag, int workers);
  bool ok() const { return ok_; }
  // The complete HTML of a page. Markdown links are checked on the way and
  // problems reported to the Diagnostics given at construction. `deps`, when
  // given, receives the dependency keys of the page (see build_state.h):
  // "src:<source>", "meta:<kind>", "exists:<output>", "stamp:<file>".
  // The HTML is handed to `emit` in parts, in order: the printable collection
  // (~100 MB at 10,000 pages) goes out a practice at a time, never whole.
  using PartSink = std::function<void(std::string_view)>;
  void render(const Page& page, int worker, std::vector<std::string>* deps, const PartSink& emit) const;
  // The same, joined (for tests and small pages).
  std::string render(const Page& page, int worker, std::vector<std::string>* deps = nullptr) const;

  // Root-relative output path a menu item leads to (or its URL when external).
  struct MenuTarget {
    std::string title;
    std::string target;
    bool external = false;
  };

 // For the views of the page types (page_types.h): what they may use.
  using data = kainjow::mustache::data;
  const Library& lib() const { return lib_; }
  const Theme& theme() const { return theme_; }
  Diagnostics& diag() const { return diag_; }
  // The page's title as shown: its own, or its type's default, made precise for filtered views.
  std::string title_of(const Page& page) const;
  // Markdown of `page` (a field written from `first_line`) as HTML, its links checked.
  std::string markdown_html(const Page& page, const std::string& markdown, int first_line) const;
  // A link written in `page`'s source, as an href from `from_dir`; `title`,
  // when given, receives the title of the page it leads to (or the file name).
  // Problems go to `diag` (the renderer's own, or a quiet one for pages that repeat a link).
  std::string link(const Page& page, const std::string& href, const SourceLoc& loc, const std::string& from_dir,
                   std::string* title, Diagnostics& diag) const;

  // The views of the kinds this file renders (page_types.cc names them).
  void view_home(const Page& page, const std::string& from_dir, data& d) const;
  void view_roadmap_list(const Page& page, const std::string& from_dir, data& d) const;
  void view_document_list(const Page& page, const std::string& from_dir, data& d) const;
  void view_document(const Page& page, const std::string& from_dir, data& d) const;
  void view_event_list(const Page& page, const std::string& from_dir, data& d) const;
  void view_event(const Page& page, const std::string& from_dir, data& d) const;
  void view_news_list(const Page& page, const std::string& from_dir, data& d) const;
  void view_news(const Page& page, const std::string& from_dir, data& d) const;
  void view_mentor_list(const Page& page, const std::string& from_dir, data& d) const;
  void view_mentor(const Page& page, const std::string& from_dir, data& d) const;
  void view_practice_list(const Page& page, const std::string& from_dir, data& d) const;  // and facet pages
  void view_practice(const Page& page, const std::string& from_dir, data& d) const;
  void view_practice_collection(const Page& page, const std::string& from_dir, data& d) const;
  void view_search(const Page& page, const std::string& from_dir, data& d) const;
  void view_indicators(const Page& page, const std::string& from_dir, data& d) const;
  void roadmap_data(const Page& page, const std::string& from_dir, data& d) const;  // roadmap_view.cc

 private:
  using Templates = std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>>;

  std::string markdown_html(const Page& page) const;
  // `from_dir`: the folder the HTML's links are written from.
  std::string markdown_html(const Page& page, const std::string& markdown, int first_line,
                            const std::string& from_dir) const;
  std::string practice_markdown(const Page& page, const std::string& markdown, int first_line) const;
  data event_data(const Page& page, const std::string& from_dir) const;
  data news_data(const Page& page, const std::string& from_dir) const;
  data mentor_data(const Page& page, const std::string& from_dir, const std::string& sizes) const;
  data pairs_data() const;
  // A processed photo as <picture> data, or false when it was not processed.
  data picture_data(const std::string& source, const std::string& from_dir, const std::string& sizes,
                    const std::string& alt) const;
  std::string event_json_ld(const Page& page) const;
  data page_data(const Page& page, const std::string& root, std::string content_html) const;
  data document_data(const Page& page, const std::string& from_dir) const;
  data attachment_data(const Attachment& a, const std::string& from_dir) const;
  data document_text_data(const Page& page, const std::string& from_dir) const;
  data practice_card(const Page& page, const std::string& from_dir) const;
  // `body_html`: the practice's body already rendered for this page, if it was.
  data practice_data(const Page& page, const std::string& from_dir, const Page& shown_on,
                     const std::string* body_html = nullptr) const;
  data practice_facets_data(const std::string& from_dir, const Page* current) const;
  // The collection's articles, one practice at a time, to `emit`.
  void render_collection_articles(const Page& page, kainjow::mustache::context<std::string>& ctx, int worker,
                                  const PartSink& emit) const;
  data roadmap_progress_data(const Page& page, const std::string& from_dir) const;
  void indicators_data(const Page& page, data& d) const;  // indicators_view.cc

  // Orderings and reverse indexes that many pages show, computed once per
  // build: recomputing them per page made lists quadratic in the site size.
  struct Views {
    std::vector<const Page*> documents, upcoming_events, past_events, news, active_mentors, former_mentors,
        bank, published, roadmaps;
    std::map<std::string, std::vector<const Page*>> practices_by_mentor;  // mentor slug -> published practices
    std::map<std::string, std::vector<const Page*>> upcoming_by_mentor, past_by_mentor;  // mentor slug -> events
    std::map<std::pair<std::string, std::string>, std::vector<const Page*>> bank_by_facet;  // (facet, slug) -> practices
    std::map<std::pair<std::string, std::string>, long long> facet_counts;
    std::map<std::pair<std::string, std::string>, std::string> facet_labels;  // first spelling wins
    std::set<const Page*> in_collection;  // published practices
  };
  static Views make_views(const Library& lib);

  const Library& lib_;
  const Theme& theme_;
  const Views views_;
  Diagnostics& diag_;
  bool ok_ = true;
  data shared_;                       // the same for every page: site, organisation, strings
  std::vector<MenuTarget> menu_;
  std::string logo_;                  // the logo's output path, or empty
  mutable std::vector<Templates> templates_;  // one set per worker
  // A published practice's texts appear on its page and in the collection:
  // rendered once, kept here until their second showing.
  struct SharedMarkdown {
    std::string html;
    std::vector<std::string> deps;
  };
  mutable std::mutex shared_markdown_mutex_;
  mutable std::map<const std::string*, SharedMarkdown> shared_markdown_;
};

// Template data is built with these: kainjow's data::set and push_back copy
// their argument deeply, so a list of practices was copied again at every
// level it was nested in. These move it in.
inline void set_field(kainjow::mustache::data& object, const std::string& key, kainjow::mustache::data value) {
  object[key] = std::move(value);
}
inline void append_item(kainjow::mustache::data& list, kainjow::mustache::data value) {
  // list_value() is const only in kainjow's interface: the list itself is a
  // mutable vector owned by `list`.
  auto& items = const_cast<kainjow::mustache::list&>(list.list_value());
  // data's move constructor is not noexcept, so a growing vector would copy
  // every item: grow it here by moving them.
  if (items.size() == items.capacity()) {
    kainjow::mustache::list bigger;
    bigger.reserve(std::max<size_t>(8, items.capacity() * 2));
    for (auto& item : items) bigger.push_back(std::move(item));
    items.swap(bigger);
  }
  items.push_back(std::move(value));
}

// Records a dependency key of the page being rendered on this thread.
void depend_on_key(std::string key);

// The roadmap's timeline picture: inline SVG with title and desc; empty when
// no item has dates. `id` prefixes the ids of its title and desc.
std::string roadmap_timeline_svg(const Roadmap& r, const Date& today, const Theme& theme, const std::string& id);

}  // namespace nastavnik
