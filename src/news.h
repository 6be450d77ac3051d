#pragma once
// News items («Наставничество сегодня»).
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "diagnostics.h"
#include "yaml_fields.h"

namespace nastavnik {

struct News {
  Date date;
  std::optional<Date> publish_date;  // kept out of the build until then
  std::string summary;
  std::string cover;                 // image path relative to the .md file
  std::string cover_alt;
  SourceLoc cover_loc;
  std::vector<std::string> tags;
};

const Schema& news_schema();
News read_news(const Fields& f, Diagnostics& diag);

}  // namespace nastavnik
