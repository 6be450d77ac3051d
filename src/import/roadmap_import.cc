#include "import/roadmap_import.h"

#include <yaml-cpp/yaml.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <pugixml.hpp>
#include <regex>

#include "content/deadline.h"
#include "base/text.h"

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

// Collapses runs of spaces (and no-break spaces) into one and trims.
std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

// A cell as its paragraphs separated by '\n': leftover <p>/<br> tags become
// paragraph breaks, other tags and Markdown bold go.
std::string clean_cell(const std::string& raw) {
  static const std::regex breaks(R"(<\s*/\s*p\s*>|<\s*br\s*/?\s*>|<\s*p(\s[^>]*)?>)", std::regex::icase);
  static const std::regex tags(R"(<\s*/?\s*[a-zA-Z][^>]*>)");
  std::string s = std::regex_replace(raw, breaks, "\n");
  s = std::regex_replace(s, tags, "");
  for (size_t pos; (pos = s.find("**")) != std::string::npos;) s.erase(pos, 2);
  std::string out;
  for (const auto& line : split(s, '\n')) {
    std::string t = squeeze(line);
    if (t.empty()) continue;
    if (!out.empty()) out += '\n';
    out += t;
  }
  return out;
}

std::string one_line(const std::string& cell) {
  std::string s = cell;
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

bool blank_row(const SourceBlock& b) {
  return std::all_of(b.cells.begin(), b.cells.end(), [](const std::string& c) { return c.empty(); });
}

std::vector<std::string> parse_csv_records(const std::string& text, char sep, std::vector<int>& lines) {
  // Returns records as lines of cells joined by '\x1f' for simplicity.
  std::vector<std::string> records;
  std::string field, record;
  bool quoted = false, any = false;
  int line = 1, start_line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == sep) {
      record += field + '\x1f';
      field.clear();
      any = true;
    } else if (c == '\n') {
      records.push_back(record + field);
      lines.push_back(start_line);
      record.clear();
      field.clear();
      any = false;
      start_line = ++line;
    } else if (c != '\r') {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty() || !record.empty()) {
    records.push_back(record + field);
    lines.push_back(start_line);
  }
  return records;
}

}  // namespace

std::vector<SourceBlock> blocks_from_text(const std::string& text, char separator) {
  std::vector<SourceBlock> out;
  if (separator == '\t') {
    int n = 0;
    for (const auto& raw : split(text, '\n')) {
      ++n;
      SourceBlock b;
      b.where = "строка " + std::to_string(n);
      std::string line = raw;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find('\t') != std::string::npos) {
        b.is_row = true;
        for (const auto& cell : split(line, '\t')) b.cells.push_back(clean_cell(cell));
      } else {
        b.text = clean_cell(line);
        std::replace(b.text.begin(), b.text.end(), '\n', ' ');
        if (b.text.empty()) continue;
      }
      out.push_back(std::move(b));
    }
    return out;
  }
  std::vector<int> lines;
  auto records = parse_csv_records(text, separator, lines);
  for (size_t i = 0; i < records.size(); ++i) {
    SourceBlock b;
    b.where = "строка " + std::to_string(lines[i]);
    b.is_row = true;
    for (const auto& cell : split(records[i], '\x1f')) b.cells.push_back(clean_cell(cell));
    if (b.cells.size() == 1) {  // a line of text, not a row
      b.is_row = false;
      b.text = one_line(b.cells[0]);
      b.cells.clear();
      if (b.text.empty()) continue;
    }
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<SourceBlock> blocks_from_markdown(const std::string& text) {
  static const std::regex separator_cell(R"(^\s*:?-{2,}:?\s*$)");
  std::vector<SourceBlock> out;
  int n = 0;
  for (const auto& raw : split(text, '\n')) {
    ++n;
    std::string line(trim(raw));
    SourceBlock b;
    b.where = "строка " + std::to_string(n);
    if (!line.empty() && line[0] == '|') {
      std::vector<std::string> cells;
      std::string cell;
      for (size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
          cell += '|';
          ++i;
        } else if (line[i] == '|') {
          cells.push_back(cell);
          cell.clear();
        } else {
          cell += line[i];
        }
      }
      if (!trim(cell).empty()) cells.push_back(cell);
      if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return std::regex_match(c, separator_cell); }))
        continue;
      b.is_row = true;
      for (const auto& c : cells) b.cells.push_back(clean_cell(c));
    } else {
      while (!line.empty() && line[0] == '#') line.erase(0, 1);
      b.text = clean_cell(line);
      std::replace(b.text.begin(), b.text.end(), '\n', ' ');
      if (b.text.empty()) continue;
    }
    out.push_back(std::move(b));
  }
  return out;
}

