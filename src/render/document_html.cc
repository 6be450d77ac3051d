#include "render/document_html.h"

#include "base/text.h"

namespace nastavnik {

namespace {

// Text with its lines kept apart.
std::string lines_html(const std::string& text) {
  std::string out;
  for (const auto& line : split(text, '\n')) {
    if (!out.empty()) out += "<br>";
    out += html_escape(line);
  }
  return out;
}

void append_table(std::string& out, const TextBlock& t) {
  out += "<table>";
  bool header = t.rows.size() > 1;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (r == 0 && header) out += "<thead>";
    if (r == 1 || (r == 0 && !header)) out += "<tbody>";
    out += "<tr>";
    for (const auto& cell : t.rows[r]) {
      out += r == 0 && header ? "<th scope=\"col\">" : "<td>";
      out += lines_html(cell);
      out += r == 0 && header ? "</th>" : "</td>";
    }
    out += "</tr>";
    if (r == 0 && header) out += "</thead>";
  }
  out += t.rows.empty() ? "" : "</tbody>";
  out += "</table>\n";
}

// Opens and closes <ul> as list items go deeper and come back; `open` is how
// many lists are open.
void close_lists(std::string& out, int& open, int to) {
  while (open > to) {
    out += "</li></ul>\n";
    --open;
  }
}

}  // namespace

std::string document_text_html(const DocumentText& text) {
  std::string out;
  int open = 0;
  for (const auto& b : text.blocks) {
    if (b.kind == TextBlock::Kind::list_item) {
      int depth = b.level + 1;
      if (depth > open + 1) depth = open + 1;  // a skipped level nests one deeper only
      if (depth <= open) {
        close_lists(out, open, depth);
        out += "</li>\n";
      }
      while (open < depth) {
        out += "<ul>\n";
        ++open;
      }
      out += "<li>" + lines_html(b.text);
      continue;
    }
    close_lists(out, open, 0);
    switch (b.kind) {
      case TextBlock::Kind::heading: {
        std::string tag = "h" + std::to_string(2 + std::min(std::max(b.level, 1), 3));
        out += "<" + tag + ">" + lines_html(b.text) + "</" + tag + ">\n";
        break;
      }
      case TextBlock::Kind::table: append_table(out, b); break;
      default: out += "<p>" + lines_html(b.text) + "</p>\n";
    }
  }
  close_lists(out, open, 0);
  return out;
}

}  // namespace nastavnik
