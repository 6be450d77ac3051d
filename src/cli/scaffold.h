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

// What `init` asks (or takes from its flags); an empty answer leaves a
// sample value that `nastavnik status` lists as not filled in.
struct InitAnswers {
  std::string full_name, short_name, address, base_url, email, phone, website;
};

// The menu of a new section: title and link.
std::vector<std::pair<std::string, std::string>> init_menu();

// Creates a whole section that builds at once: site.yaml with the menu of
// every part the seeds name, the intros of the lists, the contacts page and
// a roadmap to start from. `dir` must not exist or be empty (unless `force`).
ScaffoldResult init_site(const std::string& dir, const Date& today, bool force, const InitAnswers& answers);

}  // namespace nastavnik
