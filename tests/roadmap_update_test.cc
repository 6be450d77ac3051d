// `import roadmap --update`: a school edits its Word file and imports it
// again; the progress recorded in the old YAML survives. And text saved from
// Excel in Windows-1251 imports the same as UTF-8.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "base/text.h"
#include "content/roadmap.h"
#include "import/roadmap_import.h"
#include "import/roadmap_update.h"
#include "import/roadmap_yaml.h"
#include "import/source_reader.h"
#include "import/text_tables.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& name) { return std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/roadmaps/" + name; }

ImportedRoadmap import_text(const std::string& tsv) {
  std::string error;
  auto r = import_roadmap(blocks_from_text(tsv, '\t'), "", "x", error);
  INFO(error);
  REQUIRE(r);
  return *r;
}

ImportedItem& item(ImportedRoadmap& r, const std::string& title_start) {
  for (auto& s : r.sections)
    for (auto& i : s.items)
      if (i.title.rfind(title_start, 0) == 0) return i;
  FAIL("no item «" << title_start << "»");
  throw 0;
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The school's edit of layout-roman.tsv: three items reworded (one with a
// new deadline), item 1.2 removed so 1.3 becomes 1.2, a new item 2.4.
std::string edited(std::string tsv) {
  replace(tsv, "Издание приказа о внедрении целевой модели наставничества",
          "Издание приказа о внедрении целевой модели наставничества в школе");
  replace(tsv, "1.2.\tНазначение куратора внедрения целевой модели\tдо 15.09.2025\tДиректор\tПриказ о назначении куратора\n", "");
  replace(tsv, "1.3.\tАнкетирование", "1.2.\tАнкетирование");
  replace(tsv, "Формирование наставнических пар и групп\tОктябрь 2025",
          "Формирование наставнических пар и групп по итогам анкетирования\tОктябрь-ноябрь 2025");
  replace(tsv, "Итоговая конференция «Наставничество: итоги года»", "Итоговая конференция «Наставничество: итоги 2025-2026 года»");
  replace(tsv, "III. Заключительный этап", "2.4.\tВыпуск «Методической копилки» наставника\tАпрель 2026\tКуратор\tСборник на сайте\n"
                                            "III. Заключительный этап");
  return tsv;
}

struct TempFile {
  fs::path path = fs::temp_directory_path() / ("nastavnik-update-" + std::to_string(::getpid()) + ".yaml");
  ~TempFile() { fs::remove(path); }
};

}  // namespace

TEST_CASE("update: progress survives a re-import of an edited file, new items are added, removed ones marked") {
  std::string original = *read_file(fixture("layout-roman.tsv"));
  ImportedRoadmap first = import_text(original);
  // The editor ticks items off in the YAML.
  item(first, "Издание приказа").status = "done";
  item(first, "Издание приказа").completed = "2025-09-03";
  item(first, "Издание приказа").evidence = {"../documents/prikaz-112-o.md"};
  item(first, "Назначение куратора").status = "done";
  item(first, "Анкетирование").status = "in_progress";
  item(first, "Формирование наставнических пар").status = "done";
  item(first, "Формирование наставнических пар").completed = "2025-10-20";
  item(first, "Проведение Дня наставника").note = "Перенесён на 2 марта";
  TempFile file;
  REQUIRE(write_file(file.path.string(), roadmap_to_yaml(first, "layout-roman.tsv")));

  ImportedRoadmap second = import_text(edited(original));
  Diagnostics diag;
  std::string error;
  auto old = read_recorded_roadmap(file.path.string(), diag, error);
  INFO(error);
  REQUIRE(old);
  CHECK(old->items.size() == 8);
  UpdateSummary sum = merge_progress(second, *old, "layout-roman-2.tsv");
  CHECK(sum.unchanged == 3);  // 2.2, 2.3, 3.1
  CHECK(sum.changed == 4);    // three reworded, one renumbered
  CHECK(sum.added == 1);
  CHECK(sum.removed == 1);
  CHECK(sum.kept_progress == 3);  // the removed 1.2 was done too, but it is no longer in the document

  const auto& order = item(second, "Издание приказа");
  CHECK(order.title == "Издание приказа о внедрении целевой модели наставничества в школе");
  CHECK(order.status == "done");
  CHECK(order.completed == "2025-09-03");
  CHECK(order.evidence == std::vector<std::string>{"../documents/prikaz-112-o.md"});
  const auto& survey = item(second, "Анкетирование");
  CHECK(survey.number == "1.2");
  CHECK(survey.status == "in_progress");
  const auto& pairs = item(second, "Формирование наставнических пар");
  CHECK(pairs.deadline == "Октябрь-ноябрь 2025");
  CHECK(pairs.status == "done");
  CHECK(pairs.completed == "2025-10-20");
  CHECK(item(second, "Проведение Дня наставника").note == "Перенесён на 2 марта");
  CHECK(item(second, "Выпуск «Методической копилки»").status == "planned");
  const auto& gone = item(second, "Назначение куратора");
  CHECK(gone.status == "cancelled");
  CHECK(gone.completed.empty());
  CHECK(gone.note.find("Пункта нет в новой редакции «layout-roman-2.tsv»") != std::string::npos);
  CHECK(second.sections[0].items.back().title == gone.title);  // in its old section
  CHECK(second.approval.number == "112-о");
  bool reported = false;
  for (const auto& line : sum.changes)
    reported |= line.find("изменён пункт 2.1") == 0 && line.find("срок: «Октябрь 2025» → «Октябрь-ноябрь 2025»") != std::string::npos;
  CHECK(reported);

  // The result reads back through the roadmap schema with no error, and a
  // second update of the same text changes nothing and marks nothing twice.
  REQUIRE(write_file(file.path.string(), roadmap_to_yaml(second, "layout-roman-2.tsv")));
  Diagnostics diag2;
  auto again_old = read_recorded_roadmap(file.path.string(), diag2, error);
  REQUIRE(again_old);
  CHECK(diag2.warning_count() == 0);
  ImportedRoadmap third = import_text(edited(original));
  UpdateSummary again = merge_progress(third, *again_old, "layout-roman-2.tsv");
  CHECK(again.changes.empty());
  CHECK(again.unchanged == 8);
  CHECK(item(third, "Назначение куратора").note == gone.note);
}

