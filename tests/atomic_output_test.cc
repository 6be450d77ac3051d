// The output folder under kills: a build killed with SIGKILL at random
// moments leaves either the previous or the new complete site — never a mix,
// never nothing — and the next build cleans up what the killed ones left and
// writes exactly the site of the current sources.
#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <random>
#include <thread>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-20";

void copy_demo(const TempDir& to) {
  fs::path demo = demo_source_dir();
  fs::copy_file(demo / "site.yaml", to.path() / "site.yaml");
  for (const char* dir : {"content", "static", "templates", "themes"})
    if (fs::exists(demo / dir)) fs::copy(demo / dir, to.path() / dir, fs::copy_options::recursive);
}

// Paths whose presence or bytes differ between two snapshots (for messages).
std::string differences(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
  std::string out;
  for (const auto& [path, bytes] : a)
    if (!b.count(path) || b.at(path) != bytes) out += " " + path;
  for (const auto& [path, _] : b)
    if (!a.count(path)) out += " +" + path;
  return out.substr(0, 600);
}

std::vector<std::string> leftovers(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.rfind("site.tmp-", 0) == 0 || name.rfind("site.old-", 0) == 0) out.push_back(name);
  }
  return out;
}

}  // namespace

TEST_CASE("a build killed at any moment leaves one complete site, and the next build is exact") {
  TempDir src, refs;
  copy_demo(src);
  // Two versions of the sources, one news title apart: an incremental build
  // between them keeps most files (hard links) and rewrites the rest.
  const std::string news = "content/news/anketirovanie.md";
  const std::string version_a = src.read(news);
  REQUIRE(version_a.find("\ntitle: \"") != std::string::npos);
  std::string version_b = version_a;
  version_b.insert(version_b.find("\ntitle: \"") + 9, "Изменено — ");
  auto build = [&](const fs::path& out, bool full) {
    std::vector<std::string> args = {"build", "-s", src.path().string(), "-o", out.string(), "--today", kToday, "-q"};
    if (full) args.push_back("--full");
    return run_nastavnik(args);
  };
  src.write(news, version_b);
  REQUIRE(build(refs.path() / "b", true).exit_code == 0);
  src.write(news, version_a);
  REQUIRE(build(refs.path() / "a", true).exit_code == 0);
  const auto ref_a = snapshot(refs.path() / "a"), ref_b = snapshot(refs.path() / "b");
  REQUIRE(ref_a != ref_b);

  const fs::path out = src.path() / "site";
  REQUIRE(build(out, false).exit_code == 0);
  REQUIRE(snapshot(out) == ref_a);
  // How long a build takes here (slower under the sanitizers): kills land
  // anywhere from before the start to after the end.
  src.write(news, version_b);
  auto started = std::chrono::steady_clock::now();
  REQUIRE(build(out, false).exit_code == 0);
  auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  REQUIRE(snapshot(out) == ref_b);

  std::mt19937 random(20261120);
  std::uniform_int_distribution<long long> moment(0, took.count() * 13 / 10);
  bool current_b = true;
  int complete_a = 0, complete_b = 0;
  for (int i = 0; i < 20; ++i) {
    current_b = i % 2 == 0 ? !current_b : current_b;
    src.write(news, current_b ? version_b : version_a);
    std::vector<std::string> args = {"build", "-s", src.path().string(), "--today", kToday, "-q"};
    if (i % 5 == 4) args.push_back("--full");
    Background running(args);
    std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
    running.stop(SIGKILL, 30);
    auto now = snapshot(out);
    INFO("kill " << i << " after " << took.count() << " µs build; leftovers: " << leftovers(src.path()).size()
                  << "\nnot A:" << differences(now, ref_a) << "\nnot B:" << differences(now, ref_b));
    bool is_a = now == ref_a, is_b = now == ref_b;
    CHECK((is_a || is_b));
    complete_a += is_a;
    complete_b += is_b;
  }
  // Both outcomes happened: the kills did land before and after swaps.
  CHECK(complete_a > 0);
  CHECK(complete_b > 0);

  // The next build removes the leftovers of the killed ones and writes
  // exactly the current sources' site, whatever state they left.
  auto last = build(out, false);
  REQUIRE(last.exit_code == 0);
  CHECK(snapshot(out) == (current_b ? ref_b : ref_a));
  CHECK(leftovers(src.path()).empty());
}
