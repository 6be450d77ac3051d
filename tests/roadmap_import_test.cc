// The roadmap importer on the three seed roadmaps (tests/fixtures/roadmaps:
// the text as it came out of Word, and .docx files made from it by
// make_fixtures.py with merged section rows), and on CSV and Markdown tables.
#include <catch2/catch.hpp>

#include "base/text.h"
#include "content/roadmap.h"
#include "import/docx_reader.h"
#include "import/responsible.h"
#include "import/roadmap_import.h"
#include "import/roadmap_yaml.h"
#include "import/source_reader.h"
#include "import/text_tables.h"
#include "source/fields.h"

using namespace nastavnik;

namespace {

std::string fixture(const std::string& name) { return std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/" + name; }

ImportedRoadmap import_file(const std::string& name, const std::string& year = "") {
  std::string error;
  auto doc = read_source(fixture(name), error);
  INFO(error);
  REQUIRE(doc);
  auto r = import_roadmap(doc->blocks, year, "fallback", error);
  INFO(error);
  REQUIRE(r);
  return *r;
}

const ImportedItem& item(const ImportedRoadmap& r, const std::string& number) {
  for (const auto& s : r.sections)
    for (const auto& i : s.items)
      if (i.number == number) return i;
  FAIL("no item " << number);
  throw 0;
}

void check_municipal(const ImportedRoadmap& r) {
  CHECK(r.titled_sections() == 5);
  REQUIRE(r.sections.size() == 5);
  CHECK(r.items() == 25);
  std::vector<size_t> per_section;
  for (const auto& s : r.sections) per_section.push_back(s.items.size());
  CHECK(per_section == std::vector<size_t>{4, 6, 5, 5, 5});
  CHECK(r.sections[0].number == "1");
  CHECK(r.sections[0].title == "Нормативно - правовое регулирование развития системы наставничества на уровне муниципалитета/ОО");
  CHECK(r.sections[2].title == "Методическая, экспертно-консультационная, просветительская поддержка участников внедрения ЦМН");
  CHECK(r.sections[4].number == "5");
  CHECK(r.title.rfind("Дорожная карта внедрения Муниципальной целевой модели", 0) == 0);
  CHECK(r.academic_year == "2023-2024");
  const auto& i23 = item(r, "2.3");
  CHECK(i23.title == "Создание, наполнение и обновление раздела «Наставничество» на сайтах общеобразовательных организаций и УО");
  CHECK(i23.result == "Наличие на сайте раздела с содержательным наполнением");
  CHECK(i23.deadline == "На протяжении всего периода");
  CHECK(i23.responsible == std::vector<std::string>{"Руководители ОО", "ДО", "кураторы ОО", "УО", "МКУ ЦОДОУ"});
  CHECK(item(r, "1.1").responsible == std::vector<std::string>{"УО"});
  CHECK(item(r, "3.1").deadline == "Август – сентябрь 2023");
  CHECK(item(r, "3.1").responsible == std::vector<std::string>{"УО", "МКУ ЦОДОУ"});
  CHECK(item(r, "4.5").deadline == "Май-июнь 2024");
  CHECK(item(r, "5.5").deadline == "Ежегодно");
  CHECK(item(r, "5.5").responsible == std::vector<std::string>{"УО", "методический отдел МКУ «ЦОДОУ»"});
  CHECK(r.notes.empty());
}

void check_programme(const ImportedRoadmap& r, bool text) {
  CHECK(r.titled_sections() == 0);
  CHECK(r.items() == 7);
  CHECK(r.title == "Дорожная карта внедрения Программы наставничества");
  const auto& i2 = item(r, "2");
  CHECK(i2.title == "Формирование банка наставляемых");
  CHECK(i2.content.find("Сбор информации о профессиональных запросах педагогов.\n") == 0);
  // Paragraphs of the deadline cell on one line, a paragraph that continues a
  // phrase joined with a space.
  CHECK(i2.deadline == "Январь 2023; Ежегодно сентябрь (дополнительно по запросу)");
  CHECK(i2.responsible == std::vector<std::string>{"Куратор (МБОУ ДО «ЦДЮТ»)", "Управление образования", "Образовательные организации"});
  CHECK(i2.result.find("Сформирована база наставляемых") != std::string::npos);
  // The row split by a page break is joined to item 5.
  const auto& i5 = item(r, "5");
  CHECK(i5.content.find("не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников.") !=
        std::string::npos);
  CHECK(item(r, "6").deadline == "Ежегодно апрель-май");
  CHECK(item(r, "7").deadline == "в течение учебного года");
  // No <p> tag survives.
  for (const auto& s : r.sections)
    for (const auto& i : s.items) {
      CHECK(i.content.find("<p>") == std::string::npos);
      CHECK(i.title.find("</p>") == std::string::npos);
    }
  if (text) {
    // Rows 3–5 have one cell fewer than the header: reported, not dropped.
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[0].find("строка 336") == 0);
    CHECK(r.notes[0].find("пункт 3") != std::string::npos);
  }
  // Rows 3–5 hold responsible parties and results in one cell: split where
  // the text turns from parties to results.
  CHECK(item(r, "3").responsible == std::vector<std::string>{"Куратор (МБОУ ДО «ЦДЮТ»)", "Управление образования", "Образовательные организации"});
  CHECK(item(r, "3").result == "Проведено анкетирование, Проведены собеседования с наставниками\n"
                               "Сформирована база наставников, получены согласия на сбор и обработку Персональных данных.");
  CHECK(item(r, "4").responsible == std::vector<std::string>{"Куратор (МБОУ ДО «ЦДЮТ»)"});
  CHECK(item(r, "4").result.rfind("Привлечены эксперты", 0) == 0);
  CHECK(item(r, "5").result == "Сформированы наставнические пары/группы.\nРазработаны и утверждены программы наставничества");
  CHECK(item(r, "5").responsible.size() == 3);
}

void check_school(const ImportedRoadmap& r) {
  CHECK(r.titled_sections() == 0);
  CHECK(r.items() == 9);
  CHECK(r.title ==
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических работников в "
        "МБОУ «Средняя общеобразовательная школа №21» на 2023-2024 учебный год");
  CHECK(r.academic_year == "2023-2024");
  CHECK(r.approval.number == "80/8");
  CHECK(r.approval.date == "2023-09-01");
  CHECK(r.approval.title == "приказом");
  const auto& i1 = item(r, "1");
  CHECK(i1.title == "Подготовка условий для реализации системы наставничества");
  CHECK(i1.deadline == "сентябрь-октябрь");
  CHECK(i1.responsible == std::vector<std::string>{"Кравец Е.Н., зам. директора по УВР"});
  // Item 7 is split by a page break in every column.
  const auto& i7 = item(r, "7");
  CHECK(i7.title == "Информационная поддержка системы наставничества");
  CHECK(i7.content == "Освещение мероприятий Дорожной карты на всех этапах на сайте образовательной организации");
  CHECK(i7.deadline == "январь-май");
  CHECK(i7.responsible ==
        std::vector<std::string>{"Кравец Е.Н., зам.директора по УВР",
                                 "Учителя: Синицына Т.А. Лаптева О.В. Горбунова И.П. Ершова М.С. Зуева Л.Д."});
  CHECK(item(r, "8").number == "8");
  CHECK(item(r, "9").deadline == "май");
  CHECK(r.notes.empty());
}

}  // namespace

