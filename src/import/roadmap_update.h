#pragma once
// `import roadmap FILE --update OLD.yaml`: the school edits its Word file and
// imports it again; the progress recorded in the old YAML (status, date
// done, evidence) must survive. Items are matched by number and by the
// similarity of their text; new ones are added, removed ones kept and marked
// cancelled, and every change is listed.
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "import/roadmap_import.h"

namespace nastavnik {

struct RecordedItem {
  std::string section;  // title of the section it was in
  ImportedItem item;
};

// What an existing roadmap file records beyond the document's text.
struct RecordedRoadmap {
  std::string description, period, weight;
  Approval approval;
  std::vector<RecordedItem> items;
};

// Reads OLD.yaml through the roadmap schemas (content/roadmap.h). nullopt
// when it cannot be read or has errors (reported to `diag`).
std::optional<RecordedRoadmap> read_recorded_roadmap(const std::string& path, Diagnostics& diag, std::string& error);

struct UpdateSummary {
  int unchanged = 0, changed = 0, added = 0, removed = 0, kept_progress = 0;
  std::vector<std::string> changes;  // one line per change (Russian)
};

// Carries the progress of `old` into `fresh` and appends the removed items
// (status cancelled, with a note). `today` (ISO) dates the note.
UpdateSummary merge_progress(ImportedRoadmap& fresh, const RecordedRoadmap& old, const std::string& source_name);

// How alike two texts are, 0..1, by their words (endings ignored).
double text_similarity(const std::string& a, const std::string& b);

}  // namespace nastavnik
