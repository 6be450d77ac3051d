#pragma once
// Watches a site's sources with inotify: new, changed, deleted and renamed
// files, new folders, and editors that save by writing a temporary file and
// renaming it over the original.
#include <atomic>
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace nastavnik {

class Watcher {
 public:
  // Watches site.yaml and content/, static/, templates/, themes/ below `root`.
  explicit Watcher(std::string root);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  bool ok() const { return fd_ >= 0; }

  // Blocks until something changes (or `stop` is set), then keeps collecting
  // until `quiet` passes without a new event, so a burst of saves becomes
  // one rebuild. Returns the changed paths relative to the root, sorted.
  std::vector<std::string> wait(std::chrono::milliseconds quiet, const std::atomic<bool>& stop);

 private:
  void add_tree(const std::string& rel_dir);
  bool relevant(const std::string& rel) const;
  std::string root_;
  int fd_ = -1;
  std::map<int, std::string> dirs_;  // watch descriptor -> folder relative to root ("" for the root)
};

}  // namespace nastavnik
