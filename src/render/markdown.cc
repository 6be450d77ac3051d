#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace nastavnik {

namespace {

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

bool has_children_text(cmark_node* node) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    const char* lit = cmark_node_get_literal(c);
    if (lit && *lit) return true;
    if (has_children_text(c)) return true;
  }
  return false;
}

// Where a node starts in the source, 1-based. Nodes made by an extension after
// parsing (the autolink extension's links, their text) carry no position
// (line and column 0): they are reported at their nearest ancestor that has
// one, the paragraph or table cell they stand in.
std::pair<int, int> source_position(cmark_node* node) {
  for (cmark_node* n = node; n; n = cmark_node_parent(n)) {
    int line = cmark_node_get_start_line(n), col = cmark_node_get_start_column(n);
    if (line >= 1 && col >= 1) return {line, col};
  }
  return {1, 1};
}

}  // namespace

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options, const MarkdownHooks& hooks) {
  register_extensions();
  int opts = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  if (options.unsafe_html) opts |= CMARK_OPT_UNSAFE;
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(opts));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

  std::vector<cmark_node*> headings;
  bool has_h1 = false;
  cmark_iter* iter = cmark_iter_new(doc.get());
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    auto [line, col] = source_position(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        headings.push_back(node);
        has_h1 = has_h1 || cmark_node_get_heading_level(node) == 1;
        break;
      case CMARK_NODE_IMAGE:
        if (hooks.warn && !has_children_text(node))
          hooks.warn(line, col, "у картинки нет описания для незрячих читателей",
                     "впишите описание в квадратные скобки: ![Что изображено](файл.jpg)");
        [[fallthrough]];
      case CMARK_NODE_LINK:
        if (hooks.rewrite_url) {
          const char* url = cmark_node_get_url(node);
          std::string rewritten = hooks.rewrite_url(url ? url : "", line, col);
          cmark_node_set_url(node, rewritten.c_str());
        }
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        if (!options.unsafe_html && hooks.warn)
          hooks.warn(line, col, "HTML-код в тексте не публикуется",
                     "используйте разметку Markdown; если HTML необходим, включите markdown.unsafe_html в site.yaml");
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  if (has_h1)
    for (cmark_node* h : headings) cmark_node_set_heading_level(h, std::min(6, cmark_node_get_heading_level(h) + 1));

  // Source positions are only for diagnostics, not for the output.
  char* html = cmark_render_html(doc.get(), opts & ~CMARK_OPT_SOURCEPOS, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  free(html);
  return out;
}

}  // namespace nastavnik
