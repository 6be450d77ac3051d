#include "output/staged_output.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "version.h"

namespace fs = std::filesystem;

namespace nastavnik {

static bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin(), o = outer.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

std::optional<StagedOutput> StagedOutput::begin(const std::string& out_dir, const std::string& source_root,
                                                Diagnostics& diag) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(out_dir), ec);
  fs::path src = fs::weakly_canonical(fs::absolute(source_root), ec);
  const SourceLoc where{out_dir};
  if (is_within(src, out)) {
    diag.error(where, "папка результата совпадает с папкой сайта или содержит её",
               "укажите отдельную папку, например -o site");
    return std::nullopt;
  }
  for (const char* protected_dir : {"content", "static", "templates", "themes"}) {
    if (is_within(out, src / protected_dir)) {
      diag.error(where, std::string("папка результата лежит внутри папки ") + protected_dir + "/ с исходными файлами",
                 "укажите отдельную папку, например -o site");
      return std::nullopt;
    }
  }
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      diag.error(where, "на месте папки результата лежит файл", "удалите или переименуйте этот файл");
      return std::nullopt;
    }
    bool empty = fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kBuildMarker, ec)) {
      diag.error(where, "папка результата не пуста и создана не генератором; она не будет перезаписана",
                 "укажите другую папку через -o или удалите эту папку вручную, если она не нужна");
      return std::nullopt;
    }
  }
  StagedOutput s;
  s.out_ = out.string();
  s.staging_ = out.string() + ".tmp-" + std::to_string(::getpid());
  remove_dead_stagings(s.out_);
  fs::remove_all(s.staging_, ec);
  if (!fs::create_directories(s.staging_, ec)) {
    diag.error(where, "не удалось создать временную папку рядом с папкой результата (" + ec.message() + ")",
               "проверьте права на запись в папку " + out.parent_path().string());
    return std::nullopt;
  }
  // Held while this build lives: the next build cleans up only folders
  // whose lock is free (their build was killed).
  s.lock_fd_ = ::open(s.staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (s.lock_fd_ >= 0) ::flock(s.lock_fd_, LOCK_EX | LOCK_NB);
  return s;
}

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : out_(std::move(other.out_)), staging_(std::move(other.staging_)), committed_(other.committed_),
      lock_fd_(other.lock_fd_) {
  other.staging_.clear();
  other.lock_fd_ = -1;
}

StagedOutput::~StagedOutput() {
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

// A file created anew: never opened through a hard link that keep() made to
// the previous build's file, which would write into the live site.
static int create_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0 && errno == EEXIST && ::unlink(path.c_str()) == 0)
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  return fd;
}

// "site.tmp-123" -> 123 when `name` is `prefix` + digits; 0 otherwise.
static pid_t leftover_pid(const std::string& name, const std::string& prefix) {
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return 0;
  long long pid = 0;
  for (size_t i = prefix.size(); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || pid > 1LL << 31) return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  return static_cast<pid_t>(pid);
}

// Whether the build that made `dir` is gone: its process is dead, or (the
// number taken by another process since) nobody holds its lock and it has
// not been touched for a minute.
static bool is_abandoned(const std::string& dir, pid_t pid) {
  if (pid == ::getpid()) return false;
  if (::kill(pid, 0) != 0 && errno == ESRCH) return true;
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  struct stat st;
  bool old = ::fstat(fd, &st) == 0 && st.st_mtime + 60 < ::time(nullptr);
  ::close(fd);
  return free && old;
}

void StagedOutput::remove_dead_stagings(const std::string& out) {
  fs::path out_path(out);
  std::string parent = out_path.parent_path().string(), name = out_path.filename().string();
  DIR* d = ::opendir(parent.empty() ? "." : parent.c_str());
  if (!d) return;
  std::vector<std::string> dead;
  while (dirent* e = ::readdir(d)) {
    std::string entry = e->d_name;
    pid_t pid = leftover_pid(entry, name + ".tmp-");
    if (!pid) pid = leftover_pid(entry, name + ".old-");
    std::string path = parent + "/" + entry;
    if (pid > 0 && is_abandoned(path, pid)) dead.push_back(path);
  }
  ::closedir(d);
  std::error_code ec;
  for (const auto& path : dead) fs::remove_all(path, ec);
}

bool StagedOutput::make_dirs(const std::set<std::string>& files) {
  // Every folder with its parents, parents first (a set sorts "a" before "a/b").
  std::set<std::string> dirs;
  for (const auto& f : files)
    for (size_t slash = f.find('/'); slash != std::string::npos; slash = f.find('/', slash + 1)) dirs.insert(f.substr(0, slash));
  // The staging folder is new and empty: mkdir each one, no checks first
  // (fs::create_directories stats every level of every path).
  for (const auto& d : dirs)
    if (::mkdir((staging_ + "/" + d).c_str(), 0777) != 0 && errno != EEXIST) return false;
  return true;
}

bool StagedOutput::write(const std::string& rel, std::string_view data) {
  return write(rel, std::vector<std::string_view>{data});
}

