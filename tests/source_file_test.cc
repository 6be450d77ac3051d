// Reading sources: size limit, BOM and line ends, strict UTF-8 with the
// position of the bad byte.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "source/source_file.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

struct Dir {
  fs::path path = fs::temp_directory_path() / ("nastavnik-src-" + std::to_string(::getpid()));
  Dir() { fs::create_directories(path); }
  ~Dir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
  }
};

const Diagnostic only_error(const Diagnostics& diag) {
  REQUIRE(diag.error_count() == 1);
  return diag.all()[0];
}

}  // namespace

TEST_CASE("source: BOM and CRLF are gone from what is read") {
  Dir dir;
  dir.write("a.md", "\xEF\xBB\xBFtitle: a\r\nb: c\rd\r\n");
  Diagnostics diag;
  auto text = read_source_text(dir.path.string(), "a.md", diag);
  REQUIRE(text);
  CHECK(*text == "title: a\nb: c\nd\n");
}

TEST_CASE("source: overlong forms, surrogates and stray bytes are refused at their line and column") {
  struct Case {
    std::string bytes;
    int line, col;
  };
  for (const auto& c : std::vector<Case>{
           {"title: ok\nbad: \xC0\xAF\n", 2, 6},             // overlong '/'
           {"a\nb\nt: \xED\xA0\x80x\n", 3, 4},              // a UTF-16 surrogate
           {"ok: \xD0\xB4\xD0\xB0 \xF4\x90\x80\x80\n", 1, 10},  // above U+10FFFF
           {"x: \xE0\x80\x80\n", 1, 4},                      // overlong three bytes
       }) {
    Dir dir;
    dir.write("a.md", c.bytes);
    Diagnostics diag;
    CHECK_FALSE(read_source_text(dir.path.string(), "a.md", diag));
    auto d = only_error(diag);
    CHECK(d.loc.line == c.line);
    CHECK(d.loc.col == c.col);
    CHECK(d.message.find("UTF-8") != std::string::npos);
  }
}

TEST_CASE("source: a Windows-1251 file is named as such, with the command to convert it") {
  Dir dir;
  // «title: Новости» in Windows-1251.
  dir.write("a.md", "---\ntitle: \xCD\xEE\xE2\xEE\xF1\xF2\xE8\n---\n");
  Diagnostics diag;
  CHECK_FALSE(read_source_text(dir.path.string(), "a.md", diag));
  auto d = only_error(diag);
  CHECK(d.loc.line == 2);
  CHECK(d.loc.col == 8);
  CHECK(d.message.find("Windows-1251") != std::string::npos);
  CHECK(d.hint.find("nastavnik check --fix") != std::string::npos);
}

TEST_CASE("source: files over the limit and devices are refused without reading them") {
  Dir dir;
  {
    std::ofstream big(dir.path / "big.md", std::ios::binary);
    big.seekp(static_cast<std::streamoff>(kMaxSourceBytes) + 1);
    big.put('x');
  }
  Diagnostics diag;
  CHECK_FALSE(read_source_text(dir.path.string(), "big.md", diag));
  CHECK(only_error(diag).message.find("МБ") != std::string::npos);
  Diagnostics dev;
  CHECK_FALSE(read_source_text("/dev", "zero", dev));
  CHECK(dev.error_count() == 1);
}
