#pragma once
// The manifest kept on the target beside the published files
// (`.nastavnik-manifest.json`): every file nastavnik put there, with the hash
// and size of its bytes. The next publish compares the new build with it and
// sends only what changed; it deletes only files listed here, so the school's
// other files in the same folder are never touched.
#include <map>
#include <optional>
#include <string>

namespace nastavnik {

inline constexpr const char* kManifestName = ".nastavnik-manifest.json";

struct FileEntry {
  std::string hash;  // hex XXH3-64 of the bytes; "" when not known (claimed, not yet uploaded)
  unsigned long long size = 0;
  bool operator==(const FileEntry&) const = default;
};

// Relative path ("news/olimpiada/index.html") -> entry.
using FileSet = std::map<std::string, FileEntry>;

struct Manifest {
  // false while a publish is under way: the files then include every path
  // the publish may have created, so that an interrupted publish, run again,
  // knows them for its own.
  bool complete = true;
  std::string base_url;
  FileSet files;

  std::string to_json() const;
};

enum class ManifestState { missing, ours, foreign };

struct ManifestRead {
  ManifestState state = ManifestState::missing;
  Manifest manifest;  // when ours
};

// Reads the manifest's text (nullopt: there is none on the target).
ManifestRead parse_manifest(const std::optional<std::string>& text);

}  // namespace nastavnik
