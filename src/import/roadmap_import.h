#pragma once
// `nastavnik import roadmap FILE`: a roadmap table from a Word document
// (.docx), a tab-separated text (.tsv/.txt), CSV or a Markdown table, turned
// into roadmap YAML (roadmap.h) that builds at once. The steps, each in a
// module of its own: reading the file into blocks (source_reader.h), mapping
// the columns from the header and the cells (columns.h), placing every row's
// cells on them (row_layout.h), classifying the rows with reasons
// (row_classifier.h), and here, building sections and items from them.
// Whatever cannot be placed is reported, never dropped.
#include <optional>
#include <string>
#include <vector>

#include "import/document_meta.h"
#include "source/source_blocks.h"

namespace nastavnik {

struct ImportedItem {
  std::string number, title, content, result, indicators, deadline, note;
  std::vector<std::string> responsible;
  // Progress: "planned" on import; kept from the old file by --update.
  std::string status = "planned";
  std::string completed;              // ISO date
  std::vector<std::string> evidence;
  std::string where;
};

struct ImportedSection {
  std::string number, title;
  std::vector<ImportedItem> items;
};

// One line of `--explain`: a row, what it became and why.
struct RowExplanation {
  std::string where, kind, reason;
};

struct ImportedRoadmap {
  std::string title;
  std::string description, period, weight;  // never in a document: kept from the old file by --update
  std::string academic_year;        // "2023-2024" when known
  Approval approval;
  std::vector<ImportedSection> sections;  // a roadmap without sections has one untitled section
  std::vector<std::string> notes;   // what could not be placed, and where (Russian)
  std::vector<RowExplanation> explanation;
  int items() const;
  int titled_sections() const;
};

// Finds the roadmap table and reads it. `year` ("2023-2024") overrides the
// academic year found in the title. nullopt with `error` when no header row
// with the expected columns is found.
std::optional<ImportedRoadmap> import_roadmap(const std::vector<SourceBlock>& blocks, const std::string& year,
                                              const std::string& fallback_title, std::string& error);

}  // namespace nastavnik
