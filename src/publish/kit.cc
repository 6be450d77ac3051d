#include "publish/kit.h"

#include <unistd.h>

#include <filesystem>

#include "base/file_names.h"
#include "base/hash.h"
#include "base/text.h"
#include "publish/html_fragment.h"
#include "publish/kit_index.h"
#include "publish/kit_manifest.h"
#include "publish/kit_pages.h"
#include "publish/local_files.h"
#include "publish/site_links.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// "fayly/melnikov-pavel-sergeevich.jpg": readable, Latin, unique in the kit.
class KitNames {
 public:
  std::string unique(const std::string& folder, std::string stem, const std::string& ext) {
    stem = cap_slug(stem.empty() ? "fayl" : stem, 60);
    std::string name = folder + stem + ext;
    for (int n = 2; !used_.insert(name).second; ++n) name = folder + stem + "-" + std::to_string(n) + ext;
    return name;
  }

 private:
  std::set<std::string> used_;
};

std::string extension_of(const std::string& path) { return to_lower(fs::path(path).extension().string()); }

// A name nobody can read: a content hash ("ce6ed9614d46-640"), or a name
// every event's file has ("event").
bool unreadable(const std::string& stem) {
  if (stem == "event" || stem == "calendar" || stem == "index") return true;
  size_t hex = stem.find_first_not_of("0123456789abcdef");
  return hex >= 8 && (hex == std::string::npos || stem[hex] == '-');
}

class KitBuilder {
 public:
  KitBuilder(const Library& lib, const std::string& build_dir, Kit& kit) : lib_(lib), build_(build_dir), kit_(kit) {}

  bool add_page(const Page& page, std::string& error) {
    auto html = read_file(build_ + "/" + page.output_file);
    if (!html) {
      error = "в сборке нет страницы " + page.output_file;
      return false;
    }
    KitPage kp;
    kp.url = page.url;
    kp.title = page.list_page > 1 ? page.title + " — страница " + std::to_string(page.list_page) : page.title;
    kp.address = address(page.url);
    std::string stem = page.url.empty() ? "glavnaya" : page.url.substr(0, page.url.size() - 1);
    for (char& c : stem) c = c == '/' ? '-' : c;
    kp.file = names_.unique("stranicy/", slugify(stem), ".html");
    FragmentLinks links;
    links.link = [&](const std::string& href) { return link(page, href, kp); };
    links.image = [&](const std::vector<std::string>& candidates, const std::string& alt) {
      auto path = section_path(page.url, best_picture(candidates));
      if (!path || !fs::exists(build_ + "/" + *path)) return std::optional<std::string>();
      return std::optional<std::string>(attach(*path, alt.empty() ? page.title + " фото" : alt, kp));
    };
    auto fragment = make_fragment(*html, links);
    if (!fragment) {
      error = "в странице " + page.output_file + " нет основного содержания (<main>)";
      return false;
    }
    kp.html = fragment->html;
    kp.hash = hex64(hash64(kp.html));
    kit_.pages.push_back(std::move(kp));
    return true;
  }

  // The post's picture gets a copy in posty/ beside its text.
  void add_post(const Post& post) {
    std::string stem = slugify(post.url.substr(post.url.find('/') + 1));
    KitPost kp{post, names_.unique("posty/", stem, ".txt"), ""};
    if (!post.picture.empty()) {
      kp.picture = names_.unique("posty/", stem, extension_of(post.picture));
      add_file(kp.picture, post.picture);
    }
    kit_.posts.push_back(std::move(kp));
  }

 private:
  std::string address(const std::string& path) const { return lib_.config.base_url + url_encode_path(path); }

  std::optional<std::string> link(const Page& page, const std::string& href, KitPage& kp) {
    if (is_outside_link(href)) return href;
    auto path = section_path(page.url, href);
    if (!path) return std::nullopt;
    if (path->empty() || path->back() == '/') {
      const Page* target = lib_.find_url(*path);
      return target && in_kit(*target) ? std::optional<std::string>(address(*path)) : std::nullopt;
    }
    // Pages not in the kit, and the section's feed and maps: nothing to attach.
    if (ends_with_ci(*path, ".html") || *path == "atom.xml" || *path == "sitemap.xml" || *path == "robots.txt" ||
        !fs::is_regular_file(build_ + "/" + *path))
      return std::nullopt;
    std::string stem = fs::path(*path).stem().string();
    return attach(*path, unreadable(stem) ? page.title + " " + (stem == "event" ? "" : stem) : stem, kp);
  }

