#include "site.h"

#include <chrono>
#include <filesystem>
#include <optional>

#include "config.h"
#include "feeds.h"
#include "output.h"
#include "parallel.h"
#include "render.h"
#include "text.h"
#include "theme.h"

namespace nastavnik {

std::string render_sitemap(const Library& lib) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& p : lib.pages) {
    if (p.kind == PageKind::not_found || p.draft) continue;
    out += "  <url><loc>" + xml_escape(lib.config.base_url + url_encode_path(p.url)) + "</loc>";
    std::optional<Date> modified = p.updated ? p.updated : p.date;
    if (!modified && p.document) modified = p.document->date;
    if (modified) out += "<lastmod>" + modified->iso() + "</lastmod>";
    out += "</url>\n";
  }
  return out + "</urlset>\n";
}

std::string render_robots(const Library& lib) {
  return "User-agent: *\nAllow: /\nSitemap: " + lib.config.base_url + "sitemap.xml\n";
}

bool build_site(const SiteRequest& request, Diagnostics& diag, SiteStats& stats) {
  auto started = std::chrono::steady_clock::now();
  auto config = load_config(request.source, diag);
  if (!config) return false;
  auto theme = Theme::load(*config, diag);
  if (!theme) return false;
  Library lib = load_library(*config, request.options, diag);
  int jobs = std::max(1, request.options.jobs);
  Renderer renderer(lib, *theme, diag, jobs);
  if (!renderer.ok()) return false;

  std::optional<StagedOutput> staged;
  if (request.write) {
    auto begun = StagedOutput::begin(request.output, request.source, diag);
    if (!begun) return false;
    staged.emplace(std::move(*begun));
    std::set<std::string> planned = lib.outputs;
    for (const auto& a : theme->assets()) planned.insert(a.output);
    if (!staged->make_dirs(planned)) {
      diag.error({request.output}, "не удалось создать папки сайта", "проверьте права на запись и свободное место");
      return false;
    }
  }

  std::atomic<bool> write_failed{false};
  auto put = [&](const std::string& rel, std::string_view data) {
    if (staged && !staged->write(rel, data)) write_failed = true;
  };
  parallel_for(lib.pages.size(), jobs, [&](size_t i, int worker) {
    const Page& page = lib.pages[i];
    put(page.output_file, renderer.render(page, worker));
  });
  if (staged) {
    parallel_for(lib.files.size(), jobs, [&](size_t i, int) {
      const CopiedFile& f = lib.files[i];
      if (!staged->copy(config->root + "/" + f.source, f.output)) write_failed = true;
    });
  }
  for (const auto& a : theme->assets()) put(a.output, a.data);
  put("sitemap.xml", render_sitemap(lib));
  put("atom.xml", render_atom(lib, lib.config.title + " — " + lib.config.organisation.short_name));
  if (lib.find_url("events/")) {
    auto events = lib.of_kind(PageKind::event);
    put("events/calendar.ics", render_calendar(lib, events, lib.config.title + " — " + lib.config.organisation.short_name));
    for (const Page* e : events) put(e->url + "event.ics", render_calendar(lib, {e}, e->title));
  }
  put("robots.txt", render_robots(lib));
  if (write_failed)
    diag.error({request.output}, "не удалось записать файлы сайта", "проверьте права на запись и свободное место на диске");

  stats.pages = static_cast<int>(lib.pages.size());
  stats.files = static_cast<int>(lib.outputs.size() + theme->assets().size());
  if (diag.failed()) return false;
  if (staged && !staged->commit(diag)) return false;
  stats.milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  return true;
}

}  // namespace nastavnik
