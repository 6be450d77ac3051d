#pragma once
// A built page turned into a clean HTML fragment for the visual editor of
// Госвеб or a site constructor: the content of <main> only, no theme chrome,
// no scripts, styles, classes, ids or ARIA attributes (a constructor strips
// them anyway, and they mean nothing there), the page's own <h1> left out
// (the editor types the title into the constructor's title field), the other
// headings moved up so that they start at <h2>, tables and lists kept plain,
// definition lists written as paragraphs, pictures as one <img>. Every link
// and image goes through `Links`, which makes it absolute or drops it.
#include <functional>
#include <optional>
#include <string>

namespace nastavnik {

struct FragmentLinks {
  // A link's target as written in the page ("../foto/a.jpg", "../index.html",
  // "https://…", "mailto:…") -> the absolute URL the fragment links to, or
  // nullopt to keep the link's text without the link.
  std::function<std::optional<std::string>(const std::string& href)> link;
  // An image's candidates (src, then the srcset's URLs, the widest last) ->
  // the absolute URL of the picture, or nullopt to leave the image out.
  std::function<std::optional<std::string>(const std::vector<std::string>& candidates, const std::string& alt)> image;
};

struct Fragment {
  std::string title;  // the text of the page's <h1>
  std::string html;   // the fragment, lines of block elements
};

// nullopt when the page has no <main>.
std::optional<Fragment> make_fragment(const std::string& page_html, const FragmentLinks& links);

}  // namespace nastavnik
