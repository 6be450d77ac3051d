#include "publish/publish.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ostream>

#include "base/text.h"
#include "output/build.h"
#include "render/theme.h"
#include "publish/credentials.h"
#include "publish/curl_target.h"
#include "publish/folder_target.h"
#include "publish/interrupt.h"
#include "publish/kit.h"
#include "publish/posts.h"
#include "publish/local_files.h"
#include "publish/prepublish.h"
#include "publish/report.h"
#include "publish/settings.h"
#include "publish/sync.h"
#include "publish/target_address.h"
#include "publish/zip_archive.h"
#include "content/loader.h"

namespace nastavnik {

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

void print_diagnostics(std::ostream& err, const Diagnostics& diag, bool color) {
  diag.print(err, color);
  int errors = diag.error_count(), warnings = diag.warning_count();
  if (errors || warnings)
    err << "Итого: " << errors << " " << plural_form(errors, {"ошибка", "ошибки", "ошибок"}) << ", " << warnings << " "
        << plural_form(warnings, {"предупреждение", "предупреждения", "предупреждений"}) << ".\n";
}

int fail(std::ostream& err, const std::string& message, const std::string& hint, int code = kFailed) {
  err << "nastavnik publish: ошибка: " << message << "\n";
  if (!hint.empty()) err << "  подсказка: " << hint << "\n";
  return code;
}

std::unique_ptr<Target> open_target(const TargetAddress& address, const PublishSettings& settings) {
  if (address.protocol == Protocol::folder) return open_folder_target(address.path);
  CurlTargetOptions options;
  options.address = address;
  options.key_file = ssh_key_file(settings.key);
  options.known_hosts = known_hosts_file();
  if (const char* ca = std::getenv("NASTAVNIK_CA_FILE")) options.ca_file = ca;
  return open_curl_target(options);
}

// The section built afresh, as `build` would, never with drafts.
bool build_for_publishing(const PublishRequest& request, Diagnostics& diag, std::ostream& err, bool color) {
  SiteRequest build;
  build.source = request.source;
  build.output = request.output;
  build.options = request.options;
  build.options.drafts = false;
  SiteStats stats;
  bool ok = build_site(build, diag, stats) && !diag.failed();
  if (!ok) {
    print_diagnostics(err, diag, color);
    err << "Публикация отменена: раздел не собран — исправьте ошибки выше. На сервере ничего не изменено.\n";
  }
  return ok;
}

int publish_to_target(const PublishRequest& request, const TargetAddress& address, const PublishSettings& settings,
                      const std::string& base_url, std::ostream& out, std::ostream& err) {
  auto started = std::chrono::steady_clock::now();
  std::string error;
  FileSet local = scan_local_files(request.output, error);
  if (!error.empty()) return fail(err, error, "соберите раздел заново: nastavnik build");
  TerminalProgress progress(err, ::isatty(2) && !request.quiet);
  catch_interrupts();
  try {
    if (!request.quiet) out << (request.dry_run ? "Сравниваю с " : "Публикую в ") << address.shown << " …\n" << std::flush;
    auto target = open_target(address, settings);
    SyncOptions options{request.output, base_url, request.dry_run, request.overwrite};
    SyncResult result = sync_to_target(*target, local, options, progress);
    if (request.dry_run) {
      print_plan(out, result.plan);
      if (result.manifest != ManifestState::ours)
        out << "На сервере нет манифеста Наставника (" << kManifestName
            << "): файлы, которых нет в разделе, не будут удалены — неизвестно, чьи они.\n";
      out << "Ничего не изменено: это пробный запуск (--dry-run).\n";
      return kOk;
    }
    if (!result.plan.conflicts.empty()) {
      print_conflicts(err, result.plan, address.shown);
      return kFailed;
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    if (!request.quiet) print_summary(out, result, address.shown, ms);
    return kOk;
  } catch (const TargetError& e) {
    progress.end();
    return fail(err, e.what(), e.hint());
  }
}

int publish_zip(const PublishRequest& request, const std::string& base_url, std::ostream& out, std::ostream& err) {
  std::string error;
  FileSet local = scan_local_files(request.output, error);
  if (!error.empty()) return fail(err, error, "соберите раздел заново: nastavnik build");
  std::string folder = section_folder_name(base_url);
  if (!write_zip(request.output, local, folder, request.zip, error))
    return fail(err, error, "укажите другое имя файла или папку, куда есть права на запись");
  unsigned long long bytes = 0;
  for (const auto& [_, entry] : local) bytes += entry.size;
  if (!request.quiet)
    out << "Архив готов: " << request.zip << " — " << local.size() << " "
        << plural_form(static_cast<long long>(local.size()), {"файл", "файла", "файлов"}) << " ("
        << human_size(bytes) << ") в папке " << folder
        << "/.\nЗагрузите его в панель хостинга или файловый менеджер сайта в корень сайта и распакуйте: раздел "
           "появится по адресу "
        << base_url << "\n";
  return kOk;
}

int publish_kit(const PublishRequest& request, const Library& lib, const DateWords& words, std::ostream& out,
                std::ostream& err) {
  Kit kit;
  std::string error;
  if (!write_kit(lib, words, request.output, request.kit, kit, error))
    return fail(err, error, "укажите новую или пустую папку: nastavnik publish --kit nabor");
  if (request.quiet) return kOk;
  int added = 0, changed = 0;
  for (const auto& p : kit.pages) {
    if (p.change == Change::added) ++added;
    if (p.change == Change::changed) ++changed;
  }
  out << "Набор для вставки готов: " << request.kit << "/index.html — " << kit.pages.size() << " "
      << plural_form(static_cast<long long>(kit.pages.size()), {"страница", "страницы", "страниц"}) << ", "
      << kit.files.size() << " " << plural_form(static_cast<long long>(kit.files.size()), {"файл", "файла", "файлов"})
      << ", " << kit.posts.size() << " " << plural_form(static_cast<long long>(kit.posts.size()), {"пост", "поста", "постов"})
      << ".\n";
  if (kit.has_previous)
    out << "С прошлого набора: новых страниц " << added << ", изменено " << changed << ", удалить с сайта "
        << kit.removed.size() << ".\n";
  out << "Откройте index.html в браузере и идите по списку сверху вниз.\n";
  return kOk;
}

int print_new_posts(const PublishRequest& request, const Library& lib, const DateWords& words, std::ostream& out) {
  PublishRecord record = load_publish_record(request.source);
  std::vector<Post> posts;
  for (const Page* item : post_items(lib, record.last ? record.previous : std::nullopt))
    posts.push_back(make_post(*item, lib, words, request.output));
  if (posts.empty()) {
    out << "С прошлой публикации новых новостей и мероприятий нет — постов нет.\n";
    return kOk;
  }
  out << "Посты для группы ВКонтакте о новостях и мероприятиях с прошлой публикации: " << posts.size() << ".\n\n";
  print_posts(out, posts, request.output);
  return kOk;
}

}  // namespace

int run_publish(const PublishRequest& request, std::ostream& out, std::ostream& err, bool color) {
  PublishSettings settings = load_publish_settings(request.source);
  std::string target_text = request.target.empty() ? settings.target : request.target;
  std::optional<TargetAddress> address;
  if (request.zip.empty() && request.kit.empty() && !request.posts) {
    if (target_text.empty())
      return fail(err, "не указано, куда публиковать раздел",
                  "укажите адрес: nastavnik publish sftp://user@host/путь/nastavnichestvo/ — или запишите его в "
                  "site.yaml, чтобы печатать просто nastavnik publish:\n    publish:\n      target: "
                  "sftp://user@host/путь/nastavnichestvo/\n  архив для панели хостинга: nastavnik publish --zip "
                  "razdel.zip; набор для Госвеба и конструкторов: nastavnik publish --kit nabor",
                  kUsage);
    AddressError bad;
    address = parse_target_address(target_text, bad);
    if (!address) {
      if (request.target.empty()) {
        Diagnostics diag(request.source);
        diag.error(settings.target_loc, bad.message, bad.hint);
        print_diagnostics(err, diag, color);
        return kFailed;
      }
      return fail(err, bad.message, bad.hint, kUsage);
    }
  }
  Diagnostics diag(request.source);
  if (!build_for_publishing(request, diag, err, color)) return kFailed;
  Diagnostics reported;  // the sources' problems were reported by the build
  auto config = load_config(request.source, reported);
  if (!config) return fail(err, "не удалось прочитать site.yaml", "");
  BuildOptions published = request.options;
  published.drafts = false;
  const Library lib = load_library(*config, published, reported);
  PrepublishInput checks{&lib, &settings, address ? &*address : nullptr, request.output};
  check_before_publishing(checks, diag);
  print_diagnostics(err, diag, color);
  if (diag.failed()) {
    err << "Публикация отменена: исправьте ошибки выше"
        << (address ? " — на сервере ничего не изменено.\n" : ".\n");
    return kFailed;
  }
  const std::string& base_url = config->base_url;
  auto theme = Theme::load(*config, reported);
  if (!theme) return fail(err, "не удалось загрузить тему оформления", "");
  if (request.posts) return print_new_posts(request, lib, theme->date_words(), out);
  int status = address              ? publish_to_target(request, *address, settings, base_url, out, err)
               : !request.zip.empty() ? publish_zip(request, base_url, out, err)
                                      : publish_kit(request, lib, theme->date_words(), out, err);
  // What this publish brought, for `--posts`.
  if (status == kOk && !request.dry_run) save_publish_record(request.source, lib);
  return status;
}

}  // namespace nastavnik
