#include "source/import_text.h"

#include <cctype>

#include "base/text.h"

namespace nastavnik {

namespace {

// Length of the valid sequence starting at s[i] and its code point; 0 when invalid.
size_t decode_one(std::string_view s, size_t i, char32_t& cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t len;
  char32_t min;
  if (c < 0x80) { cp = c; return 1; }
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool dropped_control(char32_t cp) {
  if (cp == '\n' || cp == '\t') return false;
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

bool is_upper(char32_t c) { return (c >= U'А' && c <= U'Я') || c == U'Ё' || (c >= U'A' && c <= U'Z'); }
bool is_lower(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё' || (c >= U'a' && c <= U'z'); }

char32_t first_char(std::string_view s) {
  std::u32string u = utf8_decode(s.substr(0, 8));
  for (char32_t c : u)
    if (c != U' ' && c != U'\n') return c;
  return 0;
}

}  // namespace

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = decode_one(s, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (!dropped_control(cp)) out.append(s.data() + i, len);
    i += len;
  }
  return out;
}

std::string squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

namespace {

// The tag that starts at s[i] ('<'): its end (after '>') and whether it is a
// paragraph or line break; npos when it is no tag («<5 человек»).
size_t tag_end(const std::string& s, size_t i, bool& is_break) {
  size_t k = i + 1;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k < s.size() && s[k] == '/') ++k;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k >= s.size() || !std::isalpha(static_cast<unsigned char>(s[k]))) return std::string::npos;
  size_t name = k;
  while (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
  std::string tag = to_lower(s.substr(name, k - name));
  size_t close = s.find('>', k);
  if (close == std::string::npos || close - i > 200) return std::string::npos;  // a tag is short
  is_break = tag == "p" || tag == "br";
  return close + 1;
}

}  // namespace

// Written by hand, not with std::regex: its recursion overflows the stack
// on a cell of a few hundred kilobytes.
std::string clean_cell(std::string_view raw) {
  std::string s = sanitize_utf8(raw);
  std::string text;
  text.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    bool is_break = false;
    size_t end = s[i] == '<' ? tag_end(s, i, is_break) : std::string::npos;
    if (end == std::string::npos) {
      text += s[i++];
      continue;
    }
    if (is_break) text += '\n';
    i = end;
  }
  for (size_t pos; (pos = text.find("**")) != std::string::npos;) text.erase(pos, 2);
  std::string out;
  for (const auto& line : split(text, '\n')) {
    std::string t = squeeze(line);
    if (t.empty()) continue;
    if (!out.empty()) out += '\n';
    out += t;
  }
  return out;
}

std::vector<std::string> paragraphs(std::string_view cell) {
  std::vector<std::string> out;
  for (auto& p : split(cell, '\n'))
    if (!p.empty()) out.push_back(p);
  return out;
}

std::string one_line(std::string_view cell, std::string_view sep) {
  std::string out;
  for (const auto& p : paragraphs(cell)) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::string clip(std::string_view s, size_t max_chars) {
  size_t chars = 0, i = 0;
  while (i < s.size() && chars < max_chars) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > s.size()) break;
    i += len;
    ++chars;
  }
  if (i >= s.size()) return std::string(s);
  return std::string(s.substr(0, i)) + "…";
}

bool starts_upper(std::string_view s) { return is_upper(first_char(s)); }
bool starts_lower(std::string_view s) { return is_lower(first_char(s)); }

}  // namespace nastavnik
