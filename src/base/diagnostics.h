#pragma once
// Problems found in a site's sources, reported the way compilers do:
// `file:line:col: ошибка: message`, then the source line and a caret.
#include <iosfwd>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

namespace nastavnik {

enum class Severity { error, warning, note };

// A position in a source file. Lines and columns are 1-based; 0 means
// "the whole file" (no line) or "the whole line" (no column).
struct SourceLoc {
  std::string file;  // path as shown to the user (relative to the site root)
  int line = 0;
  int col = 0;
};

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLoc loc;
  std::string message;
  std::string hint;  // how to fix it; may be empty
};

// Collects diagnostics from all stages (thread-safe), so one run reports
// every problem instead of stopping at the first.
class Diagnostics {
 public:
  // `root` is the folder that file paths in SourceLoc are relative to; used
  // to read the offending source line when printing.
  explicit Diagnostics(std::string root = ".") : root_(std::move(root)) {}

  void error(SourceLoc loc, std::string message, std::string hint = {});
  void warning(SourceLoc loc, std::string message, std::string hint = {});
  void note(SourceLoc loc, std::string message, std::string hint = {});
  void add(Diagnostic d);

  int error_count() const;
  // Whether an error was reported in `file` (as SourceLoc::file names it).
  bool has_error_in(const std::string& file) const;
  int warning_count() const;
  std::vector<Diagnostic> all() const;  // in the order they will be printed

  // With `strict`, warnings count as errors (check --strict).
  void set_strict(bool strict) { strict_ = strict; }
  bool failed() const;

  // Prints every diagnostic sorted by file and line, each with its source
  // line and a caret, then a summary line. `color` adds ANSI colours.
  void print(std::ostream& out, bool color) const;
  std::string format(const Diagnostic& d, bool color) const;

 private:
  std::string root_;
  bool strict_ = false;
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
  std::unordered_set<std::string> seen_;  // of every diagnostic added: duplicates are dropped
};

}  // namespace nastavnik
