#pragma once
// TransferProgress of a transfer: files and bytes sent, drawn as a bar on a terminal
// (redrawn at most ten times a second), silent otherwise.
#include <chrono>
#include <iosfwd>
#include <string>

namespace nastavnik {

class TransferProgress {
 public:
  virtual ~TransferProgress() = default;
  virtual void begin(int files, unsigned long long bytes) {}
  // Bytes of the current file sent so far.
  virtual void sending(unsigned long long sent) {}
  virtual void file_done(unsigned long long size) {}
  virtual void end() {}
};

class TerminalProgress : public TransferProgress {
 public:
  // Draws only when `terminal` is true (the stream is a terminal).
  TerminalProgress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}
  void begin(int files, unsigned long long bytes) override;
  void sending(unsigned long long sent) override;
  void file_done(unsigned long long size) override;
  void end() override;

 private:
  void draw(bool force);
  std::ostream& out_;
  bool terminal_;
  int files_ = 0, done_files_ = 0;
  unsigned long long bytes_ = 0, done_bytes_ = 0, current_ = 0;
  std::chrono::steady_clock::time_point drawn_{};
  bool shown_ = false;
};

// "1,2 МБ".
std::string human_size(unsigned long long bytes);

}  // namespace nastavnik
