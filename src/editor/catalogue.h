#pragma once
// What the editor can edit: the content types of schemas/, their files on
// disk, and items named by ids that the editor made itself — a request names
// an item by its id, and only ids found in the listing lead to a file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/schema.h"

namespace nastavnik {

// Types in the order the editor's menu shows them.
const std::vector<std::string>& editor_types();
// The schema of an editor type, or nullptr for a name the editor does not know.
const TypeSchema* editor_type(std::string_view name);
// Kept one file per item in a folder (news, events …), not one fixed file.
bool is_folder_type(const TypeSchema& t);

struct ItemFile {
  std::string id;   // "ustanovochnaya-vstrecha", "2024/prikaz" (below the folder, no extension)
  std::string rel;  // "content/events/ustanovochnaya-vstrecha.md"
};

// The items of a type on disk, sorted by id. Fixed-file types list their
// one file (intro: the home text and each list's intro), existing or not.
std::vector<ItemFile> list_items(const std::string& root, const TypeSchema& type);
// The file of an existing item, by an id from the listing; nullopt otherwise.
std::optional<ItemFile> find_item(const std::string& root, const TypeSchema& type, const std::string& id);
// The file a new item with this slug would get; nullopt (with `why`) when
// the slug is not a plain slug (Latin letters, digits, hyphens).
std::optional<ItemFile> new_item(const TypeSchema& type, const std::string& slug, std::string& why);

// A readable name for an intro id («Главная страница раздела», «Новости»).
std::string intro_title(const std::string& id);

}  // namespace nastavnik
