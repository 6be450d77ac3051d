#include "publish/posts.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>

#include "base/text.h"
#include "publish/html_fragment.h"
#include "publish/site_links.h"
#include "content/event.h"
#include "content/news.h"

namespace nastavnik {

namespace {

constexpr const char* kRecordFile = "/.nastavnik/published.json";
constexpr size_t kShortText = 400;  // bytes of a post's text taken from the page

std::optional<std::set<std::string>> read_set(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_array()) return std::nullopt;
  std::set<std::string> out;
  for (const auto& v : j[key])
    if (v.is_string()) out.insert(v.get<std::string>());
  return out;
}

// The first paragraph of Markdown as plain text, links and emphasis taken off.
std::string first_paragraph(const std::string& md) {
  std::string para;
  for (const auto& line : split(md, '\n')) {
    std::string_view t = trim(line);
    if (t.empty()) {
      if (!para.empty()) break;
      continue;
    }
    if (t[0] == '#' || t[0] == '|' || t[0] == '!' || t.substr(0, 3) == "```") continue;
    para += (para.empty() ? "" : " ") + std::string(t);
  }
  std::string out;
  for (size_t i = 0; i < para.size(); ++i) {
    char c = para[i];
    if (c == '*' || c == '_' || c == '`' || c == '[') continue;
    if (c == ']' && i + 1 < para.size() && para[i + 1] == '(') {
      size_t close = para.find(')', i);
      if (close != std::string::npos) i = close;
      continue;
    }
    out += c;
  }
  return out;
}

// `text` cut to about `limit` bytes at a space, with an ellipsis.
std::string shorten(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a letter
  std::string out = text.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out + "…";
}

std::string short_text(const Page& page) {
  std::string summary = page.news ? page.news->summary : page.event ? page.event->summary : std::string();
  if (summary.empty()) summary = page.description;
  if (summary.empty()) summary = first_paragraph(page.body_md);
  return shorten(std::string(trim(summary)), kShortText);
}

std::string when_and_where(const Event& e, const DateWords& words) {
  std::string when = format_date_range_ru(e.start.date, e.last_day(), words);
  std::string time = format_time_range(e.start, e.end ? &*e.end : nullptr);
  if (!time.empty()) when += ", " + time;
  std::string where = e.place;
  if (e.format == "online") {
    where = "онлайн";
    if (!e.online_url.empty()) where += ", " + e.online_url;
  } else if (e.format == "mixed") {
    where += where.empty() ? "очно и онлайн" : " и онлайн";
  }
  std::string out = "Когда: " + when;
  if (!where.empty()) out += "\nГде: " + where;
  return out;
}

// The first picture of the page's main content, as a path in the build.
std::pair<std::string, std::string> first_picture(const Page& page, const std::string& build_dir) {
  auto html = read_file(build_dir + "/" + page.output_file);
  if (!html) return {};
  std::pair<std::string, std::string> found;
  FragmentLinks links;
  links.link = [](const std::string&) { return std::optional<std::string>(); };
  links.image = [&](const std::vector<std::string>& candidates, const std::string& alt) {
    if (found.first.empty())
      if (auto path = section_path(page.url, best_picture(candidates)))
        if (std::filesystem::exists(build_dir + "/" + *path)) found = {*path, alt};
    return std::optional<std::string>();
  };
  make_fragment(*html, links);
  return found;
}

}  // namespace

PublishRecord load_publish_record(const std::string& source) {
  PublishRecord record;
  auto text = read_file(source + kRecordFile);
  if (!text) return record;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return record;
  record.previous = read_set(j, "previous");
  record.last = read_set(j, "last");
  return record;
}

void save_publish_record(const std::string& source, const Library& lib) {
  PublishRecord old = load_publish_record(source);
  nlohmann::json j;
  j["previous"] = old.last ? nlohmann::json(*old.last) : nlohmann::json();  // null: nothing published before
  j["last"] = post_item_urls(lib);
  std::error_code ec;
  std::filesystem::create_directories(source + "/.nastavnik", ec);
  std::string path = source + kRecordFile;
  if (write_file(path + ".tmp", j.dump(1) + "\n")) std::filesystem::rename(path + ".tmp", path, ec);
}

std::set<std::string> post_item_urls(const Library& lib) {
  std::set<std::string> urls;
  for (PageKind kind : {PageKind::news, PageKind::event})
    for (const Page* p : lib.of_kind(kind)) urls.insert(p->url);
  return urls;
}

std::vector<const Page*> post_items(const Library& lib, const std::optional<std::set<std::string>>& known) {
  std::vector<const Page*> items;
  const Date& today = lib.options.today;
  for (PageKind kind : {PageKind::news, PageKind::event})
    for (const Page* p : lib.of_kind(kind)) {
      if (known) {
        if (known->count(p->url)) continue;
      } else if (p->news ? p->news->date.days() < today.days() - 30 || p->news->date.days() > today.days()
                         : p->event->last_day().days() < today.days()) {
        continue;
      }
      items.push_back(p);
    }
  auto date_of = [](const Page* p) { return p->news ? p->news->date : p->event->start.date; };
  std::stable_sort(items.begin(), items.end(), [&](const Page* a, const Page* b) { return date_of(b) < date_of(a); });
  return items;
}

Post make_post(const Page& page, const Library& lib, const DateWords& words, const std::string& build_dir) {
  Post post;
  post.url = page.url;
  post.title = page.title;
  std::string text = short_text(page);
  post.text = page.title + "\n\n" + (text.empty() ? std::string() : text + "\n\n");
  if (page.event) post.text += when_and_where(*page.event, words) + "\n";
  else if (page.news) post.text += format_date_ru(page.news->date, words) + "\n";
  post.text += "Подробнее: " + lib.config.base_url + url_encode_path(page.url) + "\n";
  std::tie(post.picture, post.picture_alt) = first_picture(page, build_dir);
  return post;
}

void print_posts(std::ostream& out, const std::vector<Post>& posts, const std::string& build_dir) {
  for (size_t i = 0; i < posts.size(); ++i) {
    out << "──────── Пост " << i + 1 << " из " << posts.size() << " ────────\n" << posts[i].text;
    if (!posts[i].picture.empty())
      out << "Картинка: " << std::filesystem::absolute(build_dir + "/" + posts[i].picture).lexically_normal().string()
          << "\n";
    out << "\n";
  }
}

}  // namespace nastavnik
