#pragma once
// `nastavnik import roadmap FILE`: a roadmap table from a Word document
// (.docx), a tab-separated text (.tsv/.txt, as tables come out of Word), CSV
// or a Markdown table, turned into roadmap YAML (roadmap.h) that builds at
// once. The header row is found by its Russian column names; section rows,
// rows split by page breaks, leftover <p> tags and lists of responsible
// parties are handled; whatever cannot be placed is reported, never dropped.
#include <optional>
#include <string>
#include <vector>

namespace nastavnik {

// A document as a flat sequence: paragraphs outside tables and table rows.
struct SourceBlock {
  bool is_row = false;
  std::string text;                 // a paragraph (is_row == false)
  std::vector<std::string> cells;   // a row; paragraphs inside a cell are separated by '\n'
  int table = 0;                    // which table a row belongs to (docx; 0 in text formats)
  std::string where;                // «строка 12» / «таблица 2, строка 5»
};

struct ImportedItem {
  std::string number, title, content, result, indicators, deadline, note;
  std::vector<std::string> responsible;
  std::string where;
};

struct ImportedSection {
  std::string number, title;
  std::vector<ImportedItem> items;
};

struct ImportedRoadmap {
  std::string title;
  std::string academic_year;        // "2023-2024" when known
  std::string approval_number;
  std::string approval_date;        // ISO
  std::vector<ImportedSection> sections;  // a roadmap without sections has one untitled section
  std::vector<std::string> notes;   // what could not be placed, and where (Russian)
  int items() const;
  int titled_sections() const;
};

// Reads FILE by its extension. nullopt with `error` set when the file
// cannot be read or holds no roadmap table.
std::optional<std::vector<SourceBlock>> read_source_blocks(const std::string& path, std::string& error);
std::vector<SourceBlock> blocks_from_text(const std::string& text, char separator);  // TSV/CSV
std::vector<SourceBlock> blocks_from_markdown(const std::string& text);
std::optional<std::vector<SourceBlock>> blocks_from_docx(const std::string& path, std::string& error);

// Finds the roadmap table and reads it. `year` ("2023-2024") overrides the
// academic year found in the title. nullopt with `error` when no header row
// with the expected columns is found.
std::optional<ImportedRoadmap> import_roadmap(const std::vector<SourceBlock>& blocks, const std::string& year,
                                              const std::string& fallback_title, std::string& error);

// Splits a cell of responsible parties: «УО, МКУ ЦОДОУ», one per paragraph,
// «Бондарь О.И., зам. директора по УВР» kept together.
std::vector<std::string> split_responsible(const std::string& cell);

// Roadmap YAML for content/roadmap/, every item planned.
std::string roadmap_to_yaml(const ImportedRoadmap& r, const std::string& source_name);

}  // namespace nastavnik
