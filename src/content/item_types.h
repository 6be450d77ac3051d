#pragma once
// The registry of content types kept one file an item under content/FOLDER/:
// one line per type in item_types.cc. Adding a type adds its line here and
// its kind of pages in library.h; the rest is its own files.
#include <string_view>
#include <vector>

#include "content/item_type.h"

namespace nastavnik {

const std::vector<ItemType>& item_types();
// The type whose folder holds the file below content/ ("news/x.md"), or nullptr.
const ItemType* item_type_of(std::string_view rel);

}  // namespace nastavnik
