#include "publish/html_fragment.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "base/text.h"

namespace nastavnik {

namespace {

using Strings = std::set<std::string, std::less<>>;

// Left out with everything inside.
// (progress and meter: their text is a fallback for old browsers, the figures
// are in the text beside them)
const Strings kDropped = {"script", "style", "noscript", "form", "button", "input",  "select", "textarea",
                          "svg",    "template", "nav",   "iframe", "link",   "meta",   "object", "embed",
                          "canvas", "video",    "audio", "head",   "title",  "progress", "meter"};
// Kept as they are (their allowed attributes only).
const Strings kKept = {"p",  "ul", "ol",  "li",     "table", "caption", "thead", "tbody", "tfoot", "tr",  "th",
                       "td", "blockquote",  "pre",  "hr",    "br",      "strong", "em",   "code",  "sub", "sup", "s"};
// Start a new line in the output after they close.
const Strings kBlocks = {"p",  "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot",
                         "tr", "blockquote", "pre", "hr", "h2", "h3", "h4", "h5", "h6"};
// Written as a paragraph when they hold phrasing content only; else unwrapped.
const Strings kParagraphs = {"dt", "dd", "figcaption", "summary"};
// Phrasing elements: a paragraph may hold them.
const Strings kPhrasing = {"a",    "abbr", "b",  "br",    "cite", "code", "data", "del", "em",   "i",     "img",
                           "ins",  "kbd",  "mark", "q",   "s",    "small", "span", "strong", "sub", "sup", "time",
                           "u",    "var",  "wbr", "picture", "source"};

std::string name_of(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

std::optional<std::string> attribute(const xmlNode* n, const char* name) {
  xmlChar* value = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!value) return std::nullopt;
  std::string s = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return s;
}

std::string text_of(const xmlNode* n) {
  xmlChar* content = xmlNodeGetContent(n);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  if (content) xmlFree(content);
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

int heading_level(const std::string& name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
}

xmlNode* find_element(xmlNode* n, const char* name);

bool dropped(const xmlNode* n) {
  if (kDropped.count(name_of(n))) return true;
  // A chart and its caption: the figures are in the tables beside it.
  if (name_of(n) == "figure" && find_element(n->children, "svg")) return true;
  if (attribute(n, "hidden")) return true;
  auto hidden = attribute(n, "aria-hidden");
  return hidden && *hidden == "true";
}

bool phrasing_only(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (!kPhrasing.count(name_of(c)) || !phrasing_only(c))) return false;
  return true;
}

// Something a reader sees: text other than spaces, or a picture.
bool has_content(const std::string& html) {
  if (html.find("<img") != std::string::npos) return true;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag && c != ' ' && c != '\n' && c != '\t') return true;
  }
  return false;
}

xmlNode* find_element(xmlNode* n, const char* name) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && name_of(n) == name) return n;
    if (xmlNode* found = find_element(n->children, name)) return found;
  }
  return nullptr;
}

// The srcset's URLs, narrowest first.
std::vector<std::string> srcset_urls(const std::string& srcset) {
  std::vector<std::pair<long, std::string>> found;
  for (const auto& part : split(srcset, ',')) {
    auto words = split(std::string(trim(part)), ' ');
    if (words.empty() || words[0].empty()) continue;
    long width = words.size() > 1 ? std::atol(words[1].c_str()) : 0;
    found.emplace_back(width, words[0]);
  }
  std::stable_sort(found.begin(), found.end());
  std::vector<std::string> urls;
  for (auto& [_, url] : found) urls.push_back(url);
  return urls;
}

class Cleaner {
 public:
  Cleaner(const FragmentLinks& links, const xmlNode* title, int shift) : links_(links), title_(title), shift_(shift) {}

  void children(const xmlNode* n, std::string& out) {
    for (const xmlNode* c = n->children; c; c = c->next) node(c, out);
  }

