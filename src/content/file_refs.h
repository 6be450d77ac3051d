#pragma once
// The rules every file an item names in one of its fields is resolved by —
// a document's file and signature, a practice's attachments, a news item's
// cover, an event's report photos, a mentor's photo — whichever field it is:
//
//  - it lies in the item's own section of content/ (a practice's
//    attachment in content/practices/, not in another item's
//    content/documents/files/);
//  - a file of content/mentors/ is used by mentors' profiles alone: their
//    photos are published only there, under their consent, so a photo
//    withheld by consent cannot come back as a cover or a report photo;
//  - it is never reached through a symbolic link that leads out of the
//    site's folder.
#include <string>

#include "base/diagnostics.h"

namespace nastavnik {

// `path` is the file's path from the site root `root`, already normalised
// ("content/practices/files/plan.pdf"); `source_dir` the folder of the item's
// .md file ("content/practices"); `written` the path as the field has it.
// Reports the broken rule at `loc` and returns false.
bool item_file_allowed(const std::string& root, const std::string& source_dir, const std::string& path,
                       const std::string& written, const SourceLoc& loc, Diagnostics& diag);

// Whether `path` (below `root`) resolves, symbolic links followed, to a
// place inside `root`. False for a file that does not exist.
bool stays_inside(const std::string& root, const std::string& path);

}  // namespace nastavnik
