#pragma once
// Social post kit: for every news item and event published since the last
// publish, a ready post for the school's VK group (title, short text, date
// and place, the link to the page) and its picture. Printed by
// `nastavnik publish --posts`, and written into the paste kit.
//
// What "since the last publish" means is kept in the source folder,
// .nastavnik/published.json: the news items and events of the last two
// publishes (to a server, into an archive or a kit). `--posts` shows what
// the last publish brought and what has appeared since.
#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "content/library.h"

namespace nastavnik {

struct Post {
  std::string url;           // the page in the section: "news/olimpiada/"
  std::string title;
  std::string text;          // the whole post, lines separated by '\n'
  std::string picture;       // the picture's path in the build ("news/foto/…-1280.jpg"), "" for none
  std::string picture_alt;
};

// The news items and events of the last publishes.
struct PublishRecord {
  std::optional<std::set<std::string>> previous;  // before the last publish
  std::optional<std::set<std::string>> last;      // at the last publish
};
PublishRecord load_publish_record(const std::string& source);
// Records a publish of `lib`: the last becomes the previous.
void save_publish_record(const std::string& source, const Library& lib);

// The URLs of the news items and events in `lib`.
std::set<std::string> post_item_urls(const Library& lib);

// News items and events whose pages are not in `known`, newest first. With
// no record at all (nothing published yet), only the news of the last 30
// days and the events still to come: a first publish is not a reason to
// announce everything again.
std::vector<const Page*> post_items(const Library& lib, const std::optional<std::set<std::string>>& known);

// The post for a news item or an event; `build_dir` is the built section,
// where the page's first picture is found.
Post make_post(const Page& page, const Library& lib, const DateWords& words, const std::string& build_dir);

// `nastavnik publish --posts`: every post, separated, with the picture's file.
void print_posts(std::ostream& out, const std::vector<Post>& posts, const std::string& build_dir);

}  // namespace nastavnik
