#pragma once
// File access for the browser editor: every path it touches is relative to
// the site's source folder, checked component by component (no "..", no
// absolute paths, no hidden names the browser could smuggle in), and no
// symlink is followed on the way, so nothing outside the folder is read or
// written whatever a request says.
#include <optional>
#include <string>
#include <string_view>

namespace nastavnik {

// Why `rel` may not be used below the source root, in Russian, or nullopt.
// `allow_dot_nastavnik` admits the editor's own .nastavnik/ folder.
std::optional<std::string> unsafe_relative_path(std::string_view rel, bool allow_dot_nastavnik = false);

// True when no component of root/rel (existing ones) is a symlink and the
// path is safe by unsafe_relative_path.
bool safe_path(const std::string& root, const std::string& rel, bool allow_dot_nastavnik = false);

// Reads root/rel when it is a regular file reached without symlinks.
std::optional<std::string> safe_read(const std::string& root, const std::string& rel);

// Writes root/rel through a temporary file in the same folder and a rename,
// creating missing folders; refuses unsafe paths and symlinks (false).
bool safe_write(const std::string& root, const std::string& rel, std::string_view data,
                bool allow_dot_nastavnik = false);

// Moves root/from to root/to (both checked; folders of `to` created);
// refuses to replace an existing file.
bool safe_move(const std::string& root, const std::string& from, const std::string& to);

bool safe_exists(const std::string& root, const std::string& rel);

}  // namespace nastavnik
