#pragma once
// `nastavnik publish --zip FILE.zip`: the built section as one archive whose
// root is the section's folder (nastavnichestvo/index.html …), for hosting
// panels and CMS file managers that unpack an archive where it is uploaded.
#include <string>

#include "publish/manifest.h"

namespace nastavnik {

// The folder the section lives in on the school's site, from base_url's last
// path segment ("https://school7.ru/nastavnichestvo/" -> "nastavnichestvo");
// "nastavnichestvo" when the section is the site's root.
std::string section_folder_name(const std::string& base_url);

// Writes `files` (relative to `local_dir`) under `folder/` into `zip_path`,
// replacing it whole (a temporary file renamed into place). Every entry gets
// the same fixed time, so the same build gives the same archive. Returns
// false with a Russian `error` on failure.
bool write_zip(const std::string& local_dir, const FileSet& files, const std::string& folder,
               const std::string& zip_path, std::string& error);

}  // namespace nastavnik
