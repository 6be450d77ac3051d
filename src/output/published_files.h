#pragma once
// Which files from content/ and static/ go into the site, and how.
//
// static/ is published as it is. A file beside the texts is published only
// when a published page names it — a link or a picture in a text, a
// document's file, a practice's attachment, a cover, a menu link — so the
// PDF of a draft, the attachments of a news item not yet due and a file
// nobody links to stay out. Editors' leftovers (Word's lock files, backups,
// Windows' thumbnails) are never published. `check` names every file left
// out, and why.
//
// On the way out, raster pictures lose their metadata (render/image_metadata)
// and SVG pictures what runs or loads something (render/svg_sanitizer).
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "content/library.h"
#include "output/staged_output.h"

namespace nastavnik {

// Output paths of the files the pages name, from the dependency keys their
// records keep ("exists:OUTPUT" for links and pictures, "stamp:SOURCE" for
// attachments) — recorded for pages rendered now and kept by pages taken
// over from the previous build alike — and the menu's links.
std::set<std::string> named_outputs(const Library& lib, const std::vector<const std::vector<std::string>*>& page_deps);

// The files of `lib.files` to publish. With `report`, every file left out is
// a warning naming it. SVG pictures are read: a broken one is an error, one
// that had something taken out a warning.
std::vector<CopiedFile> published_files(const Library& lib, const std::set<std::string>& named, bool report,
                                        Diagnostics& diag);

// Writes `file` (its source relative to `root`) into the staged output:
// pictures without metadata, SVG sanitised, anything else copied.
bool publish_file(StagedOutput& out, const std::string& root, const CopiedFile& file, Diagnostics& diag);

}  // namespace nastavnik
