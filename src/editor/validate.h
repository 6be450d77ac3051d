#pragma once
// What `check` says about one file, before it is written: the candidate text
// read exactly as the build reads its type, and each message placed at the
// field it concerns (by the line it names), so a form shows it there.
#include <map>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/config.h"
#include "editor/source_doc.h"
#include "source/schema.h"

namespace nastavnik {

// Validates `text` as the file `rel` of type `type`; the diagnostics of
// that file only.
std::vector<Diagnostic> validate_candidate(const Config& config, const Date& today, const TypeSchema& type,
                                           const std::string& rel, const std::string& text);

// Messages by field path ("title", "consent.date", "stages.0.title"; "" for
// the file as a whole). `doc` is the parsed text the messages are about.
using FieldMessages = std::map<std::string, std::vector<Diagnostic>>;
FieldMessages place_messages(const std::vector<Diagnostic>& diags, const SourceDoc& doc, const Schema& schema);

}  // namespace nastavnik