TEST_CASE("import: seed 000, a municipal roadmap with five sections, from text and from Word") {
  check_municipal(import_file("municipal-000.txt"));
  check_municipal(import_file("municipal-000.docx"));
}

TEST_CASE("import: seed 001, the roadmap at the end of a programme, from text and from Word") {
  check_programme(import_file("programme-001.txt"), true);
  check_programme(import_file("programme-001.docx"), false);
}

TEST_CASE("import: seed 004, a school roadmap with a row split by a page break, from text and from Word") {
  check_school(import_file("school-004.txt"));
  check_school(import_file("school-004.docx"));
}

// Reads YAML written by the importer through the roadmap schema, as a build does.
Roadmap read_back(const std::string& yaml, Diagnostics& diag) {
  auto f = read_fields(yaml, roadmap_schema(), {"plan.yaml", 1}, diag);
  REQUIRE(f);
  return read_roadmap(*f, 0, Date{2024, 1, 10}, diag);
}

TEST_CASE("import: the YAML written reads back through the roadmap schema with the same items, all planned") {
  auto r = import_file("municipal-000.txt");
  Diagnostics diag;
  Roadmap back = read_back(roadmap_to_yaml(r, "municipal-000.txt"), diag);
  CHECK(diag.error_count() == 0);
  CHECK(diag.warning_count() == 0);
  REQUIRE(back.sections.size() == 5);
  CHECK(back.academic_year_start == 2023);
  const RoadmapItem& i23 = back.sections[1].items[2];
  CHECK(i23.number == "2.3");
  CHECK(i23.responsible.size() == 5);
  int items = 0;
  for (const auto& s : back.sections)
    for (const auto& i : s.items) {
      CHECK(i.status == "planned");
      ++items;
    }
  CHECK(items == 25);
  Diagnostics diag2;
  Roadmap school = read_back(roadmap_to_yaml(import_file("school-004.docx"), "school-004.docx"), diag2);
  CHECK(diag2.error_count() == 0);
  REQUIRE(school.sections.size() == 1);
  CHECK(school.sections[0].items.size() == 9);
  REQUIRE(school.approval.date);
  CHECK(school.approval.date->iso() == "2023-09-01");
  CHECK(school.approval.number == "80/8");
  // Paragraphs of a cell come back as lines of the field.
  Diagnostics diag3;
  Roadmap programme = read_back(roadmap_to_yaml(import_file("programme-001.docx"), "p.docx"), diag3);
  CHECK(diag3.error_count() == 0);
  CHECK(programme.sections[0].items[0].content.find("организации».\nПоложение о системе") != std::string::npos);
}

