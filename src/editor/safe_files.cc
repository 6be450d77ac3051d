#include "editor/safe_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "base/text.h"

namespace fs = std::filesystem;

namespace nastavnik {

std::optional<std::string> unsafe_relative_path(std::string_view rel, bool allow_dot_nastavnik) {
  if (rel.empty()) return "пустой путь";
  if (rel.front() == '/') return "путь от корня диска";
  if (rel.find('\0') != std::string_view::npos || rel.find('\\') != std::string_view::npos)
    return "недопустимый символ в пути";
  auto parts = split(rel, '/');
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (p.empty() || p == "." || p == "..") return "путь выходит за папку сайта";
    if (p[0] == '.' && !(i == 0 && allow_dot_nastavnik && p == ".nastavnik")) return "скрытое имя «" + p + "»";
    for (unsigned char c : p)
      if (c < 0x20) return "управляющий символ в имени";
  }
  return std::nullopt;
}

bool safe_path(const std::string& root, const std::string& rel, bool allow_dot_nastavnik) {
  if (unsafe_relative_path(rel, allow_dot_nastavnik)) return false;
  std::string path = root;
  for (const auto& part : split(rel, '/')) {
    path += "/" + part;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT;  // the rest does not exist yet
    if (S_ISLNK(st.st_mode)) return false;
  }
  return true;
}

std::optional<std::string> safe_read(const std::string& root, const std::string& rel) {
  if (!safe_path(root, rel, true)) return std::nullopt;
  std::string path = root + "/" + rel;
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st;
  std::optional<std::string> out;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    std::string data;
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
    if (n == 0) out = std::move(data);
  }
  ::close(fd);
  return out;
}

namespace {

// Creates the folders of `rel` below root one at a time, refusing symlinks.
bool make_parent_dirs(const std::string& root, const std::string& rel) {
  auto parts = split(rel, '/');
  std::string path = root;
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    path += "/" + parts[i];
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return false;
      continue;
    }
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

std::string temp_suffix() {
  static thread_local std::mt19937_64 rng(std::random_device{}());
  return std::to_string(::getpid()) + "-" + std::to_string(rng() % 1000000000);
}

}  // namespace

bool safe_write(const std::string& root, const std::string& rel, std::string_view data, bool allow_dot_nastavnik) {
  if (!safe_path(root, rel, allow_dot_nastavnik) || !make_parent_dirs(root, rel)) return false;
  if (!safe_path(root, rel, allow_dot_nastavnik)) return false;
  std::string path = root + "/" + rel;
  std::string dir = path.substr(0, path.rfind('/'));
  std::string tmp = dir + "/.nastavnik-editor-" + temp_suffix() + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = done == data.size() && ::fsync(fd) == 0;
  ::close(fd);
  // rename() replaces a symlink at `path` itself rather than following it.
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

bool safe_move(const std::string& root, const std::string& from, const std::string& to) {
  if (!safe_path(root, from, true) || !safe_path(root, to, true) || !make_parent_dirs(root, to)) return false;
  std::string a = root + "/" + from, b = root + "/" + to;
  struct stat st;
  if (::lstat(a.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  if (::lstat(b.c_str(), &st) == 0) return false;
  // link + unlink: never replaces a file that appeared meanwhile.
  if (::link(a.c_str(), b.c_str()) != 0) return false;
  return ::unlink(a.c_str()) == 0;
}

bool safe_exists(const std::string& root, const std::string& rel) {
  if (!safe_path(root, rel, true)) return false;
  struct stat st;
  return ::lstat((root + "/" + rel).c_str(), &st) == 0;
}

}  // namespace nastavnik
