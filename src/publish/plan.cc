#include "publish/plan.h"

#include <algorithm>

namespace nastavnik {

namespace {

bool is_page(const std::string& path) {
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

// Files before pages; among pages the deeper first and the home page last:
// a page generally links to pages above it only through lists that are
// replaced after it.
void order_uploads(std::vector<std::string>& paths) {
  auto rank = [](const std::string& p) {
    int depth = static_cast<int>(std::count(p.begin(), p.end(), '/'));
    return std::make_tuple(is_page(p) ? 1 : 0, p == "index.html" ? 1 : 0, -depth);
  };
  std::stable_sort(paths.begin(), paths.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
}

// Pages first (once no page links to a file, the file can go).
void order_removals(std::vector<std::string>& paths) {
  std::stable_sort(paths.begin(), paths.end(),
                   [](const std::string& a, const std::string& b) { return is_page(a) > is_page(b); });
}

}  // namespace

std::string parent_folder(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::vector<std::string> paths_to_check(const FileSet& local, const ManifestRead& remote) {
  std::vector<std::string> paths;
  for (const auto& [path, _] : local)
    if (remote.state != ManifestState::ours || !remote.manifest.files.count(path)) paths.push_back(path);
  return paths;
}

Plan make_plan(const FileSet& local, const ManifestRead& remote, const std::map<std::string, std::string>& found,
               bool overwrite) {
  Plan plan;
  const bool ours = remote.state == ManifestState::ours;
  for (const auto& [path, entry] : local) {
    auto claimed = ours ? remote.manifest.files.find(path) : remote.manifest.files.end();
    if (ours && claimed != remote.manifest.files.end()) {
      // "" is a path claimed by an interrupted publish: its bytes are not known.
      if (claimed->second.hash == entry.hash) {
        ++plan.unchanged;
      } else {
        plan.replace.push_back(path);
        plan.upload_bytes += entry.size;
      }
      continue;
    }
    auto there = found.find(path);
    if (there == found.end()) {
      plan.add.push_back(path);
      plan.upload_bytes += entry.size;
    } else if (there->second == entry.hash) {
      plan.adopted.push_back(path);
      ++plan.unchanged;
    } else if (overwrite) {
      plan.replace.push_back(path);
      plan.upload_bytes += entry.size;
    } else {
      plan.conflicts.push_back(path);
    }
  }
  if (ours)
    for (const auto& [path, _] : remote.manifest.files)
      if (!local.count(path)) plan.remove.push_back(path);
  order_uploads(plan.add);
  order_uploads(plan.replace);
  order_removals(plan.remove);
  return plan;
}

}  // namespace nastavnik
