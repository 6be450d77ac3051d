#pragma once
// A place the section is published to: a folder, or a server reached by
// SFTP or FTP(S). Paths are relative to the target folder and use '/'.
// Every failure is a TargetError with a Russian message and what to do.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nastavnik {

enum class FailureKind {
  host_not_found,
  cannot_connect,
  login_refused,
  host_key_unknown,
  host_key_changed,
  certificate,
  no_space,
  permission_denied,
  no_folder,
  connection_lost,
  interrupted,
  other,
};

class TargetError : public std::runtime_error {
 public:
  TargetError(FailureKind kind, const std::string& message, std::string hint)
      : std::runtime_error(message), kind_(kind), hint_(std::move(hint)) {}
  FailureKind kind() const { return kind_; }
  const std::string& hint() const { return hint_; }

 private:
  FailureKind kind_;
  std::string hint_;
};

// Told how many bytes of the current file have gone; returns false to stop.
using ByteProgress = std::function<bool(unsigned long long sent)>;

class Target {
 public:
  virtual ~Target() = default;
  // Names in the folder `dir` ("" is the target folder itself); nullopt when
  // there is no such folder.
  virtual std::optional<std::vector<std::string>> list(const std::string& dir) = 0;
  // A file's bytes; nullopt when there is no such file.
  virtual std::optional<std::string> read(const std::string& path) = 0;
  // Sends a local file to `temp` (making the folders it needs), then renames
  // it to `path`, replacing what was there: readers never see half a file.
  virtual void upload(const std::string& local_file, const std::string& temp, const std::string& path,
                      const ByteProgress& progress) = 0;
  virtual void upload_data(const std::string& data, const std::string& temp, const std::string& path) = 0;
  // Deletes a file; one that is already gone is no error.
  virtual void remove(const std::string& path) = 0;
  // Deletes a folder if it is empty; otherwise (someone's files) leaves it.
  virtual void remove_empty_folder(const std::string& dir) = 0;
};

}  // namespace nastavnik
