#include "source/source_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/text.h"

namespace nastavnik {

std::string normalise_newlines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find('\r') == std::string_view::npos) return std::string(text);  // the common case: one copy
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

namespace {

// Cyrillic in Windows-1251 is the bytes C0-FF (and A8, B8 for Ё, ё), almost
// never followed by the continuation bytes UTF-8 would need.
bool looks_like_cp1251(std::string_view text) {
  size_t high = 0, letters = 0;
  for (unsigned char c : text) {
    if (c < 0x80) continue;
    ++high;
    if (c >= 0xC0 || c == 0xA8 || c == 0xB8) ++letters;
  }
  return high > 0 && letters * 10 >= high * 7;
}

// Reads a regular file of at most `limit` bytes; the size is checked before
// reading, so a huge file or a device is never read whole.
enum class ReadResult { ok, unreadable, not_regular, too_big };
ReadResult read_limited(const std::string& full, size_t limit, std::string& out) {
  int fd = ::open(full.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadResult::unreadable;
  struct stat st;
  ReadResult result = ReadResult::ok;
  if (::fstat(fd, &st) != 0) result = ReadResult::unreadable;
  else if (!S_ISREG(st.st_mode)) result = ReadResult::not_regular;
  else if (static_cast<unsigned long long>(st.st_size) > limit) result = ReadResult::too_big;
  if (result == ReadResult::ok) {
    out.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < out.size()) {
      ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    out.resize(got);
  }
  ::close(fd);
  return result;
}

}  // namespace

bool check_utf8(std::string_view text, const std::string& path, Diagnostics& diag) {
  size_t bad = utf8_invalid_at(text);
  if (bad == std::string_view::npos) return true;
  size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
  line_start = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
  int line = 1;
  for (size_t i = 0; i < line_start; ++i) line += text[i] == '\n';
  int col = static_cast<int>(bad - line_start) + 1;
  if (looks_like_cp1251(text))
    diag.error({path, line, col}, "файл сохранён не в UTF-8, а, похоже, в кодировке Windows-1251",
               "пересохраните файл в кодировке UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8») "
               "или перекодируйте все такие файлы командой: nastavnik check --fix");
  else
    diag.error({path, line, col}, "в файле встретились байты, которых нет в кодировке UTF-8",
               "сохраните файл в кодировке UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8»); "
               "возможно, файл повреждён или это не текст");
  return false;
}

std::optional<std::string> read_source_text(const std::string& root, const std::string& path, Diagnostics& diag) {
  std::string raw;
  switch (read_limited(root + "/" + path, kMaxSourceBytes, raw)) {
    case ReadResult::ok: break;
    case ReadResult::unreadable:
      diag.error({path}, "не удалось прочитать файл", "проверьте права доступа к файлу");
      return std::nullopt;
    case ReadResult::not_regular:
      diag.error({path}, "это не обычный файл", "уберите его из папки сайта");
      return std::nullopt;
    case ReadResult::too_big:
      diag.error({path}, "файл больше " + std::to_string(kMaxSourceBytes >> 20) + " МБ — это не текст страницы",
                 "проверьте, тот ли это файл; большие документы кладите рядом и ссылайтесь на них");
      return std::nullopt;
  }
  std::string text = normalise_newlines(raw);
  if (!check_utf8(text, path, diag)) return std::nullopt;
  return text;
}

}  // namespace nastavnik