namespace {

// Text of a Word paragraph: runs, tabs and line breaks, in document order.
std::string paragraph_text(const pugi::xml_node& p) {
  struct Walker : pugi::xml_tree_walker {
    std::string out;
    bool for_each(pugi::xml_node& node) override {
      std::string name = node.name();
      if (name == "w:t") out += node.text().get();
      else if (name == "w:tab") out += ' ';
      else if (name == "w:br" || name == "w:cr") out += '\n';
      return true;
    }
  } w;
  const_cast<pugi::xml_node&>(p).traverse(w);
  return w.out;
}

std::string cell_text(const pugi::xml_node& tc) {
  std::string out;
  for (pugi::xml_node p : tc.children()) {
    std::string name = p.name();
    std::string text;
    if (name == "w:p") text = paragraph_text(p);
    else if (name == "w:tbl") {
      for (pugi::xml_node tr : p.children("w:tr"))
        for (pugi::xml_node inner : tr.children("w:tc")) text += cell_text(inner) + "\n";
    } else if (name == "w:sdt") {
      for (pugi::xml_node q : p.child("w:sdtContent").children("w:p")) text += paragraph_text(q) + "\n";
    }
    if (!text.empty()) out += (out.empty() ? "" : "\n") + text;
  }
  return out;
}

}  // namespace

std::optional<std::vector<SourceBlock>> blocks_from_docx(const std::string& path, std::string& error) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (!zip) {
    error = "файл «" + path + "» не открывается как документ Word (.docx): это не ZIP-архив";
    return std::nullopt;
  }
  std::string xml;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, "word/document.xml", 0, &st) == 0) {
    if (zip_file_t* f = zip_fopen(zip, "word/document.xml", 0)) {
      xml.resize(st.size);
      zip_int64_t got = zip_fread(f, xml.data(), st.size);
      if (got < 0) xml.clear();
      else xml.resize(static_cast<size_t>(got));
      zip_fclose(f);
    }
  }
  zip_close(zip);
  if (xml.empty()) {
    error = "в файле «" + path + "» нет текста документа Word (word/document.xml); сохраните его в Word как .docx";
    return std::nullopt;
  }
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) {
    error = "текст документа «" + path + "» повреждён (ошибка XML)";
    return std::nullopt;
  }
  std::vector<SourceBlock> out;
  pugi::xml_node body = doc.child("w:document").child("w:body");
  int table = 0, paragraph = 0;
  std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node parent) {
    for (pugi::xml_node n : parent.children()) {
      std::string name = n.name();
      if (name == "w:p") {
        ++paragraph;
        SourceBlock b;
        b.text = clean_cell(paragraph_text(n));
        std::replace(b.text.begin(), b.text.end(), '\n', ' ');
        b.where = "абзац " + std::to_string(paragraph);
        if (!b.text.empty()) out.push_back(std::move(b));
      } else if (name == "w:tbl") {
        ++table;
        int row = 0;
        for (pugi::xml_node tr : n.children("w:tr")) {
          ++row;
          SourceBlock b;
          b.is_row = true;
          b.table = table;
          b.where = "таблица " + std::to_string(table) + ", строка " + std::to_string(row);
          for (pugi::xml_node tc : tr.children("w:tc")) {
            pugi::xml_node props = tc.child("w:tcPr");
            int span = props.child("w:gridSpan").attribute("w:val").as_int(1);
            pugi::xml_node vmerge = props.child("w:vMerge");
            bool continued = vmerge && std::string(vmerge.attribute("w:val").as_string("continue")) != "restart";
            b.cells.push_back(continued ? std::string() : clean_cell(cell_text(tc)));
            for (int k = 1; k < span; ++k) b.cells.push_back("");
          }
          out.push_back(std::move(b));
        }
      } else if (name == "w:sdt") {
        walk(n.child("w:sdtContent"));
      }
    }
  };
  walk(body);
  return out;
}

