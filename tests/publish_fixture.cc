#include "publish_fixture.h"

#include <sys/stat.h>

namespace fixture {

RunResult run_nastavnik_env(const std::vector<std::string>& env, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/bin/sh", "-c", "exec \"$@\" </dev/null", "sh", "/usr/bin/env"};
  argv.insert(argv.end(), env.begin(), env.end());
  argv.push_back(NASTAVNIK_BIN);
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv);
}

std::map<std::string, unsigned long> inodes(const fs::path& dir) {
  // Also called while a publish renames files in there: entries that vanish
  // on the way are skipped, never an error.
  std::map<std::string, unsigned long> result;
  std::error_code ec;
  const std::string prefix = dir.string() + "/";
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    struct stat st {};
    std::string path = it->path().string();
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && path.rfind(prefix, 0) == 0)
      result[path.substr(prefix.size())] = st.st_ino;
  }
  return result;
}

std::vector<std::string> replaced(const std::map<std::string, unsigned long>& before,
                                  const std::map<std::string, unsigned long>& after) {
  std::vector<std::string> paths;
  for (const auto& [path, inode] : after) {
    auto old = before.find(path);
    if (old == before.end() || old->second != inode) paths.push_back(path);
  }
  return paths;
}

std::vector<std::string> temporary_files(const fs::path& dir) {
  std::vector<std::string> found;
  if (!fs::exists(dir)) return found;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.find("nastavnik-tmp") != std::string::npos) found.push_back(fs::relative(e.path(), dir).generic_string());
  }
  return found;
}

void write_publish_site(const TempDir& site) {
  write_minimal_site(site);
  site.write("static/raspisanie.txt", "Расписание встреч наставников: вторник, 15:00.\n");
  site.write("content/pages/o-nas.md", "---\ntitle: О наставничестве\n---\n\nКак устроено наставничество в школе.\n");
}

}  // namespace fixture
