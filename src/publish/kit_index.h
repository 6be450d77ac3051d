#pragma once
// The paste kit's index.html: a tool page for the editor, in Russian. It
// works from disk; its «Копировать» buttons use the Clipboard API (the page's
// fragment as text/html and text/plain), and without JavaScript the text of
// each page can be selected and copied by hand.
#include <string>

#include "publish/kit.h"

namespace nastavnik {

std::string render_kit_index(const Kit& kit);

}  // namespace nastavnik
