#pragma once
// Tables saved from Excel or Notepad come in Windows-1251 («Текст с
// разделителями табуляции» on a Russian Windows) or UTF-16 («Текст Юникод»)
// as often as in UTF-8: the encoding is detected and the text converted.
#include <optional>
#include <string>

namespace nastavnik {

struct DecodedText {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // "UTF-8", "UTF-16", "Windows-1251"
};

// nullopt when the bytes are none of these (a binary file).
std::optional<DecodedText> decode_text(const std::string& bytes);

}  // namespace nastavnik