std::optional<std::vector<SourceBlock>> read_source_blocks(const std::string& path, std::string& error) {
  if (ends_with_ci(path, ".docx")) return blocks_from_docx(path, error);
  if (ends_with_ci(path, ".doc")) {
    error = "старый формат Word (.doc) не читается: откройте файл в Word или LibreOffice и сохраните как .docx";
    return std::nullopt;
  }
  auto raw = read_file(path);
  if (!raw) {
    error = "не удалось прочитать файл «" + path + "»";
    return std::nullopt;
  }
  std::string text = *raw;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // BOM
  if (!utf8_valid(text)) {
    error = "файл «" + path + "» не в кодировке UTF-8: сохраните его как «Текст в UTF-8»";
    return std::nullopt;
  }
  if (ends_with_ci(path, ".md") || ends_with_ci(path, ".markdown")) return blocks_from_markdown(text);
  if (ends_with_ci(path, ".csv")) {
    std::string first = text.substr(0, text.find('\n'));
    char sep = std::count(first.begin(), first.end(), ';') > std::count(first.begin(), first.end(), ',') ? ';' : ',';
    return blocks_from_text(text, sep);
  }
  if (ends_with_ci(path, ".tsv") || ends_with_ci(path, ".txt") || ends_with_ci(path, ".tab"))
    return blocks_from_text(text, '\t');
  error = "неизвестный формат файла «" + path + "»: нужен .docx, .tsv, .txt, .csv или .md";
  return std::nullopt;
}

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

namespace {

enum class Column { number, title, content, deadline, responsible, result, indicators, unknown };

Column classify(const std::string& header) {
  std::string h = to_lower(one_line(header));
  if (h.empty()) return Column::unknown;
  if (h.find("№") != std::string::npos || h == "n" || h == "п/п" || h == "номер") return Column::number;
  if (h.find("срок") != std::string::npos || h.find("дата") == 0) return Column::deadline;
  if (h.find("ответствен") != std::string::npos || h.find("исполнител") != std::string::npos) return Column::responsible;
  if (h.find("показател") != std::string::npos) return Column::indicators;
  if (h.find("результат") != std::string::npos) return Column::result;
  if (h.rfind("содержание", 0) == 0) return Column::content;
  if (h.find("мероприяти") != std::string::npos || h.find("наименование") != std::string::npos ||
      h.find("этап") != std::string::npos || h.find("действи") != std::string::npos)
    return Column::title;
  return Column::unknown;
}

struct Header {
  std::vector<Column> columns;
  int score = 0;
};

Header read_header(const SourceBlock& b) {
  Header h;
  bool title = false, content = false, when = false, who = false;
  for (const auto& cell : b.cells) {
    Column c = classify(cell);
    if (c == Column::title && title) c = Column::content;  // a second wording column
    h.columns.push_back(c);
    title |= c == Column::title;
    content |= c == Column::content;
    when |= c == Column::deadline;
    who |= c == Column::responsible;
    if (c != Column::unknown) ++h.score;
  }
  if (!title && content) {
    for (auto& c : h.columns)
      if (c == Column::content) {
        c = Column::title;
        break;
      }
    title = true;
  }
  if (!title || !(when || who)) h.score = 0;
  return h;
}

// «1. Нормативно-правовое регулирование …» → number "1", title.
std::optional<std::pair<std::string, std::string>> section_heading(const std::string& text) {
  static const std::regex re(R"(^\s*((?:[0-9]+|[IVXLC]+)\.)\s*(\S.*)$)");
  static const std::regex with_word(R"(^\s*(?:Раздел|РАЗДЕЛ)\s+([0-9IVX]+)\.?\s*(\S.*)$)");
  std::smatch m;
  if (std::regex_match(text, m, re) || std::regex_match(text, m, with_word)) {
    std::string number = m[1];
    if (!number.empty() && number.back() == '.') number.pop_back();
    std::string title = m[2];
    // A heading is words, not a date or a number.
    if (title.empty() || std::isdigit(static_cast<unsigned char>(title[0]))) return std::nullopt;
    return std::make_pair(number, title);
  }
  return std::nullopt;
}

std::string strip_number_dot(std::string n) {
  n = std::string(trim(n));
  if (!n.empty() && n.back() == '.') n.pop_back();
  return n;
}

void append(std::string& to, const std::string& more, const char* sep) {
  if (more.empty()) return;
  if (!to.empty()) to += sep;
  to += more;
}

}  // namespace

