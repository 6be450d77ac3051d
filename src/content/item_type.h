#pragma once
// A content type kept one file an item under content/FOLDER/, as the loader
// sees it: its schema, the kind of its pages, how its own fields are read and
// which list pages it adds. Each type fills one in its own file
// (content/TYPE.cc); item_types.h lists them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/library.h"
#include "source/fields.h"

namespace nastavnik {

// What becomes of an item once its fields are read.
enum class Verdict {
  publish,
  draft,     // shown only with --drafts, with a banner (an unapproved practice, a future news item)
  withhold,  // never shown, not even with --drafts (a mentor without consent)
};

// Where a source file lies: its folder (below content/) and its stem.
struct ItemSource {
  std::string path;  // "content/news/2026/den-nastavnika.md"
  std::string dir;   // "content/news/2026"
  std::string stem;  // "news/2026/den-nastavnika" (below content/, no extension)
};

struct ItemType {
  std::string_view folder;  // "news": content/news/*.md; also the schema's name unless `schema` says otherwise
  std::string_view schema;  // its schema in schemas/
  PageKind kind;            // of its item pages
  // Reads the type's own fields into `page` (its entry, and the title,
  // description or date the entry implies).
  Verdict (*read)(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
  // The item's output folder, or nullopt after saying why there is none.
  // nullptr: the file's path transliterated (news/2026/den-nastavnika/).
  std::optional<std::string> (*url)(const Page& page, const ItemSource& source, Diagnostics& diag);
  // Adds the type's list pages once every item is in `lib.pages`; `intro`
  // is content/FOLDER/_index.md when there is one.
  void (*add_lists)(Library& lib, std::optional<Page> intro, Diagnostics& diag);
  // Once every page is in place and indexed: the type's references to other
  // items checked, its extra outputs (calendars) claimed. May be nullptr.
  void (*finish)(Library& lib, Diagnostics& diag);
};

// "news/2026/Приказ №5" -> "news/2026/prikaz-5/" (each part transliterated);
// nullopt when a part gives no letters or digits.
std::optional<std::string> url_for(const std::string& rel_without_ext);
// The same, reported as an error at `source` when it fails, with an example name.
std::optional<std::string> item_url(const std::string& stem, const std::string& source, Diagnostics& diag,
                                    const std::string& example);
// A list page at `url` from the folder's intro (or empty), when `items` or the intro exist.
void add_list_page(Library& lib, std::optional<Page>& intro, PageKind kind, const std::string& url, bool items);

}  // namespace nastavnik
