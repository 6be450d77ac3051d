// `nastavnik publish --zip`: the archive is read back by an independent
// reader (Python's zipfile) and compared with the build, file by file.
#include <catch2/catch.hpp>

#include "publish_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Unpacks `zip` into `dir` with Python's zipfile; returns the names it lists.
std::string unpack(const fs::path& zip, const fs::path& dir) {
  auto r = run_command({"python3", "-c",
                        "import sys, zipfile\n"
                        "z = zipfile.ZipFile(sys.argv[1])\n"
                        "assert z.testzip() is None\n"
                        "z.extractall(sys.argv[2])\n"
                        "print('\\n'.join(sorted(z.namelist())))\n",
                        zip.string(), dir.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("publish --zip writes the build under the section's folder, the same bytes, the same archive twice") {
  TempDir site, build, out;
  write_publish_site(site);
  fs::path zip = out.path() / "razdel.zip";
  std::vector<std::string> args = {"publish", "--zip", zip.string(), "-s", site.path().string(), "-o",
                                   (build.path() / "site").string(), "--today", kToday};
  auto r = run_nastavnik_env({}, args);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "Архив готов"));
  CHECK(contains(r.out, "nastavnichestvo/"));

  fs::path unpacked = out.path() / "unpacked";
  std::string names = unpack(zip, unpacked);
  // The root of the archive is the section folder (base_url's last segment).
  CHECK(contains(names, "nastavnichestvo/index.html\n"));
  CHECK(contains(names, "nastavnichestvo/raspisanie.txt\n"));
  for (const auto& entry : fs::directory_iterator(unpacked)) CHECK(entry.path().filename() == "nastavnichestvo");
  auto built = snapshot(build.path() / "site");
  built.erase(".nastavnik-build");
  CHECK(snapshot(unpacked / "nastavnichestvo") == built);
  CHECK_FALSE(contains(names, "nastavnik-build"));
  CHECK_FALSE(contains(names, ".nastavnik-manifest"));

  // The same build gives the same bytes (fixed times): an archive can be compared.
  std::string first = out.read("razdel.zip");
  REQUIRE(run_nastavnik_env({}, args).exit_code == 0);
  CHECK(out.read("razdel.zip") == first);
  CHECK(fs::directory_iterator(out.path()) != fs::directory_iterator());
  int files = 0;
  for (const auto& e : fs::directory_iterator(out.path())) files += e.is_regular_file();
  CHECK(files == 1);  // no temporary archive left beside it
}

TEST_CASE("publish --zip into a folder that does not exist says so and writes nothing") {
  TempDir site, build;
  write_publish_site(site);
  auto r = run_nastavnik_env({}, {"publish", "--zip", "/nonexistent-folder/razdel.zip", "-s", site.path().string(),
                                  "-o", (build.path() / "site").string(), "--today", kToday});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "razdel.zip"));
}