std::optional<ImportedRoadmap> import_roadmap(const std::vector<SourceBlock>& blocks, const std::string& year,
                                              const std::string& fallback_title, std::string& error) {
  // The header: the row that names the most known columns, with a wording
  // column and a deadline or responsible column.
  int best = -1;
  Header header;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].is_row) continue;
    Header h = read_header(blocks[i]);
    if (h.score > header.score) {
      header = h;
      best = static_cast<int>(i);
    }
  }
  if (best < 0) {
    error = "не найдена строка заголовков таблицы дорожной карты: нужны колонки «Мероприятие» (или «Содержание», "
            "«Наименование этапа») и «Сроки» или «Ответственные»";
    return std::nullopt;
  }
  ImportedRoadmap r;
  const SourceBlock& head = blocks[best];
  for (size_t c = 0; c < header.columns.size(); ++c)
    if (header.columns[c] == Column::unknown && !head.cells[c].empty())
      r.notes.push_back(head.where + ": колонка «" + one_line(head.cells[c]) +
                        "» не распознана — её текст перенесён в примечание (note) каждого пункта");

  // The title: the paragraph before the table that names the roadmap.
  static const std::regex roadmap_words(R"(дорожн|план мероприятий|план работ)", std::regex::icase);
  for (int i = best - 1; i >= 0; --i) {
    if (blocks[i].is_row) break;
    std::string lower = to_lower(blocks[i].text);
    if (lower.find("дорожн") != std::string::npos || lower.find("план мероприятий") != std::string::npos ||
        lower.find("план работ") != std::string::npos) {
      std::string title = blocks[i].text;
      // Lines that follow in the same paragraph (text formats break titles into lines).
      for (int j = i + 1; j < best && !blocks[j].is_row && title.size() < 400; ++j) append(title, blocks[j].text, " ");
      if (auto h = section_heading(title)) title = h->second;
      r.title = squeeze(title);
      break;
    }
  }
  (void)roadmap_words;
  if (r.title.empty()) r.title = fallback_title;
  static const std::regex years(R"((\d{4})\s*(?:-|–|—|/)\s*(\d{2,4}))");
  std::smatch m;
  if (!year.empty()) r.academic_year = year;
  else if (std::regex_search(r.title, m, years)) {
    int a = std::stoi(m[1]), b = std::stoi(m[2]);
    if (m[2].length() == 2) b += a / 100 * 100;
    if (b == a + 1) r.academic_year = std::to_string(a) + "-" + std::to_string(b);
  }
  static const std::regex order(R"([Пп]риказ\S*\s*№\s*(\S+?)\s+от\s+(\d{1,2})\.(\d{2})\.(\d{4}))");
  for (int i = 0; i < best; ++i) {
    if (blocks[i].is_row) continue;
    if (std::regex_search(blocks[i].text, m, order)) {
      r.approval_number = m[1];
      char buf[16];
      std::snprintf(buf, sizeof buf, "%s-%s-%02d", m[4].str().c_str(), m[3].str().c_str(), std::stoi(m[2]));
      r.approval_date = buf;
      break;
    }
  }

  size_t ncols = header.columns.size();
  int number_col = -1;
  for (size_t c = 0; c < ncols; ++c)
    if (header.columns[c] == Column::number) number_col = static_cast<int>(c);
  int table = head.table;
  r.sections.push_back({});
  auto current_item = [&]() -> ImportedItem* {
    auto& items = r.sections.back().items;
    return items.empty() ? nullptr : &items.back();
  };
  auto put = [&](ImportedItem& item, Column col, const std::string& cell, bool continuation) {
    const char* sep = continuation ? " " : "\n";
    switch (col) {
      case Column::number: if (!continuation) item.number = strip_number_dot(one_line(cell)); break;
      case Column::title: append(item.title, one_line(cell), " "); break;
      case Column::content: append(item.content, cell, sep); break;
      case Column::deadline: append(item.deadline, one_line(cell), " "); break;
      case Column::result: append(item.result, cell, sep); break;
      case Column::indicators: append(item.indicators, cell, sep); break;
      case Column::responsible: {
        if (continuation && !item.responsible.empty()) {
          // A party cut by the page break continues the last one.
          auto more = split_responsible(cell);
          if (!more.empty()) {
            item.responsible.back() += " " + more.front();
            item.responsible.insert(item.responsible.end(), more.begin() + 1, more.end());
          }
        } else {
          for (auto& p : split_responsible(cell)) item.responsible.push_back(p);
        }
        break;
      }
      case Column::unknown: append(item.note, one_line(cell), "; "); break;
    }
  };

  for (size_t i = best + 1; i < blocks.size(); ++i) {
    const SourceBlock& b = blocks[i];
    if (!b.is_row) {
      if (table) break;  // docx: paragraphs end the table
      // Text formats: a section heading without tabs stays in the table when
      // rows follow it; other text ends the table.
      auto h = section_heading(b.text);
      bool rows_follow = false;
      for (size_t j = i + 1; j < blocks.size(); ++j) {
        if (blocks[j].is_row) {
          rows_follow = !blank_row(blocks[j]);
          if (!rows_follow) continue;
          break;
        }
        if (!section_heading(blocks[j].text)) break;
      }
      if (h && rows_follow) {
        r.sections.push_back({h->first, h->second, {}});
        continue;
      }
      break;
    }
    if (table && b.table != table) {
      // The next Word table continues this one when it has as many columns.
      if (b.cells.size() != ncols) break;
      table = b.table;
      if (read_header(b).score >= header.score) continue;  // the header repeated
    }
    if (blank_row(b)) continue;
    std::vector<size_t> filled;
    for (size_t c = 0; c < b.cells.size(); ++c)
      if (!b.cells[c].empty()) filled.push_back(c);
    // A section row: one text (merged cells in Word), a heading.
    if (filled.size() == 1) {
      std::string text = one_line(b.cells[filled[0]]);
      if (auto h = section_heading(text)) {
        if (static_cast<int>(filled[0]) != number_col || text.find(' ') != std::string::npos) {
          r.sections.push_back({h->first, h->second, {}});
          continue;
        }
      }
    }
    bool has_number = number_col >= 0 && number_col < static_cast<int>(b.cells.size()) && !b.cells[number_col].empty();
    ImportedItem* prev = current_item();
    bool continuation = number_col >= 0 && !has_number && prev;
    if (b.cells.size() < ncols)
      r.notes.push_back(b.where + ": в строке " + std::to_string(b.cells.size()) + " ячеек, а колонок " +
                        std::to_string(ncols) + " — текст разложен по первым колонкам, проверьте пункт " +
                        (continuation ? (prev->number.empty() ? prev->title : prev->number)
                                      : (has_number ? strip_number_dot(one_line(b.cells[number_col])) : std::string("без номера"))));
    if (continuation) {
      for (size_t c = 0; c < b.cells.size(); ++c) {
        if (b.cells[c].empty()) continue;
        put(*prev, c < ncols ? header.columns[c] : Column::unknown, b.cells[c], true);
      }
      continue;
    }
    ImportedItem item;
    item.where = b.where;
    for (size_t c = 0; c < b.cells.size(); ++c) {
      if (b.cells[c].empty()) continue;
      if (c >= ncols) {
        r.notes.push_back(b.where + ": лишняя ячейка «" + one_line(b.cells[c]).substr(0, 60) +
                          "» за последней колонкой — перенесена в примечание (note)");
        append(item.note, one_line(b.cells[c]), "; ");
        continue;
      }
      put(item, header.columns[c], b.cells[c], false);
    }
    if (item.title.empty()) {
      std::swap(item.title, item.content);
      if (item.title.empty()) {
        r.notes.push_back(b.where + ": у пункта нет текста мероприятия — пункт пропущен, его ячейки: «" +
                          one_line(b.cells[filled.front()]).substr(0, 80) + "»");
        continue;
      }
      r.notes.push_back(b.where + ": колонка мероприятия пуста — заголовком пункта стал текст содержания");
    }
    r.sections.back().items.push_back(std::move(item));
  }
  // A roadmap without sections keeps one untitled section; empty sections go.
  if (r.sections.size() > 1 && r.sections.front().items.empty() && r.sections.front().title.empty())
    r.sections.erase(r.sections.begin());
  for (const auto& s : r.sections)
    if (s.items.empty() && !s.title.empty())
      r.notes.push_back("раздел «" + s.number + ". " + s.title + "» без пунктов");
  int academic = 0;
  if (r.academic_year.size() >= 4) academic = std::stoi(r.academic_year.substr(0, 4));
  for (const auto& s : r.sections)
    for (const auto& item : s.items) {
      Deadline d = parse_deadline(item.deadline, academic);
      if (d.kind == DeadlineKind::unreadable)
        r.notes.push_back(item.where + ": пункт " + (item.number.empty() ? "«" + item.title.substr(0, 40) + "…»" : item.number) +
                          ": " + d.problem + (academic ? "" : " (укажите --year 2023-2024)"));
    }
  if (r.items() == 0) {
    error = "после строки заголовков (" + head.where + ") не найдено ни одного пункта";
    return std::nullopt;
  }
  return r;
}

