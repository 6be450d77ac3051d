// libFuzzer target: the roadmap importers. The first byte picks the format:
// tab-separated, CSV with ',' or ';', a Markdown table, or the XML of a Word
// document (word/document.xml), zipped in memory with libzip into a .docx
// and read back through blocks_from_docx. Whatever is found goes through
// import_roadmap and roadmap_to_yaml, as `nastavnik import roadmap` does.
#include <unistd.h>
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "source/docx_reader.h"
#include "import/responsible.h"
#include "import/roadmap_import.h"
#include "import/roadmap_yaml.h"
#include "import/text_tables.h"

using namespace nastavnik;

namespace {

// A .docx holding `xml` as its document, written to a file of this process.
std::string docx_file(const std::string& xml) {
  static const std::string path = "/tmp/nastavnik-fuzz-" + std::to_string(::getpid()) + ".docx";
  std::remove(path.c_str());
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!zip) return {};
  zip_source_t* src = zip_source_buffer(zip, xml.data(), xml.size(), 0);
  if (!src || zip_file_add(zip, "word/document.xml", src, ZIP_FL_OVERWRITE) < 0) {
    if (src) zip_source_free(src);
    zip_discard(zip);
    return {};
  }
  if (zip_close(zip) != 0) {
    zip_discard(zip);
    return {};
  }
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<SourceBlock> blocks;
  std::string error;
  switch (data[0] % 5) {
    case 0: blocks = blocks_from_text(text, '\t'); break;
    case 1: blocks = blocks_from_text(text, ','); break;
    case 2: blocks = blocks_from_text(text, ';'); break;
    case 3: blocks = blocks_from_markdown(text); break;
    default: {
      std::string path = docx_file(text);
      if (path.empty()) return 0;
      auto read = blocks_from_docx(path, error);
      if (!read) return 0;
      blocks = std::move(*read);
    }
  }
  for (const auto& b : blocks)
    for (const auto& cell : b.cells) (void)split_responsible(cell.text);
  for (const char* year : {"", "2023-2024"}) {
    auto roadmap = import_roadmap(blocks, year, "план", error);
    if (roadmap) (void)roadmap_to_yaml(*roadmap, "plan.docx");
  }
  return 0;
}
