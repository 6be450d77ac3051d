#pragma once
// Persistent build state, after ninja's build log: a versioned text file in
// the output folder recording the stamp of every input and, for every output,
// the dependency keys it was rendered from, their combined hash and the hash
// of the bytes written. A repeated build re-renders only outputs whose keys
// changed and rewrites only files whose bytes changed.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nastavnik {

struct FileStamp {
  int64_t mtime_ns = 0;
  uint64_t size = 0;
  bool operator==(const FileStamp&) const = default;
};

struct OutputRecord {
  std::vector<std::string> deps;  // dependency keys found while rendering
  uint64_t deps_hash = 0;
  uint64_t content_hash = 0;
  uint64_t rendered = 0;          // generation in which it was last rendered
  uint64_t changed = 0;           // generation in which its bytes last changed
};

struct BuildState {
  static constexpr int kFormatVersion = 1;
  uint64_t global_hash = 0;  // engine, theme, site.yaml, options: a change means a full render
  uint64_t generation = 0;   // incremented by every build that writes
  std::string output_id;     // the output folder it describes (output_folder_id)
  std::map<std::string, FileStamp> sources;
  std::map<std::string, OutputRecord> outputs;

  std::string serialize() const;
  // nullopt for a missing, foreign or older-format file (then: full build).
  static std::optional<BuildState> parse(const std::string& text);
};

// Stamps of every input of a site: site.yaml and the files below content/,
// static/, templates/ and themes/ (hidden and editor backup files skipped).
std::map<std::string, FileStamp> stamp_inputs(const std::string& root);

}  // namespace nastavnik
