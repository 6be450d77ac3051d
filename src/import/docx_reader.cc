#include "import/docx_reader.h"

#include <zip.h>

#include <cstring>
#include <pugixml.hpp>

#include "base/text.h"
#include "import/capped_read.h"
#include "import/import_text.h"

namespace nastavnik {

namespace {

// Visits the nodes below `root` in document order without recursion (a
// hostile file nests 20,000 content controls); `visit` returns whether to
// go into the node's children.
template <class Visit>
void walk_below(pugi::xml_node root, Visit visit) {
  pugi::xml_node n = root.first_child();
  while (n) {
    if (visit(n) && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != root && !n.next_sibling()) n = n.parent();
    if (n == root) return;
    n = n.next_sibling();
  }
}

bool named(pugi::xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// Reads one archive entry, refusing it when the directory declares more than
// the caps allow or when it inflates past them (the directory can lie).
std::optional<std::string> read_entry(zip_t* zip, const char* name, size_t& budget, std::string& error) {
  zip_int64_t index = zip_name_locate(zip, name, 0);
  zip_stat_t st;
  if (index < 0 || zip_stat_index(zip, index, 0, &st) != 0) return std::nullopt;
  size_t cap = std::min(kDocxEntryCap, budget);
  auto too_big = [&] {
    error = "текст документа Word (" + std::string(name) + ") распаковывается больше чем в " + megabytes(cap) +
            " — файл повреждён или это не дорожная карта";
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) return too_big(), std::nullopt;
  zip_file_t* f = zip_fopen_index(zip, index, 0);
  if (!f) return std::nullopt;
  std::string data;
  char buffer[1 << 16];
  zip_int64_t n;
  while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) {
    if (data.size() + static_cast<size_t>(n) > cap) {
      zip_fclose(f);
      return too_big(), std::nullopt;
    }
    data.append(buffer, static_cast<size_t>(n));
  }
  zip_fclose(f);
  if (n < 0) return std::nullopt;
  budget -= data.size();
  return data;
}

struct DocxParts {
  std::string document, styles;  // word/document.xml, word/styles.xml (may be absent)
};

std::optional<DocxParts> document_parts(const std::string& bytes, const std::string& name, std::string& error) {
  if (bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0) {
    error = "файл «" + name + "» — старый документ Word (.doc) или документ с паролем: откройте его в Word или "
            "LibreOffice, снимите пароль и сохраните как .docx";
    return std::nullopt;
  }
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  zip_t* zip = src ? zip_open_from_source(src, ZIP_RDONLY, &zerr) : nullptr;
  zip_error_fini(&zerr);
  if (!zip) {
    if (src) zip_source_free(src);
    error = "файл «" + name + "» не открывается как документ Word (.docx): это не ZIP-архив";
    return std::nullopt;
  }
  size_t budget = kDocxTotalCap;
  error.clear();
  auto xml = read_entry(zip, "word/document.xml", budget, error);
  std::optional<std::string> styles;
  if (xml) styles = read_entry(zip, "word/styles.xml", budget, error);
  zip_close(zip);
  if (!xml && error.empty())
    error = "в файле «" + name + "» нет текста документа Word (word/document.xml); сохраните его в Word как .docx";
  if (!xml) return std::nullopt;
  error.clear();
  return DocxParts{std::move(*xml), styles.value_or("")};
}

// Heading level of a paragraph style: «heading 1» … «heading 9» (Word names
// its built-in styles in English whatever the interface language; a Russian
// Word gives them the ids «1», «2» …), «Title», or the style's outline level.
using HeadingStyles = std::vector<std::pair<std::string, int>>;

int outline_level(pugi::xml_node ppr) {
  pugi::xml_node o = ppr.child("w:outlineLvl");
  int v = o ? o.attribute("w:val").as_int(9) : 9;
  return v >= 0 && v < 9 ? v + 1 : 0;
}

HeadingStyles heading_styles(const std::string& xml) {
  HeadingStyles out;
  pugi::xml_document doc;
  if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return out;
  for (pugi::xml_node s : doc.child("w:styles").children("w:style")) {
    std::string name = to_lower(s.child("w:name").attribute("w:val").as_string());
    int level = outline_level(s.child("w:pPr"));
    if (name.rfind("heading ", 0) == 0 && name.size() == 9 && name[8] >= '1' && name[8] <= '9') level = name[8] - '0';
    else if (name == "title") level = 1;
    if (level) out.emplace_back(s.attribute("w:styleId").as_string(), level);
  }
  return out;
}

int heading_level(pugi::xml_node p, const HeadingStyles& styles) {
  pugi::xml_node ppr = p.child("w:pPr");
  if (int own = outline_level(ppr)) return own;
  std::string id = ppr.child("w:pStyle").attribute("w:val").as_string();
  for (const auto& [style, level] : styles)
    if (style == id) return level;
  if (id.rfind("Heading", 0) == 0 && id.size() == 8 && id[7] >= '1' && id[7] <= '9') return id[7] - '0';
  return 0;
}

int list_level(pugi::xml_node p) {
  pugi::xml_node num = p.child("w:pPr").child("w:numPr");
  if (!num || num.child("w:numId").attribute("w:val").as_int(0) == 0) return -1;
  int level = num.child("w:ilvl").attribute("w:val").as_int(0);
  return level >= 0 && level < 9 ? level : 0;
}

bool run_is_bold(pugi::xml_node r) {
  pugi::xml_node b = r.child("w:rPr").child("w:b");
  if (!b) return false;
  std::string v = b.attribute("w:val").as_string("true");
  return v != "0" && v != "false";
}

struct Runs {
  int with_text = 0, bold = 0;
};

// Text of a Word paragraph: runs, tabs and line breaks, in document order.
std::string paragraph_text(pugi::xml_node p, Runs* runs = nullptr) {
  std::string out;
  walk_below(p, [&](pugi::xml_node n) {
    if (runs && named(n, "w:r") && n.child("w:t")) {
      ++runs->with_text;
      runs->bold += run_is_bold(n);
    }
    if (named(n, "w:t")) out += n.text().get();
    else if (named(n, "w:tab")) out += ' ';
    else if (named(n, "w:br") || named(n, "w:cr")) out += '\n';
    else if (named(n, "w:noBreakHyphen")) out += '-';
    // The fallback of alternate content repeats the text of text boxes.
    return !named(n, "mc:Fallback") && !named(n, "w:pPr") && !named(n, "w:rPr");
  });
  return out;
}

// Paragraphs of a cell (nested tables and content controls included), and
// whether every run with text is bold.
std::string cell_text(pugi::xml_node tc, bool& bold) {
  std::string out;
  Runs runs;
  walk_below(tc, [&](pugi::xml_node n) {
    if (named(n, "w:p")) {
      if (!out.empty()) out += '\n';
      out += paragraph_text(n, &runs);
      return false;
    }
    return !named(n, "w:tcPr");
  });
  bold = runs.with_text > 0 && runs.bold == runs.with_text;
  return clean_cell(out);
}

struct TableReader {
  int table = 0, row = 0;
  std::vector<std::string> above;  // text of each grid column's last cell, for vMerge
  std::vector<SourceBlock>& out;

