#include "base/url_policy.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace nastavnik {

namespace {

bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_control_or_space(unsigned char c) { return c <= 0x20 || c == 0x7F; }

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A numeric character reference at `s` ("&#106;", "&#x6A", with or without
// the semicolon, as browsers accept it); its length, 0 when there is none.
size_t numeric_reference(std::string_view s, std::string& out) {
  if (s.size() < 3 || s[0] != '&' || s[1] != '#') return 0;
  bool hex = s[2] == 'x' || s[2] == 'X';
  size_t i = hex ? 3 : 2, start = i;
  uint64_t cp = 0;
  for (; i < s.size(); ++i) {
    unsigned char c = s[i];
    int digit = is_ascii_digit(c) ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
    if (digit < 0) break;
    cp = std::min<uint64_t>(cp * (hex ? 16 : 10) + digit, 0x110000);
  }
  if (i == start) return 0;
  if (i < s.size() && s[i] == ';') ++i;
  append_utf8(out, static_cast<uint32_t>(cp));
  return i;
}

// The named references that can spell or hide a scheme.
size_t named_reference(std::string_view s, std::string& out) {
  static const struct {
    std::string_view name;
    std::string_view text;
  } kNames[] = {{"&colon;", ":"}, {"&tab;", "\t"}, {"&newline;", "\n"}, {"&nbsp;", " "},
                {"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"},       {"&quot;", "\""},
                {"&apos;", "'"},  {"&sol;", "/"},  {"&num;", "#"},      {"&quest;", "?"}};
  for (const auto& n : kNames) {
    if (s.size() < n.name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < n.name.size() && same; ++i) {
      unsigned char c = s[i];
      same = (c >= 'A' && c <= 'Z' ? c + 32 : c) == static_cast<unsigned char>(n.name[i]);
    }
    if (same) {
      out += n.text;
      return n.name.size();
    }
  }
  return 0;
}

std::string decode_references(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t used = s[i] == '&' ? numeric_reference(s.substr(i), out) : 0;
    if (!used && s[i] == '&') used = named_reference(s.substr(i), out);
    if (used) {
      i += used;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// What a browser parses: ends trimmed of controls and spaces, tabs, line
// breaks (and, to be safe, every other control character) removed.
std::string browser_view(std::string_view href) {
  // References decoded until nothing changes: "&amp;#58;" is refused too,
  // whichever number of decodings the text goes through on its way out.
  std::string s(href);
  for (int round = 0; round < 4; ++round) {
    std::string decoded = decode_references(s);
    if (decoded == s) break;
    s = std::move(decoded);
  }
  size_t begin = 0, end = s.size();
  while (begin < end && is_control_or_space(s[begin])) ++begin;
  while (end > begin && is_control_or_space(s[end - 1])) --end;
  std::string out;
  for (size_t i = begin; i < end; ++i)
    if (!(static_cast<unsigned char>(s[i]) < 0x20 || s[i] == 0x7F)) out += s[i];
  return out;
}

}  // namespace

std::string url_scheme(std::string_view href) {
  std::string s = browser_view(href);
  if (s.empty() || !is_ascii_alpha(s[0])) return {};
  for (size_t i = 1; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ':') {
      std::string scheme = s.substr(0, i);
      for (char& ch : scheme) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      return scheme;
    }
    if (!(is_ascii_alpha(c) || is_ascii_digit(c) || c == '+' || c == '-' || c == '.')) return {};
  }
  return {};
}

bool url_allowed(std::string_view href) {
  std::string scheme = url_scheme(href);
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::string printable_url(std::string_view href) {
  std::string out;
  size_t shown = 0;
  for (unsigned char c : href) {
    if (++shown > 120) {
      out += "…";
      break;
    }
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  // Never cut inside a UTF-8 character.
  while (shown > 120 && !out.empty()) {
    size_t cut = out.size() - 3;  // before "…"
    unsigned char last = out[cut - 1];
    if (last < 0x80) break;
    size_t start = cut - 1;
    while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
    unsigned char lead = out[start];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (cut - start < need) out.erase(start, cut - start);
    break;
  }
  return out;
}

bool check_url(std::string_view href, const SourceLoc& loc, Diagnostics& diag) {
  if (url_allowed(href)) return true;
  std::string scheme = url_scheme(href);
  diag.error(loc,
             "ссылка «" + printable_url(href) + "» не разрешена: адреса «" + scheme +
                 ":» не публикуются",
             "ссылка может вести на страницу или файл сайта либо начинаться с https://, http://, mailto: или tel:; "
             "адреса javascript:, data: и подобные выполняют чужой код в браузере читателя");
  return false;
}

}  // namespace nastavnik
