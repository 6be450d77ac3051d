// The editor's pieces without a server: the YAML writer, form merging, safe
// paths, history, item paths.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "content/schemas.h"
#include "editor/form_values.h"
#include "editor/history.h"
#include "editor/node_path.h"
#include "editor/safe_files.h"
#include "editor/source_doc.h"
#include "editor/yaml_writer.h"
#include "source/fields.h"

using namespace nastavnik;
namespace fs = std::filesystem;

namespace {

struct Dir {
  fs::path path;
  Dir() {
    char tmpl[] = "/tmp/nastavnik-editor-unit-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~Dir() { fs::remove_all(path); }
  std::string root() const { return path.string(); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel) << text;
  }
};

SourceDoc parse(const std::string& rel, const std::string& text) {
  Diagnostics diag;
  auto doc = parse_source_doc(rel, text, diag);
  REQUIRE(doc);
  return *doc;
}

}  // namespace

TEST_CASE("editor: scalars are quoted only where YAML needs it") {
  CHECK(yaml_scalar("Сформированы пары", 0) == "Сформированы пары");
  CHECK(yaml_scalar("Встреча: итоги", 0) == "\"Встреча: итоги\"");
  CHECK(yaml_scalar("2.3", 0) == "\"2.3\"");                 // a number-like text stays text
  CHECK(yaml_scalar("2026-09-01", 0, false) == "2026-09-01");  // a date field
  CHECK(yaml_scalar("нет", 0) == "нет");
  CHECK(yaml_scalar("no", 0) == "\"no\"");
  CHECK(yaml_scalar("«Цифровой наставник»", 0) == "«Цифровой наставник»");
  CHECK(yaml_scalar("- пункт", 0) == "\"- пункт\"");
  CHECK(yaml_scalar("строка 1\nстрока 2", 2) == "|-\n    строка 1\n    строка 2");
  CHECK(yaml_scalar("кавычка \" внутри", 0) == "кавычка \" внутри");
  CHECK(yaml_scalar("\"Цитата\" и \\", 0) == "\"\\\"Цитата\\\" и \\\\\"");
}

TEST_CASE("editor: fields are written in schema order with Russian values and read back the same") {
  SourceDoc doc = parse("content/events/a.md",
                        "---\nformat: online\ntitle: Вебинар\nunknown_field: оставить\nstart: 2027-03-02 13:00\n"
                        "tags: [a, b]\ndraft: false\n---\n\nТекст.\n");
  std::string text = compose_source_doc(doc, schema_of("event"));
  CHECK(text ==
        "---\ntitle: Вебинар\nstart: 2027-03-02 13:00\nformat: дистанционно\ntags:\n  - a\n  - b\ndraft: нет\n"
        "unknown_field: оставить\n---\n\nТекст.\n");
  Diagnostics diag;
  SourceDoc again = parse("content/events/a.md", text);
  auto f = read_fields(write_yaml_fields(again.fields, schema_of("event")), schema_of("event"), {"a", 1}, diag);
  REQUIRE(f);
  CHECK(f->text("format") == "online");  // the label read back is the same value
}

TEST_CASE("editor: a form merges into the fields, cleared fields go, unknown ones stay") {
  SourceDoc doc = parse("content/mentors/m.md",
                        "---\nname: Иванова\nposition: учитель\nforms: [teacher_teacher, student_student]\nhobby: шахматы\n"
                        "consent:\n  date: 2026-01-10\n  until: 2027-01-10\n  fields: [name]\n---\n");
  FormData form;
  form.values = {{"f.name", "Иванова Мария Петровна"}, {"f.position", ""},
                 {"f.forms", "student_student"},      {"f.forms", "teacher_teacher"},
                 {"f.consent.date", "2026-01-10"},    {"f.consent.until", "2027-06-30"},
                 {"f.consent.fields", "name"},        {"f.consent.fields", "position"}};
  merge_form(form, schema_of("mentor"), "f.", doc.fields);
  std::string text = compose_source_doc(doc, schema_of("mentor"));
  CHECK(text.find("name: Иванова Мария Петровна\n") != std::string::npos);
  CHECK(text.find("position:") == std::string::npos);
  // The order the file gave keeps (it shows on the site).
  CHECK(text.find("forms: [учитель – учитель, ученик – ученик]\n") != std::string::npos);
  CHECK(text.find("  until: 2027-06-30\n  fields: [ФИО, должность]\n") != std::string::npos);
  CHECK(text.find("hobby: шахматы\n") != std::string::npos);
}

