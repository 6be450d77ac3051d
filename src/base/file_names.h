#pragma once
// Names that must work as file names everywhere the site goes: on the
// editor's Windows laptop, in a ZIP for the hosting, on the server.
#include <optional>
#include <string>
#include <string_view>

namespace nastavnik {

// Longest slug `nastavnik new` makes, in bytes: a page's folder name stays
// readable and far from NAME_MAX (255) and Windows' 260-character paths.
inline constexpr size_t kMaxSlugBytes = 80;
// Longest output path (relative to the output folder) the build accepts:
// the folder itself needs room under Windows' 260 characters.
inline constexpr size_t kMaxOutputPathChars = 200;

// `slug` cut to at most `max_bytes` at a word boundary ('-'), with a short
// hash of the whole slug appended so that two long titles that begin alike
// still get different names. Short slugs come back unchanged.
std::string cap_slug(const std::string& slug, size_t max_bytes = kMaxSlugBytes);

// Why `name` (one path component) cannot be a file or folder name on
// Windows or Linux, in Russian («зарезервировано в Windows»), or nullopt.
// Reserved device names count with any case and any extension: con, aux,
// nul, prn, com1…com9, lpt1…lpt9 (CON.txt, Nul.md).
std::optional<std::string> file_name_problem(std::string_view name);

// Dotfiles in static/ that hosting needs and that are published:
// .htaccess, .well-known/ (other dotfiles are editors' leftovers).
bool is_hosting_dotfile(std::string_view name);

// Files editors' programs leave behind and nobody means to publish: backups
// (`*.bak`, `*.orig`, `*.rej`, `*.old`), Word's lock files (`~$Отчёт.docx`),
// Windows' and macOS' folder files (Thumbs.db, desktop.ini, .DS_Store).
bool is_editor_leftover(std::string_view name);

}  // namespace nastavnik
