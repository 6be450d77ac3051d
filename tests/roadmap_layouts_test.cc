// The corpus of roadmap table layouts (tests/fixtures/roadmaps/layout-*,
// written by make_fixtures.py): each layout imports with the asserted
// sections, items and fields, from Word and, where natural, from TSV; no
// paragraph of any cell is lost and everything written is valid UTF-8.
#include <catch2/catch.hpp>

#include <map>

#include "base/text.h"
#include "source/import_text.h"
#include "import/roadmap_import.h"
#include "import/roadmap_yaml.h"
#include "import/source_reader.h"
#include "import/text_tables.h"

using namespace nastavnik;

namespace {

std::string fixture(const std::string& name) { return std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/" + name; }

struct Imported {
  SourceDocument doc;
  ImportedRoadmap r;
};

Imported import_file(const std::string& name) {
  std::string error;
  auto doc = read_source(fixture(name), error);
  INFO(name << ": " << error);
  REQUIRE(doc);
  auto r = import_roadmap(doc->blocks, "", "fallback", error);
  INFO(error);
  REQUIRE(r);
  return {std::move(*doc), std::move(*r)};
}

const ImportedItem& item(const ImportedRoadmap& r, const std::string& key) {
  for (const auto& s : r.sections)
    for (const auto& i : s.items)
      if (i.number == key || i.title == key) return i;
  FAIL("no item " << key);
  throw 0;
}

std::vector<std::string> section_titles(const ImportedRoadmap& r) {
  std::vector<std::string> out;
  for (const auto& s : r.sections) out.push_back((s.number.empty() ? "" : s.number + ". ") + s.title);
  return out;
}

std::vector<std::string> item_numbers(const ImportedRoadmap& r) {
  std::vector<std::string> out;
  for (const auto& s : r.sections)
    for (const auto& i : s.items) out.push_back(i.number.empty() ? i.title : i.number);
  return out;
}

// Letters and digits of a text as words: punctuation and line breaks aside.
std::string words(const std::string& text) {
  std::string out;
  for (char32_t c : utf8_decode(to_lower(text))) {
    bool letter = (c >= U'а' && c <= U'я') || c == U'ё' || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
    if (letter) utf8_append(out, c);
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return std::string(trim(out));
}

// Every paragraph of every cell of the roadmap table (but the header, its
// repeats and the column numbers) is found, word for word, in what was imported.
void check_nothing_lost(const Imported& im) {
  std::string all = words(im.r.title + " " + im.r.approval.text);
  for (const auto& s : im.r.sections) {
    all += " " + words(s.number + " " + s.title);
    for (const auto& i : s.items) {
      all += " " + words(i.number + " " + i.title + " " + i.content + " " + i.result + " " + i.indicators + " " +
                         i.deadline + " " + i.note);
      for (const auto& p : i.responsible) all += " " + words(p);
    }
  }
  std::map<std::string, std::string> kind_of;
  for (const auto& e : im.r.explanation) kind_of[e.where] = e.kind;
  bool in_table = false;
  for (const auto& b : im.doc.blocks) {
    std::string kind = kind_of.count(b.where) ? kind_of[b.where] : "";
    if (kind == "заголовки колонок") in_table = true;
    if (!in_table || kind.empty() || kind == "заголовки колонок" || kind == "повтор заголовков" || kind == "номера колонок")
      continue;
    std::vector<std::string> texts = b.is_row ? std::vector<std::string>{} : std::vector<std::string>{b.text};
    for (const auto& c : b.cells) texts.push_back(c.text);
    for (const auto& t : texts)
      for (const auto& p : paragraphs(t)) {
        INFO(b.where << ": «" << p << "»");
        std::string w = words(p);
        if (w.rfind("раздел ", 0) == 0) w.erase(0, std::string("раздел ").size());  // «Раздел 2.» is the section's number
        CHECK(all.find(w) != std::string::npos);
      }
  }
  std::string yaml = roadmap_to_yaml(im.r, "x");
  CHECK(sanitize_utf8(yaml) == yaml);
}

void check_roman(const Imported& im) {
  const auto& r = im.r;
  CHECK(r.title == "Дорожная карта внедрения целевой модели наставничества на 2025-2026 учебный год");
  CHECK(r.academic_year == "2025-2026");
  CHECK(r.approval.title == "приказом директора МБОУ «СОШ № 3»");
  CHECK(r.approval.number == "112-о");
  CHECK(r.approval.date == "2025-08-28");
  CHECK(section_titles(r) == std::vector<std::string>{"I. Организационный этап", "II. Основной этап", "III. Заключительный этап"});
  CHECK(item_numbers(r) == std::vector<std::string>{"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2"});
  CHECK(item(r, "1.2").deadline == "до 15.09.2025");
  CHECK(item(r, "2.3").responsible == std::vector<std::string>{"Заместитель директора по ВР"});
  CHECK(item(r, "3.2").result == "Отчёт на сайте");
  CHECK(r.notes.empty());
  check_nothing_lost(im);
}

}  // namespace

TEST_CASE("layouts: «I.» sections across the table, items «1.1.», approval above, header repeated, column numbers, empty last row") {
  auto docx = import_file("layout-roman.docx");
  check_roman(docx);
  // Several paragraphs in a cell stay apart (Word); the TSV has them on one line.
  CHECK(item(docx.r, "1.1").responsible == std::vector<std::string>{"Директор", "Заместитель директора по УВР"});
  CHECK(item(docx.r, "1.3").result == "Сформирована база наставляемых\nСформирована база наставников");
  auto tsv = import_file("layout-roman.tsv");
  check_roman(tsv);
  CHECK(item(tsv.r, "1.3").result == "Сформирована база наставляемых Сформирована база наставников");
  // Why each row went where it did.
  std::map<std::string, std::string> kinds;
  for (const auto& e : docx.r.explanation) kinds[e.where] = e.kind + " — " + e.reason;
  CHECK(kinds["таблица 1, строка 2"].rfind("номера колонок", 0) == 0);
  CHECK(kinds["таблица 1, строка 3"] ==
        "раздел I «Организационный этап» — одна ячейка на всю ширину таблицы, начинается с номера раздела «I»");
  CHECK(kinds["таблица 2, строка 1"].rfind("повтор заголовков", 0) == 0);
  CHECK(kinds["таблица 2, строка 7"].rfind("пустая строка", 0) == 0);
  CHECK(kinds["абзац 2"].rfind("утверждение", 0) == 0);
}

TEST_CASE("layouts: «Раздел N.» in the first cell only, items «1)» restarting in each section") {
  for (const char* name : {"layout-razdel.docx", "layout-razdel.tsv"}) {
    INFO(name);
    auto im = import_file(name);
    const auto& r = im.r;
    CHECK(r.title == "План мероприятий по реализации программы наставничества на 2025-2026 учебный год");
    CHECK(section_titles(r) == std::vector<std::string>{"1. Нормативное обеспечение", "2. Работа с наставниками",
                                                        "3. Информационное сопровождение"});
    REQUIRE(r.sections.size() == 3);
    CHECK(r.sections[1].items.size() == 2);
    CHECK(r.sections[1].items[0].number == "1");
    CHECK(r.sections[1].items[0].responsible == std::vector<std::string>{"Заместитель директора по УВР Рябова Н.А."});
    CHECK(r.sections[1].items[1].deadline == "1 раз в квартал");
    CHECK(r.sections[2].items[0].title == "Создание, наполнение и обновление раздела «Наставничество» на сайте школы");
    CHECK(r.notes.empty());
    check_nothing_lost(im);
  }
  auto docx = import_file("layout-razdel.docx");
  CHECK(docx.r.sections[1].items[0].deadline == "Октябрь 2025; Февраль 2026");
  CHECK(docx.r.sections[1].items[0].result == "Удостоверения о повышении квалификации\nПротокол методического совета");
}

TEST_CASE("layouts: unnumbered sections (merged across, or bold in the first cell), items without numbers, a row cut by a page break") {
  for (const char* name : {"layout-unnumbered.docx", "layout-unnumbered.tsv"}) {
    INFO(name);
    auto im = import_file(name);
    const auto& r = im.r;
    CHECK(section_titles(r) == std::vector<std::string>{"Организационно-методическое сопровождение",
                                                        "Работа наставнических пар", "Подведение итогов"});
    REQUIRE(r.sections.size() == 3);
    CHECK(r.sections[0].items.size() == 2);
    CHECK(r.sections[1].items.size() == 2);
    CHECK(r.sections[2].items.size() == 1);
    const auto& lessons = r.sections[1].items[1];
    CHECK(lessons.number.empty());
    CHECK(lessons.title == "Открытые уроки молодых специалистов с последующим разбором наставником");
    CHECK(lessons.responsible == std::vector<std::string>{"Заместитель директора по УВР"});
    CHECK(lessons.result == "Анализ уроков");
    CHECK(r.sections[2].items[0].result == "Не менее 70 % участников удовлетворены");
    check_nothing_lost(im);
  }
}

TEST_CASE("layouts: merged cells — parties and results in one cell across two columns, a deadline merged down, sub-items, an approval row") {
  auto im = import_file("layout-merged.docx");
  const auto& r = im.r;
  CHECK(r.approval.title == "приказом директора МАОУ «Лицей № 5»");
  CHECK(r.approval.number == "201/1-о");
  CHECK(r.approval.date == "2025-08-29");
  CHECK(r.academic_year == "2025-2026");
  CHECK(section_titles(r) == std::vector<std::string>{"1. Нормативное обеспечение", "2. Реализация программ"});
  CHECK(item_numbers(r) == std::vector<std::string>{"1.1", "1.2", "1.2.1", "1.2.2", "2.1", "2.2"});
  // The deadline merged down over 1.1–1.2.1 belongs to each of them.
  for (const char* n : {"1.1", "1.2", "1.2.1"}) CHECK(item(r, n).deadline == "Август-сентябрь 2025");
  CHECK(item(r, "1.2.2").deadline == "Октябрь 2025");
  // One cell across «Ответственный» and «Показатели»: split where the text turns.
  CHECK(item(r, "1.2").responsible == std::vector<std::string>{"Руководители методических объединений"});
  CHECK(item(r, "1.2").indicators == "Программы наставничества по формам «учитель – учитель» и «ученик – ученик»");
  CHECK(item(r, "2.1").responsible == std::vector<std::string>{"Заместитель директора по УВР", "Социальный педагог"});
  CHECK(item(r, "2.1").indicators == "Сформировано не менее 12 пар\nДоля молодых педагогов с наставником — 100 %");
  CHECK(item(r, "2.2").indicators == "Проведено не менее 2 занятий\nМатериалы размещены на сайте");
  bool sub = false;
  for (const auto& e : r.explanation) sub |= e.kind.rfind("подпункт 1.2.1", 0) == 0;
  CHECK(sub);
  check_nothing_lost(im);
}

TEST_CASE("layouts: approval in a stamp table, a two-row header with «Сроки» over «начало» and «окончание»") {
  auto im = import_file("layout-dates.docx");
  const auto& r = im.r;
  CHECK(r.approval.number == "45");
  CHECK(r.approval.date == "2024-08-30");
  CHECK(r.title == "План работы по наставничеству на 2024-2025 учебный год");
  CHECK(item_numbers(r) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(item(r, "1").deadline == "02.09.2024 – 20.09.2024");
  CHECK(item(r, "3").deadline == "в течение учебного года");
  CHECK(item(r, "4").responsible == std::vector<std::string>{"Куратор"});
  CHECK(r.notes.empty());
  check_nothing_lost(im);
}

TEST_CASE("layouts: the seeds keep every paragraph of every cell") {
  for (const char* name : {"municipal-000.txt", "municipal-000.docx", "programme-001.txt", "programme-001.docx",
                           "school-004.txt", "school-004.docx"}) {
    INFO(name);
    check_nothing_lost(import_file(name));
  }
  // Word lists inside a cell («– Приказ …», «1) …») stay lines of their own.
  auto school = import_file("school-004.docx");
  const auto& first = school.r.sections[0].items[0];
  CHECK(paragraphs(first.content).size() == 6);
  CHECK(paragraphs(first.content)[1].rfind("– Приказ «О реализации системы наставничества", 0) == 0);
  CHECK(paragraphs(school.r.sections[0].items[1].content) ==
        std::vector<std::string>{"1) Сбор информации о профессиональных запросах педагогов.", "2) Формирование банка данных наставляемых."});
}

TEST_CASE("layouts: columns the header does not name take their meaning from their cells") {
  // No «№» over the numbers, «Когда» over the deadlines: both read from the cells.
  std::string tsv =
      "\tМероприятие\tКогда\tОтветственные\n"
      "1\tСеминар для наставников\tСентябрь 2025\tКуратор\n"
      "2\tАнкетирование молодых педагогов\tдо 20.10.2025\tПедагог-психолог\n"
      "3\tИтоговая конференция\tМай 2026\tДиректор\n";
  std::string error;
  auto r = import_roadmap(blocks_from_text(tsv, '\t'), "2025-2026", "x", error);
  INFO(error);
  REQUIRE(r);
  CHECK(item_numbers(*r) == std::vector<std::string>{"1", "2", "3"});
  CHECK(item(*r, "2").deadline == "до 20.10.2025");
  CHECK(item(*r, "3").note.empty());
  REQUIRE(r->notes.size() == 2);
  CHECK(r->notes[0] == "строка 1: колонка 1 без заголовка понята как «номер» по содержимому ячеек");
  CHECK(r->notes[1] == "строка 1: колонка 3 «Когда» понята как «срок» по содержимому ячеек");
}
