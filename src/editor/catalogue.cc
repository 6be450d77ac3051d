#include "editor/catalogue.h"

#include <algorithm>
#include <filesystem>

#include "base/file_names.h"
#include "base/text.h"
#include "content/schemas.h"
#include "editor/safe_files.h"

namespace fs = std::filesystem;

namespace nastavnik {

const std::vector<std::string>& editor_types() {
  static const std::vector<std::string> types = {"news",    "event",      "document", "mentor", "practice", "page",
                                                 "roadmap", "indicators", "pairs",    "intro",  "site"};
  return types;
}

const TypeSchema* editor_type(std::string_view name) {
  for (const auto& t : editor_types())
    if (t == name) return &type_schema(t);
  return nullptr;
}

bool is_folder_type(const TypeSchema& t) { return !t.folder.empty(); }

namespace {

std::string extension_of(const TypeSchema& t) { return t.extension.empty() ? ".md" : t.extension; }

// The list intros a site may have (content/<id>/_index.md); "home" is content/_index.md.
const std::vector<std::pair<std::string, std::string>>& intros() {
  static const std::vector<std::pair<std::string, std::string>> list = {
      {"home", "Главная страница раздела"}, {"documents", "Документы"}, {"events", "Мероприятия"},
      {"news", "Новости"},                  {"mentors", "Наставники"},  {"practices", "Банк практик"}};
  return list;
}

bool skipped_name(const std::string& name) {
  return name.empty() || name[0] == '.' || name[0] == '_' || name.back() == '~' || name[0] == '#' ||
         ends_with_ci(name, ".swp") || ends_with_ci(name, ".tmp");
}

}  // namespace

std::string intro_title(const std::string& id) {
  for (const auto& [k, v] : intros())
    if (k == id) return v;
  return id;
}

std::vector<ItemFile> list_items(const std::string& root, const TypeSchema& type) {
  std::vector<ItemFile> out;
  if (type.type == "intro") {
    for (const auto& [id, title] : intros())
      out.push_back({id, id == "home" ? "content/_index.md" : "content/" + id + "/_index.md"});
    return out;
  }
  if (!is_folder_type(type)) return {{"", type.file}};
  std::string ext = extension_of(type);
  fs::path base = fs::path(root) / type.folder;
  std::error_code ec;
  if (!safe_path(root, type.folder) || !fs::is_directory(base, ec)) return out;
  // Symlinked folders are not entered (the default), symlinked files skipped.
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (skipped_name(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec) || !it->is_regular_file(ec) || !ends_with_ci(name, ext)) continue;
    std::string rel_in = it->path().lexically_relative(base).generic_string();
    std::string rel = type.folder + "/" + rel_in;
    if (unsafe_relative_path(rel)) continue;
    out.push_back({rel_in.substr(0, rel_in.size() - ext.size()), rel});
  }
  std::sort(out.begin(), out.end(), [](const ItemFile& a, const ItemFile& b) { return a.id < b.id; });
  return out;
}

std::optional<ItemFile> find_item(const std::string& root, const TypeSchema& type, const std::string& id) {
  for (auto& item : list_items(root, type))
    if (item.id == id) return item;
  return std::nullopt;
}

std::optional<ItemFile> new_item(const TypeSchema& type, const std::string& slug, std::string& why) {
  if (!is_folder_type(type)) {
    why = "у этого вида материалов один файл";
    return std::nullopt;
  }
  if (slug.empty() || slugify(slug) != slug || slug.size() > kMaxSlugBytes) {
    why = "имя файла «" + slug + "» может состоять только из латинских строчных букв, цифр и дефисов (до " +
          std::to_string(kMaxSlugBytes) + " знаков), например vstrecha-nastavnikov";
    return std::nullopt;
  }
  if (auto problem = file_name_problem(slug)) {
    why = "имя файла «" + slug + "» не подходит: " + *problem;
    return std::nullopt;
  }
  return ItemFile{slug, type.folder + "/" + slug + extension_of(type)};
}

}  // namespace nastavnik
