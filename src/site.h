#pragma once
// The whole build: config -> content library -> render (in parallel) ->
// staged output swapped in on success. Also used by `check`, which renders
// everything (so every link is checked) and writes nothing.
#include <string>

#include "content.h"
#include "diagnostics.h"

namespace nastavnik {

struct SiteRequest {
  std::string source = ".";
  std::string output = "site";
  BuildOptions options;
  bool write = true;   // false for `check`
};

struct SiteStats {
  int pages = 0;
  int files = 0;       // everything written, pages included
  long long milliseconds = 0;
};

// Returns true when the site was built (or checked) without errors.
bool build_site(const SiteRequest& request, Diagnostics& diag, SiteStats& stats);

// sitemap.xml for the published pages (absolute URLs from base_url).
std::string render_sitemap(const Library& lib);
std::string render_robots(const Library& lib);

}  // namespace nastavnik