bool StagedOutput::write(const std::string& rel, const std::vector<std::string_view>& parts) {
  // POSIX calls rather than a stream: ~13,000 files at 10,000 pages, and the
  // parts go out in as few writev calls as the kernel takes.
  int fd = create_file(staging_ + "/" + rel);
  if (fd < 0) return false;
  std::vector<iovec> chunks;
  for (auto part : parts)
    if (!part.empty()) chunks.push_back({const_cast<char*>(part.data()), part.size()});
  bool ok = true;
  for (size_t first = 0; ok && first < chunks.size();) {
    int count = static_cast<int>(std::min<size_t>(chunks.size() - first, IOV_MAX));
    ssize_t n = ::writev(fd, &chunks[first], count);
    if (n < 0) {
      ok = errno == EINTR;
      continue;
    }
    // Skip what was written; a partial write leaves the rest of a chunk.
    for (size_t written = static_cast<size_t>(n); written > 0 && first < chunks.size();) {
      size_t take = std::min(written, chunks[first].iov_len);
      chunks[first].iov_base = static_cast<char*>(chunks[first].iov_base) + take;
      chunks[first].iov_len -= take;
      written -= take;
      if (chunks[first].iov_len == 0) ++first;
    }
  }
  if (::close(fd) != 0) ok = false;
  return ok;
}

std::optional<StagedOutput::Stream> StagedOutput::open(const std::string& rel) {
  int fd = create_file(staging_ + "/" + rel);
  if (fd < 0) return std::nullopt;
  return Stream(fd);
}

// Writes everything, retrying after signals and short writes.
static bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void StagedOutput::Stream::write(std::string_view piece) {
  constexpr size_t kGather = 64 * 1024;
  if (pending_.size() + piece.size() <= kGather) {
    pending_ += piece;
    return;
  }
  flush();
  if (piece.size() >= kGather) ok_ = ok_ && write_all(fd_, piece);
  else pending_ += piece;
}

void StagedOutput::Stream::flush() {
  if (!pending_.empty()) ok_ = ok_ && write_all(fd_, pending_);
  pending_.clear();
}

bool StagedOutput::Stream::close() {
  if (fd_ < 0) return ok_;
  flush();
  if (::close(fd_) != 0) ok_ = false;
  fd_ = -1;
  return ok_;
}

StagedOutput::Stream::~Stream() { close(); }

bool StagedOutput::copy(const std::string& source, const std::string& rel) {
  std::error_code ec;
  fs::path target = fs::path(staging_) / rel;
  // Unlinked first: copy_file would truncate a hard link to the live site.
  if (::unlink(target.c_str()) != 0 && errno != ENOENT) return false;
  fs::copy_file(source, target, fs::copy_options::none, ec);
  return !ec;
}

bool StagedOutput::keep(const std::string& rel) {
  std::error_code ec;
  fs::create_hard_link(fs::path(out_) / rel, fs::path(staging_) / rel, ec);
  if (!ec) return true;
  return copy((fs::path(out_) / rel).string(), rel);
}

bool StagedOutput::commit(Diagnostics& diag) {
  if (!write(kBuildMarker, "nastavnik " NASTAVNIK_VERSION "\n")) return false;
  std::error_code ec;
  bool had_old = fs::exists(out_, ec);
  // One atomic step: a kill at any instant leaves either the old or the new
  // complete site at out_ (the old one then waits under the staging name
  // for the next build to remove it).
  if (had_old && ::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) == 0) {
    committed_ = true;
    fs::remove_all(staging_, ec);
    return true;
  }
  if (had_old && errno != EINVAL && errno != ENOSYS) {
    diag.error({out_}, "не удалось заменить папку результата (" + std::string(std::strerror(errno)) + ")",
               "закройте программы, которые держат открытыми файлы в этой папке, и повторите сборку");
    return false;
  }
  // Without RENAME_EXCHANGE (old kernels, some file systems): two renames.
  std::string old = out_ + ".old-" + std::to_string(::getpid());
  if (had_old) {
    fs::rename(out_, old, ec);
    if (ec) {
      diag.error({out_}, "не удалось заменить папку результата (" + ec.message() + ")",
                 "закройте программы, которые держат открытыми файлы в этой папке, и повторите сборку");
      return false;
    }
  }
  fs::rename(staging_, out_, ec);
  if (ec) {
    if (had_old) fs::rename(old, out_, ec);
    diag.error({out_}, "не удалось записать папку результата", "проверьте права на запись");
    return false;
  }
  committed_ = true;
  if (had_old) fs::remove_all(old, ec);
  return true;
}

std::string output_folder_id(const std::string& out_dir) {
  struct stat st;
  if (::stat(out_dir.c_str(), &st) != 0) return {};
  // With the time of its last rename (the swap): a folder made later that
  // got the same inode number back is another folder.
  return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_ctim.tv_sec) + "." +
         std::to_string(st.st_ctim.tv_nsec);
}

}  // namespace nastavnik
