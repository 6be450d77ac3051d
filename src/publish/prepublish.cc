#include "publish/prepublish.h"

#include <filesystem>
#include <set>

#include "base/text.h"
#include "content/placeholders.h"
#include "content/loader.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

std::string url_host(const std::string& origin) {
  size_t scheme = origin.find("://");
  std::string host = scheme == std::string::npos ? origin : origin.substr(scheme + 3);
  if (size_t colon = host.rfind(':'); colon != std::string::npos) host = host.substr(0, colon);
  return to_lower(host);
}

// The path of base_url: "https://school7.ru/nastavnichestvo/" -> "/nastavnichestvo/".
std::string url_path(const Config& config) { return config.base_url.substr(config.base_origin.size()); }

void check_base_url(const Config& config, const SourceLoc& loc, Diagnostics& diag) {
  std::string host = url_host(config.base_origin);
  for (const char* example : {"example.ru", "example.org", "example.com"}) {
    std::string e = example;
    if (host == e || (host.size() > e.size() && host.compare(host.size() - e.size() - 1, e.size() + 1, "." + e) == 0))
      diag.error(loc, "в base_url остался адрес-образец «" + config.base_url + "»",
                 "впишите настоящий адрес раздела на сайте школы, например https://school7.ru/nastavnichestvo/ — "
                 "по нему строятся ссылки в sitemap.xml, ленте новостей, постах и наборе для Госвеба");
  }
  if (url_path(config) != "/")
    diag.note(loc,
              "раздел лежит в подпапке " + url_path(config) +
                  " сайта школы: его robots.txt и sitemap.xml поисковые системы там не читают — они ищут эти файлы "
                  "только в корне сайта",
              "чтобы Яндекс и Google нашли все страницы раздела, добавьте в robots.txt в корне сайта школы строку "
              "«Sitemap: " + config.base_url + "sitemap.xml» или укажите этот адрес в Яндекс Вебмастере");
}

// A line's column (1-based, in characters) of the byte offset `at`.
int column_of(const std::string& line, size_t at) { return static_cast<int>(utf8_length(line.substr(0, at))) + 1; }

void check_placeholder_lines(const std::string& root, const std::string& file, Diagnostics& diag) {
  auto text = read_file(root + "/" + file);
  if (!text) return;
  int number = 0;
  for (const auto& line : split(*text, '\n')) {
    ++number;
    if (size_t at = line.find(kPlaceholderFullName); at != std::string::npos)
      diag.error({file, number, column_of(line, at)}, "осталась заготовка «" + std::string(kPlaceholderFullName) + "»",
                 "впишите настоящие фамилию, имя и отчество");
    if (size_t at = line.find(kPlaceholder); at != std::string::npos)
      diag.error({file, number, column_of(line, at)}, "осталась пометка «" + std::string(kPlaceholder) + "» из заготовки",
                 "впишите на её место настоящий текст (или удалите строку) — иначе она появится на сайте школы");
    std::string_view trimmed = trim(line);
    for (std::string_view sentence : template_sentences())
      if (trimmed == sentence)
        diag.error({file, number, column_of(line, line.find(sentence))},
                   "остался текст-заготовка «" + std::string(sentence) + "» из nastavnik new",
                   "замените его настоящим текстом — иначе он появится на сайте школы");
  }
}

// Placeholders in site.yaml and in the source of every published page.
void check_placeholders(const Library& lib, Diagnostics& diag) {
  std::set<std::string> files = {"site.yaml"};
  for (const auto& page : lib.pages)
    if (!page.source.empty() && !page.draft) files.insert(page.source);
  for (const auto& file : files) check_placeholder_lines(lib.config.root, file, diag);
}

bool ends_with_name(const std::string& path, const std::string& name) {
  return path.size() > name.size() && path.compare(path.size() - name.size() - 1, name.size() + 1, "/" + name) == 0;
}

