#pragma once
// Which pages of the section go into the paste kit, in the order an editor
// works down the list: the home page, then the menu's pages each followed
// by the pages below it (a list, then its items), then the rest. Pages a
// constructor has no use for stay out: the search page (it needs the
// section's index), the accessibility page (the constructor has its own
// low-vision version), the 404 page, the printable collection and the
// filtered views of lists (the full lists are in the kit).
#include <vector>

#include "content/library.h"

namespace nastavnik {

bool in_kit(const Page& page);
std::vector<const Page*> kit_pages(const Library& lib);

}  // namespace nastavnik