namespace {

void emit_text(YAML::Emitter& e, const std::string& key, const std::string& value) {
  if (value.empty()) return;
  e << YAML::Key << key << YAML::Value;
  if (value.find('\n') != std::string::npos) e << YAML::Literal << value;
  else e << YAML::DoubleQuoted << value;
}

void emit_item(YAML::Emitter& e, const ImportedItem& i) {
  e << YAML::BeginMap;
  emit_text(e, "number", i.number);
  emit_text(e, "title", i.title);
  emit_text(e, "content", i.content);
  emit_text(e, "result", i.result);
  emit_text(e, "indicators", i.indicators);
  if (!i.responsible.empty()) {
    e << YAML::Key << "responsible" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : i.responsible) e << YAML::DoubleQuoted << p;
    e << YAML::EndSeq;
  }
  emit_text(e, "deadline", i.deadline);
  e << YAML::Key << "status" << YAML::Value << "planned";
  emit_text(e, "note", i.note);
  e << YAML::EndMap;
}

}  // namespace

std::string roadmap_to_yaml(const ImportedRoadmap& r, const std::string& source_name) {
  YAML::Emitter e;
  e.SetOutputCharset(YAML::EmitNonAscii);
  e.SetIndent(2);
  e << YAML::BeginMap;
  emit_text(e, "title", r.title);
  if (!r.academic_year.empty()) {
    e << YAML::Key << "academic_year" << YAML::Value << r.academic_year;
  }
  if (!r.approval_number.empty()) {
    e << YAML::Key << "approval" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "number" << YAML::Value << YAML::DoubleQuoted << r.approval_number;
    e << YAML::Key << "date" << YAML::Value << r.approval_date;
    e << YAML::EndMap;
  }
  bool sections = r.titled_sections() > 0;
  if (sections) {
    e << YAML::Key << "sections" << YAML::Value << YAML::BeginSeq;
    for (const auto& s : r.sections) {
      e << YAML::BeginMap;
      emit_text(e, "number", s.number);
      emit_text(e, "title", s.title.empty() ? std::string("Без раздела") : s.title);
      e << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
      for (const auto& i : s.items) emit_item(e, i);
      e << YAML::EndSeq << YAML::EndMap;
    }
    e << YAML::EndSeq;
  } else {
    e << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
    for (const auto& s : r.sections)
      for (const auto& i : s.items) emit_item(e, i);
    e << YAML::EndSeq;
  }
  e << YAML::EndMap;
  std::string head = "# Импортировано из «" + source_name +
                     "» командой nastavnik import roadmap.\n"
                     "# Все пункты — planned: отмечайте выполнение полями status (in_progress, done, cancelled),\n"
                     "# completed (дата) и evidence (ссылки на документы, новости, мероприятия сайта).\n";
  return head + e.c_str() + "\n";
}

}  // namespace nastavnik
