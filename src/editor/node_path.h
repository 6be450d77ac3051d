#pragma once
// Items edited on a page of their own (a roadmap's items) are named by
// their path in the file's fields: "sections.0.items.3", "items.2". A path
// is followed only through the schema's lists, so a request cannot reach
// anything else.
#include <optional>
#include <string>

#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

struct NodeRef {
  YamlNode* node = nullptr;       // the item (a map); created when `create` and it is the next new one
  const Schema* schema = nullptr; // the item's fields
  bool is_new = false;
};

// The item at `path`; with `create`, the index may be one past the end (a
// new item, appended). nullopt for a path the schema does not allow.
std::optional<NodeRef> node_at(YamlNode& root, const Schema& schema, const std::string& path, bool create);
// Removes the item at `path`; false when there is none.
bool erase_node(YamlNode& root, const Schema& schema, const std::string& path);

}  // namespace nastavnik
