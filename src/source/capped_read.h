#pragma once
// Reading an input file without trusting it: a roadmap is a few hundred
// kilobytes, so anything far larger (a device such as /dev/zero, a pipe that
// never ends, a 3 GB file) is refused at a cap with a clear message instead
// of being read into memory.
#include <cstddef>
#include <optional>
#include <string>

namespace nastavnik {

// The largest file `import roadmap` reads: text, or the .docx archive itself.
inline constexpr size_t kImportFileCap = 32u << 20;

// The whole file, or nullopt with `error` (Russian) when it cannot be read,
// is a folder, or holds more than `cap` bytes (checked by its size first,
// then while reading, so a device or pipe stops there too).
std::optional<std::string> read_capped(const std::string& path, size_t cap, std::string& error);

// "32 МБ" for a cap in messages.
std::string megabytes(size_t bytes);

}  // namespace nastavnik
