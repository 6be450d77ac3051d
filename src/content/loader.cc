#include "content/loader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base/file_names.h"
#include "base/hash.h"
#include "base/parallel.h"
#include "base/text.h"
#include "content/file_refs.h"
#include "content/indicators.h"
#include "content/item_types.h"
#include "content/mentor.h"
#include "content/roadmap_pages.h"
#include "content/schemas.h"
#include "source/fields.h"
#include "source/frontmatter.h"
#include "source/source_file.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// A Markdown file under content/ and what it is, decided by where it lies.
struct Source {
  enum class Role { home, page, intro, item } role;
  const ItemType* type = nullptr;  // intro and item: the folder's type
  ItemSource at;
};

// The sources of a site, sorted into what is read how.
struct Sources {
  std::vector<Source> markdown;
  std::vector<std::string> data_files;  // roadmaps and indicators (YAML)
};

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

std::optional<Source> markdown_source(const std::string& path, const std::string& rel) {
  Source s;
  s.at.path = path;
  s.at.dir = fs::path(path).parent_path().generic_string();
  s.at.stem = rel.substr(0, rel.size() - 3);
  if (rel == "_index.md") {
    s.role = Source::Role::home;
  } else if (rel.rfind("pages/", 0) == 0 || rel.find('/') == std::string::npos) {
    s.role = Source::Role::page;
  } else if (const ItemType* t = item_type_of(rel)) {
    s.type = t;
    s.role = rel == std::string(t->folder) + "/_index.md" ? Source::Role::intro : Source::Role::item;
  } else {
    return std::nullopt;
  }
  return s;
}

bool is_yaml(const std::string& rel) { return ends_with_ci(rel, ".yaml") || ends_with_ci(rel, ".yml"); }

// Sorts content/ and static/ into Markdown sources, data files and files
// copied as they are (into lib.files).
Sources find_sources(Library& lib, Diagnostics& diag) {
  fs::path root(lib.config.root);
  if (!fs::is_directory(root / "content"))
    diag.error({"content"}, "нет папки content с текстами раздела",
               "создайте папку content и файл content/_index.md с вводным текстом");
  Sources out;
  for (const auto& path : list_files(root, "content", diag)) {
    std::string rel = path.substr(std::string("content/").size());
    if ((rel.rfind("roadmap/", 0) == 0 && is_yaml(rel)) || rel == "indicators.yaml") {
      out.data_files.push_back(path);
    } else if (ends_with_ci(rel, ".md")) {
      if (auto s = markdown_source(path, rel)) out.markdown.push_back(std::move(*s));
      else
        diag.warning({path}, "файл лежит в папке, которую генератор не знает, и не будет опубликован",
                     "страницы кладите в content/pages/, документы — в content/documents/, практики — в content/practices/");
    } else if (!is_yaml(rel) && rel.rfind("mentors/", 0) != 0) {
      // Mentors' photos are never copied as they are: they go through the
      // image pipeline (metadata stripped), and only under a consent.
      lib.files.push_back({path, rel});  // attachments and pictures next to the texts
    }
  }
  for (const auto& path : list_files(root, "static", diag))
    lib.files.push_back({path, path.substr(std::string("static/").size())});
  return out;
}

// A Markdown source read: its page and what becomes of it.
struct Loaded {
  Page page;
  Verdict verdict = Verdict::withhold;  // also for a file that could not be read
};

const Schema& schema_for(const Source& s) {
  if (s.role == Source::Role::item) return schema_of(s.type->schema);
  return schema_of(s.role == Source::Role::page ? "page" : "intro");
}

Loaded load_markdown(const Source& s, const Library& lib, Diagnostics& diag) {
  Loaded out;
  Page& page = out.page;
  page.source = s.at.path;
  auto text = read_source_text(lib.config.root, s.at.path, diag);
  if (!text) return out;
  SourceFile file{s.at.path, std::move(*text)};
  page.source_hash = hash64(file.text);
  auto fm = split_front_matter(file, diag);
  if (!fm) return out;
  bool intro = s.role == Source::Role::home || s.role == Source::Role::intro;
  if (!fm->present && !intro)
    diag.error({s.at.path, 1, 1}, "в начале файла нет блока полей (title и другие)",
               "начните файл со строки «---», затем «title: Заголовок», затем снова «---»");
  auto read = read_fields(fm->yaml, schema_for(s), YamlOrigin{s.at.path, fm->yaml_line}, diag);
  page.meta_hash = hash64(fm->yaml);
  page.body_md = std::move(fm->body);
  page.body_line = fm->body_line;
  if (!read) return out;
  const Fields& f = *read;
  page.title = f.text("title");
  page.description = f.text("description");
  page.weight = f.integer("weight").value_or(0);
  page.draft = f.boolean("draft", false);
  page.date = f.date("date");
  page.updated = f.date("updated");
  out.verdict = s.role == Source::Role::item ? s.type->read(f, s.at, lib, page, diag) : Verdict::publish;
  if (out.verdict == Verdict::withhold) page = Page{.source = s.at.path};  // nothing of it goes further
  return out;
}

// A free page's output folder: its path below content/pages/ (or content/).
std::optional<std::string> free_page_url(const Source& s, Diagnostics& diag) {
  std::string stem = s.at.stem.rfind("pages/", 0) == 0 ? s.at.stem.substr(6) : s.at.stem;
  auto url = item_url(stem, s.at.path, diag, "kontakty.md или Контакты.md");
  if (!url) return url;
  std::string first = url->substr(0, url->find('/'));
  const auto& reserved = reserved_sections();
  if (std::find(reserved.begin(), reserved.end(), first) != reserved.end()) {
    diag.error({s.at.path}, "имя «" + first + "» занято разделом сайта",
               "переименуйте файл, например в " + first + "-info.md");
    return std::nullopt;
  }
  return url;
}