// robots.txt or sitemap.xml put into a subfolder of the section (static/).
void check_search_files(const Library& lib, Diagnostics& diag) {
  for (const auto& f : lib.files)
    for (const char* name : {"robots.txt", "sitemap.xml"})
      if (ends_with_name(f.output, name))
        diag.warning({f.source}, std::string(name) + " в подпапке (" + f.output + ") поисковые системы не читают",
                     std::string("они ищут ") + name + " только в корне сайта; уберите файл из static/ — раздел " +
                         "и так публикует свой " + name);
}

void check_target_folder(const Config& config, const PublishSettings& settings, const TargetAddress& target,
                         Diagnostics& diag) {
  std::string section = url_folder_name(config.base_url);
  std::string folder = target.folder_name();
  if (section.empty() || folder == section) return;
  bool from_yaml = !settings.target.empty() && settings.target == target.shown;
  diag.error(from_yaml ? settings.target_loc : settings.base_url_loc,
             "раздел публикуется в папку «" + (folder.empty() ? std::string("/") : folder) + "», а base_url («" +
                 config.base_url + "») ведёт в папку «" + section + "»",
             "ссылки в sitemap.xml, ленте новостей и постах будут вести не туда: исправьте base_url в site.yaml "
             "или адрес публикации, чтобы они называли одну папку");
}

void check_file_sizes(const Library& lib, long long max_mb, Diagnostics& diag) {
  const unsigned long long limit = static_cast<unsigned long long>(max_mb) * 1024 * 1024;
  for (const auto& f : lib.files) {
    std::error_code ec;
    auto size = fs::file_size(fs::path(lib.config.root) / f.source, ec);
    if (ec || size <= limit) continue;
    diag.warning({f.source},
                 "файл весит " + format_file_size(size, {"Б", "КБ", "МБ", "ГБ"}) + " — больше " +
                     std::to_string(max_mb) + " МБ, которые обычно разрешают хостинги и конструкторы сайтов",
                 "уменьшите его (сожмите PDF, сохраните скан с меньшим разрешением) или разделите на части; "
                 "если хостинг принимает больше, укажите предел в site.yaml: publish: max_file_mb: 50");
  }
}

// A build made with drafts: a page with the drafts banner.
void check_drafts_build(const std::string& output, Diagnostics& diag) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(output, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".html") continue;
    auto text = read_file(it->path().string());
    if (!text || text->find("class=\"draft-banner\"") == std::string::npos) continue;
    diag.error({fs::relative(it->path(), output, ec).generic_string()},
               "в сборке есть черновик: страница с пометкой «Черновик»",
               "черновики не публикуются: соберите раздел без --drafts (nastavnik build); просмотр черновиков "
               "собирается в отдельную папку preview/");
    return;
  }
}

}  // namespace

void check_before_publishing(const PrepublishInput& input, Diagnostics& diag) {
  const Library& lib = *input.library;
  check_base_url(lib.config, input.settings->base_url_loc, diag);
  check_placeholders(lib, diag);
  check_search_files(lib, diag);
  if (input.target) check_target_folder(lib.config, *input.settings, *input.target, diag);
  check_file_sizes(lib, input.settings->max_file_mb, diag);
  if (!input.output.empty()) check_drafts_build(input.output, diag);
}

void check_before_publishing(const std::string& source, const BuildOptions& options, Diagnostics& diag) {
  Diagnostics reported;  // the build has reported the sources' problems
  auto config = load_config(source, reported);
  if (!config) return;
  BuildOptions published = options;
  published.drafts = false;
  Library lib = load_library(*config, published, reported);
  PublishSettings settings = load_publish_settings(source);
  std::optional<TargetAddress> target;
  AddressError bad;
  if (!settings.target.empty()) target = parse_target_address(settings.target, bad);
  PrepublishInput input{&lib, &settings, target ? &*target : nullptr, ""};
  check_before_publishing(input, diag);
}

}  // namespace nastavnik
