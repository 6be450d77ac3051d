#pragma once
// Files compiled into the binary (cmake/embed_files.cmake): the default
// theme, the content types' schemas and the browser editor's assets.
#include <string_view>
#include <vector>

namespace nastavnik {

struct EmbeddedFile {
  std::string_view path;  // relative to its folder in the repository
  std::string_view data;
};

const std::vector<EmbeddedFile>& embedded_default_theme();  // themes/default/
const std::vector<EmbeddedFile>& embedded_schemas();        // schemas/
const std::vector<EmbeddedFile>& embedded_editor_assets();  // editor/assets/

}  // namespace nastavnik