  void read_row(pugi::xml_node tr) {
    SourceBlock b;
    b.is_row = true;
    b.table = table;
    b.where = "таблица " + std::to_string(table) + ", строка " + std::to_string(++row);
    pugi::xml_node pr = tr.child("w:trPr");
    b.header_flag = static_cast<bool>(pr.child("w:tblHeader"));
    int column = pr.child("w:gridBefore").attribute("w:val").as_int(0);
    if (column < 0 || column > 1000) column = 0;
    walk_below(tr, [&](pugi::xml_node n) {
      if (!named(n, "w:tc")) return !named(n, "w:trPr") && !named(n, "w:tblPrEx");
      read_cell(n, column, b);
      return false;
    });
    out.push_back(std::move(b));
  }

  void read_cell(pugi::xml_node tc, int& column, SourceBlock& b) {
    pugi::xml_node props = tc.child("w:tcPr");
    int span = props.child("w:gridSpan").attribute("w:val").as_int(1);
    if (span < 1 || span > 1000) span = 1;
    pugi::xml_node vmerge = props.child("w:vMerge");
    SourceCell cell;
    cell.column = column;
    cell.span = span;
    cell.merged_above = vmerge && std::string(vmerge.attribute("w:val").as_string("continue")) != "restart";
    if (above.size() < static_cast<size_t>(column + span)) above.resize(column + span);
    if (cell.merged_above) cell.text = above[column];
    else cell.text = cell_text(tc, cell.bold);
    for (int k = column; k < column + span; ++k) above[k] = cell.text;
    column += span;
    b.cells.push_back(std::move(cell));
  }
};

std::vector<SourceBlock> read_body(pugi::xml_node body, const HeadingStyles& styles) {
  std::vector<SourceBlock> out;
  int tables = 0, paragraph = 0;
  walk_below(body, [&](pugi::xml_node n) {
    if (named(n, "w:p")) {
      SourceBlock b;
      b.text = one_line(clean_cell(paragraph_text(n)));
      b.where = "абзац " + std::to_string(++paragraph);
      b.heading = heading_level(n, styles);
      b.list_level = list_level(n);
      if (!b.text.empty()) out.push_back(std::move(b));
      return false;
    }
    if (named(n, "w:tbl")) {
      TableReader t{++tables, 0, {}, out};
      walk_below(n, [&](pugi::xml_node r) {
        if (named(r, "w:tr")) t.read_row(r);
        return !named(r, "w:tr") && !named(r, "w:tblPr") && !named(r, "w:tblGrid");
      });
      return false;
    }
    return !named(n, "w:sectPr");
  });
  return out;
}

}  // namespace

std::optional<std::vector<SourceBlock>> blocks_from_docx_bytes(const std::string& bytes, const std::string& name,
                                                              std::string& error) {
  auto parts = document_parts(bytes, name, error);
  if (!parts) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(parts->document.data(), parts->document.size())) {
    error = "текст документа «" + name + "» повреждён (ошибка XML)";
    return std::nullopt;
  }
  parts->document.clear();
  parts->document.shrink_to_fit();
  HeadingStyles styles = heading_styles(parts->styles);
  pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) {
    error = "в документе «" + name + "» нет текста (w:body)";
    return std::nullopt;
  }
  return read_body(body, styles);
}

std::optional<std::vector<SourceBlock>> blocks_from_docx(const std::string& path, std::string& error) {
  auto bytes = read_capped(path, kImportFileCap, error);
  if (!bytes) return std::nullopt;
  return blocks_from_docx_bytes(*bytes, path, error);
}

}  // namespace nastavnik
