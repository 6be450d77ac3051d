// scripts/check-structure, which CTest runs over src/ (test "structure"):
// here on small trees written inline, so that each rule is seen failing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "site_fixture.h"

namespace fs = std::filesystem;
using fixture::TempDir;

namespace {

fixture::RunResult check_structure(const fs::path& src, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> argv = {"python3", std::string(NASTAVNIK_SOURCE_DIR) + "/scripts/check-structure"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back(src.string());
  return fixture::run_command(argv);
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::string function_of(int lines) {
  std::string body = "int f(int x) {\n";
  for (int i = 0; i < lines - 2; ++i) body += "  x += 1;\n";
  return body + "}\n";
}

}  // namespace

TEST_CASE("check-structure passes a tree of one-way components with short functions") {
  TempDir t;
  write(t.path() / "base/text.h", "#pragma once\n");
  write(t.path() / "content/page.h", "#pragma once\n#include \"base/text.h\"\n");
  write(t.path() / "content/page.cc", "#include \"content/page.h\"\n" + function_of(80));
  auto c = check_structure(t.path());
  INFO(c.out);
  CHECK(c.exit_code == 0);
}

TEST_CASE("check-structure reports components that include each other, a header cycle and a long function") {
  TempDir t;
  write(t.path() / "content/library.h", "#pragma once\n#include \"render/image.h\"\n");
  write(t.path() / "render/image.h", "#pragma once\n#include \"content/library.h\"\n");
  write(t.path() / "render/image.cc", "#include \"render/image.h\"\n" + function_of(81));
  auto c = check_structure(t.path());
  INFO(c.out);
  CHECK(c.exit_code == 1);
  CHECK(c.out.find("components depend on each other: content <-> render") != std::string::npos);
  CHECK(c.out.find("header include cycle: content/library.h <-> render/image.h") != std::string::npos);
  CHECK(c.out.find("render/image.cc:2: function of 81 lines (at most 80)") != std::string::npos);
}

TEST_CASE("check-structure's list of functions waiting to be split only shrinks") {
  TempDir t;
  write(t.path() / "output/build.cc", function_of(90));
  write(t.path() / "allow.txt", "output/build.cc: int f\n");
  auto listed = check_structure(t.path(), {"--allow", (t.path() / "allow.txt").string()});
  INFO(listed.out);
  CHECK(listed.exit_code == 0);
  CHECK(listed.out.find("waiting to be split") != std::string::npos);
  write(t.path() / "output/build.cc", function_of(20));
  auto split = check_structure(t.path(), {"--allow", (t.path() / "allow.txt").string()});
  CHECK(split.exit_code == 1);
  CHECK(split.out.find("no longer long") != std::string::npos);
}
