// The order of a publish (plan.h): every link keeps working while files go
// up. New files before the pages that show them, new pages before the
// replaced pages that link to them, the home page last, deletions after all
// uploads, a removed page before the photo it showed.
#include <catch2/catch.hpp>

#include <algorithm>

#include "publish/plan.h"

using namespace nastavnik;

namespace {

size_t position(const std::vector<std::string>& order, const std::string& path) {
  auto it = std::find(order.begin(), order.end(), path);
  REQUIRE(it != order.end());
  return static_cast<size_t>(it - order.begin());
}

}  // namespace

TEST_CASE("a publish uploads what pages link to before the pages, and deletes last") {
  FileSet local = {
      {"index.html", {"h2", 10}},                 // the home page, changed: it now lists the new news item
      {"news/index.html", {"h2", 10}},            // the news list, changed
      {"news/novoe/index.html", {"h1", 10}},      // a new news item …
      {"news/foto/novoe-640.jpg", {"h1", 10}},    // … and its photo
      {"assets/style.css", {"h2", 10}},           // changed
      {"documents/index.html", {"h1", 10}},       // unchanged
  };
  ManifestRead remote;
  remote.state = ManifestState::ours;
  remote.manifest.files = {
      {"index.html", {"h1", 10}},
      {"news/index.html", {"h1", 10}},
      {"assets/style.css", {"h1", 10}},
      {"documents/index.html", {"h1", 10}},
      {"mentors/melnikov/index.html", {"h1", 10}},  // a mentor whose consent ended …
      {"mentors/foto/melnikov-640.jpg", {"h1", 10}},  // … and his photo
  };
  Plan plan = make_plan(local, remote, {}, false);
  CHECK(plan.unchanged == 1);
  // New: the photo before the page that shows it.
  CHECK(plan.add == std::vector<std::string>{"news/foto/novoe-640.jpg", "news/novoe/index.html"});
  // Replaced: the style first, the lists after, the home page last.
  REQUIRE(plan.replace.size() == 3);
  CHECK(plan.replace.front() == "assets/style.css");
  CHECK(plan.replace.back() == "index.html");
  CHECK(position(plan.replace, "news/index.html") < position(plan.replace, "index.html"));
  // Deleted (after every upload: sync_to_target sends add, then replace,
  // then removes): the page before its photo.
  CHECK(plan.remove == std::vector<std::string>{"mentors/melnikov/index.html", "mentors/foto/melnikov-640.jpg"});
}
