#pragma once
// `nastavnik new KIND "Заголовок"` and `nastavnik init DIR`.
#include <string>
#include <vector>

#include "base/date.h"

namespace nastavnik {

// Kinds `new` can create, in the order shown by --help.
const std::vector<std::string>& scaffold_kinds();

struct ScaffoldResult {
  bool ok = false;
  std::string path;   // the file or folder created
  std::string error;  // in Russian, when !ok
  std::string hint;
};

// Creates content/<folder>/<slug>.md under `root` with the kind's required
// fields filled in. Never overwrites an existing file.
ScaffoldResult scaffold_new(const std::string& root, const std::string& kind, const std::string& title, const Date& today);

// Creates a site skeleton that builds at once. `dir` must not exist or be empty.
ScaffoldResult init_site(const std::string& dir, const Date& today, bool force = false);

}  // namespace nastavnik
