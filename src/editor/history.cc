#include "editor/history.h"

#include <sys/time.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <filesystem>
#include <mutex>

#include "base/text.h"
#include "editor/safe_files.h"

namespace fs = std::filesystem;

namespace nastavnik {

std::string time_stamp() {
  static std::mutex mutex;
  static std::string last;
  std::lock_guard lock(mutex);
  std::string s;
  do {
    timeval tv{};
    gettimeofday(&tv, nullptr);
    std::tm tm{};
    localtime_r(&tv.tv_sec, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    char micro[8];
    std::snprintf(micro, sizeof micro, "%06ld", static_cast<long>(tv.tv_usec));
    s = std::string(buf) + "-" + micro;
  } while (s <= last);
  last = s;
  return s;
}

std::string stamp_text(const std::string& stamp) {
  static const char* months[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                 "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
  if (stamp.size() < 15) return stamp;
  int month = std::atoi(stamp.substr(4, 2).c_str());
  if (month < 1 || month > 12) return stamp;
  return std::to_string(std::atoi(stamp.substr(6, 2).c_str())) + " " + months[month - 1] + " " + stamp.substr(0, 4) +
         ", " + stamp.substr(9, 2) + ":" + stamp.substr(11, 2) + ":" + stamp.substr(13, 2);
}

namespace {

std::string history_of(const std::string& rel) { return std::string(kHistoryDir) + "/" + rel; }

}  // namespace

bool keep_version(const std::string& root, const std::string& rel) {
  std::string dir = history_of(rel);
  auto text = safe_read(root, rel);
  std::string stamp = time_stamp();
  if (!text) return safe_write(root, dir + "/" + stamp + ".absent", "", true);
  return safe_write(root, dir + "/" + stamp + ".text", *text, true);
}

std::vector<Version> versions(const std::string& root, const std::string& rel) {
  std::vector<Version> out;
  std::string dir = history_of(rel);
  if (!safe_path(root, dir, true)) return out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(root) / dir, ec)) {
    if (!e.is_regular_file(ec) || e.is_symlink(ec)) continue;
    std::string name = e.path().filename().string();
    if (ends_with_ci(name, ".text")) out.push_back({name.substr(0, name.size() - 5), false});
    else if (ends_with_ci(name, ".absent")) out.push_back({name.substr(0, name.size() - 7), true});
  }
  std::sort(out.begin(), out.end(), [](const Version& a, const Version& b) { return a.stamp > b.stamp; });
  return out;
}

bool undo_last(const std::string& root, const std::string& rel, std::string& error) {
  auto list = versions(root, rel);
  if (list.empty()) {
    error = "нет сохранённых версий: отменять нечего";
    return false;
  }
  const Version& v = list.front();
  std::string dir = history_of(rel);
  std::string kept = dir + "/" + v.stamp + (v.absent ? ".absent" : ".text");
  if (auto current = safe_read(root, rel))
    if (!safe_write(root, dir + "/undone/" + time_stamp() + ".text", *current, true)) {
      error = "не удалось сохранить текущую версию перед отменой";
      return false;
    }
  if (v.absent) {
    if (safe_exists(root, rel) && !recycle(root, rel)) {
      error = "не удалось убрать файл в корзину";
      return false;
    }
  } else {
    auto text = safe_read(root, kept);
    if (!text || !safe_write(root, rel, *text)) {
      error = "не удалось восстановить версию от " + stamp_text(v.stamp);
      return false;
    }
  }
  std::error_code ec;
  fs::remove(fs::path(root) / kept, ec);
  return true;
}

std::optional<std::string> recycle(const std::string& root, const std::string& rel) {
  std::string to = std::string(kRecycleDir) + "/" + time_stamp() + "/" + rel;
  if (!safe_move(root, rel, to)) return std::nullopt;
  return to;
}

std::vector<Recycled> recycled(const std::string& root) {
  std::vector<Recycled> out;
  if (!safe_path(root, kRecycleDir, true)) return out;
  fs::path base = fs::path(root) / kRecycleDir;
  std::error_code ec;
  for (const auto& stamp_dir : fs::directory_iterator(base, ec)) {
    if (!stamp_dir.is_directory(ec) || stamp_dir.is_symlink(ec)) continue;
    std::string stamp = stamp_dir.path().filename().string();
    for (auto it = fs::recursive_directory_iterator(stamp_dir.path(), ec); it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (ec) break;
      if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
      std::string rel = it->path().lexically_relative(stamp_dir.path()).generic_string();
      out.push_back({stamp + "/" + rel, rel, stamp});
    }
  }
  std::sort(out.begin(), out.end(), [](const Recycled& a, const Recycled& b) { return a.id > b.id; });
  return out;
}

bool restore(const std::string& root, const std::string& id, std::string& error) {
  for (const auto& r : recycled(root)) {
    if (r.id != id) continue;
    if (unsafe_relative_path(r.rel)) break;
    if (safe_exists(root, r.rel)) {
      error = "файл " + r.rel + " уже есть; переименуйте или удалите его, затем восстановите";
      return false;
    }
    if (!keep_version(root, r.rel) || !safe_move(root, std::string(kRecycleDir) + "/" + r.id, r.rel)) {
      error = "не удалось вернуть " + r.rel;
      return false;
    }
    return true;
  }
  error = "в корзине нет такого файла";
  return false;
}

}  // namespace nastavnik
