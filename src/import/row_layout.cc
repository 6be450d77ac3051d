#include "import/row_layout.h"

#include <functional>

#include "source/import_text.h"

namespace nastavnik {

const std::string& PlacedRow::at(int column) const {
  static const std::string none;
  return column >= 0 && column < static_cast<int>(text.size()) ? text[column] : none;
}

bool PlacedRow::empty_except(int column) const {
  for (int c = 0; c < static_cast<int>(text.size()); ++c)
    if (c != column && !text[c].empty()) return false;
  return extra.empty();
}

int PlacedRow::filled() const {
  int n = 0;
  for (const auto& t : text) n += !t.empty();
  return n + static_cast<int>(extra.size());
}

namespace {

std::string join(const std::vector<std::string>& paras) {
  std::string out;
  for (const auto& p : paras) out += (out.empty() ? "" : "\n") + p;
  return out;
}

// The distinct meanings of columns [first, first + span), in order.
std::vector<Column> meanings_of(const ColumnMap& map, int first, int span) {
  std::vector<Column> out;
  for (int c = first; c < first + span && c < map.width(); ++c)
    if (out.empty() || out.back() != map.columns[c]) out.push_back(map.columns[c]);
  return out;
}

int split_score(const std::vector<std::vector<std::string>>& groups, const std::vector<Column>& meanings) {
  int score = 0;
  for (size_t i = 0; i < groups.size(); ++i) score += fit(meanings[i], groups[i]);
  return score;
}

// Score of a cell spanning [first, first + span): its best split, less one
// for every column it takes beyond the first (merges must be earned).
int range_score(const std::vector<std::string>& paras, const ColumnMap& map, int first, int span) {
  auto meanings = meanings_of(map, first, span);
  return split_score(split_by_meaning(paras, meanings), meanings) - (span - 1);
}

// Puts a cell's paragraphs on the columns it spans, split by meaning.
void put_cell(PlacedRow& out, const ColumnMap& map, const std::string& text, int first, int span, bool above) {
  auto meanings = meanings_of(map, first, span);
  auto groups = split_by_meaning(paragraphs(text), meanings);
  size_t m = 0;
  for (int c = first; c < first + span && c < map.width(); ++c) {
    if (c > first && map.columns[c] != map.columns[c - 1]) ++m;
    if (c > first && map.columns[c] == map.columns[c - 1]) continue;  // one meaning: the first column holds it
    out.text[c] = join(groups[m]);
    out.from_above[c] = above;
  }
}

// A text table's row with fewer cells than columns: tries every way of
// giving cells more than one column (or leaving the last columns empty) and
// keeps the one whose text fits its columns best.
std::vector<int> best_spans(const std::vector<std::vector<std::string>>& cells, const ColumnMap& map) {
  int n = static_cast<int>(cells.size()), width = map.width();
  std::vector<int> spans(n, 1), best = spans;
  int best_score = -1000000;
  std::function<void(int, int, int)> go = [&](int i, int column, int score) {
    if (i == n) {
      if (score > best_score) best_score = score, best = spans;
      return;
    }
    int room = width - column - (n - i - 1);
    for (int span = 1; span <= room; ++span) {
      spans[i] = span;
      go(i + 1, column + span, score + range_score(cells[i], map, column, span));
    }
  };
  go(0, 0, 0);
  return best;
}

// Meanings whose text a cell may hand on to an empty neighbour: parties and
// results typed into one cell, a deadline typed into the responsible cell.
bool shareable(Column c) {
  return c == Column::responsible || c == Column::result || c == Column::indicators || c == Column::deadline;
}

// A cell whose last paragraphs fit the empty column to its right better
// (results typed under the responsible parties) gives them to it.
void hand_on_to_empty_neighbours(PlacedRow& out, const ColumnMap& map) {
  for (int c = 0; c + 1 < map.width(); ++c) {
    if (out.text[c].empty() || !out.text[c + 1].empty() || out.from_above[c] || map.columns[c] == map.columns[c + 1] ||
        !shareable(map.columns[c]) || !shareable(map.columns[c + 1]))
      continue;
    auto paras = paragraphs(out.text[c]);
    if (range_score(paras, map, c, 2) <= fit(map.columns[c], paras)) continue;
    std::string text = out.text[c];
    put_cell(out, map, text, c, 2, false);
    out.note = "текст колонки «" + column_name(map.columns[c]) + "» разделён: его часть — «" +
               column_name(map.columns[c + 1]) + "», где ячейка пуста";
  }
}

}  // namespace

std::vector<std::vector<std::string>> split_by_meaning(const std::vector<std::string>& paras,
                                                      const std::vector<Column>& meanings) {
  size_t k = meanings.size();
  std::vector<std::vector<std::string>> best(k);
  if (k == 0) return best;
  // One meaning, or a cell across most of the table (a section or approval
  // row): nothing to split.
  if (k == 1 || k > 3 || paras.size() > 40) {
    best[0] = paras;
    return best;
  }
  // Cut points c[0] <= c[1] <= … over the paragraphs; k is 2 or 3 in practice.
  std::vector<size_t> cut(k - 1, 0);
  int best_score = -1000000;
  std::function<void(size_t, size_t)> go = [&](size_t i, size_t from) {
    if (i == k - 1) {
      std::vector<std::vector<std::string>> groups(k);
      size_t start = 0;
      for (size_t g = 0; g < k; ++g) {
        size_t end = g + 1 < k ? cut[g] : paras.size();
        groups[g].assign(paras.begin() + start, paras.begin() + end);
        start = end;
      }
      int score = split_score(groups, meanings);
      if (score > best_score) best_score = score, best = std::move(groups);
      return;
    }
    for (size_t c = from; c <= paras.size(); ++c) {
      cut[i] = c;
      go(i + 1, c);
    }
  };
  go(0, 0);
  return best;
}

PlacedRow place_row(const SourceBlock& row, const ColumnMap& map) {
  PlacedRow out;
  int width = map.width();
  out.text.assign(width, "");
  out.from_above.assign(width, false);
  // Text tables only: Word places its cells on the grid itself. Wide tables
  // are placed by position (the search grows fast with the width).
  bool short_text_row = row.width() < width && row.table == 0 && width <= 12;
  if (short_text_row && row.cells.size() > 1) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& c : row.cells) cells.push_back(paragraphs(c.text));
    auto spans = best_spans(cells, map);
    int column = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
      put_cell(out, map, row.cells[i].text, column, spans[i], false);
      if (spans[i] > 1)
        out.note = "в строке " + std::to_string(row.cells.size()) + " ячеек при " + std::to_string(width) +
                   " колонках: ячейка " + std::to_string(i + 1) + " разложена по колонкам по смыслу текста";
      column += spans[i];
    }
    return out;
  }
  for (const auto& cell : row.cells) {
    if (cell.column >= width) {
      if (!cell.text.empty()) out.extra.push_back(cell.text);
      continue;
    }
    put_cell(out, map, cell.text, cell.column, std::min(cell.span, width - cell.column), cell.merged_above);
  }
  hand_on_to_empty_neighbours(out, map);
  return out;
}

}  // namespace nastavnik