TEST_CASE("update: an old file with errors is refused, not overwritten") {
  TempFile file;
  REQUIRE(write_file(file.path.string(), "title: План\nitems:\n  - title: Приказ\n    status: непонятно\n"));
  Diagnostics diag;
  std::string error;
  CHECK_FALSE(read_recorded_roadmap(file.path.string(), diag, error));
  CHECK(diag.error_count() == 1);
  CHECK(error.find("есть ошибки") != std::string::npos);
}

TEST_CASE("update: items are matched by the words of their text, endings aside") {
  CHECK(text_similarity("Проведение Дня наставника", "Проведение Дня наставника") == 1);
  CHECK(text_similarity("Формирование наставнических пар", "Формирование наставнической пары") > 0.6);
  CHECK(text_similarity("Анкетирование педагогов", "Итоговая конференция") == 0);
}

TEST_CASE("encodings: a CSV saved by Russian Excel in Windows-1251 imports like UTF-8, with a note") {
  std::string error;
  auto cp = read_source(fixture("layout-razdel-cp1251.csv"), error);
  INFO(error);
  REQUIRE(cp);
  REQUIRE(cp->notes.size() == 1);
  CHECK(cp->notes[0].find("Windows-1251") != std::string::npos);
  auto r = import_roadmap(cp->blocks, "", "x", error);
  REQUIRE(r);
  auto utf8 = read_source(fixture("layout-razdel.docx"), error);
  auto reference = import_roadmap(utf8->blocks, "", "x", error);
  REQUIRE(reference);
  REQUIRE(r->sections.size() == reference->sections.size());
  for (size_t s = 0; s < r->sections.size(); ++s) {
    CHECK(r->sections[s].title == reference->sections[s].title);
    REQUIRE(r->sections[s].items.size() == reference->sections[s].items.size());
    for (size_t i = 0; i < r->sections[s].items.size(); ++i) {
      const auto &a = r->sections[s].items[i], &b = reference->sections[s].items[i];
      CHECK(a.title == b.title);
      CHECK(a.deadline == b.deadline);  // the quoted cell kept its line break
      CHECK(a.responsible == b.responsible);
      CHECK(a.result == b.result);
    }
  }
  CHECK(r->sections[2].items[0].title == "Создание, наполнение и обновление раздела «Наставничество» на сайте школы");
  // UTF-16 («Текст Юникод» in Excel) too.
  std::string u16 = "\xFF\xFE";
  for (char32_t c : utf8_decode("Мероприятие\tСроки\n№\n")) u16 += static_cast<char>(c & 0xFF), u16 += static_cast<char>(c >> 8);
  fs::path f = fs::temp_directory_path() / ("nastavnik-u16-" + std::to_string(::getpid()) + ".txt");
  REQUIRE(write_file(f.string(), u16));
  auto text = read_source(f.string(), error);
  fs::remove(f);
  REQUIRE(text);
  REQUIRE(text->blocks.size() == 2);
  CHECK(text->blocks[0].cells[0].text == "Мероприятие");
  CHECK(text->notes[0].find("UTF-16") != std::string::npos);
}
