#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <functional>

#include "yaml_fields.h"

using namespace nastavnik;

static const Schema kSchema = {
    {"title", FieldType::text, true},
    {"date", FieldType::date, true},
    {"weight", FieldType::integer},
    {"draft", FieldType::boolean},
    {"level", FieldType::choice, false, {"federal", "regional", "school"}},
    {"tags", FieldType::list},
    {"email", FieldType::email},
    {"signature", FieldType::map, false, {}, {{"signer", FieldType::text, true}}},
};

struct Parsed {
  Diagnostics diag;
  Fields fields;
};

static void parse(Parsed& p, const std::string& yaml, int first_line = 2) {
  YamlOrigin origin{"content/x.md", first_line};
  auto node = parse_yaml(yaml, origin, p.diag);
  if (node) p.fields = Fields(*node, kSchema, origin, p.diag);
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
  CHECK(level->hint.find("«school»") != std::string::npos);
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

// parse_yaml lifts literal block scalars out before yaml-cpp reads the text
// (see yaml_fields.cc); the result must be what yaml-cpp itself makes of it,
// marks included.
TEST_CASE("parse_yaml reads block scalars exactly as yaml-cpp does, with the same marks") {
  const std::string yaml =
      "title: Практика\n"
      "problem: |\n"
      "  Первая строка.\n"
      "\n"
      "    С отступом: «да» # не комментарий\n"
      "  Последняя.\n"
      "\n"
      "goal: |-\n"
      "  Без перевода строки в конце\n"
      "stages:\n"
      "  - title: Этап\n"
      "    description: |\n"
      "      Описание этапа\n"
      "  - description: |\n"
      "      Второй\n"
      "    title: Ещё\n"
      "folded: >\n"
      "  сложенный\n"
      "  текст\n"
      "keep: |+\n"
      "  хвост\n"
      "\n"
      "empty: |\n"
      "after: 1\n"
      "quoted: \"«Кавычки»: с двоеточием, # и решёткой\"\n"
      "tasks:\n"
      "  - \"Первая задача\"\n"
      "  -  \"С лишним пробелом\"\n"
      "  - \"С \\\"экранированием\\\"\"\n"
      "  - - \"Вложенный список\"\n"
      "authors:\n"
      "  - name: \"Иванова И. И.\"\n"
      "    position: \"учитель\"\n"
      "empty_quoted: \"\"\n"
      "commented: \"значение\" # комментарий\n"
      "plain: начало\n"
      "  - \"не элемент списка\"\n"
      "folded2: >\n"
      "  key: \"внутри блока\"\n"
      "  - \"тоже\"\n";
  Diagnostics diag;
  auto ours = parse_yaml(yaml, {"content/x.md", 1}, diag);
  REQUIRE(ours);
  YAML::Node theirs = YAML::Load(yaml);
  std::function<void(const YAML::Node&, const YAML::Node&)> same = [&](const YAML::Node& a, const YAML::Node& b) {
    REQUIRE(a.Type() == b.Type());
    CHECK(a.Mark().line == b.Mark().line);
    if (a.IsScalar()) {
      CHECK(a.Scalar() == b.Scalar());
      CHECK(a.Tag() == b.Tag());
    } else if (a.IsMap()) {
      REQUIRE(a.size() == b.size());
      for (const auto& kv : b) {
        INFO(kv.first.Scalar());
        same(a[kv.first.Scalar()], kv.second);
      }
    } else if (a.IsSequence()) {
      REQUIRE(a.size() == b.size());
      for (size_t i = 0; i < b.size(); ++i) same(a[i], b[i]);
    }
  };
  same(*ours, theirs);
  CHECK((*ours)["problem"].Scalar() == "Первая строка.\n\n  С отступом: «да» # не комментарий\nПоследняя.\n");
  CHECK((*ours)["goal"].Scalar() == "Без перевода строки в конце");
  CHECK((*ours)["quoted"].Scalar() == "«Кавычки»: с двоеточием, # и решёткой");
  CHECK((*ours)["plain"].Scalar() == "начало - \"не элемент списка\"");
}

TEST_CASE("parse_yaml takes odd quoted lines without crashing") {
  for (std::string yaml : {" \"x\"\n", "- \"x\"\n", "\"a\": \"b\"\n", "a: \"\"\"\n", "a:\n \"x\"\n"}) {
    INFO(yaml);
    Diagnostics diag;
    bool threw = false;
    try {
      YAML::Load(yaml);
    } catch (const YAML::Exception&) {
      threw = true;
    }
    auto node = parse_yaml(yaml, {"content/x.md", 1}, diag);
    if (threw) CHECK(diag.error_count() == 1);
    else if (node) CHECK(node->IsMap());
  }
}
