#include "import/document_meta.h"

#include <regex>

#include "base/text.h"
#include "source/import_text.h"
#include "import/row_classifier.h"

namespace nastavnik {

namespace {

// The texts of a block: a paragraph, or each cell of a row.
std::vector<std::string> texts_of(const SourceBlock& b) {
  if (!b.is_row) return {b.text};
  std::vector<std::string> out;
  for (const auto& c : b.cells)
    if (!c.text.empty()) out.push_back(one_line(c.text));
  return out;
}

bool names_roadmap(const std::string& text) {
  std::string lower = to_lower(text);
  return lower.find("дорожн") != std::string::npos || lower.find("план мероприятий") != std::string::npos ||
         lower.find("план работ") != std::string::npos;
}

std::string iso_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string date_in(const std::string& text, size_t* at = nullptr) {
  static const std::regex numeric(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))");
  static const std::regex words(R"(«?(\d{1,2})»?\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\s+(\d{4}))",
                                std::regex::icase);
  static const char* months[] = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};
  std::smatch m;
  if (std::regex_search(text, m, numeric)) {
    if (at) *at = static_cast<size_t>(m.position(0));
    return iso_date(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
  }
  std::string lower = to_lower(text);
  if (std::regex_search(lower, m, words)) {
    if (at) *at = static_cast<size_t>(m.position(0));
    for (int i = 0; i < 12; ++i)
      if (m[2] == months[i]) return iso_date(std::stoi(m[3]), i + 1, std::stoi(m[1]));
  }
  return "";
}

// Text inside «…» blanked out (same length): «Лицей № 5» names no order.
std::string outside_quotes(const std::string& text) {
  std::string out = text;
  int depth = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "«") == 0) ++depth;
    else if (out.compare(i, 2, "»") == 0 && depth > 0) --depth;
    else if (depth > 0 && out[i] != '\n') out[i] = ' ';
  }
  return out;
}

// The order's number: a «№ …» outside quotes, the nearest to its date.
std::string order_number(const std::string& text, size_t date_at) {
  static const std::regex number(R"(№\s*([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё/.\-]*))");
  std::string plain = outside_quotes(text);
  std::string best;
  size_t best_distance = std::string::npos;
  for (std::sregex_iterator it(plain.begin(), plain.end(), number), end; it != end; ++it) {
    size_t pos = static_cast<size_t>(it->position(0));
    size_t distance = date_at == std::string::npos ? 0 : (pos > date_at ? pos - date_at : date_at - pos);
    if (best_distance != std::string::npos && distance >= best_distance) continue;
    best_distance = distance;
    best = (*it)[1];
  }
  while (!best.empty() && best.back() == '.') best.pop_back();
  return best;
}

// «приказом директора МБОУ «СОШ № 7»» from «Утверждена приказом директора … от …»;
// a heading «Приказ» gives «приказом».
std::string order_wording(const std::string& text) {
  std::string lower = to_lower(text);
  for (const char* word : {"приказом", "распоряжением", "решением", "постановлением"}) {
    size_t at = lower.find(word);
    if (at == std::string::npos) continue;
    size_t end = lower.size();
    std::string plain = outside_quotes(lower);
    for (const char* stop : {" от ", "№", " г.", "\n"}) end = std::min(end, plain.find(stop, at));
    std::string t = squeeze(text.substr(at, end - at));
    while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
    return to_lower(t.substr(0, std::string(word).size())) + t.substr(std::string(word).size());
  }
  if (lower.find("распоряжени") != std::string::npos) return "распоряжением";
  return "приказом";
}

bool anchors_approval(const std::string& text) {
  std::string lower = to_lower(text);
  return lower.find("утвержд") != std::string::npos || lower.rfind("приказ", 0) == 0;
}

}  // namespace

std::string find_title(const std::vector<SourceBlock>& blocks, size_t header) {
  for (size_t i = header; i-- > 0;) {
    auto texts = texts_of(blocks[i]);
    if (blocks[i].is_row && texts.size() != 1) break;  // another table's row
    if (texts.empty() || !names_roadmap(texts[0])) continue;
    std::string title = texts[0];
    // Lines that follow in the same paragraph (text formats break titles into lines).
    for (size_t j = i + 1; j < header && !blocks[j].is_row && title.size() < 400; ++j) title += " " + blocks[j].text;
    std::string number, rest;
    if (split_heading(title, number, rest)) title = rest;
    return squeeze(title);
  }
  return "";
}

std::string academic_year_in(const std::string& full) {
  static const std::regex years(R"((\d{4})\s*(?:-|–|—|/)\s*(\d{2,4}))");
  std::smatch m;
  const std::string text = full.substr(0, 2000);
  if (!std::regex_search(text, m, years)) return "";
  int a = std::stoi(m[1]), b = std::stoi(m[2]);
  if (m[2].length() == 2) b += a / 100 * 100;
  return b == a + 1 ? std::to_string(a) + "-" + std::to_string(b) : "";
}

std::optional<Approval> parse_approval(const std::string& full) {
  // An approval is a line or two; the regular expressions never see a long text.
  const std::string text = full.size() > 1000 ? clip(full, 400) : full;
  Approval a;
  size_t date_at = std::string::npos;
  a.date = date_in(text, &date_at);
  a.number = order_number(text, date_at);
  if (a.empty()) return std::nullopt;
  a.title = order_wording(text);
  a.text = one_line(text);
  return a;
}

std::optional<Approval> find_approval(const std::vector<SourceBlock>& blocks, size_t header) {
  for (size_t i = 0; i < header; ++i) {
    for (const auto& text : texts_of(blocks[i])) {
      if (!anchors_approval(text)) continue;
      // The number and the date are often on lines of their own below.
      std::string window = text;
      std::optional<Approval> found = parse_approval(window);
      for (size_t j = i + 1; j < header && j <= i + 3 && !(found && !found->number.empty() && !found->date.empty()); ++j)
        for (const auto& more : texts_of(blocks[j])) {
          window += "\n" + more;
          if (auto a = parse_approval(window)) found = a;
        }
      if (found) {
        found->where = blocks[i].where;
        return found;
      }
    }
  }
  return std::nullopt;
}

}  // namespace nastavnik
