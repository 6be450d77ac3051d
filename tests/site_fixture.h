#pragma once
// Helpers for end-to-end tests: write a whole site inline into a temporary
// folder, run the real nastavnik binary on it, and read the output back.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace fixture {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  // Writes `text` to `rel` (creating folders).
  void write(const std::string& rel, const std::string& text) const;
  std::string read(const std::string& rel) const;
  bool exists(const std::string& rel) const;

 private:
  fs::path path_;
};

// A small valid site: site.yaml, home, two pages, one document with a file.
void write_minimal_site(const TempDir& site);

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs the nastavnik binary with `args` (no shell involved).
RunResult run_nastavnik(const std::vector<std::string>& args);
RunResult run_command(const std::vector<std::string>& argv);

// Every file below `dir`, relative path -> contents.
std::map<std::string, std::string> snapshot(const fs::path& dir);

struct Reference {
  std::string file;  // output file it appears in
  std::string attr;  // href, src, …
  std::string url;
};
// Every URL in href/src/content attributes of the HTML files below `dir`.
std::vector<Reference> references(const fs::path& dir);
// Internal references (relative or root-absolute) that point at no file.
std::vector<std::string> broken_internal_links(const fs::path& dir, const std::string& base_path = "/");

std::string demo_source_dir();

}  // namespace fixture
