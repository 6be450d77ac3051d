#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "base/text.h"

namespace fs = std::filesystem;

namespace nastavnik {

static constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                                  IN_ATTRIB | IN_DELETE_SELF;

static const char* const kWatchedDirs[] = {"content", "static", "templates", "themes"};

Watcher::Watcher(std::string root) : root_(std::move(root)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  int wd = inotify_add_watch(fd_, root_.c_str(), IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                                                    IN_MOVED_TO | IN_ATTRIB);
  if (wd >= 0) dirs_[wd] = "";
  for (const char* d : kWatchedDirs) add_tree(d);
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
}

void Watcher::add_tree(const std::string& rel_dir) {
  std::error_code ec;
  fs::path dir = fs::path(root_) / rel_dir;
  if (!fs::is_directory(dir, ec)) return;
  int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd >= 0) dirs_[wd] = rel_dir;
  for (auto it = fs::directory_iterator(dir, ec); it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (it->is_directory(ec) && !name.empty() && name[0] != '.') add_tree(rel_dir + "/" + name);
  }
}

// Only the site's inputs matter at the root (not site/ or build/ next to them).
bool Watcher::relevant(const std::string& rel) const {
  if (rel == "site.yaml") return true;
  for (const char* d : kWatchedDirs) {
    std::string prefix = std::string(d) + "/";
    if (rel == d || rel.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

std::vector<std::string> Watcher::wait(std::chrono::milliseconds quiet, const std::atomic<bool>& stop) {
  std::set<std::string> changed;
  alignas(inotify_event) char buf[64 * 1024];
  while (!stop) {
    pollfd pfd{fd_, POLLIN, 0};
    // Poll in short steps so `stop` is noticed; once something changed, wait
    // only for the quiet period.
    int timeout = changed.empty() ? 200 : static_cast<int>(quiet.count());
    int n = poll(&pfd, 1, timeout);
    if (n < 0) break;
    if (n == 0) {
      if (!changed.empty()) break;
      continue;
    }
    ssize_t len = read(fd_, buf, sizeof buf);
    for (ssize_t off = 0; off < len;) {
      auto* ev = reinterpret_cast<inotify_event*>(buf + off);
      off += sizeof(inotify_event) + ev->len;
      auto dir = dirs_.find(ev->wd);
      if (dir == dirs_.end() || ev->len == 0) continue;
      std::string name = ev->name;
      std::string rel = dir->second.empty() ? name : dir->second + "/" + name;
      if (!relevant(rel)) continue;
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) add_tree(rel);
      // Editors' temporary and backup files are noise; the rename that
      // follows them names the real file.
      if (name.empty() || name[0] == '.' || name.back() == '~' || ends_with_ci(name, ".swp")) continue;
      changed.insert(rel);
    }
  }
  return {changed.begin(), changed.end()};
}

}  // namespace nastavnik