TEST_CASE("import: YAML strings are quoted and escaped, every character valid UTF-8") {
  CHECK(yaml_quoted("Приказ \"О наставничестве\" \\ 1") == "\"Приказ \\\"О наставничестве\\\" \\\\ 1\"");
  ImportedRoadmap r;
  r.title = "Карта: \"#1\" — {a} [b] & *c* 'd' % @e `f`";
  r.sections.push_back({});
  ImportedItem i;
  i.title = std::string("Организационно-метод\xD0") + "\x01ический";  // a cut character and a control one
  i.content = "строка 1\n- строка 2: не список\n# и не комментарий";
  r.sections[0].items.push_back(i);
  std::string yaml = roadmap_to_yaml(r, "x.docx");
  Diagnostics diag;
  Roadmap back = read_back(yaml, diag);
  CHECK(diag.error_count() == 0);
  CHECK(back.title == r.title);
  CHECK(back.sections[0].items[0].title == "Организационно-метод\uFFFDический");
  CHECK(back.sections[0].items[0].content == i.content);
}

TEST_CASE("import: --year gives year-less months their year") {
  auto r = import_file("programme-001.txt", "2022-2023");
  CHECK(r.academic_year == "2022-2023");
}

TEST_CASE("import: CSV with quotes and Markdown tables") {
  std::string csv =
      "Дорожная карта на 2026-2027 учебный год\n"
      "№;Мероприятие;Сроки;Ответственные;Показатели эффективности\n"
      "1. Организационный этап;;;;\n"
      "1.1;\"Приказ «О наставничестве»; положение\";Сентябрь;\"Иванова А.А., директор\";Приказ издан\n"
      "1.2;Анкетирование;\"октябрь-ноябрь\";\"Петров П.П.; классные руководители\";\"Не менее 70 %\n"
      "педагогов\"\n"
      "2. Работа пар;;;;\n"
      "2.1;Встречи пар;В течение года;Наставники;\n";
  auto blocks = blocks_from_text(csv, csv_separator(csv));
  std::string error;
  auto r = import_roadmap(blocks, "", "x", error);
  INFO(error);
  REQUIRE(r);
  CHECK(r->titled_sections() == 2);
  CHECK(r->items() == 3);
  CHECK(r->academic_year == "2026-2027");
  CHECK(item(*r, "1.1").title == "Приказ «О наставничестве»; положение");
  CHECK(item(*r, "1.1").responsible == std::vector<std::string>{"Иванова А.А., директор"});
  CHECK(item(*r, "1.2").responsible == std::vector<std::string>{"Петров П.П.", "классные руководители"});
  CHECK(item(*r, "1.2").indicators == "Не менее 70 %\nпедагогов");

  std::string md =
      "# План мероприятий\n\n"
      "| № п/п | Наименование мероприятия | Срок | Ответственный | Ожидаемый результат |\n"
      "| --- | --- | --- | --- | --- |\n"
      "| 1 | Семинар <p>для наставников</p> | до 20.09.2026 | Куратор | Протокол |\n"
      "| 2 | День наставника | Март 2027 | Куратор, наставники | Фотоотчёт \\| новость |\n";
  auto mr = import_roadmap(blocks_from_markdown(md), "", "x", error);
  REQUIRE(mr);
  CHECK(mr->items() == 2);
  CHECK(mr->title == "План мероприятий");
  CHECK(item(*mr, "1").title == "Семинар для наставников");
  CHECK(item(*mr, "2").result == "Фотоотчёт | новость");
  CHECK(item(*mr, "2").responsible == std::vector<std::string>{"Куратор", "наставники"});
}

