#include "content/news.h"

#include <algorithm>
#include <filesystem>

#include "base/text.h"
#include "base/url_policy.h"
#include "content/file_refs.h"
#include "content/links.h"
#include "content/schemas.h"

namespace fs = std::filesystem;

namespace nastavnik {

const Schema& news_schema() { return schema_of("news"); }

News read_news(const Fields& f, Diagnostics& diag) {
  News n;
  n.date = f.date("date").value_or(Date{});
  n.publish_date = f.date("publish_date");
  n.summary = f.text("summary", f.text("description"));
  n.cover = f.text("cover");
  n.cover_alt = f.text("cover_alt");
  n.cover_loc = f.loc("cover");
  n.tags = f.list("tags");
  if (!n.cover.empty() && n.cover_alt.empty())
    diag.error(f.loc("cover"), "у обложки нет описания для незрячих читателей",
               "добавьте поле cover_alt: что изображено на фотографии");
  return n;
}

// The cover as a photo next to the item (processed, metadata stripped), or "".
static std::string cover_photo(const News& news, const ItemSource& source, const std::string& root, Diagnostics& diag) {
  if (news.cover.empty() || is_external_url(news.cover)) return "";
  std::string path = (fs::path(source.dir) / percent_decode(news.cover)).lexically_normal().generic_string();
  bool photo = false;
  for (const char* ext : {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
    photo = photo || ends_with_ci(path, ext);
  std::error_code ec;
  bool found = path.rfind("content/", 0) == 0 && fs::is_regular_file(fs::path(root) / path, ec);
  // One rule set for every file an item names (ownership, consent, no link out).
  if (found && !item_file_allowed(root, source.dir, path, news.cover, news.cover_loc, diag)) found = false;
  return photo && found ? path : "";
}

Verdict read_news_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag) {
  auto news = std::make_shared<News>(read_news(f, diag));
  news->cover_photo = cover_photo(*news, source, lib.config.root, diag);
  if (!news->cover_photo.empty()) page.processed_images.push_back(news->cover_photo);
  page.date = news->date;
  if (page.description.empty()) page.description = news->summary;
  page.news = news;
  // A future publish_date keeps the item out until that day (shown with --drafts).
  return news->publish_date && *news->publish_date > lib.options.today ? Verdict::draft : Verdict::publish;
}

void add_news_lists(Library& lib, std::optional<Page> intro, Diagnostics&) {
  long count = std::count_if(lib.pages.begin(), lib.pages.end(), [](const Page& p) { return p.kind == PageKind::news; });
  if (count == 0 && !intro) return;
  int pages = std::max<int>(1, static_cast<int>((count + kNewsPerPage - 1) / kNewsPerPage));
  Page first = intro ? std::move(*intro) : Page{};
  for (int n = 1; n <= pages; ++n) {
    Page list = first;
    if (n > 1) list.source.clear();  // the intro file belongs to the first page
    list.kind = PageKind::news_list;
    list.url = n == 1 ? "news/" : "news/page/" + std::to_string(n) + "/";
    list.output_file = list.url + "index.html";
    list.list_page = n;
    list.list_pages = pages;
    lib.pages.push_back(std::move(list));
  }
}

}  // namespace nastavnik