TEST_CASE("editor: entries of a list are added, kept by index and deleted") {
  SourceDoc doc = parse("content/practices/p.md",
                        "---\ntitle: П\nstages:\n  - title: Первый\n    extra: x\n  - title: Второй\n---\n");
  FormData form;
  form.values = {{"f.title", "П"},
                 {"f.stages.0._entry", "1"}, {"f.stages.0.title", "Первый этап"},
                 {"f.stages.1._entry", "1"}, {"f.stages.1.title", "Второй"}, {"f.stages.1._delete", "1"},
                 {"f.stages.2._entry", "1"}, {"f.stages.2.title", "Третий"}, {"f.stages.2.period", "май"},
                 {"f.stages.3._entry", "1"}, {"f.stages.3.title", ""}};
  merge_form(form, schema_of("practice"), "f.", doc.fields);
  std::string text = compose_source_doc(doc, schema_of("practice"));
  CHECK(text.find("stages:\n  - title: Первый этап\n    extra: x\n  - title: Третий\n    period: май\n") !=
        std::string::npos);
  CHECK(text.find("Второй") == std::string::npos);
}

TEST_CASE("editor: items of a roadmap are reached only through the schema's lists") {
  SourceDoc doc = parse("content/roadmap/r.yaml",
                        "title: Карта\nsections:\n  - title: Раздел\n    items:\n      - title: Пункт\n");
  const Schema& schema = schema_of("roadmap");
  auto item = node_at(doc.fields, schema, "sections.0.items.0", false);
  REQUIRE(item);
  CHECK(item->node->get("title")->text == "Пункт");
  CHECK(node_at(doc.fields, schema, "sections.0.items.1", true)->is_new);
  CHECK_FALSE(node_at(doc.fields, schema, "sections.0.items.5", true));
  CHECK_FALSE(node_at(doc.fields, schema, "sections.0", false));        // a section is not an item page
  CHECK_FALSE(node_at(doc.fields, schema, "title.0.items.0", false));
  CHECK_FALSE(node_at(doc.fields, schema, "sections.-1.items.0", false));
  CHECK(erase_node(doc.fields, schema, "sections.0.items.0"));
  CHECK(doc.fields.get("sections")->items[0].get("items")->items.size() == 1);  // the new one made above
}

TEST_CASE("editor: paths from outside are refused, symlinks are not followed") {
  CHECK(unsafe_relative_path("../etc/passwd"));
  CHECK(unsafe_relative_path("content/../../x"));
  CHECK(unsafe_relative_path("/etc/passwd"));
  CHECK(unsafe_relative_path("content/.hidden"));
  CHECK(unsafe_relative_path("content\\x"));
  CHECK(unsafe_relative_path(".nastavnik/history/a"));
  CHECK_FALSE(unsafe_relative_path(".nastavnik/history/a", true));
  CHECK_FALSE(unsafe_relative_path("content/news/a.md"));
  Dir site, outside;
  site.write("content/news/a.md", "x");
  outside.write("secret.md", "тайна");
  fs::create_directory_symlink(outside.path, site.path / "content/link");
  fs::create_symlink(outside.path / "secret.md", site.path / "content/news/b.md");
  CHECK_FALSE(safe_read(site.root(), "content/link/secret.md"));
  CHECK_FALSE(safe_read(site.root(), "content/news/b.md"));
  CHECK_FALSE(safe_write(site.root(), "content/link/new.md", "x"));
  CHECK_FALSE(fs::exists(outside.path / "new.md"));
  CHECK(safe_write(site.root(), "content/news/c.md", "новое"));
  CHECK(*safe_read(site.root(), "content/news/c.md") == "новое");
}

TEST_CASE("editor: every save keeps the previous version, undo restores it, delete goes to the recycle folder") {
  Dir site;
  site.write("content/news/a.md", "версия 1");
  REQUIRE(keep_version(site.root(), "content/news/a.md"));
  REQUIRE(safe_write(site.root(), "content/news/a.md", "версия 2"));
  CHECK(versions(site.root(), "content/news/a.md").size() == 1);
  std::string error;
  REQUIRE(undo_last(site.root(), "content/news/a.md", error));
  CHECK(*safe_read(site.root(), "content/news/a.md") == "версия 1");
  CHECK(versions(site.root(), "content/news/a.md").empty());
  // A new file's first version is "no file": undoing it recycles the file.
  REQUIRE(keep_version(site.root(), "content/news/b.md"));
  REQUIRE(safe_write(site.root(), "content/news/b.md", "новая"));
  REQUIRE(undo_last(site.root(), "content/news/b.md", error));
  CHECK_FALSE(fs::exists(site.path / "content/news/b.md"));
  auto bin = recycled(site.root());
  REQUIRE(bin.size() == 1);
  CHECK(bin[0].rel == "content/news/b.md");
  REQUIRE(restore(site.root(), bin[0].id, error));
  CHECK(*safe_read(site.root(), "content/news/b.md") == "новая");
  CHECK_FALSE(restore(site.root(), "../../etc/passwd", error));
}
