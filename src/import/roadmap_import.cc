#include "import/roadmap_import.h"

#include "base/text.h"
#include "content/deadline.h"
#include "import/columns.h"
#include "source/import_text.h"
#include "import/responsible.h"
#include "import/row_classifier.h"

namespace nastavnik {

int ImportedRoadmap::items() const {
  int n = 0;
  for (const auto& s : sections) n += static_cast<int>(s.items.size());
  return n;
}

int ImportedRoadmap::titled_sections() const {
  int n = 0;
  for (const auto& s : sections) n += !s.title.empty();
  return n;
}

namespace {

void append(std::string& to, const std::string& more, const std::string& sep) {
  if (more.empty()) return;
  if (!to.empty()) to += sep;
  to += more;
}

// A deadline's paragraphs on one line: «Январь 2023; Ежегодно сентябрь (по запросу)».
std::string deadline_line(const std::string& cell) {
  std::string out;
  for (const auto& p : paragraphs(cell))
    append(out, p, starts_lower(p) || p.rfind("(", 0) == 0 ? " " : "; ");
  return out;
}

// A continuation's text joins the item's mid-sentence (a row cut by a page
// break) or as a paragraph of its own.
std::string joiner(const std::string& more, bool continuation, const char* paragraph) {
  if (!continuation) return paragraph;
  return starts_lower(more) || more.rfind("(", 0) == 0 || more.rfind(",", 0) == 0 ? " " : paragraph;
}

void put_responsible(ImportedItem& item, const std::string& cell, bool continuation) {
  auto parts = split_responsible(cell);
  if (continuation && !item.responsible.empty() && !parts.empty() && starts_lower(parts.front())) {
    // A party cut by the page break continues the last one.
    item.responsible.back() += " " + parts.front();
    parts.erase(parts.begin());
  }
  item.responsible.insert(item.responsible.end(), parts.begin(), parts.end());
}

void put(ImportedItem& item, Column col, const std::string& header, const std::string& cell, bool continuation) {
  switch (col) {
    case Column::number:
      if (!continuation) item.number = bare_number(one_line(cell));
      break;
    case Column::title: append(item.title, one_line(cell), " "); break;
    case Column::content: append(item.content, cell, joiner(cell, continuation, "\n")); break;
    case Column::result: append(item.result, cell, joiner(cell, continuation, "\n")); break;
    case Column::indicators: append(item.indicators, cell, joiner(cell, continuation, "\n")); break;
    case Column::deadline: append(item.deadline, deadline_line(cell), joiner(cell, continuation, "; ")); break;
    case Column::responsible: put_responsible(item, cell, continuation); break;
    case Column::note:
    case Column::unknown:
      append(item.note, (col == Column::unknown && !header.empty() ? header + ": " : "") + one_line(cell), "; ");
      break;
  }
}

class Builder {
 public:
  Builder(const std::vector<SourceBlock>& blocks, const ColumnMap& map, ImportedRoadmap& r)
      : blocks_(blocks), map_(map), r_(r) {
    r_.sections.push_back({});
  }
  void apply(const RowDecision& d);
  void finish();

 private:
  void add_item(const RowDecision& d);
  void continue_item(const RowDecision& d);
  void fill(ImportedItem& item, const RowDecision& d, bool continuation);
  const std::vector<SourceBlock>& blocks_;
  const ColumnMap& map_;
  ImportedRoadmap& r_;
};

void Builder::fill(ImportedItem& item, const RowDecision& d, bool continuation) {
  for (int c = 0; c < map_.width(); ++c) {
    const std::string& text = d.row.text[c];
    // A vertically merged cell already gave its text to the item above.
    if (text.empty() || (continuation && d.row.from_above[c])) continue;
    if (c > 0 && map_.columns[c] == map_.columns[c - 1] && map_.names[c] == map_.names[c - 1] &&
        map_.columns[c] == Column::deadline && !continuation) {
      append(item.deadline, deadline_line(text), " – ");  // a deadline over two columns: from – to
      continue;
    }
    put(item, map_.columns[c], map_.names[c], text, continuation);
  }
  for (const auto& extra : d.row.extra) {
    r_.notes.push_back(blocks_[d.block].where + ": лишняя ячейка «" + clip(one_line(extra), 60) +
                       "» за последней колонкой — перенесена в примечание (note)");
    append(item.note, one_line(extra), "; ");
  }
  if (!d.row.note.empty()) r_.notes.push_back(blocks_[d.block].where + ": " + d.row.note + " — проверьте пункт " +
                                              (item.number.empty() ? "«" + clip(item.title, 40) + "»" : item.number));
}

void Builder::add_item(const RowDecision& d) {
  ImportedItem item;
  item.where = blocks_[d.block].where;
  fill(item, d, false);
  if (!d.number.empty()) item.number = d.number;
  if (item.title.empty()) {
    std::swap(item.title, item.content);
    item.title = one_line(item.title);
    if (item.title.empty()) {
      r_.notes.push_back(item.where + ": у пункта нет текста мероприятия — пункт пропущен, его ячейки: «" +
                         clip(one_line(d.row.text[0].empty() ? d.row.text.back() : d.row.text[0]), 80) + "»");
      return;
    }
    r_.notes.push_back(item.where + ": колонка мероприятия пуста — заголовком пункта стал текст содержания");
  }
  r_.sections.back().items.push_back(std::move(item));
}

void Builder::continue_item(const RowDecision& d) {
  auto& items = r_.sections.back().items;
  if (items.empty()) return add_item(d);
  fill(items.back(), d, true);
}

void Builder::apply(const RowDecision& d) {
  switch (d.kind) {
    case RowKind::section: r_.sections.push_back({d.number, d.text, {}}); break;
    case RowKind::item:
    case RowKind::sub_item: add_item(d); break;
    case RowKind::continuation: continue_item(d); break;
    case RowKind::approval:
      if (auto a = parse_approval(d.text); a && r_.approval.empty()) r_.approval = *a;
      break;
    default: break;
  }
}

void Builder::finish() {
  // A roadmap without sections keeps one untitled section; empty sections go
  // (with a note when they had a title).
  if (r_.sections.size() > 1 && r_.sections.front().items.empty() && r_.sections.front().title.empty())
    r_.sections.erase(r_.sections.begin());
  for (const auto& s : r_.sections)
    if (s.items.empty() && !s.title.empty())
      r_.notes.push_back("раздел «" + (s.number.empty() ? "" : s.number + ". ") + s.title + "» без пунктов");
}

// The header: the row that names the most known columns, with a wording
// column and a deadline or responsible column.
std::optional<size_t> find_header(const std::vector<SourceBlock>& blocks) {
  std::optional<size_t> best;
  int best_score = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].is_row) continue;
    int score = read_header(blocks[i]).score;
    if (score > best_score) best_score = score, best = i;
  }
  return best;
}

