#pragma once
// `nastavnik publish --kit DIR`: the paste kit for Госвеб and site
// constructors, where an editor can only paste into a visual editor and
// attach files. DIR holds:
//   index.html     the list to work down: every page in menu order with a
//                  «Копировать» button (the page's text as rich text), its
//                  title, its address, the files to attach, and what changed
//                  since the previous kit; the pages to remove; the posts
//   stranicy/*.html  each page's clean HTML fragment (html_fragment.h)
//   fayly/         documents and pictures under readable Latin names
//   posty/         the posts for the school's VK group, with their pictures
//   .nastavnik-kit.json  what this kit holds, to compare the next one with
#include <map>
#include <string>
#include <vector>

#include "content/library.h"
#include "publish/posts.h"

namespace nastavnik {

inline constexpr const char* kKitManifestName = ".nastavnik-kit.json";

enum class Change { same, changed, added };

struct KitFile {
  std::string name;    // "fayly/polozhenie-o-nastavnichestve.pdf"
  std::string source;  // the file in the build
  std::string hash;
  unsigned long long size = 0;
  Change change = Change::added;
};

struct KitPage {
  std::string url;       // in the section: "news/olimpiada/"
  std::string title;
  std::string address;   // the page's absolute address on the school's site
  std::string file;      // "stranicy/novosti-olimpiada.html"
  std::string html;      // the fragment
  std::string hash;      // of the fragment
  std::vector<std::string> files;          // names of the files it shows or links to
  Change change = Change::added;
  std::vector<std::string> removed_files;  // attached in the previous kit, no longer
};

struct KitRemovedPage {
  std::string title, address;
};

struct KitPost {
  Post post;
  std::string file;     // "posty/olimpiada.txt"
  std::string picture;  // the picture's name in the kit ("posty/olimpiada.jpg"), "" for none
};

struct Kit {
  std::string title, organisation, base_url, built;  // built: «22 ноября 2026 г.»
  bool has_previous = false;
  std::vector<KitPage> pages;
  std::map<std::string, KitFile> files;  // by name
  std::vector<KitRemovedPage> removed;
  std::vector<KitPost> posts;
};

// Builds the kit from the built section in `build_dir` and writes it into
// `dir`, replacing the previous kit there (whose manifest it compares
// with). A `dir` that holds other files than a kit is refused. Returns false
// with a Russian `error`.
bool write_kit(const Library& lib, const DateWords& words, const std::string& build_dir, const std::string& dir, Kit& kit,
               std::string& error);

}  // namespace nastavnik
