#pragma once
// Responsible parties of a roadmap item, one per entry: a cell lists them
// one per paragraph or separated by commas and semicolons, while a name
// keeps the position written after it.
#include <string>
#include <vector>

namespace nastavnik {

// «УО, МКУ ЦОДОУ» → two; «Бондарь О.И., зам. директора по УВР» → one;
// commas inside parentheses and «» do not split.
std::vector<std::string> split_responsible(const std::string& cell);

}  // namespace nastavnik
