#pragma once
// The content library: every page of the site loaded, validated and keyed by
// its URL and source path before anything is rendered.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/config.h"
#include "render/image.h"

namespace nastavnik {

// The types' own data (their headers include this one, not the reverse).
struct Document;
struct Event;
struct News;
struct Mentor;
struct Roadmap;
struct Indicators;
struct Practice;
struct PairCounts;

// The data of an item of a content type that keeps it as an entry
// (Page::entry): the types added since the registry keep none of their own
// pointers in Page.
struct Entry {
  virtual ~Entry() = default;
};

// `accessibility` is the theme's page on the low-vision version and browser
// settings; the low-vision control links to it so it works without JavaScript.
enum class PageKind {
  home,
  page,
  document_list,
  document,
  event_list,
  event,
  news_list,
  news,
  not_found,
  accessibility,
  mentor_list,
  mentor,
  roadmap_list,  // roadmap/: every roadmap with its progress
  indicators,    // indicators/: content/indicators.yaml
  roadmap,       // roadmap/<slug>/ and its filtered views (status/<state>/, responsible/<name>/)
  practice_list,        // practices/: the bank
  practice,             // practices/<slug>/
  practice_facet,       // practices/<facet>/<value>/
  practice_collection,  // practices/sbornik/: the printable collection
  search,               // search/: the offline search page
  competition_list,     // competitions/
  competition,          // competitions/<slug>/
};

struct Page {
  PageKind kind = PageKind::page;
  std::string source;       // "content/pages/kontakty.md"; empty for generated pages
  std::string url;          // output folder relative to the site root: "" (home), "kontakty/"
  std::string output_file;  // "kontakty/index.html", "404.html"
  std::string title;
  std::string description;
  std::string body_md;
  int body_line = 1;        // file line where body_md starts
  std::optional<Date> date, updated;
  long long weight = 0;
  bool draft = false;
  std::shared_ptr<const Document> document;  // kind == document
  std::shared_ptr<const Event> event;        // kind == event
  std::shared_ptr<const News> news;          // kind == news
  std::shared_ptr<const Mentor> mentor;      // kind == mentor: only what the consent covers
  std::shared_ptr<const Roadmap> roadmap;    // kind == roadmap
  std::shared_ptr<const Indicators> indicators;  // kind == indicators
  std::string roadmap_url;                   // kind == roadmap: the roadmap's own page ("roadmap/plan/")
  std::string filter_status;                 // a view of one state ("overdue") …
  std::string filter_responsible;            // … or of one responsible party (its name)
  int filter_section = 0;                    // … or the full table of one section (1-based)
  std::shared_ptr<const Practice> practice;  // kind == practice
  std::shared_ptr<const Entry> entry;        // the item's data, for types that keep it here
  std::vector<std::string> attachments;      // outputs of files next to it that it publishes
  std::vector<std::string> processed_images; // sources of pictures it shows through the image pipeline
  uint64_t source_hash = 0;                  // of the whole source file (incremental builds)
  uint64_t meta_hash = 0;                    // of its front matter: what lists show of it
  int list_page = 0;                         // paginated lists: 1-based page number
  int list_pages = 0;                        // … and how many pages the list has
  // Filtered lists: mentors by "subject" or "form" (empty: all); practice
  // facet pages by "form", "level", "subject", "tag" or "year".
  std::string facet;
  std::string facet_value;                   // mentors: the subject as written or the form's code; practices: the slug

  // The entry as the type that keeps it (nullptr for another type).
  template <class T>
  const T* as() const {
    return dynamic_cast<const T*>(entry.get());
  }
};

// News items per page of the news list.
inline constexpr int kNewsPerPage = 10;

// A file copied to the output as it is (static/, attachments in content/).
struct CopiedFile {
  std::string source;  // relative to the site root
  std::string output;  // relative to the output folder
};

struct BuildOptions {
  Date today;
  bool drafts = false;
  int jobs = 1;
};

struct Library {
  Config config;
  BuildOptions options;
  std::vector<Page> pages;                 // sorted by URL
  std::vector<CopiedFile> files;           // sorted by output path
  // Lookups only (links are resolved against these on every page): hashed.
  std::unordered_map<std::string, size_t> by_url;     // page URL -> index in pages
  std::unordered_map<std::string, size_t> by_source;  // source path -> index in pages
  std::unordered_set<std::string> outputs;            // every file the build will write
  std::shared_ptr<const PairCounts> pairs;  // content/data/pairs.yaml
  // Folder of a type ("mentors") -> slugs of every file in it, published or
  // not: only to tell a withheld item from a typo in a link to one. Never shown.
  std::map<std::string, std::set<std::string>> item_slugs;
  std::map<std::string, ImageSet> images;  // processed photos by source path (filled by the build)

  const Page* find_source(const std::string& source) const;
  const Page* find_url(const std::string& url) const;
  std::vector<const Page*> of_kind(PageKind kind) const;
  // item_slugs of a folder (empty when it has no files).
  const std::set<std::string>& slugs_in(const std::string& folder) const;
};

// Section folders that belong to the generator; a free page may not take
// their names.
const std::vector<std::string>& reserved_sections();

// Output folder of the accessibility page.
inline constexpr const char* kAccessibilityUrl = "dostupnost/";


}  // namespace nastavnik
