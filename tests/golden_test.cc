// The golden snapshot: the demo built with a fixed date must give exactly the
// files kept in tests/golden/demo/ (text outputs, byte for byte) and
// tests/golden/demo.sha256 (every output, binaries included). Refactors keep
// it identical; an intended change regenerates it with scripts/update-golden
// in the same commit, with the reason in the message.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "golden.h"

using namespace fixture;

namespace {

const std::string kGoldenToday = "2026-11-20";

fs::path golden_dir() { return fs::path(demo_source_dir()) / "tests/golden"; }

bool is_text_output(const std::string& path) {
  for (const char* ext : {".html", ".xml", ".json", ".csv", ".ics", ".js", ".css", ".txt", ".svg"})
    if (path.size() >= std::string(ext).size() && path.compare(path.size() - std::string(ext).size(), std::string::npos, ext) == 0)
      return true;
  return false;
}

// path -> sha256, as `sha256sum` prints them, for every file below `dir`.
std::map<std::string, std::string> checksums(const fs::path& dir) {
  std::map<std::string, std::string> sums;
  for (const auto& [rel, _] : snapshot(dir)) {
    auto r = run_command({"sha256sum", (dir / rel).string()});
    sums[rel] = r.out.substr(0, 64);
  }
  return sums;
}

std::map<std::string, std::string> read_manifest(const fs::path& file) {
  std::map<std::string, std::string> sums;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line))
    if (line.size() > 66) sums[line.substr(66)] = line.substr(0, 64);
  return sums;
}

// The first lines of `diff -u` between the golden file and the built one.
std::string readable_diff(const fs::path& golden, const fs::path& built) {
  auto r = run_command({"diff", "-u", golden.string(), built.string()});
  std::istringstream in(r.out);
  std::string out, line;
  for (int n = 0; n < 40 && std::getline(in, line); ++n) out += line + "\n";
  return out;
}

}  // namespace

void copy_demo_sources(const fs::path& to) {
  fs::path from = demo_source_dir();
  fs::copy_file(from / "site.yaml", to / "site.yaml");
  for (const char* dir : {"content", "static", "templates"})
    if (fs::exists(from / dir)) fs::copy(from / dir, to / dir, fs::copy_options::recursive);
}

void check_against_golden(const fs::path& src) {
  TempDir out;
  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.string(), "-o", site.string(), "--today", kGoldenToday, "-q", "-j", "2"});
  if (r.exit_code != 0) FAIL(r.err);
  auto expected = read_manifest(golden_dir() / "demo.sha256");
  REQUIRE(!expected.empty());
  auto built = checksums(site);
  std::set<std::string> missing, extra;
  for (const auto& [path, _] : expected)
    if (!built.count(path)) missing.insert(path);
  for (const auto& [path, _] : built)
    if (!expected.count(path)) extra.insert(path);
  std::string paths;
  for (const auto& p : missing) paths += "нет в сборке: " + p + "\n";
  for (const auto& p : extra) paths += "лишний файл: " + p + "\n";
  INFO(paths);
  CHECK(missing.empty());
  CHECK(extra.empty());
  int differing = 0;
  for (const auto& [path, sum] : built) {
    auto it = expected.find(path);
    if (it == expected.end() || it->second == sum) continue;
    ++differing;
    if (differing > 5) continue;  // the first few diffs are enough to read
    std::string diff = is_text_output(path) ? readable_diff(golden_dir() / "demo" / path, site / path)
                                            : "(двоичный файл, другая сумма sha256)";
    INFO(path + "\n" + diff);
    CHECK(it->second == sum);
  }
  CHECK(differing == 0);
}

TEST_CASE("golden snapshot: the demo builds to exactly the files in tests/golden") {
  TempDir src;
  copy_demo_sources(src.path());
  check_against_golden(src.path());
}

TEST_CASE("golden snapshot: every text output has its readable copy in tests/golden/demo") {
  auto expected = read_manifest(golden_dir() / "demo.sha256");
  REQUIRE(!expected.empty());
  for (const auto& [path, _] : expected)
    if (is_text_output(path)) {
      INFO(path);
      CHECK(fs::exists(golden_dir() / "demo" / path));
    }
}
