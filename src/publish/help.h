#pragma once
// The text of `nastavnik publish --help`.
#include <string>

namespace nastavnik {

const std::string& publish_help();

}  // namespace nastavnik
