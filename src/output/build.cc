#include "output/build.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>
#include <mutex>
#include <optional>

#include "render/page_type.h"
#include "content/loader.h"
#include "output/build_state.h"
#include "output/output_paths.h"
#include "output/published_files.h"
#include "content/config.h"
#include "base/hash.h"
#include "render/image.h"
#include "render/feeds.h"
#include "output/staged_output.h"
#include "base/parallel.h"
#include "render/renderer.h"
#include "render/search.h"
#include "base/text.h"
#include "render/theme.h"
#include "version.h"

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

namespace {

// Identity of everything that, when it changes, changes every page: the
// engine (version, the executable's stamp so that a rebuilt binary of the
// same version renders afresh, compiled-in theme), site-wide files and options.
uint64_t global_hash(const SiteRequest& request, const std::map<std::string, FileStamp>& stamps) {
  std::string id = std::string("engine ") + NASTAVNIK_VERSION + "\n";
  struct stat exe;
  if (::stat("/proc/self/exe", &exe) == 0)
    id += "exe " + std::to_string(exe.st_mtim.tv_sec) + "." + std::to_string(exe.st_mtim.tv_nsec) + " " +
          std::to_string(exe.st_size) + "\n";
  for (const auto& f : embedded_default_theme()) id += hex64(hash64(f.data));
  for (const auto& f : embedded_schemas()) id += hex64(hash64(f.data));
  id += "\ntoday " + request.options.today.iso() + (request.options.drafts ? " drafts" : "") +
        (request.strict ? " strict" : "") + "\n";
  for (const auto& [path, st] : stamps)
    if (path == "site.yaml" || path.rfind("templates/", 0) == 0 || path.rfind("themes/", 0) == 0)
      id += path + " " + std::to_string(st.mtime_ns) + " " + std::to_string(st.size) + "\n";
  return hash64(id);
}

// Pages that gather many others go first: the printable collection (every
// practice in full), then lists and facets. Workers take pages in this order,
// so the slowest page does not start last while the other workers sit idle.
std::vector<size_t> render_order(const Library& lib) {
  auto rank = [](PageKind k) {
    switch (k) {
      case PageKind::practice_collection: return 0;
      case PageKind::practice: return 1;
      case PageKind::practice_list:
      case PageKind::practice_facet:
      case PageKind::mentor_list:
      case PageKind::news_list:
      case PageKind::event_list:
      case PageKind::document_list:
      case PageKind::roadmap: return 2;
      default: return 3;
    }
  };
  // Practice pages go in the collection's order while it renders on another
  // worker: each practice's texts are rendered for both and wait in between
  // (Renderer::practice_markdown), so the two should stay close.
  std::map<const Page*, size_t> bank_position;
  for (const Page* p : bank_practices(lib)) bank_position.emplace(p, bank_position.size());
  auto position = [&](size_t i) {
    auto it = bank_position.find(&lib.pages[i]);
    return it == bank_position.end() ? 0 : it->second;
  };
  std::vector<size_t> order(lib.pages.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    int ra = rank(lib.pages[a].kind), rb = rank(lib.pages[b].kind);
    if (ra != rb) return ra < rb;
    return ra == 1 && position(a) < position(b);
  });
  return order;
}

// Current hashes of dependency keys (see Renderer::render).
class DependencyHasher {
 public:
  DependencyHasher(const Library& lib, const std::map<std::string, FileStamp>& stamps) : lib_(lib), stamps_(stamps) {
    std::map<std::string, std::string> meta;
    for (const auto& p : lib.pages) {
      std::string key = p.source.size() > 9 && p.source.substr(p.source.size() - 9) == "_index.md" ? "meta:intro"
                                                                                                 : "meta:" + kind_name(p.kind);
      meta[key] += p.url + " " + hex64(p.meta_hash) + "\n";
    }
    for (const auto& [key, text] : meta) meta_[key] = hash64(text);
  }

  uint64_t hash(const std::vector<std::string>& keys) const {
    std::string all;
    for (const auto& k : keys) all += k + "=" + hex64(value(k)) + "\n";
    return hash64(all);
  }

