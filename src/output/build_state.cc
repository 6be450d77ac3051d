#include "output/build_state.h"

#include <sys/stat.h>

#include <charconv>
#include <filesystem>
#include <sstream>

#include "base/file_names.h"
#include "base/hash.h"
#include "base/text.h"

namespace fs = std::filesystem;

namespace nastavnik {

static const char* kHeader = "# nastavnik build state v";

std::string BuildState::serialize() const {
  // Appended, not streamed: ~12 MB at 10,000 pages, written at the end of
  // every build.
  std::string out;
  auto number = [&](auto value) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, static_cast<size_t>(end - buf));
  };
  out += kHeader;
  number(kFormatVersion);
  out += "\nglobal ";
  out += hex64(global_hash);
  out += "\ngeneration ";
  number(generation);
  out += "\noutput ";
  out += output_id;
  out += '\n';
  for (const auto& [path, s] : sources) {
    out += "src ";
    number(s.mtime_ns);
    out += ' ';
    number(s.size);
    out += ' ';
    out += path;
    out += '\n';
  }
  for (const auto& [path, o] : outputs) {
    out += "out ";
    out += hex64(o.deps_hash);
    out += ' ';
    out += hex64(o.content_hash);
    out += ' ';
    number(o.rendered);
    out += ' ';
    number(o.changed);
    out += ' ';
    out += path;
    out += '\n';
    for (const auto& d : o.deps) {
      out += "dep ";
      out += d;
      out += '\n';
    }
  }
  return out;
}

namespace {

// Reads one state line field by field: numbers, hex hashes, then the rest of
// the line (paths and keys may hold spaces). Any malformed field fails it.
class LineReader {
 public:
  explicit LineReader(std::string_view line) : rest_(line) {}
  std::string_view word() {
    size_t space = rest_.find(' ');
    std::string_view w = rest_.substr(0, space);
    rest_ = space == std::string_view::npos ? std::string_view() : rest_.substr(space + 1);
    return w;
  }
  template <typename Int>
  bool number(Int& value, int base = 10) {
    std::string_view w = word();
    auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), value, base);
    return ec == std::errc() && end == w.data() + w.size() && !w.empty();
  }
  std::string_view rest() const { return rest_; }

 private:
  std::string_view rest_;
};

}  // namespace

std::optional<BuildState> BuildState::parse(const std::string& text) {
  std::string_view all(text);
  auto next_line = [&all](std::string_view& line) {
    if (all.empty()) return false;
    size_t nl = all.find('\n');
    line = all.substr(0, nl);
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    return true;
  };
  std::string_view line;
  if (!next_line(line) || line != kHeader + std::to_string(kFormatVersion)) return std::nullopt;
  BuildState s;
  OutputRecord* last = nullptr;
  while (next_line(line)) {
    LineReader fields(line);
    std::string_view tag = fields.word();
    bool ok = true;
    if (tag == "global") {
      ok = fields.number(s.global_hash, 16);
    } else if (tag == "generation") {
      ok = fields.number(s.generation);
    } else if (tag == "output") {
      s.output_id = fields.rest();
    } else if (tag == "src") {
      FileStamp st;
      ok = fields.number(st.mtime_ns) && fields.number(st.size);
      s.sources.emplace_hint(s.sources.end(), std::string(fields.rest()), st);
    } else if (tag == "out") {
      OutputRecord o;
      ok = fields.number(o.deps_hash, 16) && fields.number(o.content_hash, 16) && fields.number(o.rendered) &&
           fields.number(o.changed);
      last = &s.outputs.emplace_hint(s.outputs.end(), std::string(fields.rest()), std::move(o))->second;
    } else if (tag == "dep" && last) {
      last->deps.emplace_back(fields.rest());
    } else {
      ok = false;
    }
    if (!ok) return std::nullopt;
  }
  return s;
}

static void stamp_tree(const fs::path& root, const std::string& dir, std::map<std::string, FileStamp>& out) {
  std::error_code ec;
  fs::path base = root / dir;
  if (!fs::is_directory(base, ec)) return;
  const size_t base_len = base.generic_string().size();
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    bool hosting_file = dir == std::string("static") && is_hosting_dotfile(name);  // .htaccess
    if ((name.empty() || name[0] == '.' || name.back() == '~') && !hosting_file) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    struct stat st;
    if (!it->is_regular_file() || ::stat(it->path().c_str(), &st) != 0) continue;
    // The path below the root, without fs::relative (which resolves links
    // and costs more than the stat itself).
    out[dir + it->path().generic_string().substr(base_len)] = {
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
