#include "import/responsible.h"

#include "base/text.h"
#include "source/import_text.h"

namespace nastavnik {

// «Бондарь О.И.», «Бондарь О. И», «Иванова А.»: the text ends with initials.
static bool ends_with_initials(const std::string& s) {
  auto words = split(squeeze(s), ' ');
  auto is_initials = [](const std::string& w) {
    std::u32string u = utf8_decode(w);
    int uppers = 0;
    for (size_t i = 0; i < u.size(); ++i) {
      char32_t c = u[i];
      bool upper = (c >= U'А' && c <= U'Я') || c == U'Ё' || (c >= U'A' && c <= U'Z');
      if (upper) {
        ++uppers;
        if (i + 1 < u.size() && u[i + 1] != U'.') return false;
      } else if (c != U'.') {
        return false;
      }
    }
    return uppers >= 1 && uppers <= 3;
  };
  size_t n = words.size(), k = 0;
  while (k < n && is_initials(words[n - 1 - k])) ++k;
  return k >= 1 && k <= 3 && k < n;
}

std::vector<std::string> split_responsible(const std::string& cell) {
  std::vector<std::string> parts;
  for (const auto& para : split(cell, '\n')) {
    std::string piece;
    int depth = 0;  // commas inside «…» or (…) do not split
    auto flush = [&] {
      std::string t = squeeze(piece);
      piece.clear();
      while (!t.empty() && (t.back() == ',' || t.back() == ';')) t.pop_back();
      t = std::string(trim(t));
      if (t.empty()) return;
      // «УО.» → «УО», but initials keep their dot: «Бондарь О.И.».
      if (t.back() == '.' && !ends_with_initials(t)) t.pop_back();
      // A position after a name belongs to that person: «Бондарь О.И., зам. директора».
      bool lower = !t.empty() && (t.rfind("зам", 0) == 0 || t.rfind("директор", 0) == 0 || t.rfind("учитель", 0) == 0 ||
                                  t.rfind("педагог", 0) == 0 || t.rfind("руководитель", 0) == 0 ||
                                  t.rfind("заместитель", 0) == 0 || t.rfind("председатель", 0) == 0 ||
                                  t.rfind("куратор", 0) == 0 || t.rfind("методист", 0) == 0 ||
                                  t.rfind("советник", 0) == 0 || t.rfind("социальный", 0) == 0);
      if (lower && !parts.empty() && ends_with_initials(parts.back())) parts.back() += ", " + t;
      else parts.push_back(t);
    };
    for (size_t i = 0; i < para.size(); ++i) {
      char c = para[i];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      if (para.compare(i, 2, "«") == 0) ++depth;
      if (para.compare(i, 2, "»") == 0 && depth > 0) --depth;
      if ((c == ',' || c == ';') && depth == 0) flush();
      else piece += c;
    }
    flush();
  }
  return parts;
}

}  // namespace nastavnik
