#pragma once
// What each column of a roadmap table means. The header names it («Сроки»,
// «Ответственные», «Ожидаемый результат»); where it does not (an empty or
// unknown header cell), the cells below tell. The same cues say how well a
// piece of text fits a column, which places cells of short rows and splits
// a cell that spans two columns.
#include <string>
#include <vector>

#include "source/source_blocks.h"

namespace nastavnik {

enum class Column { number, title, content, deadline, responsible, result, indicators, note, unknown };

// «номер», «мероприятие», «сроки»… for messages.
std::string column_name(Column c);

// The meaning a header cell names, unknown when it names none.
Column classify_header(const std::string& header);

// The meaning of every grid column of a table, from its header row.
struct ColumnMap {
  std::vector<Column> columns;   // by grid column
  std::vector<std::string> names;  // header text by grid column
  int score = 0;                 // how many known meanings the header names
  int width() const { return static_cast<int>(columns.size()); }
  int find(Column c) const;      // the first grid column with meaning `c`, or -1
};

// The header read from a row; score 0 when it lacks a wording column or both
// a deadline and a responsible column.
ColumnMap read_header(const SourceBlock& row);

// Header cells that name nothing get a meaning from the rows below when most
// of their cells look alike (numbers, deadlines, responsible parties).
// Returns Russian notes on what was guessed.
std::vector<std::string> guess_unknown_columns(ColumnMap& map, const std::vector<const SourceBlock*>& rows);

// Cues of a single paragraph.
bool looks_number(const std::string& text);       // «1», «1.1.», «2)», «IV.»
bool looks_deadline(const std::string& text);     // «Апрель 2023», «в течение года»
bool looks_responsible(const std::string& text);  // «Куратор (МБОУ ДО «ЦДЮТ»)», «Иванова А.А.»
bool looks_result(const std::string& text);       // «Сформирована база наставников», «Протокол»

// How well `text` (a cell's paragraphs) fits a column: positive fits.
int fit(Column c, const std::vector<std::string>& paragraphs);

}  // namespace nastavnik
