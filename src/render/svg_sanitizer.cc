#include "render/svg_sanitizer.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace nastavnik {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "svg:script" -> "script", lower-cased (XML is case-sensitive; the check
// is not, so that no spelling slips through).
std::string local_name(const char* name) {
  std::string_view n(name);
  size_t colon = n.find(':');
  return lower(colon == std::string_view::npos ? n : n.substr(colon + 1));
}

std::string trimmed_lower(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) >= 0x20) out += c;
  return lower(out);
}

// A url(...) that names something outside the picture (not "#id").
bool has_outside_url(std::string_view value) {
  std::string v = trimmed_lower(value);
  if (v.find("@import") != std::string::npos || v.find("expression(") != std::string::npos) return true;
  for (size_t at = v.find("url("); at != std::string::npos; at = v.find("url(", at + 4)) {
    size_t start = at + 4;
    if (start < v.size() && (v[start] == '"' || v[start] == '\'')) ++start;
    if (start >= v.size() || v[start] != '#') return true;
  }
  return false;
}

bool is_dangerous_element(const std::string& name) {
  static const char* names[] = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "frame", "frameset"};
  return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return name == n; });
}

bool is_animation(const std::string& name) {
  return name == "set" || name.rfind("animate", 0) == 0;
}

// The style sheet of a <style>: its text. An element inside one is
// nothing a style sheet holds, and its text would count: it goes too.
std::optional<std::string> style_text(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node n : node.children()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
    else if (n.type() == pugi::node_element) return std::nullopt;
  }
  return out;
}

// pugixml frees a removed node's children by recursion: a deep subtree is
// taken apart leaf by leaf first.
void remove_subtree(pugi::xml_node node) {
  pugi::xml_node cur = node;
  while (true) {
    while (cur.first_child()) cur = cur.first_child();
    if (cur == node) break;
    pugi::xml_node parent = cur.parent();
    parent.remove_child(cur);
    cur = parent;
  }
  node.parent().remove_child(node);
}

// Joined by appending (GCC 12 warns, wrongly, about "literal" + std::string).
std::string concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

class Cleaner {
 public:
  std::vector<std::string> removed;

  void note(const std::string& what) {
    if (std::find(removed.begin(), removed.end(), what) == removed.end()) removed.push_back(what);
  }

  // Whether the element goes as a whole.
  bool element_goes(const pugi::xml_node& el) {
    std::string name = local_name(el.name());
    if (is_dangerous_element(name)) {
      note(concat({"<", el.name(), ">"}));
      return true;
    }
    if (is_animation(name)) {
      std::string target = local_name(el.attribute("attributeName").value());
      if (target == "href" || target.rfind("on", 0) == 0 || target == "style") {
        note(concat({"анимация, которая меняет «", el.attribute("attributeName").value(), "»"}));
        return true;
      }
    }
    if (name == "style") {
      auto css = style_text(el);
      if (css && !has_outside_url(*css)) return false;
      note("<style> с внешними ссылками");
      return true;
    }
    return false;
  }

  void clean_attributes(pugi::xml_node el) {
    bool link = local_name(el.name()) == "a";
    for (pugi::xml_attribute a = el.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      std::string name = local_name(a.name());
      std::string value = trimmed_lower(a.value());
      std::string why;
      if (name.rfind("on", 0) == 0) why = concat({"обработчик ", a.name()});
      else if (name == "href" && !(value.rfind("#", 0) == 0 ||
                                   (link && (value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0))))
        why = concat({"ссылка «", a.value(), "»"});
      else if (name == "base" || (name != "href" && has_outside_url(a.value())))
        why = concat({"внешняя ссылка в «", a.name(), "»"});
      if (!why.empty()) {
        note(why);
        el.remove_attribute(a);
      }
      a = next;
    }
  }
};

}  // namespace

std::optional<SanitizedSvg> sanitize_svg(std::string_view data) {
  pugi::xml_document doc;
  unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype | pugi::parse_pi;
  if (!doc.load_buffer(data.data(), data.size(), flags, pugi::encoding_utf8)) return std::nullopt;
  pugi::xml_node root = doc.document_element();
  if (!root || local_name(root.name()) != "svg") return std::nullopt;
  Cleaner cleaner;
  // Outside the root: only the drawing stays (a DOCTYPE may define entities
  // a browser expands into markup; a processing instruction may load a style sheet).
  for (pugi::xml_node n = doc.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (n.type() == pugi::node_doctype && std::string_view(n.value()).find('[') != std::string_view::npos)
      cleaner.note("DOCTYPE с определениями");
    if (n.type() == pugi::node_pi) cleaner.note(concat({"инструкция <?", n.name(), "?>"}));
    if (n != root) doc.remove_child(n);
    n = next;
  }
  // Every element, without recursion (a picture may nest deeply).
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node el = stack.back();
    stack.pop_back();
    cleaner.clean_attributes(el);
    for (pugi::xml_node child = el.first_child(); child;) {
      pugi::xml_node next = child.next_sibling();
      if (child.type() == pugi::node_pi) {
        cleaner.note(concat({"инструкция <?", child.name(), "?>"}));
        el.remove_child(child);
      } else if (child.type() == pugi::node_element) {
        if (cleaner.element_goes(child)) remove_subtree(child);
        else stack.push_back(child);
      }
      child = next;
    }
  }
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return SanitizedSvg{out.str(), std::move(cleaner.removed)};
}

}  // namespace nastavnik
