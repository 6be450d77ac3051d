#pragma once
// `nastavnik list [TYPE]`: every page, section and file a link can point
// at, with the exact text to write in a link.
#include <iosfwd>
#include <string>

#include "content/library.h"

namespace nastavnik {

// The groups `list` accepts: schema types with pages, "section", "file"
// (and their Russian names: «документы», «файлы» …). Empty: unknown.
std::string list_group(const std::string& written);

// Prints the targets of `group` (every group when empty), one a line:
// the link to write, then the title.
void print_link_targets(const Library& lib, const std::string& group, std::ostream& out);

}  // namespace nastavnik
