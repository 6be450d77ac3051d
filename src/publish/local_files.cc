#include "publish/local_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

#include "base/hash.h"
#include "output/staged_output.h"

namespace fs = std::filesystem;

namespace nastavnik {

std::string hash_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  StreamHash hash;
  char buffer[1 << 16];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) != 0) {
    if (n < 0) {
      ::close(fd);
      return {};
    }
    hash.update({buffer, static_cast<size_t>(n)});
  }
  ::close(fd);
  return hex64(hash.digest());
}

FileSet scan_local_files(const std::string& dir, std::string& error) {
  FileSet files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    if (rel == kBuildMarker) continue;
    std::string hash = hash_file(it->path().string());
    if (hash.empty()) {
      error = "не удалось прочитать " + it->path().string();
      return {};
    }
    files[rel] = {hash, static_cast<unsigned long long>(it->file_size(ec))};
  }
  if (ec) error = "не удалось прочитать папку " + dir + " (" + ec.message() + ")";
  return files;
}

}  // namespace nastavnik
