#include "import/columns.h"

#include <algorithm>
#include <regex>

#include "base/text.h"
#include "content/deadline.h"
#include "source/import_text.h"

namespace nastavnik {

std::string column_name(Column c) {
  switch (c) {
    case Column::number: return "номер";
    case Column::title: return "мероприятие";
    case Column::content: return "содержание";
    case Column::deadline: return "срок";
    case Column::responsible: return "ответственные";
    case Column::result: return "результат";
    case Column::indicators: return "показатели";
    case Column::note: return "примечание";
    case Column::unknown: break;
  }
  return "не распознана";
}

namespace {

bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  for (auto& w : split(squeeze(text), ' '))
    if (!w.empty()) out.push_back(w);
  return out;
}

// «УО», «МКУ», «ЦОДОУ», «МБОУ»: an abbreviation of an organisation.
bool is_abbreviation(const std::string& word) {
  std::u32string u = utf8_decode(word);
  int upper = 0;
  for (char32_t c : u) {
    if ((c >= U'А' && c <= U'Я') || c == U'Ё') ++upper;
    else if (c != U'«' && c != U'»' && c != U'"' && c != U',' && c != U'.' && c != U'(' && c != U')') return false;
  }
  return upper >= 2;
}

// «Иванова А.А.», «О. И.»: initials.
bool is_initials(const std::string& word) {
  static const std::regex re(R"(^([А-ЯЁ]\.){1,2}[,;]?$)");
  return word.size() <= 12 && std::regex_match(word, re);
}

// A short passive participle: «проведено», «сформирована», «приняты».
bool is_short_participle(const std::string& lower_word) {
  std::u32string w = utf8_decode(lower_word);
  while (!w.empty() && (w.back() == U',' || w.back() == U'.' || w.back() == U':' || w.back() == U';')) w.pop_back();
  if (w.size() < 5) return false;
  static const std::u32string endings[] = {U"ен", U"ена", U"ено", U"ены", U"ан", U"ана", U"ано", U"аны",
                                           U"ят", U"ята", U"ято", U"яты", U"ыт", U"ыта", U"ыто", U"ыты"};
  for (const auto& e : endings)
    if (w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

}  // namespace

Column classify_header(const std::string& header) {
  std::string h = to_lower(one_line(header));
  if (h.empty()) return Column::unknown;
  if (has(h, "№") || h == "n" || h == "п/п" || h == "номер" || h == "n п/п") return Column::number;
  if (has(h, "срок") || h.rfind("дата", 0) == 0 || h.rfind("период", 0) == 0) return Column::deadline;
  if (has(h, "ответствен") || has(h, "исполнител")) return Column::responsible;
  if (has(h, "показател") || has(h, "индикатор")) return Column::indicators;
  if (has(h, "результат") || has(h, "итог")) return Column::result;
  if (has(h, "примечан") || has(h, "отметка") || has(h, "комментар")) return Column::note;
  if (h.rfind("содержание", 0) == 0) return Column::content;
  if (has(h, "мероприяти") || has(h, "наименование") || has(h, "этап") || has(h, "действи") || has(h, "задач") ||
      has(h, "направлени"))
    return Column::title;
  return Column::unknown;
}

int ColumnMap::find(Column c) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == c) return static_cast<int>(i);
  return -1;
}

ColumnMap read_header(const SourceBlock& row) {
  ColumnMap m;
  m.columns.assign(row.width(), Column::unknown);
  m.names.assign(row.width(), "");
  bool title = false;
  for (const auto& cell : row.cells) {
    Column c = classify_header(cell.text);
    if (c == Column::title && title) c = Column::content;  // a second wording column
    title |= c == Column::title;
    for (int k = cell.column; k < cell.column + cell.span; ++k) {
      m.columns[k] = c;
      m.names[k] = one_line(cell.text);
    }
  }
  if (!title && m.find(Column::content) >= 0) {
    m.columns[m.find(Column::content)] = Column::title;
    title = true;
  }
  std::vector<Column> seen;
  for (Column c : m.columns)
    if (c != Column::unknown && std::find(seen.begin(), seen.end(), c) == seen.end()) seen.push_back(c);
  m.score = static_cast<int>(seen.size());
  if (!title || (m.find(Column::deadline) < 0 && m.find(Column::responsible) < 0)) m.score = 0;
  return m;
}

bool looks_number(const std::string& text) {
  static const std::regex re(R"(^\s*(\d{1,3}(\.\d{1,3}){0,3}\.?|\d{1,3}\)|[IVXLC]{1,6}\.?|[а-е]\))\s*$)");
  return text.size() <= 24 && std::regex_match(text, re);
}

