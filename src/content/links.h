#pragma once
// Internal links. Every link the site writes is relative, so the built folder
// works under any subfolder and when moved; editors link to source files
// ("../documents/prikaz.md") or site paths ("/documents/") and the build
// checks that the target exists.
#include <optional>
#include <string>

#include "content/library.h"
#include "base/diagnostics.h"

namespace nastavnik {

// Relative URL from a page in output folder `from_dir` ("kontakty/", "" for
// the root) to an output path. Folder targets ("documents/", "") get an
// explicit index.html so links also work when the folder is opened from disk.
std::string relative_url(const std::string& from_dir, const std::string& target);

// "../../" for "a/b/": the way from a page's folder back to the site root.
std::string root_prefix(const std::string& from_dir);

bool is_external_url(const std::string& href);
std::string percent_decode(const std::string& s);

// The output path a link written in content names: `path` is a source file
// relative to `base_dir` ("../documents/prikaz.md", "files/plan.pdf") or a
// site path ("/documents/"). nullopt when nothing is published there.
std::optional<std::string> resolve_target(const Library& lib, const std::string& base_dir, const std::string& path);
// Reports a link that points at nothing, with the nearest targets as the
// hint; nothing when it names a file whose own error is already reported.
void report_broken_link(const Library& lib, const std::string& base_dir, const std::string& href, const SourceLoc& loc,
                        Diagnostics& diag);

// Rewrites a link written in content. `base_dir` is the folder of the file
// it was written in ("content/pages"); `from_dir` the output folder of the
// page it appears on. External links and #anchors come back unchanged; a
// link to something that does not exist is reported at `loc` and comes back
// unchanged too.
// `target`, when given, receives the output path the link resolved to.
std::string resolve_link(const Library& lib, const std::string& base_dir, const std::string& from_dir,
                         const std::string& href, const SourceLoc& loc, Diagnostics& diag,
                         std::string* target = nullptr);

}  // namespace nastavnik
