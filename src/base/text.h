#pragma once
// Text helpers shared by every stage: UTF-8, Russian letter case,
// transliteration into URL slugs, escaping, and near-miss suggestions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

std::u32string utf8_decode(std::string_view s);
std::string utf8_encode(std::u32string_view s);
void utf8_append(std::string& out, char32_t c);
// Strict UTF-8 (RFC 3629): overlong forms, surrogates and code points above
// U+10FFFF are invalid. utf8_invalid_at gives the offset of the first bad
// byte, or npos.
bool utf8_valid(std::string_view s);
size_t utf8_invalid_at(std::string_view s);
size_t utf8_length(std::string_view s);

// Lower case for ASCII and Cyrillic (ё included).
std::string to_lower(std::string_view s);
// «Формат» -> «формат» to use inside a sentence; «ФИО», «НОО» stay as they are.
std::string lower_first(std::string_view s);

// «Наставник года 2024» -> "nastavnik-goda-2024": Cyrillic transliterated,
// everything else that is not a Latin letter or digit becomes one hyphen.
std::string slugify(std::string_view s);

std::string html_escape(std::string_view s);
// A JSON string literal (with quotes), safe inside <script>: '<' is escaped.
std::string json_string(std::string_view s);
// The same, appended to `out` (no string of its own: exports and the search
// index write megabytes of them).
void append_json_string(std::string& out, std::string_view s);
// Escapes for XML text and attribute values (feeds, sitemap).
std::string xml_escape(std::string_view s);
// True when the UTF-8 at s[i] is U+FFFE or U+FFFF, which neither XML nor
// iCalendar text may carry (xml_escape and ics_escape drop them).
bool is_xml_noncharacter(std::string_view s, size_t i);
// Percent-encodes a URL path: keeps unreserved ASCII and '/', encodes the rest
// (Cyrillic file names included) so links work on every server.
std::string url_encode_path(std::string_view path);

std::string_view trim(std::string_view s);
// The items with `sep` between them.
std::string join(const std::vector<std::string>& items, std::string_view sep);
std::vector<std::string> split(std::string_view s, char sep);
bool ends_with_ci(std::string_view s, std::string_view suffix);

// Edit distance in characters, and the closest candidate within a distance
// that makes a typo plausible (for «did you mean …» hints).
size_t edit_distance(std::string_view a, std::string_view b);
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

// Whole-file I/O. read_file returns nullopt when the file cannot be read.
std::optional<std::string> read_file(const std::string& path);
// Writes via a temporary file and rename, so a crash never leaves half a file.
bool write_file(const std::string& path, std::string_view data);

// "1 практика", "3 практики", "5 практик": picks the Russian plural form.
// `forms` are {one, few, many}.
const std::string& plural_form(long long n, const std::vector<std::string>& forms);

// Human file size in Russian units: "245 КБ", "1,2 МБ".
std::string format_file_size(unsigned long long bytes, const std::vector<std::string>& units);

}  // namespace nastavnik