bool looks_deadline(const std::string& text) {
  if (text.empty() || words_of(text).size() > 12) return false;
  Deadline d = parse_deadline(text, 2000);
  return d.kind != DeadlineKind::unreadable;
}

bool looks_responsible(const std::string& text) {
  auto words = words_of(text);
  if (words.empty() || words.size() > 12) return false;
  if (is_short_participle(to_lower(words[0]))) return false;
  static const char* roles[] = {"куратор", "руковод", "директор", "заместит", "зам.", "учител", "педагог", "управлени",
                                "администрац", "координатор", "наставник", "специалист", "психолог", "методист",
                                "советник", "секретар", "председател", "организаци", "отдел", "воспитател",
                                "социальн", "библиотекар", "комисси", "совет", "школ", "кабинет"};
  std::string lower = to_lower(text);
  for (const char* r : roles)
    if (has(lower, r)) return true;
  for (const auto& w : words)
    if (is_abbreviation(w) || is_initials(w)) return true;
  return false;
}

bool looks_result(const std::string& text) {
  auto words = words_of(text);
  if (words.empty()) return false;
  for (size_t i = 0; i < words.size() && i < 3; ++i)
    if (is_short_participle(to_lower(words[i]))) return true;
  static const char* nouns[] = {"наличие", "протокол", "приказ", "положение", "справка", "отчет", "отчёт", "реестр",
                                "сборник", "база", "банк", "план", "программ", "информац", "аналитическ",
                                "методическ", "мониторинг", "материал", "рекомендац", "увеличение", "повышение",
                                "доля", "не менее", "количество", "публикац", "фотоотч", "анкет"};
  std::string lower = to_lower(words[0]);
  for (const char* n : nouns)
    if (lower.rfind(n, 0) == 0) return true;
  return has(text, "%");
}

int fit(Column c, const std::vector<std::string>& paras) {
  if (paras.empty()) return 0;
  std::string all;
  for (const auto& p : paras) all += (all.empty() ? "" : " ") + p;
  int score = 0;
  switch (c) {
    case Column::number: return paras.size() == 1 && looks_number(paras[0]) ? 3 : -3;
    case Column::deadline:
      for (const auto& p : paras) score += looks_deadline(p) ? 2 : looks_result(p) || looks_responsible(p) ? -2 : -1;
      return score;
    case Column::responsible:
      for (const auto& p : paras) score += looks_responsible(p) ? 2 : looks_result(p) ? -2 : -1;
      return score;
    case Column::result:
    case Column::indicators:
      for (const auto& p : paras) score += looks_result(p) ? 2 : looks_responsible(p) ? -2 : 0;
      return score;
    case Column::title:
    case Column::content:
      if (looks_number(all)) return -3;
      return looks_deadline(all) ? -2 : 1;
    case Column::note:
    case Column::unknown: return 0;
  }
  return 0;
}

std::vector<std::string> guess_unknown_columns(ColumnMap& map, const std::vector<const SourceBlock*>& rows) {
  std::vector<std::string> notes;
  for (int col = 0; col < map.width(); ++col) {
    if (map.columns[col] != Column::unknown) continue;
    int filled = 0, numbers = 0, deadlines = 0, parties = 0;
    for (const SourceBlock* row : rows)
      for (const auto& cell : row->cells) {
        if (cell.column != col || cell.span != 1 || cell.text.empty()) continue;
        ++filled;
        numbers += looks_number(cell.text);
        deadlines += looks_deadline(one_line(cell.text));
        parties += looks_responsible(paragraphs(cell.text).front());
      }
    if (filled < 2) continue;
    Column guess = Column::unknown;
    if (numbers * 10 >= filled * 8 && map.find(Column::number) < 0) guess = Column::number;
    else if (deadlines * 10 >= filled * 7 && map.find(Column::deadline) < 0) guess = Column::deadline;
    else if (parties * 10 >= filled * 7 && map.find(Column::responsible) < 0) guess = Column::responsible;
    if (guess == Column::unknown) continue;
    map.columns[col] = guess;
    notes.push_back("колонка " + std::to_string(col + 1) +
                    (map.names[col].empty() ? std::string(" без заголовка") : " «" + map.names[col] + "»") +
                    " понята как «" + column_name(guess) + "» по содержимому ячеек");
  }
  return notes;
}

}  // namespace nastavnik
