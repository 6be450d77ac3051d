#include "content/library.h"

#include "content/schemas.h"

#include <algorithm>
#include <filesystem>

#include "source/frontmatter.h"
#include "source/source_file.h"
#include "base/hash.h"
#include "content/file_refs.h"
#include "content/links.h"
#include "base/parallel.h"
#include "base/file_names.h"
#include "base/text.h"
#include "source/fields.h"

namespace fs = std::filesystem;

namespace nastavnik {

const Page* Library::find_source(const std::string& source) const {
  auto it = by_source.find(source);
  return it == by_source.end() ? nullptr : &pages[it->second];
}

const Page* Library::find_url(const std::string& url) const {
  auto it = by_url.find(url);
  return it == by_url.end() ? nullptr : &pages[it->second];
}

std::vector<const Page*> Library::of_kind(PageKind kind) const {
  std::vector<const Page*> out;
  for (const auto& p : pages)
    if (p.kind == kind) out.push_back(&p);
  return out;
}

static std::vector<const Page*> events_where(const Library& lib, bool upcoming) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::event && (p.event->last_day() >= lib.options.today) == upcoming) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [upcoming](const Page* a, const Page* b) {
    DateTime sa = a->event->start, sb = b->event->start;
    sa.utc_offset_minutes.reset();
    sb.utc_offset_minutes.reset();
    if (sa != sb) return upcoming ? sa < sb : sa > sb;
    return a->url < b->url;
  });
  return out;
}

std::vector<const Page*> upcoming_events(const Library& lib) { return events_where(lib, true); }
std::vector<const Page*> past_events(const Library& lib) { return events_where(lib, false); }

std::vector<const Page*> mentors_sorted(const Library& lib, bool active) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::mentor && (p.mentor->status == "active") == active) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    std::string na = to_lower(a->mentor->name), nb = to_lower(b->mentor->name);
    if (na != nb) return na < nb;
    return a->url < b->url;
  });
  return out;
}

std::string mentor_subject_url(const std::string& subject) { return "mentors/predmet/" + slugify(subject) + "/"; }
std::string mentor_form_url(const std::string& form_code) {
  const MentoringForm* f = find_mentoring_form(form_code);
  return "mentors/forma/" + (f ? f->slug : slugify(form_code)) + "/";
}

std::vector<const Page*> news_newest_first(const Library& lib) {
  auto out = lib.of_kind(PageKind::news);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->news->date != b->news->date) return a->news->date > b->news->date;
    return a->url < b->url;
  });
  return out;
}

std::vector<const Page*> roadmaps(const Library& lib) {
  std::vector<const Page*> out;
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::roadmap && p.url == p.roadmap_url) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    return a->url < b->url;
  });
  return out;
}

std::string kind_name(PageKind kind) {
  switch (kind) {
    case PageKind::home: return "home";
    case PageKind::page: return "page";
    case PageKind::document_list: return "document_list";
    case PageKind::document: return "document";
    case PageKind::event_list: return "event_list";
    case PageKind::event: return "event";
    case PageKind::news_list: return "news_list";
    case PageKind::news: return "news";
    case PageKind::not_found: return "not_found";
    case PageKind::accessibility: return "accessibility";
    case PageKind::mentor_list: return "mentor_list";
    case PageKind::mentor: return "mentor";
    case PageKind::roadmap_list: return "roadmap_list";
    case PageKind::roadmap: return "roadmap";
    case PageKind::indicators: return "indicators";
    case PageKind::practice_list: return "practice_list";
    case PageKind::practice: return "practice";
    case PageKind::practice_facet: return "practice_facet";
    case PageKind::practice_collection: return "practice_collection";
    case PageKind::search: return "search";
  }
  return "page";
}

const std::vector<std::string>& reserved_sections() {
  static const std::vector<std::string> names = {"assets",     "documents", "mentors", "practices", "events",
                                                 "news",       "roadmap",   "indicators", "search",  "tags",
                                                 "feeds",      "pages",     "static",  "404",   "dostupnost"};
  return names;
}