void note_deadlines(ImportedRoadmap& r) {
  int academic = r.academic_year.size() >= 4 ? std::stoi(r.academic_year.substr(0, 4)) : 0;
  for (const auto& s : r.sections)
    for (const auto& item : s.items) {
      Deadline d = parse_deadline(item.deadline, academic);
      if (d.kind == DeadlineKind::unreadable)
        r.notes.push_back(item.where + ": пункт " + (item.number.empty() ? "«" + clip(item.title, 40) + "»" : item.number) +
                          ": " + d.problem + (academic ? "" : " (укажите --year 2023-2024)"));
    }
}

void read_columns(const std::vector<SourceBlock>& blocks, size_t header, ColumnMap& map, ImportedRoadmap& r) {
  std::vector<const SourceBlock*> rows;
  for (size_t i = header + 1; i < blocks.size() && blocks[i].is_row; ++i) rows.push_back(&blocks[i]);
  for (auto& note : guess_unknown_columns(map, rows)) r.notes.push_back(blocks[header].where + ": " + note);
  for (int c = 0; c < map.width(); ++c)
    if (map.columns[c] == Column::unknown && !map.names[c].empty() && (c == 0 || map.names[c] != map.names[c - 1]))
      r.notes.push_back(blocks[header].where + ": колонка «" + map.names[c] +
                        "» не распознана — её текст перенесён в примечание (note) каждого пункта");
  std::string columns;
  for (int c = 0; c < map.width(); ++c) append(columns, std::to_string(c + 1) + " — " + column_name(map.columns[c]), ", ");
  r.explanation.push_back({blocks[header].where, row_kind_name(RowKind::header), "колонки: " + columns});
}

}  // namespace

std::optional<ImportedRoadmap> import_roadmap(const std::vector<SourceBlock>& blocks, const std::string& year,
                                              const std::string& fallback_title, std::string& error) {
  auto header = find_header(blocks);
  if (!header) {
    error = "не найдена строка заголовков таблицы дорожной карты: нужны колонки «Мероприятие» (или «Содержание», "
            "«Наименование этапа») и «Сроки» или «Ответственные»";
    return std::nullopt;
  }
  ImportedRoadmap r;
  if (auto a = find_approval(blocks, *header)) {
    r.approval = *a;
    r.explanation.push_back({a->where, "утверждение", "«" + clip(a->text, 100) + "» — записано в approval"});
  }
  ColumnMap map = read_header(blocks[*header]);
  read_columns(blocks, *header, map, r);
  r.title = find_title(blocks, *header);
  if (r.title.empty()) r.title = fallback_title;
  r.academic_year = !year.empty() ? year : academic_year_in(r.title);

  Builder builder(blocks, map, r);
  for (const auto& d : classify_rows(blocks, *header, map)) {
    std::string kind = row_kind_name(d.kind);
    if (!d.number.empty()) kind += " " + d.number;
    if (d.kind == RowKind::section) kind += " «" + clip(d.text, 50) + "»";
    if ((d.kind == RowKind::item || d.kind == RowKind::sub_item) && map.find(Column::title) >= 0)
      kind += " «" + clip(one_line(d.row.at(map.find(Column::title))), 50) + "»";
    r.explanation.push_back({blocks[d.block].where, kind, d.reason});
    builder.apply(d);
  }
  builder.finish();
  note_deadlines(r);
  if (r.items() == 0) {
    error = "после строки заголовков (" + blocks[*header].where + ") не найдено ни одного пункта";
    return std::nullopt;
  }
  return r;
}

}  // namespace nastavnik
