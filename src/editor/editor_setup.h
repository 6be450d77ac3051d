#pragma once
// Starting the editor with `nastavnik serve`: on loopback at once; bound to
// another address only with a password, from --password-file or typed at
// the prompt (never a default one); otherwise the preview runs without it.
#include <iosfwd>
#include <memory>
#include <string>

#include "editor/editor.h"

namespace nastavnik {

struct EditorStart {
  std::string root;
  BuildOptions options;
  std::string bind;
  std::string password_file;  // "" : ask at the terminal when one is needed
  std::string site_path = "/";
};

// The editor, or nullptr (with the reason printed to `err`) when it may not run.
std::unique_ptr<Editor> start_editor(const EditorStart& start, std::ostream& err);

}  // namespace nastavnik
