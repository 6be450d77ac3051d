#include "build_state.h"

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "hash.h"
#include "text.h"

namespace fs = std::filesystem;

namespace nastavnik {

static const char* kHeader = "# nastavnik build state v";

std::string BuildState::serialize() const {
  std::ostringstream out;
  out << kHeader << kFormatVersion << "\n";
  out << "global " << hex64(global_hash) << "\n";
  out << "generation " << generation << "\n";
  for (const auto& [path, s] : sources) out << "src " << s.mtime_ns << ' ' << s.size << ' ' << path << "\n";
  for (const auto& [path, o] : outputs) {
    out << "out " << hex64(o.deps_hash) << ' ' << hex64(o.content_hash) << ' ' << o.rendered << ' ' << o.changed << ' '
        << path << "\n";
    for (const auto& d : o.deps) out << "dep " << d << "\n";
  }
  return out.str();
}

std::optional<BuildState> BuildState::parse(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kHeader + std::to_string(kFormatVersion)) return std::nullopt;
  BuildState s;
  OutputRecord* last = nullptr;
  try {
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string tag;
      fields >> tag;
      auto rest = [&] {
        std::string r;
        std::getline(fields >> std::ws, r);
        return r;
      };
      if (tag == "global") {
        std::string h;
        fields >> h;
        s.global_hash = std::stoull(h, nullptr, 16);
      } else if (tag == "generation") {
        fields >> s.generation;
      } else if (tag == "src") {
        FileStamp st;
        fields >> st.mtime_ns >> st.size;
        s.sources[rest()] = st;
      } else if (tag == "out") {
        std::string dh, ch;
        OutputRecord o;
        fields >> dh >> ch >> o.rendered >> o.changed;
        o.deps_hash = std::stoull(dh, nullptr, 16);
        o.content_hash = std::stoull(ch, nullptr, 16);
        last = &(s.outputs[rest()] = o);
      } else if (tag == "dep" && last) {
        last->deps.push_back(rest());
      } else {
        return std::nullopt;
      }
    }
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return s;
}

static void stamp_tree(const fs::path& root, const std::string& dir, std::map<std::string, FileStamp>& out) {
  std::error_code ec;
  fs::path base = root / dir;
  if (!fs::is_directory(base, ec)) return;
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.' || name.back() == '~') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    struct stat st;
    if (!it->is_regular_file() || ::stat(it->path().c_str(), &st) != 0) continue;
    out[fs::relative(it->path(), root).generic_string()] = {
        static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, static_cast<uint64_t>(st.st_size)};
  }
}

std::map<std::string, FileStamp> stamp_inputs(const std::string& root) {
  std::map<std::string, FileStamp> out;
  struct stat st;
  if (::stat((root + "/site.yaml").c_str(), &st) == 0)
    out["site.yaml"] = {static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                        static_cast<uint64_t>(st.st_size)};
  for (const char* dir : {"content", "static", "templates", "themes"}) stamp_tree(root, dir, out);
  return out;
}

}  // namespace nastavnik