// What the placed pages leave for later: the intros of lists, and which
// files only unpublished items use.
struct Placement {
  std::optional<Page> home;
  std::map<const ItemType*, std::optional<Page>> intros;
  std::set<std::string> hidden_files, shown_files;  // outputs
  std::set<std::string> processed_images;           // sources: never copied as they are
};

// Puts a read page into the library (or into `placed` for intros).
void place(Loaded&& loaded, const Source& s, Library& lib, Placement& placed, Diagnostics& diag) {
  Page& page = loaded.page;
  placed.processed_images.insert(page.processed_images.begin(), page.processed_images.end());
  if (loaded.verdict == Verdict::withhold) return;
  if (loaded.verdict == Verdict::draft) page.draft = true;
  auto& files = page.draft && !lib.options.drafts ? placed.hidden_files : placed.shown_files;
  files.insert(page.attachments.begin(), page.attachments.end());
  if (page.draft && !lib.options.drafts) return;
  std::optional<std::string> url;
  switch (s.role) {
    case Source::Role::home: placed.home = std::move(page); return;
    case Source::Role::intro: placed.intros[s.type] = std::move(page); return;
    case Source::Role::page:
      page.kind = PageKind::page;
      url = free_page_url(s, diag);
      break;
    case Source::Role::item:
      page.kind = s.type->kind;
      url = s.type->url ? s.type->url(page, s.at, diag) : item_url(s.at.stem, s.at.path, diag, "prikaz-15.md");
      break;
  }
  if (!url) return;
  page.url = *url;
  page.output_file = page.url + "index.html";
  lib.pages.push_back(std::move(page));
}

void load_sources(const std::vector<Source>& sources, Library& lib, Placement& placed, Diagnostics& diag) {
  std::vector<Loaded> loaded(sources.size());
  parallel_for(sources.size(), lib.options.jobs, [&](size_t i, int) { loaded[i] = load_markdown(sources[i], lib, diag); });
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    if (s.role == Source::Role::item)  // every file, published or not: to tell a withheld item from a typo
      lib.item_slugs[std::string(s.type->folder)].insert(slugify(fs::path(s.at.path).stem().string()));
    place(std::move(loaded[i]), s, lib, placed, diag);
  }
}

Page generated_page(PageKind kind, const std::string& url, const std::string& output_file) {
  Page p;
  p.kind = kind;
  p.url = url;
  p.output_file = output_file;
  return p;
}

// The home page, the lists of every type, roadmaps, and the pages every site has.
void add_generated_pages(const Sources& sources, Library& lib, Placement& placed, Diagnostics& diag) {
  Page home = placed.home ? std::move(*placed.home) : Page{};
  home.kind = PageKind::home;
  home.url = "";
  home.output_file = "index.html";
  if (home.title.empty()) home.title = lib.config.title;
  lib.pages.push_back(std::move(home));
  lib.pages.push_back(generated_page(PageKind::accessibility, kAccessibilityUrl, std::string(kAccessibilityUrl) + "index.html"));
  if (auto pairs = load_pair_counts(lib.config.root, diag)) lib.pairs = std::make_shared<const PairCounts>(std::move(*pairs));
  for (const auto& type : item_types()) type.add_lists(lib, std::move(placed.intros[&type]), diag);
  add_roadmap_pages(sources.data_files, lib, diag);
  lib.pages.push_back(generated_page(PageKind::search, "search/", "search/index.html"));
  // Never linked; the file is 404.html at the root.
  lib.pages.push_back(generated_page(PageKind::not_found, "404/", "404.html"));
}

// The files copied as they are: not those only unpublished items use, nor
// pictures that go through the image pipeline.
void keep_published_files(Library& lib, const Placement& placed) {
  std::erase_if(lib.files, [&](const CopiedFile& f) {
    return (placed.hidden_files.count(f.output) && !placed.shown_files.count(f.output)) ||
           placed.processed_images.count(f.source);
  });
  std::sort(lib.files.begin(), lib.files.end(), [](const CopiedFile& a, const CopiedFile& b) { return a.output < b.output; });
}

// Sorts the pages by URL, fills the lookups and reports clashing addresses.
void index_pages(Library& lib, Diagnostics& diag) {
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
  for (const auto& f : lib.files) {
    if (is_editor_leftover(fs::path(f.source).filename().string())) continue;  // never published
    if (!lib.outputs.insert(f.output).second)
      diag.error({f.source}, "файл попадает в сайт по тому же адресу «" + f.output + "», что и другой файл",
                 "переименуйте файл или уберите копию из папки static/");
  }
  for (const char* generated : {"sitemap.xml", "robots.txt", "atom.xml"}) lib.outputs.insert(generated);
}

}  // namespace

Library load_library(const Config& config, const BuildOptions& options, Diagnostics& diag) {
  Library lib;
  lib.config = config;
  lib.options = options;
  Sources sources = find_sources(lib, diag);
  Placement placed;
  load_sources(sources.markdown, lib, placed, diag);
  add_generated_pages(sources, lib, placed, diag);
  keep_published_files(lib, placed);
  index_pages(lib, diag);
  for (const auto& type : item_types())
    if (type.finish) type.finish(lib, diag);
  return lib;
}

}  // namespace nastavnik
