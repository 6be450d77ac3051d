#pragma once
// Every path the build will write, checked before anything is written — by
// `build` and `check` alike, so that a name that would make the build fail
// (or the site unusable on Windows) fails `check` the same way.
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "content/library.h"

namespace nastavnik {

// Files the generator writes itself (feeds, sitemap, robots.txt, calendars,
// the theme's assets), relative to the output folder.
std::vector<std::string> generated_outputs(const Library& lib, const std::vector<std::string>& theme_assets);

// Reports, at the source file that produces it: an output path with a name
// Windows reserves (con, nul, com1…) or forbids, a name or path too long; a
// copied file (static/, attachments) whose path is a generated file's
// («static/robots.txt» and the generated robots.txt) or the search index's;
// a file whose path is a folder of other outputs.
void check_output_paths(const Library& lib, const std::vector<std::string>& generated, Diagnostics& diag);

}  // namespace nastavnik
