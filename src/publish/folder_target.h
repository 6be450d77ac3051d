#pragma once
// Publishing into a folder: a mounted share or a folder of a municipal
// server (`file:///mnt/server/nastavnichestvo/`).
#include <memory>
#include <string>

#include "publish/target.h"

namespace nastavnik {

// The folder itself may be created, its parent must exist: a share that is
// not mounted must not turn into a folder on the local disk.
std::unique_ptr<Target> open_folder_target(const std::string& path);

}  // namespace nastavnik