 private:
  uint64_t value(const std::string& key) const {
    if (key.rfind("src:", 0) == 0) {
      const Page* p = lib_.find_source(key.substr(4));
      return p ? p->source_hash : 0;
    }
    if (key.rfind("meta:", 0) == 0) {
      auto it = meta_.find(key);
      return it == meta_.end() ? 0 : it->second;
    }
    if (key.rfind("exists:", 0) == 0) {
      std::string target = key.substr(7);
      return lib_.outputs.count(target) || lib_.find_url(target) ? 1 : 2;
    }
    if (key.rfind("stamp:", 0) == 0) {
      auto it = stamps_.find(key.substr(6));
      return it == stamps_.end() ? 0 : hash64(std::to_string(it->second.mtime_ns) + ":" + std::to_string(it->second.size));
    }
    return 0;
  }

  const Library& lib_;
  const std::map<std::string, FileStamp>& stamps_;
  std::map<std::string, uint64_t> meta_;
};

}  // namespace

// Mentors' photos (published profiles whose consent covers the photo) and
// events' report photos:
// processed, or taken from the cache, in parallel; their outputs registered.
static void process_photos(const SiteRequest& request, Library& lib, int jobs, Diagnostics& diag, SiteStats& stats) {
  ImageOptions portraits;  // mentors: cards and profile
  portraits.cache_dir = request.source + "/.nastavnik/images";
  ImageOptions reports = portraits;  // event reports: a gallery as wide as the text
  reports.widths = {320, 640, 1280};
  reports.output_dir = "events/foto";
  ImageOptions covers = reports;  // news covers
  covers.output_dir = "news/foto";
  struct Job {
    SourceLoc loc;
    const ImageOptions* options;
  };
  std::map<std::string, Job> sources;
  for (const auto& p : lib.pages) {
    if (p.kind == PageKind::mentor && !p.mentor->photo.empty())
      sources.emplace(p.mentor->photo, Job{p.mentor->photo_loc, &portraits});
    if (p.kind == PageKind::event)
      for (const auto& photo : p.event->report_photos) sources.emplace(photo.file, Job{photo.loc, &reports});
    if (p.kind == PageKind::news && !p.news->cover_photo.empty())
      sources.emplace(p.news->cover_photo, Job{p.news->cover_loc, &covers});
  }
  std::vector<std::pair<std::string, Job>> list(sources.begin(), sources.end());
  std::vector<std::optional<ImageSet>> results(list.size());
  std::vector<char> processed(list.size(), 0);
  std::error_code ec;
  if (!list.empty()) std::filesystem::create_directories(portraits.cache_dir, ec);
  parallel_for(list.size(), jobs, [&](size_t i, int) {
    bool did = false;
    results[i] = prepare_image(lib.config.root, list[i].first, list[i].second.loc, *list[i].second.options, diag, &did);
    processed[i] = did;
  });
  for (size_t i = 0; i < list.size(); ++i) {
    if (!results[i]) continue;
    (processed[i] ? stats.images_processed : stats.images_cached)++;
    for (const auto& v : results[i]->variants) {
      lib.outputs.insert(v.webp);
      lib.outputs.insert(v.jpeg);
    }
    lib.images.emplace(list[i].first, std::move(*results[i]));
  }
}

std::string state_path(const SiteRequest& request) {
  std::error_code ec;
  std::string out = std::filesystem::weakly_canonical(std::filesystem::absolute(request.output), ec).string();
  return request.source + "/.nastavnik/build-" + short_hash(out, 8) + ".log";
}

namespace {

bool all_outputs_present(const std::string& out, const BuildState& state) {
  std::error_code ec;
  for (const auto& [path, _] : state.outputs)
    if (!std::filesystem::exists(std::filesystem::path(out) / path, ec)) return false;
  return true;
}

}  // namespace

