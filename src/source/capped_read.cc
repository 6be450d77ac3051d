#include "source/capped_read.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nastavnik {

std::string megabytes(size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " МБ"; }

namespace {

std::string too_large(const std::string& path, size_t cap) {
  return "файл «" + path + "» больше " + megabytes(cap) +
         " — это не похоже на дорожную карту (проверьте, тот ли файл указан)";
}

// Reads until the end or one byte past the cap.
bool read_all(int fd, size_t cap, std::string& data) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    size_t room = cap + 1 - data.size();
    data.append(buffer, static_cast<size_t>(n) < room ? static_cast<size_t>(n) : room);
    if (data.size() > cap) return true;
  }
}

}  // namespace

std::optional<std::string> read_capped(const std::string& path, size_t cap, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = errno == ENOENT ? "файла «" + path + "» нет" : "не удалось открыть файл «" + path + "»";
    return std::nullopt;
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = "«" + path + "» — папка, а нужен файл с дорожной картой";
    return std::nullopt;
  }
  if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > cap) {
    ::close(fd);
    error = too_large(path, cap);
    return std::nullopt;
  }
  std::string data;
  bool ok = read_all(fd, cap, data);
  ::close(fd);
  if (!ok) {
    error = "не удалось прочитать файл «" + path + "»";
    return std::nullopt;
  }
  if (data.size() > cap) {
    error = too_large(path, cap);
    return std::nullopt;
  }
  return data;
}

}  // namespace nastavnik
