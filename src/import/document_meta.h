#pragma once
// What the text around a roadmap table says about it: its title («Дорожная
// карта … на 2023-2024 учебный год»), the academic year, and the order that
// approved it («УТВЕРЖДАЮ / Приказ №80/8 от 01.09.2023г», «Утверждена
// приказом директора от 28.08.2025 № 112-о»).
#include <optional>
#include <string>
#include <vector>

#include "source/source_blocks.h"

namespace nastavnik {

struct Approval {
  std::string title;   // «приказом директора»
  std::string number;  // «80/8»
  std::string date;    // ISO, «2023-09-01»
  std::string text;    // as written, for notes
  std::string document;  // a link to the order on the site (kept by --update)
  std::string where;     // the block it was found in, for --explain
  bool empty() const { return number.empty() && date.empty(); }
};

// The paragraph (or merged row) before the header that names the roadmap.
std::string find_title(const std::vector<SourceBlock>& blocks, size_t header);

// «2023-2024», «2023/24», «2023 - 2024 гг.» → "2023-2024"; "" when none.
std::string academic_year_in(const std::string& text);

// Number, date and wording of an order in `text`; nullopt when it names neither.
std::optional<Approval> parse_approval(const std::string& text);

// The approval written above the table: a paragraph or a cell with
// «утверждаю/утверждена …» or a heading «ПРИКАЗ», read with the few blocks
// after it (the number and date are often on lines of their own).
std::optional<Approval> find_approval(const std::vector<SourceBlock>& blocks, size_t header);

}  // namespace nastavnik
