#include "import/row_classifier.h"

#include <regex>

#include "base/text.h"
#include "source/import_text.h"

namespace nastavnik {

std::string row_kind_name(RowKind kind) {
  switch (kind) {
    case RowKind::header: return "заголовки колонок";
    case RowKind::header_repeat: return "повтор заголовков";
    case RowKind::column_numbers: return "номера колонок";
    case RowKind::section: return "раздел";
    case RowKind::item: return "пункт";
    case RowKind::sub_item: return "подпункт";
    case RowKind::continuation: return "продолжение пункта";
    case RowKind::approval: return "утверждение";
    case RowKind::empty: return "пустая строка";
  }
  return "";
}

// The regular expressions see only the start of a text (std::regex recurses
// per character and overflows the stack on long cells).
bool split_heading(const std::string& text, std::string& number, std::string& title) {
  static const std::regex numbered(R"(^\s*([0-9]{1,2}|[IVXLC]{1,5})\s*[.)]\s*)");
  static const std::regex with_word(R"(^\s*(?:Раздел|РАЗДЕЛ|раздел)\s+([0-9]{1,2}|[IVXLC]{1,5})\s*[.:)]?\s*)");
  std::string head = text.substr(0, 64);
  std::smatch m;
  if (!std::regex_search(head, m, with_word) && !std::regex_search(head, m, numbered)) return false;
  std::string rest = text.substr(static_cast<size_t>(m.length(0)));
  // A heading is words, not a date or a number («1. 09.2023», «1.1 …» is an item).
  if (rest.empty() || std::isdigit(static_cast<unsigned char>(rest[0]))) return false;
  number = m[1];
  title = rest;
  return true;
}

std::string bare_number(const std::string& n) {
  std::string s(trim(n));
  while (!s.empty() && (s.back() == '.' || s.back() == ')')) s.pop_back();
  return s;
}

namespace {

bool is_approval(const std::string& text) {
  std::string lower = to_lower(text);
  bool order = lower.find("приказ") != std::string::npos || lower.find("распоряжени") != std::string::npos;
  return (lower.find("утвержд") != std::string::npos && (order || lower.find("№") != std::string::npos)) ||
         (order && lower.find("№") != std::string::npos && lower.find(" от ") != std::string::npos &&
          utf8_length(text) < 200);
}

// «1, 2, 3, 4, 5» under the header.
bool is_column_numbers(const PlacedRow& r) {
  int expected = 1, filled = 0;
  for (const auto& t : r.text) {
    if (t.empty()) continue;
    if (t != std::to_string(expected)) return false;
    ++expected;
    ++filled;
  }
  return filled >= 3;
}

// One entry of the table: a row, or a paragraph between rows taken as a row
// merged across the whole width.
struct Entry {
  size_t block;
  bool paragraph;
  PlacedRow row;
  int single = -1;         // the only filled column, or -1
  bool full_width = false; // one cell across the table (gridSpan) or a paragraph
  bool bold = false;
};

class Classifier {
 public:
  Classifier(const std::vector<SourceBlock>& blocks, size_t header, const ColumnMap& map)
      : blocks_(blocks), map_(map), number_col_(map.find(Column::number)), title_col_(map.find(Column::title)),
        header_(read_header(blocks[header])) {
    collect(header);
  }
  std::vector<RowDecision> run();

 private:
  void collect(size_t header);
  bool continues_table(size_t i) const;
  Entry entry_of(size_t i, bool paragraph) const;
  RowDecision decide(size_t k);
  bool decide_single(const Entry& e, size_t k, RowDecision& d);
  bool decide_numbered(const Entry& e, size_t k, RowDecision& d);
  void decide_unnumbered(const Entry& e, RowDecision& d);
  std::string number_of(const Entry& e) const;
  const Entry* next_filled(size_t k) const;
  std::string item_label() const;
  bool is_sub_header(const Entry& e, const SourceBlock& b) const;

