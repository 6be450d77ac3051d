#include "content/links.h"

#include <filesystem>

#include "base/text.h"
#include "content/link_targets.h"
#include "base/url_policy.h"

namespace nastavnik {

std::string relative_url(const std::string& from_dir, const std::string& target) {
  std::string t = target.empty() || target.back() == '/' ? target + "index.html" : target;
  // Drop the common leading folders, then climb out of the rest of from_dir.
  size_t common = 0;
  for (size_t i = 0; i < from_dir.size() && i < t.size() && from_dir[i] == t[i]; ++i)
    if (from_dir[i] == '/') common = i + 1;
  std::string up;
  for (size_t i = common; i < from_dir.size(); ++i)
    if (from_dir[i] == '/') up += "../";
  return url_encode_path(up + t.substr(common));
}

std::string root_prefix(const std::string& from_dir) {
  std::string up;
  for (char c : from_dir)
    if (c == '/') up += "../";
  return up;
}

bool is_external_url(const std::string& href) {
  if (href.rfind("//", 0) == 0) return true;
  size_t colon = href.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = href[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(href[0]));
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The output path a site-root path names, if it exists: "documents" and
// "documents/" both name the list page.
static std::optional<std::string> find_output(const Library& lib, std::string path) {
  if (path.empty() || path.back() == '/') {
    if (lib.find_url(path)) return path;
    return std::nullopt;
  }
  if (lib.outputs.count(path)) return path;
  if (lib.find_url(path + "/")) return path + "/";
  return std::nullopt;
}

std::optional<std::string> resolve_target(const Library& lib, const std::string& base_dir, const std::string& path) {
  if (path.empty()) return std::nullopt;
  std::string source;  // the site-relative source path the link names, if a file
  if (path[0] == '/') {
    std::string site_path = path.substr(1);
    bool data_source = ends_with_ci(site_path, ".yaml") || ends_with_ci(site_path, ".yml");  // roadmaps
    if (!ends_with_ci(site_path, ".md") && !data_source) return find_output(lib, site_path);
    source = "content/" + site_path;
  } else {
    source = (std::filesystem::path(base_dir) / path).lexically_normal().generic_string();
  }
  if (ends_with_ci(source, ".md") || ends_with_ci(source, ".yaml") || ends_with_ci(source, ".yml")) {
    if (const Page* p = lib.find_source(source)) return p->url;
    return std::nullopt;
  }
  if (source.rfind("content/", 0) == 0) return find_output(lib, source.substr(8));
  if (source.rfind("static/", 0) == 0) return find_output(lib, source.substr(7));
  return std::nullopt;
}

// The source file a link to a page names ("content/news/a.md"), when it
// names one.
static std::string linked_source(const std::string& base_dir, const std::string& path) {
  if (!ends_with_ci(path, ".md") && !ends_with_ci(path, ".yaml") && !ends_with_ci(path, ".yml")) return {};
  if (path[0] == '/') return "content" + path;
  return (std::filesystem::path(base_dir) / path).lexically_normal().generic_string();
}

void report_broken_link(const Library& lib, const std::string& base_dir, const std::string& href, const SourceLoc& loc,
                        Diagnostics& diag) {
  std::string path = percent_decode(href.substr(0, href.find_first_of("?#")));
  std::string source = path.empty() ? std::string() : linked_source(base_dir, path);
  std::error_code ec;
  if (!source.empty() && std::filesystem::is_regular_file(std::filesystem::path(lib.config.root) / source, ec)) {
    // The file is there but gives no page: its own error is the cause, and
    // is reported where it is.
    if (diag.has_error_in(source)) return;
    diag.error(loc, "ссылка на страницу «" + href + "», которая не публикуется",
               source + " — черновик (draft: да), наставник без согласия на распространение или практика, "
                        "которая ещё не одобрена; опубликуйте её или уберите ссылку");
    return;
  }
  bool md = ends_with_ci(path, ".md");
  bool is_page = md || path.empty() || path.back() == '/';
  diag.error(loc, std::string(is_page ? "ссылка на несуществующую страницу «" : "ссылка на несуществующий файл «") +
                      href + "»",
             std::string(md        ? "путь к файлу .md считается от папки, где лежит этот файл, или от папки content/, "
                                     "если начинается с /; "
                         : is_page ? ""
                                   : "файлы для скачивания кладите в папку static/ или рядом с текстом; ") +
                 nearest_links_hint(lib, href));
}

std::string resolve_link(const Library& lib, const std::string& base_dir, const std::string& from_dir,
                         const std::string& href, const SourceLoc& loc, Diagnostics& diag, std::string* resolved) {
  if (!check_url(href, loc, diag)) return "#";
  if (href.empty() || href[0] == '#' || is_external_url(href)) return href;
  size_t cut = href.find_first_of("?#");
  std::string path = percent_decode(href.substr(0, cut));
  std::string suffix = cut == std::string::npos ? "" : href.substr(cut);
  auto target = resolve_target(lib, base_dir, path);
  if (!target) {
    report_broken_link(lib, base_dir, href, loc, diag);
    return href;
  }
  if (resolved) *resolved = *target;
  return relative_url(from_dir, *target) + suffix;
}

}  // namespace nastavnik
