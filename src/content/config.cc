#include "content/config.h"

#include "content/schemas.h"

#include <filesystem>

#include "source/source_file.h"
#include "base/timezone.h"
#include "base/text.h"

namespace fs = std::filesystem;

namespace nastavnik {

const Schema& config_schema() { return schema_of("site"); }

// «2025-2026» or «2025/2026»: the second year must follow the first.
static int parse_academic_year(const std::string& s) {
  if (s.size() != 9 || (s[4] != '-' && s[4] != '/')) return 0;
  try {
    int a = std::stoi(s.substr(0, 4)), b = std::stoi(s.substr(5, 4));
    return b == a + 1 && a > 1990 ? a : 0;
  } catch (...) {
    return 0;
  }
}

std::optional<Config> load_config(const std::string& root, Diagnostics& diag) {
  const std::string name = "site.yaml";
  std::error_code ec;
  if (!fs::exists(fs::path(root) / name, ec)) {
    diag.error({name}, "не найден файл настроек site.yaml в папке «" + root + "»",
               "запустите команду в папке сайта, укажите её через -s ПАПКА или создайте сайт: nastavnik init ПАПКА");
    return std::nullopt;
  }
  auto text = read_source_text(root, name, diag);
  if (!text) return std::nullopt;
  auto read = read_fields(*text, config_schema(), {name, 1}, diag);
  if (!read) return std::nullopt;
  const Fields& f = *read;

  Config c;
  c.root = root;
  c.title = f.text("title", "Наставничество");
  c.description = f.text("description");
  c.base_url = f.text("base_url", "http://localhost/");
  if (c.base_url.back() != '/') c.base_url += '/';
  size_t scheme_end = c.base_url.find("://");
  size_t host_end = scheme_end == std::string::npos ? std::string::npos : c.base_url.find('/', scheme_end + 3);
  c.base_origin = c.base_url.substr(0, host_end);
  c.language = f.text("language", "ru");
  c.theme = f.text("theme", "default");
  c.logo = f.text("logo");
  c.logo_loc = f.loc("logo");
  c.timezone = f.text("timezone", "Europe/Moscow");
  if (!is_known_timezone(c.timezone))
    diag.error(f.loc("timezone"), "неизвестный часовой пояс «" + c.timezone + "»",
               "укажите пояс из базы IANA, например Europe/Moscow, Asia/Krasnoyarsk, Asia/Yekaterinburg");
  if (f.has("academic_year")) {
    c.academic_year_start = parse_academic_year(f.text("academic_year"));
    if (!c.academic_year_start)
      diag.error(f.loc("academic_year"), "неверный учебный год «" + f.text("academic_year") + "»",
                 "пишите два года подряд через дефис: 2025-2026");
  }
  Fields org = f.map("organisation");
  c.organisation = {org.text("full_name"), org.text("short_name"), org.text("address"),
                    org.text("phone"), org.text("email"), org.text("website")};
  Fields cur = f.map("curator");
  c.curator = {cur.text("name"), cur.text("position"), cur.text("phone"), cur.text("email"), cur.text("office"),
               cur.text("hours")};
  for (const auto& m : f.maps("menu")) c.menu.push_back({m.text("title"), m.text("link"), m.loc("link")});
  c.unsafe_html = f.map("markdown").boolean("unsafe_html", false);
  c.stale_days = static_cast<int>(f.integer("stale_days").value_or(0));
  return c;
}

}  // namespace nastavnik
