#pragma once
// What a publish will do, decided before anything on the target changes:
// which files go up (new or replaced), which are deleted, which stay.
//
// The order keeps every link working while the publish runs: new files go
// up first (nothing on the target links to them yet; files before the pages
// that show them), then replaced files (the pages last, the home page at
// the very end), and deletions come last, when no page that links to a
// deleted file is left. An interrupted publish leaves a consistent section
// at every point.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "publish/manifest.h"

namespace nastavnik {

struct Plan {
  std::vector<std::string> add;        // not on the target yet, in upload order
  std::vector<std::string> replace;    // on the target with other bytes, in upload order
  std::vector<std::string> remove;     // published before, gone from the build
  std::vector<std::string> adopted;    // found on the target with the same bytes, not in the manifest
  std::vector<std::string> conflicts;  // on the target with other bytes, not published by nastavnik
  int unchanged = 0;
  unsigned long long upload_bytes = 0;

  bool changes_nothing() const { return add.empty() && replace.empty() && remove.empty(); }
};

// Paths of the build whose presence on the target must be checked before
// planning: those the manifest does not claim (all of them without one).
std::vector<std::string> paths_to_check(const FileSet& local, const ManifestRead& remote);

// Plans the publish. `found` holds the paths among paths_to_check that
// exist on the target, with the hash of their bytes there. With `overwrite`
// conflicting files are replaced instead of being reported.
Plan make_plan(const FileSet& local, const ManifestRead& remote, const std::map<std::string, std::string>& found,
               bool overwrite);

// The folder part of a path: "news/a/index.html" -> "news/a", "robots.txt" -> "".
std::string parent_folder(const std::string& path);

}  // namespace nastavnik
