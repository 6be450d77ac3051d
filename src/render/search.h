#pragma once
// Offline search for the whole section. At build time every published page
// of the library (practices first, then mentors, events, news, documents and
// free pages) is split into words, each word stemmed with the Snowball
// Russian stemmer (libstemmer), and the index is written in small chunks so
// a phone downloads only what a query needs (after Pagefind):
//
//   search/index/manifest.js   version, shard names, page count
//   search/index/s/<hex>.js    a shard: stems starting with two letters, with
//                              their pages and weights, and every word form
//                              of the corpus that starts with those letters
//                              mapped to its stem
//   search/index/d/<n>.js      page records (URL, title, type, text for
//                              snippets), 50 pages a file
//
// Every file is a script calling window.__nastavnikSearch(name, data), so
// the search works from a folder opened from disk (file://), where browsers
// refuse fetch().
#include <map>
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

// Lower case, ё as е, Cyrillic words stemmed with Snowball Russian, other
// words as they are. Thread-safe.
std::string search_stem(const std::string& word);
// Words of a text: runs of letters and digits, lower-cased, ё as е.
std::vector<std::string> search_words(const std::string& text);

inline constexpr const char* kSearchUrl = "search/";
inline constexpr int kSearchIndexVersion = 1;
inline constexpr int kSearchPagesPerFile = 50;

// What the index shows as the type of a page: "practice" -> «Практика».
using SearchTypeLabels = std::map<std::string, std::string>;

// Every file of the index: output path -> contents.
std::map<std::string, std::string> build_search_index(const Library& lib, const SearchTypeLabels& labels, int jobs = 1);

}  // namespace nastavnik
