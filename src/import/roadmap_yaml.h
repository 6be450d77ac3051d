#pragma once
// Writes an imported roadmap as the roadmap YAML of content/roadmap/ (README:
// content format → roadmap): strings double-quoted, several paragraphs as a
// literal block, every character valid UTF-8.
#include <string>

#include "import/roadmap_import.h"

namespace nastavnik {

std::string roadmap_to_yaml(const ImportedRoadmap& r, const std::string& source_name);

// A YAML double-quoted scalar.
std::string yaml_quoted(const std::string& s);

}  // namespace nastavnik
