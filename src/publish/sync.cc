#include "publish/sync.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "base/hash.h"
#include "publish/interrupt.h"

namespace nastavnik {

namespace {

constexpr const char* kTempSuffix = ".nastavnik-tmp";

bool is_temporary(const std::string& name) {
  return name.size() > 15 && name[0] == '.' && name.compare(name.size() - 14, 14, kTempSuffix) == 0;
}

std::string join_path(const std::string& dir, const std::string& name) { return dir.empty() ? name : dir + "/" + name; }

[[noreturn]] void stop_interrupted() {
  throw TargetError(FailureKind::interrupted, "публикация прервана",
                    "запустите её снова той же командой: она продолжится, уже отправленные файлы не пойдут заново");
}

// What is on the target among the folders that matter: existing paths of
// `paths`, and temporary files left by an interrupted publish.
struct Survey {
  std::map<std::string, std::string> found;  // path -> hash of its bytes there
  std::vector<std::string> temporary;
};

Survey survey(Target& target, const std::vector<std::string>& paths, const std::set<std::string>& extra_folders) {
  std::map<std::string, std::vector<std::string>> by_folder;
  for (const auto& p : paths) by_folder[parent_folder(p)].push_back(p);
  for (const auto& f : extra_folders) by_folder[f];
  Survey s;
  for (const auto& [folder, wanted] : by_folder) {
    if (interrupt_requested()) stop_interrupted();
    auto names = target.list(folder);
    if (!names) continue;
    std::set<std::string> present(names->begin(), names->end());
    for (const auto& name : present)
      if (is_temporary(name)) s.temporary.push_back(join_path(folder, name));
    for (const auto& p : wanted) {
      if (!present.count(p.substr(folder.empty() ? 0 : folder.size() + 1))) continue;
      // Not ours by the manifest: its bytes decide whether it is the same file.
      if (auto bytes = target.read(p)) s.found[p] = hex64(hash64(*bytes));
    }
  }
  return s;
}

}  // namespace

std::string temporary_name(const std::string& path) {
  std::string folder = parent_folder(path);
  std::string name = folder.empty() ? path : path.substr(folder.size() + 1);
  return join_path(folder, "." + name + kTempSuffix);
}

namespace {

// Keeps the manifest on the target up to date while files go up.
class ManifestWriter {
 public:
  ManifestWriter(Target& target, Manifest manifest) : target_(target), manifest_(std::move(manifest)) {}

  void write() {
    target_.upload_data(manifest_.to_json(), temporary_name(kManifestName), kManifestName);
    written_ = std::chrono::steady_clock::now();
    since_ = 0;
  }
  // Records a file that is in place; now and then writes the manifest, so
  // that a resumed publish does not send it again.
  void sent(const std::string& path, const FileEntry& entry) {
    manifest_.files[path] = entry;
    if (++since_ >= 100 || std::chrono::steady_clock::now() - written_ > std::chrono::seconds(10)) write();
  }
  Manifest& manifest() { return manifest_; }

 private:
  Target& target_;
  Manifest manifest_;
  std::chrono::steady_clock::time_point written_ = std::chrono::steady_clock::now();
  int since_ = 0;
};

// Folders that held removed files and hold none of the build's: deepest first.
std::vector<std::string> emptied_folders(const std::vector<std::string>& removed, const FileSet& local) {
  std::set<std::string> used;
  for (const auto& [path, _] : local)
    for (std::string f = parent_folder(path); !f.empty(); f = parent_folder(f)) used.insert(f);
  std::set<std::string> emptied;
  for (const auto& path : removed)
    for (std::string f = parent_folder(path); !f.empty() && !used.count(f); f = parent_folder(f)) emptied.insert(f);
  std::vector<std::string> list(emptied.begin(), emptied.end());
  std::sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) {
    return std::count(a.begin(), a.end(), '/') > std::count(b.begin(), b.end(), '/');
  });
  return list;
}

void send_files(Target& target, const std::vector<std::string>& paths, const FileSet& local,
                const std::string& local_dir, ManifestWriter& manifest, TransferProgress& progress, SyncResult& result) {
  for (const auto& path : paths) {
    if (interrupt_requested()) stop_interrupted();
    const FileEntry& entry = local.at(path);
    target.upload(local_dir + "/" + path, temporary_name(path), path, [&](unsigned long long sent) {
      progress.sending(sent);
      return !interrupt_requested();
    });
    progress.file_done(entry.size);
    manifest.sent(path, entry);
    ++result.uploaded;
    result.uploaded_bytes += entry.size;
  }
}

}  // namespace

SyncResult sync_to_target(Target& target, const FileSet& local, const SyncOptions& options, TransferProgress& progress) {
  SyncResult result;
  ManifestRead remote = parse_manifest(target.read(kManifestName));
  result.manifest = remote.state;
  result.resumed = remote.state == ManifestState::ours && !remote.manifest.complete;
  // After an interruption, temporary files may lie beside any claimed path.
  std::set<std::string> folders = {""};
  if (result.resumed)
    for (const auto& [path, _] : remote.manifest.files) folders.insert(parent_folder(path));
  Survey there = survey(target, paths_to_check(local, remote), folders);
  result.plan = make_plan(local, remote, there.found, options.overwrite);
  if (options.dry_run || !result.plan.conflicts.empty()) return result;

  // Claim every path this publish may create before creating any.
  Manifest claims = remote.state == ManifestState::ours ? remote.manifest : Manifest{};
  claims.complete = false;
  claims.base_url = options.base_url;
  for (const auto& path : result.plan.add) claims.files.emplace(path, FileEntry{});
  for (const auto& path : result.plan.replace) claims.files.emplace(path, FileEntry{});
  for (const auto& path : result.plan.adopted) claims.files[path] = local.at(path);
  ManifestWriter manifest(target, std::move(claims));
  if (!result.plan.changes_nothing() || !there.temporary.empty() || remote.state != ManifestState::ours ||
      !remote.manifest.complete)
    manifest.write();

  for (const auto& temp : there.temporary) {
    target.remove(temp);
    ++result.temporary_removed;
  }
  progress.begin(static_cast<int>(result.plan.add.size() + result.plan.replace.size()), result.plan.upload_bytes);
  send_files(target, result.plan.add, local, options.local_dir, manifest, progress, result);
  send_files(target, result.plan.replace, local, options.local_dir, manifest, progress, result);
  progress.end();
  for (const auto& path : result.plan.remove) {
    if (interrupt_requested()) stop_interrupted();
    target.remove(path);
    ++result.deleted;
  }
  for (const auto& folder : emptied_folders(result.plan.remove, local)) target.remove_empty_folder(folder);

  Manifest final_manifest;
  final_manifest.base_url = options.base_url;
  final_manifest.files = local;
  if (final_manifest.files != remote.manifest.files || !remote.manifest.complete ||
      remote.state != ManifestState::ours || remote.manifest.base_url != options.base_url)
    ManifestWriter(target, std::move(final_manifest)).write();
  result.done = true;
  return result;
}

}  // namespace nastavnik
