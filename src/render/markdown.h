#pragma once
// Markdown to HTML with cmark-gfm and its GFM extensions (tables,
// strikethrough, autolinks, task lists, footnotes).
#include <functional>
#include <string>
#include <string_view>

namespace nastavnik {

struct MarkdownHooks {
  // Returns the URL to write for a link or image; line/col are 1-based within
  // the Markdown text.
  std::function<std::string(const std::string& url, int line, int col)> rewrite_url;
  // Reports a problem the editor should fix (missing alt text, raw HTML).
  std::function<void(int line, int col, const std::string& message, const std::string& hint)> warn;
};

struct MarkdownOptions {
  bool unsafe_html = false;  // pass raw HTML through instead of dropping it
};

// The page title is the only h1: when the text uses "# …" headings, every
// heading is moved one level down so the outline stays in order.
std::string render_markdown(std::string_view markdown, const MarkdownOptions& options, const MarkdownHooks& hooks);

}  // namespace nastavnik
