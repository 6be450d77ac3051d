#include "base/spreadsheet.h"

namespace nastavnik {

std::string defuse_spreadsheet_formula(std::string_view cell) {
  if (cell.empty()) return {};
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': {
      std::string out(1, '\'');
      out.append(cell);
      return out;
    }
    default:
      return std::string(cell);
  }
}

}  // namespace nastavnik
