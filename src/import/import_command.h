#pragma once
// The `nastavnik import roadmap` command once its options are parsed: read,
// import, explain, merge with the old file (--update), write, report.
#include <iosfwd>
#include <string>

namespace nastavnik {

struct ImportOptions {
  std::string path;     // the document
  std::string output;   // "" for the default content/roadmap/<name>.yaml
  std::string year;     // "2023-2024" or ""
  std::string update;   // OLD.yaml whose progress to keep, or ""
  bool force = false;
  bool explain = false; // print the classification of every row, write nothing
};

// Exit status: 0 written, 1 the file could not be read, imported or written.
int run_import_roadmap(const ImportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace nastavnik
