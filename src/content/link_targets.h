#pragma once
// Everything a link written in content can point at — pages, section
// lists, files — each with the exact text to write (`nastavnik list`), and
// the nearest of them to a link that points at nothing (the hint of a broken
// link): compared without case, in Latin letters, so «Ivanova.md»,
// «ivanova» and «иванова» are one name.
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

struct LinkTarget {
  std::string group;  // the schema type of what it is: "document", "event", "file", "section" …
  std::string link;   // what to write: "/documents/prikaz-86-o.md", "/documents/", "/files/plan.pdf"
  std::string title;  // the page's title; empty for files
  std::string url;    // where it is published, relative to the site root: "documents/prikaz-86-o/"
};

// Every target of the library, grouped (sections first, then the types in
// the order of their schemas, then files), by link within a group.
std::vector<LinkTarget> link_targets(const Library& lib);

// The Russian name of a group: «Документы», «Разделы сайта», «Файлы».
std::string link_group_label(const std::string& group);

// Up to `max` targets whose names are nearest to the link `href` written in
// content, nearest first.
std::vector<LinkTarget> nearest_link_targets(const Library& lib, const std::string& href, size_t max = 3);

// The hint's tail for a broken link: «похожие: /a.md («A»), /b/; все адреса — nastavnik list».
std::string nearest_links_hint(const Library& lib, const std::string& href);

}  // namespace nastavnik
