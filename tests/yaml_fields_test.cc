#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <functional>

#include "source/yaml_fields.h"

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

// parse_front_matter reads plain front matter with libyaml: the same tree as
// yaml-cpp's, with every node's and key's mark kept by path.
TEST_CASE("parse_front_matter reads what yaml-cpp reads, marks included") {
  const std::string yaml =
      "title: \"«Кавычки»: да\"\n"
      "status: approved\n"
      "review_date: 2024-10-31\n"
      "empty:\n"
      "tilde: ~\n"
      "quoted_null: \"null\"\n"
      "authors:\n"
      "  - mentor: ivanova\n"
      "  - name: 'Смирнова Е. В.'\n"
      "    consent: 2026-08-11\n"
      "levels: [doo, noo]\n"
      "subjects: [\"Английский язык\", 'Физика']\n"
      "problem: |\n"
      "  Первая строка.\n"
      "\n"
      "  Вторая # не комментарий\n"
      "goal: >-\n"
      "  сложенный\n"
      "  текст\n"
      "tasks:\n"
      "- без отступа\n"
      "- \"в кавычках\"\n"
      "nested:\n"
      "  inner:\n"
      "    deep: 1\n"
      "participants: 68 # комментарий\n";
  Diagnostics diag;
  YamlOrigin origin{"content/practices/x.md", 2};
  auto ours = parse_front_matter(yaml, origin, diag);
  REQUIRE(ours);
  REQUIRE(origin.marks);  // libyaml read it
  YAML::Node theirs = YAML::Load(yaml);
  std::function<void(const YAML::Node&, const YAML::Node&, const std::string&)> same =
      [&](const YAML::Node& a, const YAML::Node& b, const std::string& path) {
        INFO(path);
        REQUIRE(a.Type() == b.Type());
        // An empty value: yaml-cpp marks where the next thing starts, libyaml
        // the end of the key's line (better for "fill in this field").
        if (!b.IsNull()) {
          auto m = origin.marks->find(path);
          REQUIRE(m != origin.marks->end());
          CHECK(m->second.line == b.Mark().line);
          CHECK(m->second.column == b.Mark().column);
        }
        auto join = [&](const std::string& name) { return path.empty() ? name : path + "/" + name; };
        if (a.IsScalar()) {
          CHECK(a.Scalar() == b.Scalar());
        } else if (a.IsMap()) {
          REQUIRE(a.size() == b.size());
          for (const auto& kv : b) {
            std::string key = kv.first.Scalar();
            auto km = origin.marks->find(join(key) + "#");
            REQUIRE(km != origin.marks->end());
            CHECK(km->second.line == kv.first.Mark().line);
            CHECK(km->second.column == kv.first.Mark().column);
            same(a[key], kv.second, join(key));
          }
        } else if (a.IsSequence()) {
          REQUIRE(a.size() == b.size());
          for (size_t i = 0; i < b.size(); ++i) same(a[i], b[i], join(std::to_string(i)));
        }
      };
  same(*ours, theirs, "");
  // And through Fields: a nested list item's location.
  Schema schema = {{"authors", FieldType::any}};
  Fields f(*ours, schema, origin, diag);
  CHECK(f.loc("authors", 1).line == 2 + 8);
  CHECK(f.loc("authors", 1).col == 5);
}

TEST_CASE("parse_front_matter leaves anchors, tags, repeated keys and errors to yaml-cpp") {
  for (std::string yaml : {"a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "a: [1\n", "- 1\n- 2\n"}) {
    INFO(yaml);
    Diagnostics ours_diag, theirs_diag;
    YamlOrigin origin{"content/x.md", 1};
    auto ours = parse_front_matter(yaml, origin, ours_diag);
    auto theirs = parse_yaml(yaml, {"content/x.md", 1}, theirs_diag);
    CHECK_FALSE(origin.marks);
    CHECK(ours.has_value() == theirs.has_value());
    CHECK(ours_diag.error_count() == theirs_diag.error_count());
  }
}