 private:
  void node(const xmlNode* n, std::string& out) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) return text(n, out);
    if (n->type != XML_ELEMENT_NODE || n == title_ || dropped(n)) return;
    std::string name = name_of(n);
    if (name == "b") name = "strong";
    if (name == "i") name = "em";
    if (name == "a") return link(n, out);
    if (name == "img") return image(n, out);
    if (int level = heading_level(name)) {
      name = "h" + std::to_string(std::clamp(level - shift_, 2, 6));
      return element(n, name, out);
    }
    if (kParagraphs.count(name)) return paragraph(n, name, out);
    if (kKept.count(name)) return element(n, name, out);
    children(n, out);  // containers, spans and unknown elements: their content only
  }

  // dt, dd, figcaption, summary: a paragraph when they hold phrasing only.
  // A term and its one-line description share one: «<strong>Дата:</strong> 31 августа».
  void paragraph(const xmlNode* n, const std::string& name, std::string& out) {
    if (consumed_.count(n)) return;
    if (!phrasing_only(n)) return children(n, out);
    std::string inner;
    children(n, inner);
    inner = std::string(trim(inner));
    if (!has_content(inner)) return;
    if (name != "dt") {
      out += "<p>" + inner + "</p>\n";
      return;
    }
    const xmlNode* next = n->next;
    while (next && next->type != XML_ELEMENT_NODE) next = next->next;
    std::string description;
    if (next && name_of(next) == "dd" && phrasing_only(next)) {
      children(next, description);
      description = std::string(trim(description));
      consumed_.insert(next);
    }
    if (!has_content(description)) {
      out += "<p><strong>" + inner + "</strong></p>\n";
      return;
    }
    char last = inner.back();
    bool punctuated = last == ':' || last == '.' || last == '?' || last == '!';
    out += "<p><strong>" + inner + (punctuated ? "" : ":") + "</strong> " + description + "</p>\n";
  }

  void text(const xmlNode* n, std::string& out) {
    std::string s = reinterpret_cast<const char*>(n->content ? n->content : reinterpret_cast<const xmlChar*>(""));
    if (!in_pre_ && trim(s).empty()) {
      if (!s.empty()) out += s.find('\n') != std::string::npos ? "\n" : " ";
      return;
    }
    out += html_escape(s);
  }

  void element(const xmlNode* n, const std::string& name, std::string& out) {
    std::string attrs;
    for (const char* a : {"colspan", "rowspan", "scope", "start"})
      if (auto v = attribute(n, a); v && (name == "th" || name == "td" || name == "ol"))
        if ((name == "ol") == (std::strcmp(a, "start") == 0)) attrs += std::string(" ") + a + "=\"" + html_escape(*v) + "\"";
    if (name == "br" || name == "hr") {
      out += "<" + name + ">" + (name == "hr" ? "\n" : "");
      return;
    }
    bool was_pre = in_pre_;
    in_pre_ = in_pre_ || name == "pre";
    std::string inner;
    children(n, inner);
    in_pre_ = was_pre;
    bool keep_empty = name == "td" || name == "th" || name == "tr" || name == "table" || name == "tbody" ||
                      name == "thead" || name == "tfoot";
    if (!keep_empty && !has_content(inner)) return;
    if (name != "pre") inner = std::string(trim(inner));
    out += "<" + name + attrs + ">" + inner + "</" + name + ">";
    if (kBlocks.count(name)) out += "\n";
  }

  void link(const xmlNode* n, std::string& out) {
    std::string inner;
    children(n, inner);
    auto href = attribute(n, "href");
    std::optional<std::string> target = href ? links_.link(*href) : std::nullopt;
    if (!target || !has_content(inner)) {
      out += inner;
      return;
    }
    out += "<a href=\"" + html_escape(*target) + "\">" + inner + "</a>";
  }

  void image(const xmlNode* n, std::string& out) {
    std::vector<std::string> candidates;
    if (auto src = attribute(n, "src")) candidates.push_back(*src);
    if (auto srcset = attribute(n, "srcset"))
      for (auto& url : srcset_urls(*srcset)) candidates.push_back(url);
    std::string alt = attribute(n, "alt").value_or("");
    auto src = links_.image(candidates, alt);
    if (src) out += "<img src=\"" + html_escape(*src) + "\" alt=\"" + html_escape(alt) + "\">";
  }

  const FragmentLinks& links_;
  const xmlNode* title_;
  int shift_;
  bool in_pre_ = false;
  std::set<const xmlNode*> consumed_;  // descriptions written with their term
};

// The smallest heading level in `n` other than the title's.
int smallest_heading(const xmlNode* n, const xmlNode* title) {
  int smallest = 7;
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || n == title || dropped(n)) continue;
    if (int level = heading_level(name_of(n))) smallest = std::min(smallest, level);
    smallest = std::min(smallest, smallest_heading(n->children, title));
  }
  return smallest;
}

// Blank lines squeezed, spaces at line ends trimmed.
std::string tidy(const std::string& html) {
  std::string out;
  for (const auto& line : split(html, '\n')) {
    std::string_view t = trim(line);
    if (t.empty()) continue;
    out += line.substr(0, line.find_last_not_of(" \t") + 1);
    out += '\n';
  }
  return out;
}

}  // namespace

std::optional<Fragment> make_fragment(const std::string& page_html, const FragmentLinks& links) {
  htmlDocPtr doc = htmlReadMemory(page_html.data(), static_cast<int>(page_html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) return std::nullopt;
  std::optional<Fragment> result;
  if (xmlNode* main = find_element(xmlDocGetRootElement(doc), "main")) {
    const xmlNode* title = find_element(main->children, "h1");
    int smallest = smallest_heading(main->children, title);
    int shift = smallest == 7 ? 0 : smallest - 2;
    std::string html;
    Cleaner(links, title, shift).children(main, html);
    result = Fragment{title ? text_of(title) : std::string(), tidy(html)};
  }
  xmlFreeDoc(doc);
  return result;
}

}  // namespace nastavnik
