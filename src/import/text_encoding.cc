#include "import/text_encoding.h"

#include <iconv.h>

#include <cerrno>

#include "base/text.h"
#include "source/import_text.h"

namespace nastavnik {

namespace {

std::optional<std::string> convert(const std::string& bytes, const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t done = 0;
  bool ok = true;
  while (in_left > 0) {
    char* dst = out.data() + done;
    size_t out_left = out.size() - done;
    size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
    done = out.size() - out_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    ok = false;
    break;
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(done);
  return out;
}

// Windows-1251 puts Cyrillic letters at 0xC0–0xFF (and ё, Ё at 0xB8, 0xA8);
// a text that is mostly those bytes among its high ones is Cyrillic in it.
bool looks_cp1251(const std::string& bytes) {
  size_t high = 0, letters = 0, zeros = 0;
  for (unsigned char c : bytes) {
    if (c == 0) ++zeros;
    if (c < 0x80) continue;
    ++high;
    if (c >= 0xC0 || c == 0xA8 || c == 0xB8) ++letters;
  }
  return zeros == 0 && high > 0 && letters * 10 >= high * 8;
}

bool utf16_bom(const std::string& b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

}  // namespace

std::optional<DecodedText> decode_text(const std::string& bytes) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
    std::string rest = bytes.substr(3);
    if (utf8_valid(rest)) return DecodedText{sanitize_utf8(rest), "UTF-8"};
  }
  if (utf16_bom(bytes)) {
    auto text = convert(bytes, "UTF-16");
    if (!text) return std::nullopt;
    return DecodedText{sanitize_utf8(*text), "UTF-16"};
  }
  if (bytes.find('\0') == std::string::npos && utf8_valid(bytes)) return DecodedText{sanitize_utf8(bytes), "UTF-8"};
  if (looks_cp1251(bytes)) {
    auto text = convert(bytes, "CP1251");
    if (text) return DecodedText{sanitize_utf8(*text), "Windows-1251"};
  }
  return std::nullopt;
}

}  // namespace nastavnik
