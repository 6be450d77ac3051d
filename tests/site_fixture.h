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

// A nastavnik process running in the background (serve); stopped with
// SIGINT when destroyed. Its output goes to files that can be read any time.
class Background {
 public:
  explicit Background(const std::vector<std::string>& args);
  ~Background();
  Background(const Background&) = delete;
  std::string out() const;
  std::string err() const;
  // Sends `sig` and waits up to `seconds` for the exit; returns the exit
  // status, or -1 when it did not exit in time.
  int stop(int sig, int seconds);

 private:
  int pid_ = -1;
  TempDir logs_;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
int free_port();
// A raw HTTP GET with the path sent exactly as given (no normalisation);
// returns the status code and the body.
std::pair<int, std::string> raw_get(int port, const std::string& path);

}  // namespace fixture
