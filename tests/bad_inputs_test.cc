// The invalid-input corpus: every file in tests/fixtures/bad/ is one hostile
// or careless input with its expected outcome, run against the real binary.
//
// A case file is a small site written inline (after Hugo's txtar), laid over
// the minimal site of site_fixture.cc unless it says `# base: none`:
//
//   # What the case is about (free text).
//   # run: build -s {site} -o {site}/site --today 2026-11-20
//   # exit: 1
//   # stderr: content/news/a.md:4:8: ошибка: ссылка «javascript:alert(1)»
//   # file-lacks: site/index.html :: javascript:
//   -- content/news/a.md --
//   …
//
// Expectations after a `run` apply to that run: `exit`, `stderr` and
// `stderr-lacks` (substrings), `stdout`; `file-contains` / `file-lacks`
// (PATH :: TEXT), `exists`, `missing`, `xml` (well-formed XML, read by
// Python's parser) and `ics` (an iCalendar file read by python3-icalendar)
// name paths relative to the case's folder. {site} in a run line or an
// expectation is that folder; '' is an empty argument.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "site_fixture.h"

using namespace fixture;

namespace {

struct Expectation {
  std::string kind, arg;
};
struct Run {
  std::vector<std::string> args;
  std::vector<Expectation> expect;
};
struct Case {
  std::string name;
  bool base = true;
  std::vector<Run> runs;
  std::vector<std::pair<std::string, std::string>> files;
};

std::vector<std::string> split_args(const std::string& line, const std::string& site) {
  std::vector<std::string> out;
  std::string cur;
  bool in_word = false;
  char quote = 0;
  for (char c : line) {
    if (quote) {
      if (c == quote) quote = 0;
      else cur += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ') {
      if (in_word) out.push_back(cur);
      cur.clear();
      in_word = false;
    } else {
      cur += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(cur);
  for (auto& a : out)
    for (size_t at; (at = a.find("{site}")) != std::string::npos;) a.replace(at, 6, site);
  return out;
}

Case parse_case(const fs::path& file, const std::string& site) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Case c;
  c.name = file.filename().string();
  std::string line;
  std::istringstream text(ss.str());
  std::string* body = nullptr;
  while (std::getline(text, line)) {
    if (line.rfind("-- ", 0) == 0 && line.size() > 6 && line.compare(line.size() - 3, 3, " --") == 0) {
      c.files.emplace_back(line.substr(3, line.size() - 6), "");
      body = &c.files.back().second;
      continue;
    }
    if (body) {
      *body += line + "\n";
      continue;
    }
    if (line.rfind("# ", 0) != 0) continue;
    size_t colon = line.find(": ");
    if (colon == std::string::npos) continue;
    std::string key = line.substr(2, colon - 2), value = line.substr(colon + 2);
    if (key == "base") c.base = value != "none";
    else if (key == "run") c.runs.push_back({split_args(value, site), {}});
    else if (!c.runs.empty()) {
      for (size_t at; (at = value.find("{site}")) != std::string::npos;) value.replace(at, 6, site);
      c.runs.back().expect.push_back({key, value});
    }
  }
  return c;
}

std::pair<std::string, std::string> path_and_text(const std::string& arg) {
  size_t sep = arg.find(" :: ");
  if (sep == std::string::npos) return {arg, ""};
  return {arg.substr(0, sep), arg.substr(sep + 4)};
}

void check_expectation(const Expectation& e, const RunResult& r, const TempDir& dir) {
  INFO("expectation: " << e.kind << ": " << e.arg);
  if (e.kind == "exit") {
    CHECK(r.exit_code == std::stoi(e.arg));
  } else if (e.kind == "stderr") {
    CHECK(r.err.find(e.arg) != std::string::npos);
  } else if (e.kind == "stderr-lacks") {
    CHECK(r.err.find(e.arg) == std::string::npos);
  } else if (e.kind == "stdout") {
    CHECK(r.out.find(e.arg) != std::string::npos);
  } else if (e.kind == "file-contains" || e.kind == "file-lacks") {
    auto [path, text] = path_and_text(e.arg);
    REQUIRE(dir.exists(path));
    bool found = dir.read(path).find(text) != std::string::npos;
    CHECK(found == (e.kind == "file-contains"));
  } else if (e.kind == "exists") {
    CHECK(dir.exists(e.arg));
  } else if (e.kind == "missing") {
    CHECK_FALSE(dir.exists(e.arg));
  } else if (e.kind == "xml" || e.kind == "ics") {
    REQUIRE(dir.exists(e.arg));
    std::string script = e.kind == "xml" ? "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])"
                                         : "import sys, icalendar; icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())";
    auto parsed = run_command({"/usr/bin/python3", "-c", script, (dir.path() / e.arg).string()});
    INFO(parsed.err);
    CHECK(parsed.exit_code == 0);
  } else {
    FAIL("unknown expectation «" << e.kind << "»");
  }
}

}  // namespace

TEST_CASE("the invalid-input corpus: every bad input gets its expected outcome") {
  fs::path corpus = fs::path(NASTAVNIK_SOURCE_DIR) / "tests/fixtures/bad";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const auto& file : files) {
    TempDir dir;
    Case c = parse_case(file, dir.path().string());
    SECTION(c.name) {
      REQUIRE_FALSE(c.runs.empty());
      if (c.base) write_minimal_site(dir);
      for (const auto& [rel, text] : c.files) dir.write(rel, text);
      for (const auto& run : c.runs) {
        RunResult r = run_nastavnik(run.args);
        INFO("case " << c.name << "\nstdout:\n" << r.out << "\nstderr:\n" << r.err);
        for (const auto& e : run.expect) check_expectation(e, r, dir);
      }
    }
  }
}