  const std::vector<SourceBlock>& blocks_;
  const ColumnMap& map_;
  int number_col_, title_col_;
  ColumnMap header_;
  std::vector<Entry> entries_;
  bool numbered_table_ = false;  // most items carry a number
  std::string last_item_;        // number (or title) of the last item
  std::string parent_;           // number of the last item that is not a sub-item
  bool have_item_ = false;
};

Entry Classifier::entry_of(size_t i, bool paragraph) const {
  Entry e{i, paragraph, {}};
  if (paragraph) {
    e.row.text.assign(map_.width(), "");
    e.row.from_above.assign(map_.width(), false);
    e.row.text[0] = blocks_[i].text;
    e.single = 0;
    e.full_width = true;
    return e;
  }
  const SourceBlock& b = blocks_[i];
  e.row = place_row(b, map_);
  int filled = 0;
  for (int c = 0; c < map_.width(); ++c)
    if (!e.row.text[c].empty()) ++filled, e.single = c;
  if (filled != 1 || !e.row.extra.empty()) e.single = -1;
  for (const auto& cell : b.cells)
    if (!cell.text.empty()) {
      e.full_width = cell.span >= map_.width() - 1 && map_.width() > 2;
      e.bold = cell.bold;
    }
  return e;
}

// A row block continues the table: same table, or a Word table as wide
// (a table split in two by a page or an empty paragraph).
bool Classifier::continues_table(size_t i) const {
  const SourceBlock& b = blocks_[i];
  return b.is_row && (b.table == 0 || b.width() == map_.width());
}

void Classifier::collect(size_t header) {
  for (size_t i = header + 1; i < blocks_.size(); ++i) {
    if (blocks_[i].is_row) {
      if (!continues_table(i)) return;
      entries_.push_back(entry_of(i, false));
      continue;
    }
    // A paragraph stays in the table when rows follow it within a few paragraphs.
    size_t j = i + 1;
    while (j < blocks_.size() && j < i + 4 && !blocks_[j].is_row) ++j;
    if (j >= blocks_.size() || !blocks_[j].is_row || !continues_table(j) || blocks_[j].blank()) return;
    entries_.push_back(entry_of(i, true));
  }
}

std::string Classifier::number_of(const Entry& e) const {
  if (number_col_ >= 0) {
    const std::string& n = e.row.at(number_col_);
    return looks_number(n) ? bare_number(n) : std::string();
  }
  return {};
}

const Entry* Classifier::next_filled(size_t k) const {
  for (size_t j = k + 1; j < entries_.size(); ++j)
    if (entries_[j].row.filled() > 0 && !is_column_numbers(entries_[j].row)) return &entries_[j];
  return nullptr;
}

// Under a header with merged cells, a second row names the parts of a
// column («начало», «окончание» under «Сроки»): short words in several cells,
// the rest merged down from the header.
bool Classifier::is_sub_header(const Entry& e, const SourceBlock& b) const {
  if (e.paragraph || e.single >= 0 || e.row.filled() < 2) return false;
  int own = 0, merged = 0;
  for (const auto& cell : b.cells) {
    merged += cell.merged_above;
    if (cell.text.empty() || cell.merged_above) continue;
    if (looks_number(cell.text) || looks_deadline(cell.text) || split(squeeze(one_line(cell.text)), ' ').size() > 3)
      return false;
    ++own;
  }
  return own >= 1 && merged >= 1;
}

std::string Classifier::item_label() const { return last_item_.empty() ? "выше" : last_item_; }

std::vector<RowDecision> Classifier::run() {
  int with_title = 0, with_number = 0;
  for (const auto& e : entries_) {
    if (e.single >= 0 || e.row.filled() < 2) continue;
    ++with_title;
    with_number += !number_of(e).empty();
  }
  numbered_table_ = with_title > 0 && with_number * 2 >= with_title;
  std::vector<RowDecision> out;
  for (size_t k = 0; k < entries_.size(); ++k) out.push_back(decide(k));
  return out;
}

RowDecision Classifier::decide(size_t k) {
  const Entry& e = entries_[k];
  RowDecision d;
  d.block = e.block;
  d.row = e.row;
  const SourceBlock& b = blocks_[e.block];
  if (e.row.filled() == 0) {
    d.kind = RowKind::empty;
    d.reason = "в строке нет текста — пропущена";
    return d;
  }
  if (!e.paragraph && (b.header_flag || (read_header(b).score >= header_.score && read_header(b).columns == header_.columns))) {
    d.kind = RowKind::header_repeat;
    d.reason = "повтор строки заголовков (на новой странице) — пропущена";
    return d;
  }
  if (!have_item_ && is_sub_header(e, b)) {
    d.kind = RowKind::header_repeat;
    d.reason = "вторая строка заголовков (названия частей колонок) — пропущена";
    return d;
  }
  if (is_column_numbers(e.row)) {
    d.kind = RowKind::column_numbers;
    d.reason = "номера колонок «1, 2, 3…» под заголовками — пропущена";
    return d;
  }
  if (e.single >= 0 && decide_single(e, k, d)) return d;
  if (decide_numbered(e, k, d)) return d;
  decide_unnumbered(e, d);
  return d;
}

// Where the only text of a row sits, for reasons.
std::string single_place(const Entry& e, const ColumnMap& map) {
  if (e.paragraph) return "строка без колонок между строками таблицы";
  if (e.full_width) return "одна ячейка на всю ширину таблицы";
  if (e.single == 0) return "текст только в первой колонке";
  return "текст только в колонке «" + (map.names[e.single].empty() ? column_name(map.columns[e.single]) : map.names[e.single]) + "»";
}

bool starts_continuing(const std::string& text) {
  return starts_lower(text) || text.rfind("(", 0) == 0 || text.rfind(",", 0) == 0 || text.rfind(";", 0) == 0;
}

bool Classifier::decide_single(const Entry& e, size_t k, RowDecision& d) {
  std::string text = one_line(e.row.text[e.single]);
  std::string place = single_place(e, map_);
  if (is_approval(text)) {
    d.kind = RowKind::approval;
    d.text = text;
    d.reason = place + ", текст об утверждении — записан в утверждение карты (approval)";
    return true;
  }
  std::string number, title;
  if (split_heading(text, number, title)) {
    d.kind = RowKind::section;
    d.number = number;
    d.text = title;
    d.reason = place + ", начинается с номера раздела «" + number + "»";
    return true;
  }
  if (starts_continuing(text) || looks_number(text)) return false;
  d.kind = RowKind::section;
  d.text = text;
  if (e.full_width) {
    d.reason = place + ", без номера";
  } else if (e.single == number_col_ && e.single >= 0) {
    d.reason = "название в колонке номера, остальные ячейки пусты";
  } else if (e.bold) {
    d.reason = place + ", жирным шрифтом";
  } else {
    const Entry* next = next_filled(k);
    bool items_follow = next && next->single < 0;
    if (!items_follow || e.single != title_col_) return false;
    d.reason = place + ", без номера, сроков и ответственных, а за ней идут пункты";
  }
  return true;
}

bool Classifier::decide_numbered(const Entry& e, size_t k, RowDecision& d) {
  if (have_item_ && number_col_ >= 0 && e.row.from_above[number_col_]) {
    d.kind = RowKind::continuation;
    d.reason = "ячейка номера объединена с пунктом " + item_label() + " выше — продолжение этого пункта";
    return true;
  }
  std::string number = number_of(e);
  static const std::regex leading(R"(^(\d{1,3}(?:\.\d{1,3}){0,3}[.)]?)\s+)");
  std::smatch m;
  std::string title = title_col_ >= 0 ? e.row.at(title_col_) : std::string();
  std::string head = title.substr(0, 32);
  if (number.empty() && number_col_ < 0 && title_col_ >= 0 && std::regex_search(head, m, leading) &&
      static_cast<size_t>(m.length(0)) < title.size()) {
    number = bare_number(m[1]);
    d.row.text[title_col_] = title.substr(static_cast<size_t>(m.length(0)));
  }
  if (number.empty()) return false;
  d.number = number;
  const Entry* next = next_filled(k);
  bool details = false;
  for (Column c : {Column::deadline, Column::responsible, Column::result, Column::indicators})
    if (map_.find(c) >= 0 && !e.row.at(map_.find(c)).empty()) details = true;
  if (!details && number.find('.') == std::string::npos && next && number_of(*next).rfind(number + ".", 0) == 0) {
    d.kind = RowKind::section;
    d.text = title.empty() ? one_line(e.row.at(map_.find(Column::content))) : one_line(d.row.text[title_col_]);
    d.reason = "номер «" + number + "» без сроков и ответственных, а следующий пункт — «" + number_of(*next) + "»";
    parent_.clear();
    return true;
  }
  bool sub = !parent_.empty() && number.rfind(parent_ + ".", 0) == 0;
  d.kind = sub ? RowKind::sub_item : RowKind::item;
  d.reason = sub ? "номер «" + number + "» продолжает номер пункта " + parent_ + " — подпункт"
                 : "номер «" + number + "»" + (number_col_ >= 0 ? " в колонке «" + map_.names[number_col_] + "»" : " в начале текста");
  if (!sub) parent_ = number;
  last_item_ = number;
  have_item_ = true;
  return true;
}

void Classifier::decide_unnumbered(const Entry& e, RowDecision& d) {
  std::string first;
  for (const auto& t : e.row.text)
    if (!t.empty()) {
      first = t;
      break;
    }
  bool title_above = title_col_ >= 0 && e.row.from_above[title_col_];
  if (have_item_ && (numbered_table_ || title_above || starts_continuing(first))) {
    d.kind = RowKind::continuation;
    d.reason = title_above ? "ячейка мероприятия объединена с пунктом " + item_label() + " выше — продолжение"
               : numbered_table_ ? "нет номера, а пункты таблицы пронумерованы — продолжение пункта " + item_label() +
                                       " (строка разорвана переносом страницы)"
                                 : "текст начинается со строчной буквы — продолжение пункта " + item_label();
    return;
  }
  d.kind = RowKind::item;
  std::string title = title_col_ >= 0 ? one_line(e.row.at(title_col_)) : one_line(first);
  d.reason = "пункт без номера";
  last_item_ = "«" + clip(title.empty() ? one_line(first) : title, 30) + "»";
  have_item_ = true;
}

}  // namespace

std::vector<RowDecision> classify_rows(const std::vector<SourceBlock>& blocks, size_t header, const ColumnMap& map) {
  return Classifier(blocks, header, map).run();
}

}  // namespace nastavnik
