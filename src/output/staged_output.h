#pragma once
// The build writes into a fresh folder beside the output and swaps it in only
// when everything succeeded, so a failed build never leaves a half-written
// site and never touches the previous one: files taken over from it are hard
// links, and every write replaces the link instead of writing through it.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace nastavnik {

// The file that marks a folder as built by nastavnik; a non-empty folder
// without it is never replaced (it may hold someone's files).
inline constexpr const char* kBuildMarker = ".nastavnik-build";

class StagedOutput {
 public:
  // Checks that `out_dir` may be replaced (not the sources, not a stranger's
  // folder) and creates the staging folder. nullopt on failure.
  static std::optional<StagedOutput> begin(const std::string& out_dir, const std::string& source_root,
                                           Diagnostics& diag);
  StagedOutput(StagedOutput&& other) noexcept;
  StagedOutput& operator=(StagedOutput&&) = delete;
  ~StagedOutput();

  const std::string& dir() const { return staging_; }
  // Creates the folders the given files need (call before parallel writes).
  bool make_dirs(const std::set<std::string>& files);
  bool write(const std::string& rel, std::string_view data);
  // A file made of parts written one after another.
  bool write(const std::string& rel, const std::vector<std::string_view>& parts);
  bool copy(const std::string& source, const std::string& rel);
  // A file written piece by piece, for outputs never held whole in memory.
  class Stream {
   public:
    explicit Stream(int fd) : fd_(fd) {}
    Stream(Stream&& other) noexcept : fd_(other.fd_), ok_(other.ok_), pending_(std::move(other.pending_)) { other.fd_ = -1; }
    Stream(const Stream&) = delete;
    ~Stream();
    void write(std::string_view piece);  // small pieces are gathered first
    bool close();  // false when a write or the close failed

   private:
    void flush();
    int fd_;
    bool ok_ = true;
    std::string pending_;
  };
  std::optional<Stream> open(const std::string& rel);
  // Takes an unchanged file over from the current output folder: a hard link
  // (no bytes copied), or a copy where links are not possible.
  bool keep(const std::string& rel);
  // The current output folder (the previous build), for reading its files.
  const std::string& current() const { return out_; }
  // Replaces the output folder with the staged one, atomically
  // (renameat2 RENAME_EXCHANGE; two renames where that is not supported).
  bool commit(Diagnostics& diag);

  // Removes what killed builds left beside `out` (OUT.tmp-PID, OUT.old-PID).
  static void remove_dead_stagings(const std::string& out);

 private:
  StagedOutput() = default;
  std::string out_;
  std::string staging_;
  bool committed_ = false;
  int lock_fd_ = -1;  // the staging folder, locked while this build lives
};

// Identity of the output folder on disk (device and inode): the build state
// records it, so a state that does not belong to the folder now in place (a
// build killed between the swap and saving its state, a folder replaced by
// hand) is not trusted.
std::string output_folder_id(const std::string& out_dir);

}  // namespace nastavnik
