#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/staged_output.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "nastavnik-staged-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()));
    dir = tmpl;
  }
  ~Scratch() { fs::remove_all(dir); }
};

void put(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string get(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A process id that was alive a moment ago and is not any more.
pid_t dead_pid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

}  // namespace

TEST_CASE("files taken over from the previous build are replaced, never written through") {
  Scratch s;
  fs::path out = s.dir / "site";
  for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) put(out / name, "old");
  put(out / kBuildMarker, "nastavnik\n");
  put(s.dir / "src/new.txt", "copied");
  Diagnostics diag;
  auto staged = StagedOutput::begin(out.string(), (s.dir / "src").string(), diag);
  REQUIRE(staged);
  for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) REQUIRE(staged->keep(name));
  CHECK(staged->write("a.txt", "new"));
  auto stream = staged->open("b.txt");
  REQUIRE(stream);
  stream->write("new");
  CHECK(stream->close());
  CHECK(staged->copy((s.dir / "src/new.txt").string(), "c.txt"));
  CHECK(staged->write("d.txt", std::vector<std::string_view>{"n", "ew"}));
  // The live site is untouched while the build runs (and if it fails)…
  for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) CHECK(get(out / name) == "old");
  CHECK(get(fs::path(staged->dir()) / "a.txt") == "new");
  CHECK(get(fs::path(staged->dir()) / "c.txt") == "copied");
  // … and becomes the new one in one step.
  REQUIRE(staged->commit(diag));
  CHECK(get(out / "a.txt") == "new");
  CHECK(get(out / "b.txt") == "new");
  CHECK(get(out / "d.txt") == "new");
  CHECK_FALSE(fs::exists(staged->dir()));
}

TEST_CASE("leftovers of killed builds are removed when the next build starts, live ones are not") {
  Scratch s;
  fs::path out = s.dir / "site";
  put(out / kBuildMarker, "nastavnik\n");
  pid_t dead = dead_pid();
  put(s.dir / ("site.tmp-" + std::to_string(dead)) / "index.html", "half");
  put(s.dir / ("site.old-" + std::to_string(dead)) / "index.html", "old");
  // A live process's folder (pid 1 is always alive), recently touched.
  put(s.dir / "site.tmp-1/index.html", "busy");
  put(s.dir / "other.tmp-" / "x", "not ours");
  Diagnostics diag;
  auto staged = StagedOutput::begin(out.string(), (s.dir / "src").string(), diag);
  REQUIRE(staged);
  CHECK_FALSE(fs::exists(s.dir / ("site.tmp-" + std::to_string(dead))));
  CHECK_FALSE(fs::exists(s.dir / ("site.old-" + std::to_string(dead))));
  CHECK(fs::exists(s.dir / "site.tmp-1/index.html"));
  CHECK(fs::exists(s.dir / "other.tmp-/x"));
}
