#include "editor/node_path.h"

#include "base/text.h"
#include "content/schemas.h"
#include "editor/yaml_writer.h"

namespace nastavnik {

namespace {

std::optional<size_t> index_of(const std::string& s) {
  if (s.empty() || s.size() > 5 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return static_cast<size_t>(std::stoul(s));
}

const FieldSpec* list_field(const Schema& schema, const std::string& key) {
  for (const auto& f : schema)
    if (f.name == key && f.type == FieldType::map_list) return &f;
  return nullptr;
}

struct Step {
  YamlNode* list;   // the sequence
  size_t index;
  const Schema* schema;
};

// Follows the path to its last list and index, creating the lists on the way when asked.
std::optional<Step> walk(YamlNode& root, const Schema& schema, const std::string& path, bool create) {
  auto parts = split(path, '.');
  if (parts.empty() || parts.size() % 2) return std::nullopt;
  YamlNode* node = &root;
  const Schema* s = &schema;
  for (size_t i = 0; i < parts.size(); i += 2) {
    const FieldSpec* f = list_field(*s, parts[i]);
    auto index = index_of(parts[i + 1]);
    if (!f || !index || !node->is_map()) return std::nullopt;
    bool last = i + 2 == parts.size();
    if (last && f->fields_from.empty()) return std::nullopt;  // only items with their own schema
    YamlNode* list = yaml_get(*node, f->name);
    if (!list || !list->is_sequence()) {
      if (!create || !last || *index != 0) return std::nullopt;
      yaml_set(*node, f->name, yaml_seq());
      list = yaml_get(*node, f->name);
    }
    const Schema* item_schema = f->fields_from.empty() ? &f->fields : &schema_of(f->fields_from);
    if (last) return Step{list, *index, item_schema};
    if (*index >= list->items.size()) return std::nullopt;
    node = &list->items[*index];
    s = item_schema;
  }
  return std::nullopt;
}

}  // namespace

std::optional<NodeRef> node_at(YamlNode& root, const Schema& schema, const std::string& path, bool create) {
  auto step = walk(root, schema, path, create);
  if (!step) return std::nullopt;
  auto& items = step->list->items;
  if (step->index < items.size()) {
    if (!items[step->index].is_map()) return std::nullopt;
    return NodeRef{&items[step->index], step->schema, false};
  }
  if (!create || step->index != items.size()) return std::nullopt;
  items.push_back(yaml_map());
  return NodeRef{&items.back(), step->schema, true};
}

bool erase_node(YamlNode& root, const Schema& schema, const std::string& path) {
  auto step = walk(root, schema, path, false);
  if (!step || step->index >= step->list->items.size()) return false;
  step->list->items.erase(step->list->items.begin() + static_cast<long>(step->index));
  return true;
}

}  // namespace nastavnik
