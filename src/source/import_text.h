#pragma once
// Text of imported cells and paragraphs: Word and Excel leave no-break
// spaces, leftover <p> tags, Markdown bold, control characters and, in broken
// files, invalid UTF-8. Everything the importer writes passes through here.
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

// Strict UTF-8: invalid, overlong and surrogate sequences become U+FFFD;
// control characters (C0 but '\n' and '\t', C1, U+FFFE, U+FFFF) are dropped.
std::string sanitize_utf8(std::string_view s);

// Collapses runs of spaces (no-break spaces too) into one and trims.
std::string squeeze(std::string_view s);

// A cell as its paragraphs separated by '\n': leftover <p>/<br> tags become
// paragraph breaks, other tags and Markdown bold go, empty paragraphs go.
std::string clean_cell(std::string_view raw);

// The paragraphs of a cleaned cell.
std::vector<std::string> paragraphs(std::string_view cell);

// The cell's paragraphs joined by `sep` into one line.
std::string one_line(std::string_view cell, std::string_view sep = " ");

// At most `max_chars` characters of `s` (never a part of one), with «…» when cut.
std::string clip(std::string_view s, size_t max_chars);

// The first letter of `s` is an upper-case Cyrillic or Latin letter.
bool starts_upper(std::string_view s);
// The first letter is a lower-case one: text that continues a sentence.
bool starts_lower(std::string_view s);

}  // namespace nastavnik