bool build_site(const SiteRequest& request, Diagnostics& diag, SiteStats& stats) {
  auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  };
  // NASTAVNIK_TIMINGS=1: when each phase ended, for profiling (bench/README.md).
  const bool timings = std::getenv("NASTAVNIK_TIMINGS") != nullptr;
  auto phase = [&](const char* name) {
    if (!timings) return;
    long peak_kb = 0;  // VmHWM: the peak resident memory so far
    if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
      char line[256];
      while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmHWM: %ld", &peak_kb) == 1) break;
      std::fclose(f);
    }
    std::fprintf(stderr, "%7lld ms  peak %5ld MB  %s\n", static_cast<long long>(elapsed()), peak_kb / 1024, name);
  };
  std::map<std::string, FileStamp> stamps = stamp_inputs(request.source);
  uint64_t global = global_hash(request, stamps);
  std::optional<BuildState> previous;
  if (request.write && request.incremental)
    if (auto text = read_file(state_path(request))) previous = BuildState::parse(*text);
  // A state saved for another folder than the one in place (a build killed
  // after its swap, a folder replaced by hand): its files are not the ones
  // the state describes, so nothing is taken over from them.
  if (previous && previous->output_id != output_folder_id(request.output)) previous.reset();
  bool reuse = previous && previous->global_hash == global;
  // Nothing changed since the last build: stat calls only, no parsing.
  if (reuse && previous->sources == stamps && all_outputs_present(request.output, *previous)) {
    stats.unchanged = true;
    stats.files = static_cast<int>(previous->outputs.size());
    stats.milliseconds = elapsed();
    return true;
  }

  auto config = load_config(request.source, diag);
  if (!config) return false;
  auto theme = Theme::load(*config, diag);
  if (!theme) return false;
  Library lib = load_library(*config, request.options, diag);
  {
    std::vector<std::string> assets;
    for (const auto& a : theme->assets()) assets.push_back(a.output);
    check_output_paths(lib, generated_outputs(lib, assets), diag);
  }
  phase("load");
  int jobs = std::max(1, request.options.jobs);
  process_photos(request, lib, jobs, diag, stats);
  // The library is complete: the search index is built from here on, beside
  // the serial set-up below (templates, folders) and then the pages. All of
  // it is CPU-bound; the index fills what would be idle cores.
  SearchTypeLabels type_labels;
  for (const char* kind : {"practice", "mentor", "event", "news", "document", "page"})
    type_labels[kind] = theme->str(std::string("search.type.") + kind);
  std::future<std::map<std::string, std::string>> search_index =
      std::async(std::launch::async, [&] { return build_search_index(lib, type_labels, jobs); });
  Renderer renderer(lib, *theme, diag, jobs);
  if (!renderer.ok()) return false;
  DependencyHasher deps_hasher(lib, stamps);
  phase("photos, templates, dependency hashes");

  std::optional<StagedOutput> staged;
  if (request.write) {
    auto begun = StagedOutput::begin(request.output, request.source, diag);
    if (!begun) return false;
    staged.emplace(std::move(*begun));
    std::set<std::string> planned(lib.outputs.begin(), lib.outputs.end());
    for (const auto& a : theme->assets()) planned.insert(a.output);
    for (const auto& f : lib.files) planned.erase(f.output);  // only those the pages name: folders made later
    if (!staged->make_dirs(planned)) {
      diag.error({request.output}, "не удалось создать папки сайта", "проверьте права на запись и свободное место");
      return false;
    }
    phase("output folders made");
  }

  BuildState state;
  state.global_hash = global;
  state.generation = previous ? previous->generation + 1 : 1;
  state.sources = stamps;
  const OutputRecord* (*find_previous)(const std::optional<BuildState>&, const std::string&) =
      [](const std::optional<BuildState>& prev, const std::string& path) -> const OutputRecord* {
    if (!prev) return nullptr;
    auto it = prev->outputs.find(path);
    return it == prev->outputs.end() ? nullptr : &it->second;
  };

  std::atomic<bool> write_failed{false};
  std::mutex state_mutex;
  // Records an output; writes it when its bytes differ from the previous build's.
  // Records an output whose content hash is set; `write` writes it unless
  // the previous build's file has the same bytes (none: it was streamed).
  auto record_output = [&](const std::string& rel, OutputRecord record, const std::function<bool()>& write) {
    const OutputRecord* old = find_previous(previous, rel);
    bool same = old && old->content_hash == record.content_hash;
    record.changed = same ? old->changed : state.generation;
    if (staged && write && !(same && staged->keep(rel)) && !write()) write_failed = true;
    std::lock_guard lock(state_mutex);
    if (!same) stats.changed_outputs.push_back(rel);
    state.outputs[rel] = std::move(record);
  };
  auto put_record = [&](const std::string& rel, const std::vector<std::string_view>& parts, OutputRecord record) {
    record.content_hash = hash64(parts);
    record_output(rel, std::move(record), [&] { return staged->write(rel, parts); });
  };
  auto put = [&](const std::string& rel, std::string_view data) {
    OutputRecord record;
    record.rendered = state.generation;
    put_record(rel, {data}, std::move(record));
  };
  // An output made in pieces, written and hashed as they come; `make` may
  // also fill in the record (a page's dependencies).
  auto put_streamed = [&](const std::string& rel, OutputRecord record,
                          const std::function<void(const TextSink&, OutputRecord&)>& make) {
    StreamHash hash;
    std::optional<StagedOutput::Stream> file = staged ? staged->open(rel) : std::nullopt;
    if (staged && !file) write_failed = true;
    make(
        [&](std::string_view piece) {
          hash.update(piece);
          if (file) file->write(piece);
        },
        record);
    if (file && !file->close()) write_failed = true;
    record.content_hash = hash.digest();
    record_output(rel, std::move(record), nullptr);
  };

  // So are the exports, streamed: they are a single task each.
  std::future<void> exports;
  if (lib.outputs.count(kPracticesJson))
    exports = std::async(std::launch::async, [&] {
      OutputRecord record;
      record.rendered = state.generation;
      put_streamed(kPracticesJson, record, [&](const TextSink& out, OutputRecord&) { write_practices_json(lib, out); });
      put_streamed(kPracticesCsv, record, [&](const TextSink& out, OutputRecord&) { write_practices_csv(lib, out); });
    });

  std::atomic<int> rendered{0};
  const std::vector<size_t> order = render_order(lib);
  parallel_for(order.size(), jobs, [&](size_t n, int worker) {
    const Page& page = lib.pages[order[n]];
    const OutputRecord* old = reuse ? find_previous(previous, page.output_file) : nullptr;
    // Nothing this page shows has changed: take the previous file as it is.
    if (old && staged && deps_hasher.hash(old->deps) == old->deps_hash && staged->keep(page.output_file)) {
      std::lock_guard lock(state_mutex);
      state.outputs[page.output_file] = *old;
      return;
    }
    OutputRecord record;
    record.rendered = state.generation;
    ++rendered;
    {
      std::lock_guard lock(state_mutex);
      stats.rendered_outputs.push_back(page.output_file);
    }
    // Written as it is rendered (the collection is ~100 MB at 10,000 pages).
    put_streamed(page.output_file, std::move(record), [&](const TextSink& out, OutputRecord& made) {
      renderer.render(page, worker, &made.deps, out);
      made.deps_hash = deps_hasher.hash(made.deps);
    });
  });
  phase("pages");
  // The files beside the texts that the pages name, and static/.
  std::vector<const std::vector<std::string>*> page_deps;
  {
    std::lock_guard lock(state_mutex);
    for (const auto& p : lib.pages)
      if (auto it = state.outputs.find(p.output_file); it != state.outputs.end()) page_deps.push_back(&it->second.deps);
  }
  const std::vector<CopiedFile> files = published_files(lib, named_outputs(lib, page_deps), !request.write, diag);
  if (staged) {
    // Processed photos: copied from the cache, or kept when unchanged.
    std::vector<std::pair<std::string, std::string>> images;  // cache file, output
    for (const auto& [_, set] : lib.images)
      for (const auto& v : set.variants) {
        images.emplace_back(v.webp_cache, v.webp);
        images.emplace_back(v.jpeg_cache, v.jpeg);
      }
    parallel_for(images.size(), jobs, [&](size_t i, int) {
      const auto& [cache, output] = images[i];
      const OutputRecord* old = find_previous(previous, output);
      // The name holds the content hash: the same name is the same bytes.
      bool same = old != nullptr;
      if (!(same && staged->keep(output)) && !staged->copy(cache, output)) write_failed = true;
      OutputRecord record;
      record.content_hash = hash64(output);
      record.rendered = same ? old->rendered : state.generation;
      record.changed = same ? old->changed : state.generation;
      std::lock_guard lock(state_mutex);
      if (!same) stats.changed_outputs.push_back(output);
      state.outputs[output] = std::move(record);
    });
    std::set<std::string> file_outputs;
    for (const auto& f : files) file_outputs.insert(f.output);
    if (!staged->make_dirs(file_outputs)) write_failed = true;
    parallel_for(files.size(), jobs, [&](size_t i, int) {
      const CopiedFile& f = files[i];
      const OutputRecord* old = find_previous(previous, f.output);
      auto stamp = stamps.find(f.source);
      // The stamp of the source and how it is published (pictures cleaned of
      // metadata, SVG sanitised since "published-2"): the same means the same bytes.
      uint64_t hash = stamp == stamps.end() ? 0 : hash64(std::to_string(stamp->second.mtime_ns) + ":" +
                                                          std::to_string(stamp->second.size) + ":published-2");
      bool same = old && hash != 0 && old->content_hash == hash;
      // A file the previous build wrote may be gone (the output folder was
      // deleted or edited by hand): then it is published again.
      if (!(same && staged->keep(f.output)) && !publish_file(*staged, config->root, f, diag)) write_failed = true;
      OutputRecord record;
      record.content_hash = hash;
      record.rendered = same ? old->rendered : state.generation;
      record.changed = same ? old->changed : state.generation;
      std::lock_guard lock(state_mutex);
      if (!same) stats.changed_outputs.push_back(f.output);
      state.outputs[f.output] = std::move(record);
    });
  }
  phase("photos and files copied");
  {
    std::map<std::string, std::string> search_files = search_index.get();
    phase("search index built");
    std::set<std::string> planned;
    for (const auto& [path, _] : search_files) planned.insert(path);
    if (staged && !staged->make_dirs(planned)) write_failed = true;
    std::vector<const std::pair<const std::string, std::string>*> files;
    for (const auto& f : search_files) files.push_back(&f);
    parallel_for(files.size(), jobs, [&](size_t i, int) { put(files[i]->first, files[i]->second); });
  }
  // The other generated files, on all workers, the largest first.
  std::vector<std::function<void()>> generated;
  generated.push_back([&] { put("sitemap.xml", render_sitemap(lib)); });
  generated.push_back([&] { put("atom.xml", render_atom(lib, lib.config.title + " — " + lib.config.organisation.short_name)); });
  std::vector<const Page*> events;
  if (lib.find_url("events/")) {
    events = lib.of_kind(PageKind::event);
    generated.push_back([&] {
      put("events/calendar.ics", render_calendar(lib, events, lib.config.title + " — " + lib.config.organisation.short_name));
    });
    for (const Page* e : events) generated.push_back([&, e] { put(e->url + "event.ics", render_calendar(lib, {e}, e->title)); });
  }
  for (const auto& a : theme->assets()) generated.push_back([&, asset = &a] { put(asset->output, asset->data); });
  generated.push_back([&] { put("robots.txt", render_robots(lib)); });
  parallel_for(generated.size(), jobs, [&](size_t i, int) { generated[i](); });
  if (exports.valid()) exports.get();
  phase("search index, feeds, exports written");
  if (write_failed)
    diag.error({request.output}, "не удалось записать файлы сайта", "проверьте права на запись и свободное место на диске");

  stats.pages = static_cast<int>(lib.pages.size());
  stats.files = static_cast<int>(state.outputs.size());
  stats.rendered = rendered;
  stats.written = static_cast<int>(stats.changed_outputs.size());
  std::sort(stats.changed_outputs.begin(), stats.changed_outputs.end());
  std::sort(stats.rendered_outputs.begin(), stats.rendered_outputs.end());
  if (diag.failed()) return false;
  if (staged && !staged->commit(diag)) return false;
  phase("output folder in place");
  if (staged) {
    // The state stays with the sources, never in the published folder: it
    // names every source file, unpublished ones included.
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(request.source) / ".nastavnik", ec);
    state.output_id = output_folder_id(request.output);
    // Whole or not at all: a build killed while saving leaves the old state,
    // which no longer matches the folder, and the next build starts afresh.
    std::string path = state_path(request);
    if (write_file(path + ".tmp", state.serialize())) std::filesystem::rename(path + ".tmp", path, ec);
    phase("build state saved");
  }
  stats.milliseconds = elapsed();
  return true;
}

}  // namespace nastavnik