const Schema& home_schema() { return schema_of("intro"); }

const Schema& page_schema() { return schema_of("page"); }

namespace {

// What a Markdown file under content/ is, decided by where it lies.
enum class SourceRole {
  home, page, document_list_intro, document, event_list_intro, event, news_list_intro, news,
  mentor_list_intro, mentor,
  practice_list_intro, practice, unknown
};

SourceRole role_of(const std::string& rel) {  // rel: path below content/
  if (rel == "_index.md") return SourceRole::home;
  if (rel.rfind("pages/", 0) == 0) return SourceRole::page;
  if (rel == "documents/_index.md") return SourceRole::document_list_intro;
  if (rel.rfind("documents/", 0) == 0) return SourceRole::document;
  if (rel == "events/_index.md") return SourceRole::event_list_intro;
  if (rel.rfind("events/", 0) == 0) return SourceRole::event;
  if (rel == "news/_index.md") return SourceRole::news_list_intro;
  if (rel.rfind("news/", 0) == 0) return SourceRole::news;
  if (rel == "mentors/_index.md") return SourceRole::mentor_list_intro;
  if (rel.rfind("mentors/", 0) == 0) return SourceRole::mentor;
  if (rel == "practices/_index.md") return SourceRole::practice_list_intro;
  if (rel.rfind("practices/", 0) == 0) return SourceRole::practice;
  if (rel.find('/') == std::string::npos) return SourceRole::page;
  return SourceRole::unknown;
}

bool is_skipped_name(const std::string& name) {
  return name.empty() || name[0] == '.' || name.back() == '~' || name.rfind("#", 0) == 0 ||
         ends_with_ci(name, ".swp") || ends_with_ci(name, ".tmp");
}

// Files below `dir`, as paths relative to `root`, sorted.
std::vector<std::string> list_files(const fs::path& root, const std::string& dir, Diagnostics& diag) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path base = root / dir;
  if (!fs::is_directory(base, ec)) return out;
  const std::string prefix = base.generic_string() + "/";
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (is_skipped_name(name) && !(dir == "static" && is_hosting_dotfile(name))) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // The path relative to the root by its prefix: fs::relative resolves
    // every path on disk and cost ~10 µs a file.
    std::string rel = dir + "/" + it->path().generic_string().substr(prefix.size());
    if (std::error_code link_ec; it->is_symlink(link_ec) && !stays_inside(root.string(), rel)) {
      diag.warning({rel}, "символическая ссылка ведёт за пределы папки сайта (или в никуда): то, на что она указывает, не публикуется",
                   "положите в папку сайта сам файл, а не ссылку на него");
      continue;
    }
    if (it->is_regular_file()) out.push_back(std::move(rel));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "documents/2024/Приказ №5.md" -> "documents/2024/prikaz-5/" (each folder
// and the file name transliterated).
std::optional<std::string> url_for(const std::string& rel_without_ext) {
  std::string url;
  for (const auto& part : split(rel_without_ext, '/')) {
    std::string s = slugify(part);
    if (s.empty()) return std::nullopt;
    url += s + "/";
  }
  return url;
}

Page load_page(const std::string& source, SourceRole role, const Library& lib, Diagnostics& diag) {
  Page page;
  page.source = source;
  auto text = read_source_text(lib.config.root, source, diag);
  if (!text) return page;
  SourceFile file{source, std::move(*text)};
  page.source_hash = hash64(file.text);
  auto fm = split_front_matter(file, diag);
  if (!fm) return page;
  bool intro = role == SourceRole::home || role == SourceRole::document_list_intro ||
               role == SourceRole::event_list_intro || role == SourceRole::news_list_intro ||
               role == SourceRole::mentor_list_intro ||
               role == SourceRole::practice_list_intro;
  const Schema& schema = intro                           ? home_schema()
                         : role == SourceRole::document ? document_schema()
                         : role == SourceRole::event    ? event_schema()
                         : role == SourceRole::news     ? news_schema()
                         : role == SourceRole::mentor   ? mentor_schema()
                         : role == SourceRole::practice ? practice_schema()
                                                        : page_schema();
  if (!fm->present && !intro) {
    diag.error({source, 1, 1}, "в начале файла нет блока полей (title и другие)",
               "начните файл со строки «---», затем «title: Заголовок», затем снова «---»");
  }
  YamlOrigin origin{source, fm->yaml_line};
  auto read = read_fields(fm->yaml, schema, origin, diag);
  page.meta_hash = hash64(fm->yaml);
  page.body_md = std::move(fm->body);
  page.body_line = fm->body_line;
  if (!read) return page;
  const Fields& f = *read;
  page.title = f.text("title");
  page.description = f.text("description");
  page.weight = f.integer("weight").value_or(0);
  page.draft = f.boolean("draft", false);
  page.date = f.date("date");
  page.updated = f.date("updated");
  if (role == SourceRole::document) {
    std::string dir = fs::path(source).parent_path().generic_string();
    page.document = std::make_shared<Document>(read_document(f, lib.config.root, dir, diag));
  }
  if (role == SourceRole::event) {
    Event e = read_event(f, lib.config.timezone, diag);
    e.report_photos = read_report_photos(f, lib.config.root, fs::path(source).parent_path().generic_string(), diag);
    page.event = std::make_shared<Event>(std::move(e));
  }
  if (role == SourceRole::news) {
    auto news = std::make_shared<News>(read_news(f, diag));
    if (!news->cover.empty() && !is_external_url(news->cover)) {
      std::string path = (fs::path(source).parent_path() / percent_decode(news->cover)).lexically_normal().generic_string();
      std::error_code ec;
      bool photo = false;
      for (const char* ext : {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
        photo = photo || ends_with_ci(path, ext);
      bool found = path.rfind("content/", 0) == 0 && fs::is_regular_file(fs::path(lib.config.root) / path, ec);
      if (found && !item_file_allowed(lib.config.root, fs::path(source).parent_path().generic_string(), path, news->cover,
                                      news->cover_loc, diag))
        found = false;
      if (photo && found) news->cover_photo = path;
    }
    page.date = news->date;
    if (page.description.empty()) page.description = news->summary;
    page.news = news;
  }
  if (role == SourceRole::practice) {
    std::string dir = fs::path(source).parent_path().generic_string();
    auto practice = std::make_shared<Practice>(read_practice(f, page.title, page.body_md, lib.config.root, dir, source, diag));
    if (page.description.empty()) page.description = practice->summary;
    page.practice = practice;
  }
  if (page.event && page.description.empty()) page.description = page.event->summary;
  if (role == SourceRole::mentor) {
    // Withheld: nothing of the file goes further than this function.
    std::string dir = fs::path(source).parent_path().generic_string();
    std::string slug = slugify(fs::path(source).stem().string());
    auto mentor = read_mentor(f, slug, dir, lib.config.root, lib.options.today, diag);
    if (!mentor) {
      Page withheld;
      withheld.source = source;
      return withheld;
    }
    page.title = mentor->name;
    page.description = mentor->position;
    if (!mentor->biography) page.body_md.clear();
    page.date.reset();
    page.updated.reset();
    page.mentor = std::make_shared<Mentor>(std::move(*mentor));
  }
  return page;
}

// content/indicators.yaml: the indicators page.
std::optional<Page> load_indicators_page(const std::string& source, const Library& lib, Diagnostics& diag) {
  auto source_text = read_source_text(lib.config.root, source, diag);
  if (!source_text) return std::nullopt;
  const std::string& text = *source_text;
  auto read = read_fields(text, indicators_schema(), {source, 1}, diag);
  if (!read) return std::nullopt;
  const Fields& f = *read;
  Page page;
  page.kind = PageKind::indicators;
  page.source = source;
  page.source_hash = hash64(text);
  page.meta_hash = page.source_hash;
  auto ind = std::make_shared<Indicators>(read_indicators(f, diag));
  page.title = ind->title;
  page.description = ind->description;
  page.indicators = ind;
  page.url = "indicators/";
  page.output_file = "indicators/index.html";
  return page;
}

// A roadmap's page and its filtered views: one per state that has items and
// one per responsible party.
std::vector<Page> load_roadmap_pages(const std::string& source, const Library& lib, Diagnostics& diag) {
  std::vector<Page> out;
  auto source_text = read_source_text(lib.config.root, source, diag);
  if (!source_text) return out;
  const std::string& text = *source_text;
  auto read = read_fields(text, roadmap_schema(), {source, 1}, diag);
  if (!read) return out;
  const Fields& f = *read;
  auto roadmap = std::make_shared<Roadmap>(read_roadmap(f, lib.config.academic_year_start, lib.options.today, diag));
  std::string rel = source.substr(std::string("content/").size());
  std::string stem = rel.substr(0, rel.rfind('.'));
  auto url = url_for(stem);
  if (!url) {
    diag.error({source}, "из имени файла не получается адрес страницы",
               "назовите файл буквами или цифрами, например plan-2026-2027.yaml");
    return out;
  }
  Page page;
  page.kind = PageKind::roadmap;
  page.source = source;
  page.source_hash = hash64(text);
  page.meta_hash = page.source_hash;
  page.title = roadmap->title;
  page.description = roadmap->description;
  page.weight = roadmap->weight;
  page.url = *url;
  page.output_file = page.url + "index.html";
  page.roadmap = roadmap;
  page.roadmap_url = page.url;
  for (ItemState st : all_states()) {
    if (!roadmap->count(st)) continue;
    Page view = page;
    view.filter_status = state_name(st);
    std::string slug = view.filter_status;
    std::replace(slug.begin(), slug.end(), '_', '-');
    view.url = page.url + "status/" + slug + "/";
    view.output_file = view.url + "index.html";
    out.push_back(std::move(view));
  }
  // With several sections the roadmap's page lists the items briefly and
  // each section has a page with the full table (pages stay light).
  if (roadmap->sections.size() > 1)
    for (size_t k = 0; k < roadmap->sections.size(); ++k) {
      const RoadmapSection& s = roadmap->sections[k];
      Page view = page;
      view.filter_section = static_cast<int>(k + 1);
      view.title = (s.number.empty() ? "" : s.number + ". ") + s.title;
      view.url = page.url + "section-" + std::to_string(k + 1) + "/";
      view.output_file = view.url + "index.html";
      out.push_back(std::move(view));
    }
  std::set<std::string> slugs;
  bool anyone = false;
  for (const auto& s : roadmap->sections)
    for (const auto& i : s.items) anyone |= !i.responsible.empty();
  if (anyone) {  // the list of responsible parties, each linking to its view
    Page view = page;
    view.filter_responsible = "*";
    view.url = page.url + "responsible/";
    view.output_file = view.url + "index.html";
    out.push_back(std::move(view));
  }
  for (const auto& s : roadmap->sections)
    for (const auto& i : s.items)
      for (const auto& r : i.responsible) {
        std::string slug = slugify(r);
        if (slug.empty() || !slugs.insert(slug).second) continue;
        Page view = page;
        view.filter_responsible = r;
        view.url = page.url + "responsible/" + slug + "/";
        view.output_file = view.url + "index.html";
        out.push_back(std::move(view));
      }
  out.insert(out.begin(), std::move(page));
  return out;
}

}  // namespace

Library load_library(const Config& config, const BuildOptions& options, Diagnostics& diag) {
  Library lib;
  lib.config = config;
  lib.options = options;
  fs::path root(config.root);

  std::vector<std::string> content_files = list_files(root, "content", diag);
  if (!fs::is_directory(root / "content"))
    diag.error({"content"}, "нет папки content с текстами раздела",
               "создайте папку content и файл content/_index.md с вводным текстом");

  std::vector<std::pair<std::string, SourceRole>> sources;
  std::vector<std::string> roadmap_files;
  for (const auto& path : content_files) {
    std::string rel = path.substr(std::string("content/").size());
    if ((rel.rfind("roadmap/", 0) == 0 && (ends_with_ci(rel, ".yaml") || ends_with_ci(rel, ".yml"))) ||
        rel == "indicators.yaml") {
      roadmap_files.push_back(path);
      continue;
    }
    if (ends_with_ci(rel, ".md")) {
      SourceRole role = role_of(rel);
      if (role == SourceRole::unknown) {
        diag.warning({path}, "файл лежит в папке, которую генератор не знает, и не будет опубликован",
                     "страницы кладите в content/pages/, документы — в content/documents/, практики — в content/practices/");
        continue;
      }
      sources.emplace_back(path, role);
    } else if (!ends_with_ci(rel, ".yaml") && !ends_with_ci(rel, ".yml")) {
      // Mentors' photos are never copied as they are: they go through the
      // image pipeline (metadata stripped), and only under a consent.
      if (rel.rfind("mentors/", 0) == 0) continue;
      lib.files.push_back({path, rel});  // attachments and pictures next to the texts
    }
  }
  for (const auto& path : list_files(root, "static", diag))
    lib.files.push_back({path, path.substr(std::string("static/").size())});

  std::vector<Page> loaded(sources.size());
  parallel_for(sources.size(), options.jobs, [&](size_t i, int) {
    loaded[i] = load_page(sources[i].first, sources[i].second, lib, diag);
  });

  std::optional<Page> home, documents_intro, events_intro, news_intro, mentors_intro, practices_intro;
  // Attachments of unpublished practices stay out of the site.
  std::set<std::string> hidden_files, shown_files;
  for (size_t i = 0; i < sources.size(); ++i) {
    Page& page = loaded[i];
    SourceRole role = sources[i].second;
    if (role == SourceRole::mentor) {
      std::string name = fs::path(page.source).stem().string();
      lib.mentor_files.insert(slugify(name));
    }
    if (page.draft && !options.drafts) continue;
    // A file whose front matter could not be read is reported and left out.
    if ((role == SourceRole::document && !page.document) || (role == SourceRole::event && !page.event) ||
        (role == SourceRole::news && !page.news) || (role == SourceRole::mentor && !page.mentor) ||
        (role == SourceRole::practice && !page.practice))
      continue;
    // Only approved practices are published; --drafts shows the rest with a banner.
    if (role == SourceRole::practice && page.practice->status != "approved") {
      if (!options.drafts) {
        for (const auto& a : page.practice->attachments) hidden_files.insert(a.file.output);
        continue;
      }
      page.draft = true;
    }
    if (role == SourceRole::practice)
      for (const auto& a : page.practice->attachments) shown_files.insert(a.file.output);
    std::string rel = page.source.substr(std::string("content/").size());
    std::string stem = rel.substr(0, rel.size() - 3);
    switch (role) {
      case SourceRole::home:
        page.kind = PageKind::home;
        home = std::move(page);
        continue;
      case SourceRole::document_list_intro:
        documents_intro = std::move(page);
        continue;
      case SourceRole::event_list_intro:
        events_intro = std::move(page);
        continue;
      case SourceRole::news_list_intro:
        news_intro = std::move(page);
        continue;
      case SourceRole::mentor_list_intro:
        mentors_intro = std::move(page);
        continue;
      case SourceRole::mentor: {
        if (stem.find('/', 8) != std::string::npos) {
          diag.error({page.source}, "файл наставника лежит во вложенной папке",
                     "кладите профили прямо в content/mentors/, например content/mentors/petrova.md");
          continue;
        }
        page.kind = PageKind::mentor;
        if (page.mentor->slug.empty()) {
          diag.error({page.source}, "из имени файла не получается адрес страницы",
                     "назовите файл фамилией латиницей или кириллицей, например petrova.md");
          continue;
        }
        page.url = "mentors/" + page.mentor->slug + "/";
        break;
      }
      case SourceRole::practice_list_intro:
        practices_intro = std::move(page);
        continue;
      case SourceRole::page: {
        if (stem.rfind("pages/", 0) == 0) stem.erase(0, 6);
        page.kind = PageKind::page;
        auto url = url_for(stem);
        if (!url) {
          diag.error({page.source}, "из имени файла не получается адрес страницы",
                     "назовите файл буквами или цифрами, например kontakty.md или Контакты.md");
          continue;
        }
        std::string first = url->substr(0, url->find('/'));
        if (std::find(reserved_sections().begin(), reserved_sections().end(), first) != reserved_sections().end()) {
          diag.error({page.source}, "имя «" + first + "» занято разделом сайта",
                     "переименуйте файл, например в " + first + "-info.md");
          continue;
        }
        page.url = *url;
        break;
      }
      case SourceRole::news:
        // A future publish_date keeps the item out until that day (shown with --drafts).
        if (page.news && page.news->publish_date && *page.news->publish_date > options.today) {
          if (!options.drafts) continue;
          page.draft = true;
        }
        [[fallthrough]];
      case SourceRole::practice:
      case SourceRole::event:
      case SourceRole::document: {
        page.kind = role == SourceRole::news       ? PageKind::news
                    : role == SourceRole::event    ? PageKind::event
                    : role == SourceRole::practice ? PageKind::practice
                                                   : PageKind::document;
        auto url = url_for(stem);
        if (!url) {
          diag.error({page.source}, "из имени файла не получается адрес страницы",
                     "назовите файл буквами или цифрами, например prikaz-15.md");
          continue;
        }
        if (role == SourceRole::practice) {
          // Facet folders and the collection live beside the practices.
          std::string name = url->substr(std::string(kPracticesUrl).size());
          name.pop_back();
          const auto& facets = practice_facet_names();
          if (std::find(facets.begin(), facets.end(), name) != facets.end() || name == "sbornik" || name == "search") {
            diag.error({page.source}, "имя «" + name + "» занято страницами банка практик",
                       "переименуйте файл, например в " + name + "-praktika.md");
            continue;
          }
        }
        page.url = *url;
        break;
      }
      case SourceRole::unknown:
        continue;
    }
    page.output_file = page.url + "index.html";
    lib.pages.push_back(std::move(page));
  }

  // Generated pages.
  Page home_page = home ? std::move(*home) : Page{};
  home_page.kind = PageKind::home;
  home_page.url = "";
  home_page.output_file = "index.html";
  if (home_page.title.empty()) home_page.title = config.title;
  lib.pages.push_back(std::move(home_page));

  bool has_documents = std::any_of(lib.pages.begin(), lib.pages.end(),
                                   [](const Page& p) { return p.kind == PageKind::document; });
  if (has_documents || documents_intro) {
    Page list = documents_intro ? std::move(*documents_intro) : Page{};
    list.kind = PageKind::document_list;
    list.url = "documents/";
    list.output_file = "documents/index.html";
    lib.pages.push_back(std::move(list));
  }
  Page accessibility;
  accessibility.kind = PageKind::accessibility;
  accessibility.url = kAccessibilityUrl;
  accessibility.output_file = accessibility.url + "index.html";
  lib.pages.push_back(std::move(accessibility));

  auto count_kind = [&](PageKind k) {
    return std::count_if(lib.pages.begin(), lib.pages.end(), [k](const Page& p) { return p.kind == k; });
  };
  if (count_kind(PageKind::event) > 0 || events_intro) {
    Page list = events_intro ? std::move(*events_intro) : Page{};
    list.kind = PageKind::event_list;
    list.url = "events/";
    list.output_file = "events/index.html";
    lib.pages.push_back(std::move(list));
  }
  if (count_kind(PageKind::mentor) > 0 || mentors_intro) {
    Page list = mentors_intro ? std::move(*mentors_intro) : Page{};
    list.kind = PageKind::mentor_list;
    list.url = "mentors/";
    list.output_file = "mentors/index.html";
    // Filter pages: one per subject and per form of the active mentors.
    std::map<std::string, std::string> subjects;  // url -> subject as first written
    std::set<std::string> forms;
    for (const auto& p : lib.pages) {
      if (p.kind != PageKind::mentor || p.mentor->status != "active") continue;
      for (const auto& s : p.mentor->subjects)
        if (!slugify(s).empty()) subjects.emplace(mentor_subject_url(s), s);
      for (const auto& f : p.mentor->forms) forms.insert(f);
    }
    for (const auto& [url, subject] : subjects) {
      Page filtered;
      filtered.kind = PageKind::mentor_list;
      filtered.facet = "subject";
      filtered.facet_value = subject;
      filtered.url = url;
      filtered.output_file = url + "index.html";
      lib.pages.push_back(std::move(filtered));
    }
    for (const auto& form : forms) {
      Page filtered;
      filtered.kind = PageKind::mentor_list;
      filtered.facet = "form";
      filtered.facet_value = form;
      filtered.url = mentor_form_url(form);
      filtered.output_file = filtered.url + "index.html";
      lib.pages.push_back(std::move(filtered));
    }
    lib.pages.push_back(std::move(list));
  }
  lib.pairs = load_pair_counts(config.root, diag);
  long news_count = count_kind(PageKind::news);
  if (news_count > 0 || news_intro) {
    int pages = std::max<int>(1, static_cast<int>((news_count + kNewsPerPage - 1) / kNewsPerPage));
    Page first = news_intro ? std::move(*news_intro) : Page{};
    for (int n = 1; n <= pages; ++n) {
      Page list = first;
      if (n > 1) list.source.clear();  // the intro file belongs to the first page
      list.kind = PageKind::news_list;
      list.url = n == 1 ? "news/" : "news/page/" + std::to_string(n) + "/";
      list.output_file = list.url + "index.html";
      list.list_page = n;
      list.list_pages = pages;
      lib.pages.push_back(std::move(list));
    }
  }

  for (const auto& path : roadmap_files) {
    if (path == "content/indicators.yaml") {
      if (auto page = load_indicators_page(path, lib, diag)) lib.pages.push_back(std::move(*page));
      continue;
    }
    for (auto& page : load_roadmap_pages(path, lib, diag)) lib.pages.push_back(std::move(page));
  }
  if (std::any_of(lib.pages.begin(), lib.pages.end(), [](const Page& p) { return p.kind == PageKind::roadmap; })) {
    Page list;
    list.kind = PageKind::roadmap_list;
    list.url = "roadmap/";
    list.output_file = "roadmap/index.html";
    lib.pages.push_back(std::move(list));
  }
  add_practice_pages(lib, practices_intro ? &*practices_intro : nullptr);
  Page search;
  search.kind = PageKind::search;
  search.url = "search/";
  search.output_file = "search/index.html";
  lib.pages.push_back(std::move(search));
  std::erase_if(lib.files, [&](const CopiedFile& f) { return hidden_files.count(f.output) && !shown_files.count(f.output); });

  Page not_found;
  not_found.kind = PageKind::not_found;
  not_found.url = "404/";  // never linked; the file is 404.html at the root
  not_found.output_file = "404.html";
  lib.pages.push_back(std::move(not_found));

  // Report photos go through the image pipeline (metadata stripped), never
  // copied as they are, even when the event is a draft.
  std::set<std::string> processed_photos;
  for (const auto* pages : {&loaded, &lib.pages})  // drafts stay in `loaded`
    for (const auto& p : *pages)
      if (p.event)
        for (const auto& photo : p.event->report_photos) processed_photos.insert(photo.file);
  for (const auto* pages : {&loaded, &lib.pages})
    for (const auto& p : *pages)
      if (p.news && !p.news->cover_photo.empty()) processed_photos.insert(p.news->cover_photo);
  std::erase_if(lib.files, [&](const CopiedFile& f) { return processed_photos.count(f.source) > 0; });

  std::stable_sort(lib.pages.begin(), lib.pages.end(), [](const Page& a, const Page& b) { return a.url < b.url; });
  for (size_t i = 0; i < lib.pages.size(); ++i) {
    const Page& p = lib.pages[i];
    auto [it, inserted] = lib.by_url.emplace(p.url, i);
    if (!inserted) {
      const Page& other = lib.pages[it->second];
      diag.error({p.source}, "адрес «" + p.url + "» совпадает с адресом страницы из «" + other.source + "»",
                 "переименуйте один из файлов: имена, которые различаются только регистром или буквами "
                 "кириллицы/латиницы, дают одинаковый адрес");
      continue;
    }
    if (!p.source.empty()) lib.by_source.emplace(p.source, i);
    lib.outputs.insert(p.output_file);
  }
  std::sort(lib.files.begin(), lib.files.end(), [](const CopiedFile& a, const CopiedFile& b) { return a.output < b.output; });
  for (const auto& f : lib.files) {
    if (is_editor_leftover(fs::path(f.source).filename().string())) continue;  // never published
    if (!lib.outputs.insert(f.output).second)
      diag.error({f.source}, "файл попадает в сайт по тому же адресу «" + f.output + "», что и другой файл",
                 "переименуйте файл или уберите копию из папки static/");
  }
  for (const char* generated : {"sitemap.xml", "robots.txt", "atom.xml"}) lib.outputs.insert(generated);
  if (lib.find_url("events/")) {
    lib.outputs.insert("events/calendar.ics");
    for (const auto& p : lib.pages)
      if (p.kind == PageKind::event) lib.outputs.insert(p.url + "event.ics");
  }
  // Events name the mentors who lead them by file name. A withheld mentor is
  // silently not shown (the profile's own warning says why); an unknown one
  // is a typo.
  for (const auto& p : lib.pages) {
    if (p.kind != PageKind::event) continue;
    for (const auto& slug : p.event->mentors)
      if (!lib.mentor_files.count(slug)) {
        auto guess = nearest(slug, std::vector<std::string>(lib.mentor_files.begin(), lib.mentor_files.end()));
        diag.warning(p.event->mentors_loc, "нет наставника «" + slug + "»: файла content/mentors/" + slug + ".md нет",
                     guess ? "возможно, имелось в виду «" + *guess + "»"
                           : "в mentors перечисляются имена файлов наставников без .md, например petrova");
      }
  }
  // So do practices' authors.
  for (const auto& p : lib.pages) {
    if (p.kind != PageKind::practice) continue;
    for (const auto& a : p.practice->authors)
      if (!a.mentor.empty() && !lib.mentor_files.count(slugify(a.mentor))) {
        auto guess = nearest(a.mentor, std::vector<std::string>(lib.mentor_files.begin(), lib.mentor_files.end()));
        diag.warning(a.loc, "нет наставника «" + a.mentor + "»: файла content/mentors/" + a.mentor + ".md нет",
                     guess ? "возможно, имелось в виду «" + *guess + "»"
                           : "укажите имя файла наставника без .md или запишите автора полями name и consent");
      }
  }
  return lib;
}

}  // namespace nastavnik
