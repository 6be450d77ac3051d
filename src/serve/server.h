#pragma once
// `nastavnik serve`: builds the site, serves the output folder over HTTP on
// loopback (cpp-httplib), watches the sources, rebuilds what an edit touches
// and reloads open pages through server-sent events; a content error keeps
// the last good pages and shows an overlay on every open page.
#include <iosfwd>
#include <string>

#include "output/build.h"

namespace nastavnik {

struct ServeOptions {
  SiteRequest site;
  std::string bind = "127.0.0.1";
  int port = 8080;
  bool editor = true;          // the browser editor at /_editor/
  std::string password_file;   // its password when bound beyond loopback
};

// Runs until SIGINT/SIGTERM. Returns the process exit status.
int serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

// The content type for a file name (".ics" → "text/calendar; charset=utf-8").
std::string content_type_for(const std::string& path);

// Maps a request path to a file inside `root` (the output folder), or
// nullopt when the path leaves it (.., encoded forms, symlinks) — the server
// answers 403 then. `base_path` is the site's path from base_url ("/sub/").
enum class PathCheck { ok, outside, not_found };
PathCheck resolve_request_path(const std::string& root, const std::string& base_path, const std::string& request_path,
                               std::string& file);

}  // namespace nastavnik
