#pragma once
// The files of a built section, as publish sees them: every file below the
// output folder with the hash and size of its bytes.
#include <string>

#include "publish/manifest.h"

namespace nastavnik {

// Every file below `dir` (the build's own marker left out), or nullopt-like
// empty set with `error` filled when the folder cannot be read.
FileSet scan_local_files(const std::string& dir, std::string& error);

// Hex XXH3-64 of a file's bytes; "" when it cannot be read.
std::string hash_file(const std::string& path);

}  // namespace nastavnik
