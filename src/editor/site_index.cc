#include "editor/site_index.h"

#include <sys/stat.h>

#include <filesystem>

#include "base/hash.h"
#include "content/loader.h"
#include "output/build.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// Paths, sizes and times of the sources: a change in any means a new check.
std::string fingerprint(const std::string& root) {
  std::string out;
  auto stamp = [&](const fs::path& p) {
    struct stat st;
    if (::lstat(p.c_str(), &st) != 0) return;
    out += p.generic_string() + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + "\n";
  };
  stamp(fs::path(root) / "site.yaml");
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(fs::path(root) / "content", ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (ec) break;
    stamp(it->path());
  }
  return hex64(hash64(out));
}

}  // namespace

std::shared_ptr<const SiteSnapshot> SiteIndex::current() {
  std::lock_guard lock(mutex_);
  std::string now = fingerprint(root_);
  if (snapshot_ && now == fingerprint_) return snapshot_;
  auto snap = std::make_shared<SiteSnapshot>();
  Diagnostics quiet(root_);
  snap->config = load_config(root_, quiet);
  if (snap->config) snap->lib = std::make_shared<Library>(load_library(*snap->config, options_, quiet));
  SiteRequest check;
  check.source = root_;
  check.options = options_;
  check.write = false;
  check.incremental = false;
  Diagnostics diag(root_);
  SiteStats stats;
  build_site(check, diag, stats);
  snap->all = diag.all();
  for (const auto& d : snap->all) snap->by_file[d.loc.file].push_back(d);
  snapshot_ = snap;
  fingerprint_ = now;
  return snapshot_;
}

}  // namespace nastavnik
