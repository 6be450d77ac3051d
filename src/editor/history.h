#pragma once
// Nothing the editor replaces is lost: before every save the previous text
// of a file is kept in .nastavnik/history/<file>/<time>, «Отменить» puts the
// newest kept version back, and a deleted item goes to .nastavnik/recycle/
// (from where it can be restored), never to oblivion.
#include <optional>
#include <string>
#include <vector>

namespace nastavnik {

inline constexpr const char* kHistoryDir = ".nastavnik/history";
inline constexpr const char* kRecycleDir = ".nastavnik/recycle";

// Keeps the current text of root/rel (or the fact that there is none) as
// the newest version. False when it could not be written.
bool keep_version(const std::string& root, const std::string& rel);

struct Version {
  std::string stamp;  // "20261120-103015-123456": sorts by time
  bool absent = false;  // the file did not exist then
};
// Kept versions of root/rel, newest first.
std::vector<Version> versions(const std::string& root, const std::string& rel);

// Puts the newest kept version back and drops it from the history (the text
// it replaces is kept in history/<file>/undone/). A version that records
// "no file" moves the file to the recycle folder. False with `error` set.
bool undo_last(const std::string& root, const std::string& rel, std::string& error);

// Moves root/rel to the recycle folder, keeping its path; returns the path
// in the recycle folder.
std::optional<std::string> recycle(const std::string& root, const std::string& rel);

struct Recycled {
  std::string id;    // "<stamp>/<rel>": the file in the recycle folder
  std::string rel;   // where it was
  std::string stamp;
};
// Everything in the recycle folder, newest first.
std::vector<Recycled> recycled(const std::string& root);
// Puts an item back where it was (not over a file that is there now).
bool restore(const std::string& root, const std::string& id, std::string& error);

// "20261120-103015-123456", unique within the process.
std::string time_stamp();
// «20 ноября 2026, 10:30» for a stamp.
std::string stamp_text(const std::string& stamp);

}  // namespace nastavnik
