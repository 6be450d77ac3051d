#pragma once
// News items («Наставничество сегодня»).
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/item_type.h"
#include "source/fields.h"

namespace nastavnik {

struct News {
  Date date;
  std::optional<Date> publish_date;  // kept out of the build until then
  std::string summary;
  std::string cover;                 // image path relative to the .md file
  std::string cover_alt;
  SourceLoc cover_loc;
  // The cover's path from the site root when it is a photo (JPEG, PNG, WebP,
  // TIFF, HEIF): it then goes through the photo pipeline (metadata stripped,
  // several widths) instead of being copied as it is.
  std::string cover_photo;
  std::vector<std::string> tags;
};

const Schema& news_schema();
News read_news(const Fields& f, Diagnostics& diag);

// As a content type (item_types.h): its pages read, placed and listed.
Verdict read_news_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
// The news list, a page of kNewsPerPage items each.
void add_news_lists(Library& lib, std::optional<Page> intro, Diagnostics& diag);

}  // namespace nastavnik
