#pragma once
// Links of a built page read back: where a relative link leads within the
// section, and which of a picture's sizes a paste kit or a post takes.
#include <optional>
#include <string>
#include <vector>

namespace nastavnik {

// The path within the section that `href`, written on the page at
// `page_url` ("news/olimpiada/"), leads to: "news/", "documents/files/a.pdf",
// "" for the home page; a page's "index.html" is left off. nullopt for a link
// that leads elsewhere (another site, mailto:, the page's own #anchor) or
// above the section.
std::optional<std::string> section_path(const std::string& page_url, const std::string& href);

// Whether `href` leads to another site or is an address of its own
// (https://…, mailto:…, tel:…), to be kept as written.
bool is_outside_link(const std::string& href);

// The picture to take among an image's candidates (src, then the srcset's
// URLs, narrowest first): the widest JPEG or PNG, which every constructor
// and social network accepts; the src when there is none.
std::string best_picture(const std::vector<std::string>& candidates);

}  // namespace nastavnik
