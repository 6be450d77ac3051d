#pragma once
// The whole build: config -> content library -> render (in parallel) ->
// staged output swapped in on success. Also used by `check`, which renders
// everything (so every link is checked) and writes nothing.
#include <string>

#include "content/library.h"
#include "base/diagnostics.h"

namespace nastavnik {

struct SiteRequest {
  std::string source = ".";
  std::string output = "site";
  BuildOptions options;
  bool write = true;         // false for `check`
  bool strict = false;       // part of the build's identity: a strict build re-checks everything
  bool incremental = true;   // reuse the previous build's state when it matches
};

struct SiteStats {
  int pages = 0;
  int files = 0;             // files in the output
  int rendered = 0;          // pages rendered by this build (the rest were reused)
  int written = 0;           // files whose bytes changed
  bool unchanged = false;    // nothing to do: no input changed since the last build
  std::vector<std::string> changed_outputs;  // paths whose bytes changed (live reload)
  std::vector<std::string> rendered_outputs; // pages rendered (for the rebuild log)
  int images_processed = 0;  // photos processed by this build
  int images_cached = 0;     // photos taken from the cache in .nastavnik/images
  long long milliseconds = 0;
};

// Returns true when the site was built (or checked) without errors.
bool build_site(const SiteRequest& request, Diagnostics& diag, SiteStats& stats);

// Where the build state for this source and output lives: in the source
// folder's .nastavnik/ (never published).
std::string state_path(const SiteRequest& request);

// sitemap.xml for the published pages (absolute URLs from base_url).
std::string render_sitemap(const Library& lib);
std::string render_robots(const Library& lib);

}  // namespace nastavnik
