#include "cli/list.h"

#include <algorithm>
#include <ostream>

#include "base/text.h"
#include "content/link_targets.h"
#include "content/schemas.h"

namespace nastavnik {

namespace {

bool same_word(const std::string& a, const std::string& b) { return !b.empty() && normalise_choice(a) == normalise_choice(b); }

size_t link_width(const std::vector<LinkTarget>& targets) {
  size_t w = 0;
  for (const auto& t : targets) w = std::max(w, utf8_length(t.link));
  return std::min<size_t>(w, 56);
}

}  // namespace

std::string list_group(const std::string& written) {
  for (const char* g : {"section", "sections"})
    if (written == g) return "section";
  for (const char* g : {"file", "files"})
    if (written == g) return "file";
  if (same_word(written, link_group_label("section")) || same_word(written, "разделы")) return "section";
  if (same_word(written, link_group_label("file"))) return "file";
  for (const auto& t : all_type_schemas()) {
    if (t.folder.empty()) continue;
    if (written == t.type || written == t.type + "s" || same_word(written, t.label) || same_word(written, t.plural))
      return t.type;
  }
  return {};
}

void print_link_targets(const Library& lib, const std::string& group, std::ostream& out) {
  std::vector<LinkTarget> targets;
  for (auto& t : link_targets(lib))
    if (group.empty() || t.group == group) targets.push_back(std::move(t));
  if (targets.empty()) {
    out << "Ничего нет" << (group.empty() ? "" : " в группе «" + link_group_label(group) + "»") << ".\n";
    return;
  }
  out << "Ссылку пишите так, как в левой колонке: в тексте — [слова ссылки](/documents/prikaz.md),\n"
         "в меню site.yaml — link: /documents/prikaz.md. Работает из любого файла.\n";
  size_t width = link_width(targets);
  std::string current;
  for (const auto& t : targets) {
    if (t.group != current) {
      current = t.group;
      out << "\n" << link_group_label(current) << ":\n";
    }
    out << "  " << t.link;
    if (!t.title.empty()) {
      size_t len = utf8_length(t.link);
      out << std::string(len < width ? width - len : 0, ' ') << "  " << t.title;
    }
    out << "\n";
  }
}

}  // namespace nastavnik
