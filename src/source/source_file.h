#pragma once
// The one way a text source of the site (Markdown, YAML) is read: size
// limit, BOM, line ends and UTF-8 checked in one place, so every later stage
// sees clean text and every problem is reported at its line and column.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace nastavnik {

// No text of a mentoring section comes near this; a bigger file is a mistake
// (a video renamed .md, a device file) and is refused before it is read whole.
inline constexpr size_t kMaxSourceBytes = 16u << 20;

// Strips a UTF-8 BOM and turns CRLF/CR into LF.
std::string normalise_newlines(std::string_view text);

// Reads `path` (shown to the user; relative to `root`): refuses files over
// kMaxSourceBytes, normalises line ends, and checks that the text is UTF-8,
// naming the line and column of the first bad byte (and Windows-1251 when the
// bytes look like it). nullopt after a reported error.
std::optional<std::string> read_source_text(const std::string& root, const std::string& path, Diagnostics& diag);

// The same check for text already in memory.
bool check_utf8(std::string_view text, const std::string& path, Diagnostics& diag);

}  // namespace nastavnik
