#pragma once
// Text that goes into a CSV file people open in Excel or LibreOffice Calc.
#include <string>
#include <string_view>

namespace nastavnik {

// A cell that starts with =, +, -, @, a tab or a carriage return is read by
// spreadsheets as a formula (=HYPERLINK(…), =cmd|…): such a cell gets a
// leading apostrophe so it is shown as the text it is (OWASP, "CSV
// Injection"). Other cells come back unchanged.
std::string defuse_spreadsheet_formula(std::string_view cell);

}  // namespace nastavnik
