// Hostile input to the roadmap importer (issue 16): deep nesting, archives
// that inflate to gigabytes, devices and huge files. Each must end with a
// clear Russian message or a normal import, never a crash or a heap of memory.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <unistd.h>
#include <zip.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "source/capped_read.h"
#include "source/docx_reader.h"
#include "import/roadmap_import.h"
#include "import/source_reader.h"
#include "import/text_tables.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path = fs::temp_directory_path() / ("nastavnik-limits-" + std::to_string(::getpid()));
  TempFolder() { fs::create_directories(path); }
  ~TempFolder() { fs::remove_all(path); }
};

// A .docx holding `xml` as word/document.xml (stored or deflated by libzip).
void write_docx(const fs::path& file, const std::string& xml) {
  int err = 0;
  zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  zip_source_t* src = zip_source_buffer(z, xml.data(), xml.size(), 0);
  REQUIRE(src);
  REQUIRE(zip_file_add(z, "word/document.xml", src, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(z) == 0);
}

const char* kNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string cell(const std::string& text) { return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>"; }

std::string roadmap_table() {
  return "<w:tbl><w:tr>" + cell("№") + cell("Мероприятие") + cell("Сроки") + "</w:tr><w:tr>" + cell("1") +
         cell("Семинар наставников") + cell("Октябрь 2026") + "</w:tr></w:tbl>";
}

long peak_rss_kb() {
  struct rusage u;
  ::getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

TEST_CASE("import limits: 20,000 nested content controls neither overflow the stack nor lose the table") {
  TempFolder tmp;
  const int depth = 20000;
  std::string open, close;
  for (int i = 0; i < depth; ++i) open += "<w:sdt><w:sdtContent>", close += "</w:sdtContent></w:sdt>";
  std::string body = open + roadmap_table() + close;
  // The same nesting inside a cell of the table.
  std::string deep_cell = "<w:tc>" + open + "<w:p><w:r><w:t>Куратор</w:t></w:r></w:p>" + close + "</w:tc>";
  std::string table2 = "<w:tbl><w:tr>" + cell("Мероприятие") + cell("Ответственные") + "</w:tr><w:tr>" +
                       cell("Анкетирование") + deep_cell + "</w:tr></w:tbl>";
  write_docx(tmp.path / "deep.docx", std::string("<w:document ") + kNs + "><w:body>" + body + "</w:body></w:document>");
  write_docx(tmp.path / "deep-cell.docx", std::string("<w:document ") + kNs + "><w:body>" + table2 + "</w:body></w:document>");
  std::string error;
  auto blocks = blocks_from_docx((tmp.path / "deep.docx").string(), error);
  INFO(error);
  REQUIRE(blocks);
  auto r = import_roadmap(*blocks, "2026-2027", "x", error);
  REQUIRE(r);
  REQUIRE(r->items() == 1);
  CHECK(r->sections[0].items[0].title == "Семинар наставников");
  auto deep = blocks_from_docx((tmp.path / "deep-cell.docx").string(), error);
  REQUIRE(deep);
  auto r2 = import_roadmap(*deep, "2026-2027", "x", error);
  REQUIRE(r2);
  CHECK(r2->sections[0].items[0].responsible == std::vector<std::string>{"Куратор"});
}

TEST_CASE("import limits: a .docx whose text inflates past the cap is refused while inflating, in bounded memory") {
  TempFolder tmp;
  // 100 MB of one repeated paragraph: about 100 KB compressed.
  std::string para = "<w:p><w:r><w:t>Наставничество</w:t></w:r></w:p>";
  std::string xml = std::string("<w:document ") + kNs + "><w:body>";
  while (xml.size() < (100u << 20)) xml += para;
  xml += roadmap_table() + "</w:body></w:document>";
  fs::path file = tmp.path / "bomb.docx";
  write_docx(file, xml);
  size_t xml_size = xml.size();
  std::string().swap(xml);
  CHECK(fs::file_size(file) < (2u << 20));
  REQUIRE(xml_size > kDocxEntryCap);
  long before = peak_rss_kb();
  std::string error;
  CHECK_FALSE(blocks_from_docx(file.string(), error));
  CHECK(error.find("распаковывается больше чем в 64 МБ") != std::string::npos);
  // Refused by the size the archive's directory declares, before inflating.
  CHECK(peak_rss_kb() - before < 32 * 1024);

  // The directory lies: it declares 1 KB, so the cap is met while inflating.
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto patch_sizes = [&](const std::string& signature, size_t size_offset) {
    for (size_t at = bytes.find(signature); at != std::string::npos; at = bytes.find(signature, at + 4)) {
      uint32_t small = 1024;
      std::memcpy(&bytes[at + size_offset], &small, 4);
    }
  };
  patch_sizes(std::string("PK\x01\x02", 4), 24);  // central directory: uncompressed size
  patch_sizes(std::string("PK\x03\x04", 4), 22);  // local header
  std::string lie_error;
  before = peak_rss_kb();
  CHECK_FALSE(blocks_from_docx_bytes(bytes, "lie.docx", lie_error));
  CHECK_FALSE(lie_error.empty());
  CHECK(peak_rss_kb() - before < 96 * 1024);
}

TEST_CASE("import limits: devices, huge and sparse files stop at the size cap with a clear message") {
  TempFolder tmp;
  std::string error;
  CHECK_FALSE(read_capped("/dev/zero", kImportFileCap, error));
  CHECK(error == "файл «/dev/zero» больше 32 МБ — это не похоже на дорожную карту (проверьте, тот ли файл указан)");
  // A 3 GB sparse file: refused by its size, nothing read.
  fs::path big = tmp.path / "big.tsv";
  { std::ofstream(big).put('x'); }
  fs::resize_file(big, 3ull << 30);
  long before = peak_rss_kb();
  CHECK_FALSE(read_source(big.string(), error));
  CHECK(error.find("больше 32 МБ") != std::string::npos);
  fs::path big_docx = tmp.path / "big.docx";
  fs::create_symlink(big, big_docx);
  CHECK_FALSE(read_source(big_docx.string(), error));
  CHECK(error.find("больше 32 МБ") != std::string::npos);
  CHECK(peak_rss_kb() - before < 16 * 1024);
  CHECK_FALSE(read_source(tmp.path.string(), error));
  CHECK(error.find("папка") != std::string::npos);
  CHECK_FALSE(read_source((tmp.path / "none.tsv").string(), error));
  CHECK(error.find("нет") != std::string::npos);
}

TEST_CASE("import limits: cells of hundreds of kilobytes (an unclosed tag, a heading, dashes, an order) do not overflow the stack") {
  std::string big(300000, 'x');
  std::string tsv = "Приказ № " + big + " от 01.09.2025\n"
                    "Дорожная карта " + big + "\n"
                    "№\tМероприятие\tСроки\n"
                    "1. " + big + "\n"
                    "1.1\t<a" + big + "\tМай 2026\n"
                    "Раздел 2. " + big + "\n"
                    "2.1\tВстреча\t" + big + "\n";
  std::string error;
  auto r = import_roadmap(blocks_from_text(tsv, '\t'), "", "x", error);
  INFO(error);
  REQUIRE(r);
  CHECK(r->titled_sections() == 2);
  CHECK(r->items() == 2);
  CHECK(r->sections[0].items[0].title.size() == big.size() + 2);  // «<a» + the text: no tag without its «>»
  std::string md = "| Мероприятие | Сроки |\n| " + std::string(300000, '-') + " | --- |\n| Встреча | Май 2026 |\n";
  CHECK(import_roadmap(blocks_from_markdown(md), "", "x", error));
}