TEST_CASE("import: no roadmap table is a clear error") {
  std::string error;
  auto r = import_roadmap(blocks_from_text("Просто текст\nбез таблицы\n", '\t'), "", "x", error);
  CHECK_FALSE(r);
  CHECK(error.find("Мероприятие") != std::string::npos);
  auto bad = blocks_from_docx(fixture("municipal-000.txt"), error);
  CHECK_FALSE(bad);
  CHECK(error.find(".docx") != std::string::npos);
}

TEST_CASE("import: responsible parties are split, names keep their positions") {
  CHECK(split_responsible("УО, МКУ ЦОДОУ,") == std::vector<std::string>{"УО", "МКУ ЦОДОУ"});
  CHECK(split_responsible("Руководители ОО, ДО.") == std::vector<std::string>{"Руководители ОО", "ДО"});
  CHECK(split_responsible("Кравец Е.Н., зам. директора по УВР") == std::vector<std::string>{"Кравец Е.Н., зам. директора по УВР"});
  CHECK(split_responsible("Куратор (МБОУ ДО «ЦДЮТ», отдел)\nУправление образования") ==
        std::vector<std::string>{"Куратор (МБОУ ДО «ЦДЮТ», отдел)", "Управление образования"});
  CHECK(split_responsible("Иванова А. А.; учителя") == std::vector<std::string>{"Иванова А. А.", "учителя"});
}

TEST_CASE("import: in every item of the seeds the responsible parties and the results are each in their own field") {
  // Seeds 000 and 001 have both columns (001's rows 3–5 with one cell fewer);
  // seed 004 has no result column. No item loses either, and no party is
  // found inside a result (the text of one column put into the other).
  for (const char* name : {"municipal-000.txt", "municipal-000.docx", "programme-001.txt", "programme-001.docx",
                           "school-004.txt", "school-004.docx"}) {
    INFO(name);
    bool has_results = std::string(name).rfind("school-004", 0) != 0;
    auto r = import_file(name);
    int items = 0;
    for (const auto& s : r.sections)
      for (const auto& i : s.items) {
        INFO("item " << i.number);
        ++items;
        CHECK_FALSE(i.responsible.empty());
        CHECK_FALSE(i.deadline.empty());
        CHECK(i.result.empty() != has_results);
        for (const auto& party : i.responsible) {
          CHECK(party.find('\n') == std::string::npos);
          if (party.size() > 8) CHECK(i.result.find(party) == std::string::npos);
          CHECK(party.find("Сформирован") == std::string::npos);
          CHECK(party.find("Проведен") == std::string::npos);
          CHECK(party.find("Наличие") == std::string::npos);
        }
        for (const char* party : {"Куратор (", "Управление образования\n", "Руководители ОО"})
          CHECK(i.result.find(party) == std::string::npos);
      }
    CHECK(items == (has_results ? (std::string(name).rfind("municipal", 0) == 0 ? 25 : 7) : 9));
  }
}
