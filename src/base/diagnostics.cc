#include "base/diagnostics.h"

#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

#include "base/text.h"

namespace nastavnik {

void Diagnostics::error(SourceLoc loc, std::string message, std::string hint) {
  add({Severity::error, std::move(loc), std::move(message), std::move(hint)});
}
void Diagnostics::warning(SourceLoc loc, std::string message, std::string hint) {
  add({Severity::warning, std::move(loc), std::move(message), std::move(hint)});
}
void Diagnostics::note(SourceLoc loc, std::string message, std::string hint) {
  add({Severity::note, std::move(loc), std::move(message), std::move(hint)});
}

// One cause is reported once: the same message at the same place (a link
// in a text shown on several pages, a menu checked by every page) is kept
// the first time only.
void Diagnostics::add(Diagnostic d) {
  std::string key = std::to_string(static_cast<int>(d.severity)) + '\n' + d.loc.file + '\n' +
                    std::to_string(d.loc.line) + ':' + std::to_string(d.loc.col) + '\n' + d.message;
  std::lock_guard lock(mutex_);
  if (!seen_.insert(std::move(key)).second) return;
  items_.push_back(std::move(d));
}

bool Diagnostics::has_error_in(const std::string& file) const {
  std::lock_guard lock(mutex_);
  return std::any_of(items_.begin(), items_.end(),
                     [&](const Diagnostic& d) { return d.severity == Severity::error && d.loc.file == file; });
}

int Diagnostics::error_count() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
      [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warning_count() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
      [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

bool Diagnostics::failed() const {
  return error_count() > 0 || (strict_ && warning_count() > 0);
}

std::vector<Diagnostic> Diagnostics::all() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(mutex_);
    copy = items_;
  }
  // Sorted so that parallel stages still print in a stable order.
  std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.loc.file != b.loc.file) return a.loc.file < b.loc.file;
    if (a.loc.line != b.loc.line) return a.loc.line < b.loc.line;
    return a.loc.col < b.loc.col;
  });
  return copy;
}

static std::string read_line(const std::string& path, int line) {
  std::ifstream in(path, std::ios::binary);
  std::string text;
  for (int i = 1; std::getline(in, text); ++i) {
    if (i == line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      return text;
    }
  }
  return {};
}

std::string Diagnostics::format(const Diagnostic& d, bool color) const {
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  const char* sev_color = "";
  const char* label = "";
  switch (d.severity) {
    case Severity::error: label = "ошибка"; sev_color = color ? "\033[1;31m" : ""; break;
    case Severity::warning: label = "предупреждение"; sev_color = color ? "\033[1;35m" : ""; break;
    case Severity::note: label = "примечание"; sev_color = color ? "\033[1;36m" : ""; break;
  }
  // Columns are kept in bytes internally and shown in characters, as editors
  // count them when jumping to file:line:col.
  std::string src = !d.loc.file.empty() && d.loc.line > 0 ? read_line(root_ + "/" + d.loc.file, d.loc.line) : "";
  std::string prefix = d.loc.col > 0 ? src.substr(0, std::min(src.size(), static_cast<size_t>(d.loc.col - 1))) : "";
  int shown_col = d.loc.col > 0 ? static_cast<int>(utf8_length(prefix)) + 1 + std::max(0, d.loc.col - 1 - static_cast<int>(src.size())) : 0;
  std::ostringstream out;
  out << bold;
  if (!d.loc.file.empty()) {
    out << d.loc.file;
    if (d.loc.line > 0) {
      out << ':' << d.loc.line;
      if (shown_col > 0) out << ':' << shown_col;
    }
    out << ": ";
  }
  out << reset << sev_color << label << ':' << reset << ' ' << bold << d.message << reset << '\n';
  if (!src.empty()) {
    out << "  " << d.loc.line << " | " << src << '\n';
    if (d.loc.col > 0) {
      std::string gutter(std::to_string(d.loc.line).size(), ' ');
      std::string pad;
      for (char32_t c : utf8_decode(prefix)) pad += (c == U'\t' ? '\t' : ' ');
      out << "  " << gutter << " | " << pad << sev_color << '^' << reset << '\n';
    }
  }
  if (!d.hint.empty()) out << "  подсказка: " << d.hint << '\n';
  return out.str();
}

void Diagnostics::print(std::ostream& out, bool color) const {
  for (const auto& d : all()) out << format(d, color);
}

}  // namespace nastavnik
