#pragma once
// The command line: `nastavnik build|check|new|init`. Exit status 0 on
// success, 1 when the content has errors, 2 for usage errors.
#include <iosfwd>

namespace nastavnik {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace nastavnik
