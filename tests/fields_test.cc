#include <catch2/catch.hpp>
#include "source/fields.h"
#include "source/schema_file.h"
#include "content/schemas.h"

using namespace nastavnik;

// A schema as the schema files write one.
static const Schema& test_schema() {
  static const TypeSchema type = [] {
    ValueLists lists;
    Diagnostics diag;
    REQUIRE(read_value_lists("levels:\n"
                             "  - {code: federal, label: федеральный}\n"
                             "  - {code: regional, label: региональный}\n"
                             "  - {code: school, label: школьный, aliases: [школа, образовательная организация]}\n",
                             "values.yaml", lists, diag));
    auto t = read_type_schema("type: test\nlabel: Тест\nfields:\n"
                              "  - {key: title, type: text, required: true, label: Заголовок}\n"
                              "  - {key: date, type: date, required: true, label: Дата}\n"
                              "  - {key: weight, type: integer, label: Порядок}\n"
                              "  - {key: draft, type: boolean, label: Черновик}\n"
                              "  - {key: level, type: choice, values: levels, default: school, label: Уровень}\n"
                              "  - {key: levels, type: list, values: levels, label: Уровни}\n"
                              "  - {key: tags, type: list, label: Темы}\n"
                              "  - {key: email, type: email, label: Почта}\n"
                              "  - {key: status, type: text, label: Статус}\n"
                              "  - {key: reviewer, type: text, label: Рецензент, required_when: {status: approved}}\n"
                              "  - key: signature\n"
                              "    type: map\n"
                              "    label: Подпись\n"
                              "    fields:\n"
                              "      - {key: signer, type: text, required: true, label: Кто подписал}\n",
                              "test.yaml", lists, diag);
    REQUIRE(t);
    return *t;
  }();
  return type.fields;
}

struct Parsed {
  Diagnostics diag;
  Fields fields;
};

static void parse(Parsed& p, const std::string& yaml, int first_line = 2) {
  if (auto f = read_fields(yaml, test_schema(), {"content/x.md", first_line}, p.diag)) p.fields = *f;
}

static const Diagnostic* find(const Diagnostics& d, const std::string& needle) {
  static std::vector<Diagnostic> all;
  all = d.all();
  for (const auto& x : all)
    if (x.message.find(needle) != std::string::npos || x.hint.find(needle) != std::string::npos) return &x;
  return nullptr;
}

TEST_CASE("valid fields read back typed") {
  Parsed p;
  parse(p, "title: План\ndate: 2024-01-17\nweight: 3\ndraft: да\nlevel: school\ntags: [a, b]\n");
  CHECK(p.diag.error_count() == 0);
  CHECK(p.diag.warning_count() == 0);
  CHECK(p.fields.text("title") == "План");
  CHECK(p.fields.date("date") == Date{2024, 1, 17});
  CHECK(p.fields.integer("weight") == 3);
  CHECK(p.fields.boolean("draft", false));
  CHECK(p.fields.list("tags") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("missing required field is an error") {
  Parsed p;
  parse(p, "date: 2024-01-17\n");
  const Diagnostic* d = find(p.diag, "«title»");
  REQUIRE(d);
  CHECK(d->severity == Severity::error);
  CHECK(d->loc.file == "content/x.md");
}

TEST_CASE("unknown field warns with the nearest known name") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-17\ntitel: b\n", 2);
  const Diagnostic* d = find(p.diag, "titel");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->hint.find("«title»") != std::string::npos);
  CHECK(d->loc.line == 4);  // YAML line 3 of a block starting at file line 2
  CHECK(d->loc.col == 1);
}

TEST_CASE("wrong types, bad dates and bad choices point at the value") {
  Parsed p;
  parse(p, "title: a\ndate: 2023-02-30\nweight: много\nlevel: schol\nemail: nobody\n", 2);
  const Diagnostic* date = find(p.diag, "неверная дата");
  REQUIRE(date);
  CHECK(date->loc.line == 3);
  CHECK(date->loc.col == 7);
  REQUIRE(find(p.diag, "не целое число"));
  const Diagnostic* level = find(p.diag, "недопустимое значение «schol»");
  REQUIRE(level);
  CHECK(level->message.find("(уровень)") != std::string::npos);
  CHECK(level->hint.find("«школьный»") != std::string::npos);
  CHECK(level->hint.find("федеральный, региональный, школьный") != std::string::npos);
  REQUIRE(find(p.diag, "не адрес электронной почты"));
  CHECK(p.diag.error_count() == 4);
}

TEST_CASE("a list where text is expected is a type error") {
  Parsed p;
  parse(p, "title: [a, b]\ndate: 2024-01-01\n");
  REQUIRE(find(p.diag, "ожидается текст"));
}

