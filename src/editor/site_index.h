#pragma once
// What the editor knows about the site as a whole, taken afresh when a file
// changed: the content library (titles, links a field may point at, the
// pages a preview address belongs to) and what `check` reports, by file.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "content/library.h"

namespace nastavnik {

struct SiteSnapshot {
  std::optional<Config> config;
  std::shared_ptr<const Library> lib;                      // null when site.yaml cannot be read
  std::map<std::string, std::vector<Diagnostic>> by_file;  // check's messages by source path
  std::vector<Diagnostic> all;
};

class SiteIndex {
 public:
  SiteIndex(std::string root, BuildOptions options) : root_(std::move(root)), options_(options) {}
  // The snapshot of the site as it is now (checked again only when a file
  // under content/ or site.yaml changed since the last one).
  std::shared_ptr<const SiteSnapshot> current();
  const BuildOptions& options() const { return options_; }
  const std::string& root() const { return root_; }

 private:
  std::string root_;
  BuildOptions options_;
  std::mutex mutex_;
  std::string fingerprint_;
  std::shared_ptr<const SiteSnapshot> snapshot_;
};

}  // namespace nastavnik