  // The file's name in the kit (given the first time it is met), recorded
  // as one of the page's files; returns its address.
  std::string attach(const std::string& path, const std::string& readable, KitPage& kp) {
    auto it = by_source_.find(path);
    if (it == by_source_.end()) {
      std::string name = names_.unique("fayly/", slugify(readable), extension_of(path));
      it = by_source_.emplace(path, name).first;
      add_file(name, path);
    }
    if (std::find(kp.files.begin(), kp.files.end(), it->second) == kp.files.end()) kp.files.push_back(it->second);
    return address(it->second);
  }

  void add_file(const std::string& name, const std::string& path) {
    KitFile f;
    f.name = name;
    f.source = build_ + "/" + path;
    f.hash = hash_file(f.source);
    std::error_code ec;
    f.size = fs::file_size(f.source, ec);
    kit_.files.emplace(name, std::move(f));
  }

  const Library& lib_;
  std::string build_;
  Kit& kit_;
  KitNames names_;
  std::map<std::string, std::string> by_source_;  // path in the build -> name in the kit
};

bool write_text(const fs::path& dir, const std::string& name, const std::string& text, std::string& error) {
  std::error_code ec;
  fs::create_directories((dir / name).parent_path(), ec);
  if (write_file((dir / name).string(), text)) return true;
  error = "не удалось записать " + (dir / name).string();
  return false;
}

bool write_files(const Kit& kit, const fs::path& dir, const std::set<std::string>& items, std::string& error) {
  for (const auto& p : kit.pages)
    if (!write_text(dir, p.file, p.html, error)) return false;
  for (const auto& p : kit.posts)
    if (!write_text(dir, p.file, p.post.text, error)) return false;
  for (const auto& [name, f] : kit.files) {
    std::error_code ec;
    fs::create_directories((dir / name).parent_path(), ec);
    if (!fs::copy_file(f.source, dir / name, fs::copy_options::overwrite_existing, ec)) {
      error = "не удалось скопировать " + f.source + " в набор (" + ec.message() + ")";
      return false;
    }
  }
  return write_text(dir, "index.html", render_kit_index(kit), error) &&
         write_text(dir, kKitManifestName, kit_record_json(kit, items), error);
}

// Puts the new kit in place of the old one (moved aside, then removed).
bool swap_in(const fs::path& fresh, const fs::path& dir, std::string& error) {
  std::error_code ec;
  fs::path old = dir.string() + ".old-" + std::to_string(::getpid());
  bool had = fs::exists(dir, ec);
  if (had) fs::rename(dir, old, ec);
  if (!ec) fs::rename(fresh, dir, ec);
  if (ec) {
    error = "не удалось записать набор в " + dir.string() + " (" + ec.message() + ")";
    if (had && !fs::exists(dir)) fs::rename(old, dir, ec);
    return false;
  }
  if (had) fs::remove_all(old, ec);
  return true;
}

}  // namespace

bool write_kit(const Library& lib, const DateWords& words, const std::string& build_dir, const std::string& dir_given,
               Kit& kit, std::string& error) {
  std::error_code ec;
  std::string dir = dir_given;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  kit.title = lib.config.title;
  kit.organisation = lib.config.organisation.short_name;
  kit.base_url = lib.config.base_url;
  kit.built = format_date_ru(lib.options.today, words);
  std::optional<KitRecord> previous = read_kit_record(dir);
  if (!previous && fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    error = "в папке " + dir + " уже есть файлы, и это не набор Наставника — они не будут заменены";
    return false;
  }
  KitBuilder builder(lib, build_dir, kit);
  for (const Page* page : kit_pages(lib))
    if (!builder.add_page(*page, error)) return false;
  std::set<std::string> items = post_item_urls(lib);
  // Posts: for the news and events new since the previous kit; until newer
  // ones come, the previous kit's posts stay.
  std::optional<std::set<std::string>> known;
  if (previous) {
    known = previous->items;
    bool fresh = false;
    for (const auto& url : items) fresh = fresh || !known->count(url);
    if (!fresh)
      for (const auto& url : previous->posts) known->erase(url);
  }
  for (const Page* item : post_items(lib, known)) builder.add_post(make_post(*item, lib, words, build_dir));
  if (previous) compare_kits(*previous, kit);
  fs::path fresh = dir + ".tmp-" + std::to_string(::getpid());
  fs::remove_all(fresh, ec);
  if (!write_files(kit, fresh, items, error)) {
    fs::remove_all(fresh, ec);
    return false;
  }
  return swap_in(fresh, dir, error);
}

}  // namespace nastavnik
