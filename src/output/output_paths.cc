#include "output/output_paths.h"

#include <filesystem>
#include <map>
#include <set>

#include "base/file_names.h"
#include "base/text.h"

namespace nastavnik {

std::vector<std::string> generated_outputs(const Library& lib, const std::vector<std::string>& theme_assets) {
  std::vector<std::string> out = {"sitemap.xml", "robots.txt", "atom.xml"};
  if (lib.find_url("events/")) {
    out.push_back("events/calendar.ics");
    for (const auto& p : lib.pages)
      if (p.kind == PageKind::event) out.push_back(p.url + "event.ics");
  }
  out.insert(out.end(), theme_assets.begin(), theme_assets.end());
  return out;
}

namespace {

constexpr const char* kSearchIndexFolder = "search/index/";

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void check_names(const std::string& output, const std::string& source, Diagnostics& diag) {
  for (const auto& part : split(output, '/'))
    if (auto problem = file_name_problem(part)) {
      diag.error({source}, "путь в сайте «" + output + "»: " + *problem,
                 "переименуйте файл " + source + " (например, kontakty.md вместо con.md)");
      return;
    }
  if (utf8_length(output) > kMaxOutputPathChars)
    diag.error({source},
               "путь в сайте слишком длинный (" + std::to_string(utf8_length(output)) + " " +
                   plural_form(static_cast<long long>(utf8_length(output)), {"знак", "знака", "знаков"}) +
                   ", можно не больше " +
                   std::to_string(kMaxOutputPathChars) + "): «" + output.substr(0, 60) + "…»",
               "сократите имя файла " + source + " или папок, в которых он лежит");
}

}  // namespace

void check_output_paths(const Library& lib, const std::vector<std::string>& generated, Diagnostics& diag) {
  std::map<std::string, std::string> sources;  // output -> the source file that makes it ("" for the generator's)
  for (const auto& p : lib.pages) sources.emplace(p.output_file, p.source);
  for (const auto& f : lib.files)  // editors' leftovers are never published (published_files)
    if (!is_editor_leftover(std::filesystem::path(f.source).filename().string())) sources.emplace(f.output, f.source);
  std::set<std::string> made_by_generator(generated.begin(), generated.end());
  for (const auto& [output, source] : sources)
    if (!source.empty()) check_names(output, source, diag);
  for (const auto& f : lib.files)
    if (made_by_generator.count(f.output) || f.output.rfind(kSearchIndexFolder, 0) == 0)
      diag.error({f.source}, "файл " + f.source + " попадает в сайт как «" + f.output +
                                 "», а этот файл генератор создаёт сам: один из них пропал бы",
                 "уберите " + f.source + " или переименуйте его; " + f.output + " пишется при каждой сборке");
  // A file where other outputs need a folder ("news" beside "news/index.html").
  for (const auto& [output, source] : sources) {
    auto next = sources.lower_bound(output + "/");
    if (next != sources.end() && next->first.rfind(output + "/", 0) == 0)
      diag.error({source.empty() ? next->second : source},
                 "файл «" + output + "» занимает имя папки, в которую попадает «" + next->first + "»",
                 "переименуйте файл " + (source.empty() ? next->second : source));
  }
}

}  // namespace nastavnik
