#include "content/news.h"

#include "content/schemas.h"

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

}  // namespace nastavnik