TEST_CASE("nested maps are validated too") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-01\nsignature:\n  signr: Иванов\n");
  CHECK(find(p.diag, "signr"));
  CHECK(find(p.diag, "«signer»"));
}

TEST_CASE("malformed YAML reports file:line:col") {
  Parsed p;
  parse(p, "title: a\ndate: [2024\n", 5);
  REQUIRE(p.diag.error_count() == 1);
  auto d = p.diag.all()[0];
  CHECK(d.message == "не закрыта скобка списка или набора полей");
  CHECK(d.loc.line >= 6);
}

TEST_CASE("a colon inside a value is explained in the editor's words") {
  Parsed p;
  parse(p, "title: Встреча: итоги года\ndate: 2024-01-01\n", 2);
  REQUIRE(p.diag.error_count() == 1);
  auto d = p.diag.all()[0];
  CHECK(d.loc.line == 2);
  CHECK(d.message.find("двоеточие") != std::string::npos);
  CHECK(d.hint.find("кавычки") != std::string::npos);
}

TEST_CASE("duplicate keys are reported") {
  Parsed p;
  parse(p, "title: a\ntitle: b\ndate: 2024-01-01\n");
  CHECK(find(p.diag, "указано дважды"));
}

TEST_CASE("a block scalar's text starts on the line after its key") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-01\nsignature:\n  signer: b\n", 10);
  Diagnostics diag;
  auto f = read_fields("title: |\n  Длинный\n  текст\ndate: 2024-01-01\n", test_schema(), {"content/x.md", 5}, diag);
  REQUIRE(f);
  CHECK(f->text("title") == "Длинный\nтекст");
  CHECK(f->loc("title").line == 5);
  CHECK(f->text_line("title") == 6);
  CHECK(f->text_line("date") == 8);
}

TEST_CASE("Russian yes and no are booleans") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-01\ndraft: нет\n");
  CHECK_FALSE(p.fields.boolean("draft", true));
  Parsed q;
  parse(q, "title: a\ndate: 2024-01-01\ndraft: возможно\n");
  CHECK(find(q.diag, "ожидается"));
}

TEST_CASE("a choice is read by its code, its Russian label or an alias, in any case and with any dash") {
  for (std::string written : {"school", "школьный", "Школьный", "ШКОЛА", " образовательная  организация "}) {
    INFO(written);
    Parsed p;
    parse(p, "title: a\ndate: 2024-01-01\nlevel: " + written + "\nlevels: [федеральный, regional, Школа]\n");
    CHECK(p.diag.error_count() == 0);
    CHECK(p.fields.text("level") == "school");
    CHECK(p.fields.list("levels") == std::vector<std::string>{"federal", "regional", "school"});
  }
}

TEST_CASE("an absent choice takes the schema's default, a bad list value names the Russian choices") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-01\nlevels: [федеральный, облачный]\n");
  CHECK(p.fields.text("level") == "school");
  const Diagnostic* d = find(p.diag, "«облачный»");
  REQUIRE(d);
  CHECK(d->loc.line == 4);
  CHECK(d->loc.col == 34);  // bytes, as compilers count: "levels: [" is 9, "федеральный, " 24
  CHECK(d->hint.find("федеральный, региональный, школьный") != std::string::npos);
  CHECK(p.fields.list("levels") == std::vector<std::string>{"federal"});
}

TEST_CASE("a field required when another has a value is reported only then") {
  Parsed p;
  parse(p, "title: a\ndate: 2024-01-01\nstatus: approved\n");
  const Diagnostic* d = find(p.diag, "«reviewer»");
  REQUIRE(d);
  CHECK(d->message.find("(рецензент)") != std::string::npos);
  CHECK(d->message.find("status: approved") != std::string::npos);
  Parsed q;
  parse(q, "title: a\ndate: 2024-01-01\nstatus: draft\n");
  CHECK(q.diag.error_count() == 0);
}

TEST_CASE("required-when holds when the other field is written by its Russian label") {
  // The editor writes choices by their labels: «одобрено» is approved.
  Diagnostics diag;
  auto f = read_fields("title: a\nstatus: одобрено\n", schema_of("practice"), {"content/practices/a.md", 2}, diag);
  REQUIRE(f);
  bool reviewer = false;
  for (const auto& d : diag.all()) reviewer |= d.message.find("«reviewer»") != std::string::npos;
  CHECK(reviewer);
  Diagnostics draft;
  read_fields("title: a\nstatus: черновик\n", schema_of("practice"), {"content/practices/a.md", 2}, draft);
  CHECK(draft.error_count() == 0);
}
