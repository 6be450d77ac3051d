#pragma once
// Splits a Markdown file into its YAML front matter (between `---` lines)
// and its body, remembering where each starts for diagnostics.
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "source/source_file.h"

namespace nastavnik {

struct SourceFile {
  std::string path;     // as shown to the user, relative to the site root
  std::string text;     // normalised: no BOM, "\n" line ends
};

struct FrontMatter {
  bool present = false;
  std::string yaml;
  int yaml_line = 0;    // file line of the first YAML line
  std::string body;
  int body_line = 1;    // file line of the first body line
};

// Reports an unclosed front matter block as an error and returns nullopt.
std::optional<FrontMatter> split_front_matter(const SourceFile& file, Diagnostics& diag);

}  // namespace nastavnik
