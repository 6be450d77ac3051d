#include "publish/progress.h"

#include <ostream>

#include "base/text.h"

namespace nastavnik {

std::string human_size(unsigned long long bytes) { return format_file_size(bytes, {"Б", "КБ", "МБ", "ГБ"}); }

void TerminalProgress::begin(int files, unsigned long long bytes) {
  files_ = files;
  bytes_ = bytes;
  draw(true);
}

void TerminalProgress::sending(unsigned long long sent) {
  current_ = sent;
  draw(false);
}

void TerminalProgress::file_done(unsigned long long size) {
  ++done_files_;
  done_bytes_ += size;
  current_ = 0;
  draw(done_files_ == files_);
}

void TerminalProgress::end() {
  if (shown_) out_ << "\n";
  shown_ = false;
}

void TerminalProgress::draw(bool force) {
  if (!terminal_ || files_ == 0) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  unsigned long long sent = done_bytes_ + current_;
  double share = bytes_ ? static_cast<double>(sent) / static_cast<double>(bytes_)
                        : static_cast<double>(done_files_) / files_;
  if (share > 1) share = 1;
  constexpr int kWidth = 24;
  int filled = static_cast<int>(share * kWidth);
  std::string bar = "[";
  bar.append(filled, '#').append(kWidth - filled, '-') += ']';
  out_ << "\r" << bar << " " << done_files_ << " из " << files_ << " "
       << plural_form(files_, {"файла", "файлов", "файлов"}) << ", " << human_size(sent) << " из " << human_size(bytes_)
       << "   " << std::flush;
  shown_ = true;
}

}  // namespace nastavnik
