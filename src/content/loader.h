#pragma once
// Loads a site's sources into the library: every file under content/ read
// with the schema of its type (item_types.h), drafts and withheld items left
// out, the list and generated pages added, URLs checked for clashes.
#include "content/library.h"

namespace nastavnik {

// Loads everything under config.root. Problems go to `diag`; the library is
// returned even when there are errors so that all of them get reported.
Library load_library(const Config& config, const BuildOptions& options, Diagnostics& diag);

}  // namespace nastavnik
