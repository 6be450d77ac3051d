#include "render/theme.h"

#include <kainjow/mustache.hpp>

#include <filesystem>

#include "source/frontmatter.h"
#include "base/hash.h"
#include "base/text.h"
#include "source/fields.h"

namespace fs = std::filesystem;

namespace nastavnik {

static void read_tree(const fs::path& dir, const std::string& shown, const std::string& prefix,
                      std::map<std::string, std::string>& files, std::map<std::string, std::string>& origins) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec || !it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), dir).generic_string();
    if (rel.find("/.") != std::string::npos || rel[0] == '.') continue;
    if (auto text = read_file(it->path().string())) {
      files[prefix + rel] = std::move(*text);
      origins[prefix + rel] = shown + "/" + rel;
    }
  }
}

std::optional<Theme> Theme::load(const Config& config, Diagnostics& diag) {
  Theme t;
  fs::path on_disk = fs::path(config.root) / "themes" / config.theme;
  std::error_code ec;
  if (fs::is_directory(on_disk, ec)) {
    read_tree(on_disk, "themes/" + config.theme, "", t.files_, t.origins_);
  } else if (config.theme == "default") {
    for (const auto& f : embedded_default_theme()) {
      t.files_[std::string(f.path)] = std::string(f.data);
      t.origins_[std::string(f.path)] = "(встроенная тема)/" + std::string(f.path);
    }
  } else {
    diag.error({"site.yaml"}, "тема «" + config.theme + "» не найдена в папке themes/",
               "уберите поле theme, чтобы использовать встроенную тему, или положите тему в themes/" + config.theme);
    return std::nullopt;
  }
  read_tree(fs::path(config.root) / "templates", "templates", "templates/", t.files_, t.origins_);

  auto strings = t.files_.find("strings.ru.yaml");
  if (strings == t.files_.end()) {
    diag.error({"themes/" + config.theme}, "в теме нет файла strings.ru.yaml с надписями",
               "скопируйте его из встроенной темы (nastavnik init создаёт сайт с ней)");
    return std::nullopt;
  }
  auto node = parse_yaml_map(normalise_newlines(strings->second), {t.origins_["strings.ru.yaml"], 1}, diag);
  if (!node) return std::nullopt;
  t.strings_ = std::move(*node);
  t.flatten(t.strings_, "");
  t.date_words_ = {t.list("date.months_genitive"), t.list("date.weekdays"), t.str("date.year_suffix")};
  if (t.date_words_.months_genitive.size() != 12)
    diag.error({t.origins_["strings.ru.yaml"]}, "в date.months_genitive должно быть 12 названий месяцев",
               "перечислите месяцы в родительном падеже: января, февраля, …");

  for (const auto& [path, text] : t.files_) {
    if (path.rfind("assets/", 0) != 0) continue;
    std::string name = path.substr(7);
    bool css = name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0;
    std::string data = css ? minify_css(text) : text;
    size_t dot = name.rfind('.');
    std::string fingerprinted = dot == std::string::npos ? name + "." + short_hash(data)
                                                          : name.substr(0, dot) + "." + short_hash(data) + name.substr(dot);
    t.assets_.push_back({name, "assets/" + fingerprinted, data});
  }
  return t;
}

std::string minify_css(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  auto tight = [](char c) { return c == '{' || c == '}' || c == ';' || c == ',' || c == '\0'; };
  auto last = [&] { return out.empty() ? '\0' : out.back(); };
  bool space = false;  // whitespace seen since the last character written
  for (size_t i = 0; i < css.size(); ++i) {
    char c = css[i];
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {  // a comment
      size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? css.size() : end + 1;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (c == '}' && last() == ';') out.pop_back();  // the last declaration needs no ';'
    if (space && !tight(last()) && !tight(c)) out += ' ';
    space = false;
    if (c == '"' || c == '\'') {  // strings are copied as they are
      size_t end = i + 1;
      while (end < css.size() && css[end] != c) end += css[end] == '\\' ? 2 : 1;
      out.append(css.substr(i, std::min(end, css.size() - 1) - i + 1));
      i = end;
      continue;
    }
    out += c;
  }
  return out;
}

std::string Theme::inline_partials(const std::string& text, int depth) const {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out.append(text, pos, open - pos);
    std::string name(trim(std::string_view(text).substr(open + 3, close - open - 3)));
    std::string path = "templates/partials/" + name + ".html";
    auto it = files_.find(path);
    if (it != files_.end() && depth < 10) out += inline_partials(it->second, depth + 1);
    else out.append(text, open, close + 2 - open);  // left for the renderer to report
    pos = close + 2;
  }
  out.append(text, pos);
  return out;
}

// {{t.key}} tags name theme strings, which are the same on every page: they
// are written into the template text once here, escaped as Mustache would,
// instead of being looked up (a dotted lookup splits the name each time) on
// every page. Tags whose string holds "{{" are left to the renderer.
std::string Theme::substitute_strings(const std::string& text) const {
  if (text.find("{{=") != std::string::npos) return text;  // custom delimiters: leave it all
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    bool triple = text.compare(open, 3, "{{{") == 0;
    size_t close = text.find(triple ? "}}}" : "}}", open);
    if (close == std::string::npos) break;
    size_t end = close + (triple ? 3 : 2);
    std::string_view inner = std::string_view(text).substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
    bool raw = triple;
    if (!triple && !inner.empty() && inner.front() == '&') {
      raw = true;
      inner.remove_prefix(1);
    }
    std::string key(trim(inner));
    auto it = key.rfind("t.", 0) == 0 ? scalars_.find(key.substr(2)) : scalars_.end();
    out.append(text, pos, open - pos);
    if (it != scalars_.end() && it->second.find("{{") == std::string::npos)
      out += raw ? it->second : kainjow::mustache::html_escape(it->second);
    else
      out.append(text, open, end - open);
    pos = end;
  }
  out.append(text, pos);
  return out;
}

std::optional<std::string> Theme::template_text(const std::string& name) const {
  auto it = files_.find("templates/" + name);
  if (it == files_.end()) return std::nullopt;
  return substitute_strings(inline_partials(it->second, 0));
}

std::string Theme::template_origin(const std::string& name) const {
  auto it = origins_.find("templates/" + name);
  return it == origins_.end() ? "templates/" + name : it->second;
}

std::string Theme::str(const std::string& key) const {
  auto it = scalars_.find(key);
  return it == scalars_.end() ? key : it->second;
}

std::vector<std::string> Theme::list(const std::string& key) const {
  auto it = lists_.find(key);
  return it == lists_.end() ? std::vector<std::string>{} : it->second;
}

void Theme::flatten(const YamlNode& node, const std::string& prefix) {
  if (node.is_scalar()) {
    scalars_[prefix] = node.text;
  } else if (node.is_sequence()) {
    auto& items = lists_[prefix];
    for (const auto& item : node.items) items.push_back(item.is_scalar() ? item.text : std::string());
  } else if (node.is_map()) {
    for (const auto& e : node.entries) flatten(e.value, prefix.empty() ? e.key : prefix + "." + e.key);
  }
}

const ThemeAsset* Theme::asset(const std::string& name) const {
  for (const auto& a : assets_)
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace nastavnik
