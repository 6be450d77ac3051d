// The YAML reader (src/source/yaml.h): the tree and marks it builds, checked
// against yaml-cpp as an independent reader; its limits; its errors.
#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <functional>

#include "source/yaml.h"

using namespace nastavnik;

namespace {

// Our tree equals yaml-cpp's: kinds, values and the line of every node.
void same_as_yaml_cpp(const YamlNode& ours, const YAML::Node& theirs, const std::string& path) {
  INFO(path);
  if (theirs.IsNull()) {
    CHECK(ours.is_null());
    return;
  }
  // yaml-cpp marks an alias where its anchor is; we mark where it is used.
  if (path.find("aliased") == std::string::npos) CHECK(ours.mark.line == theirs.Mark().line);
  if (theirs.IsScalar()) {
    REQUIRE(ours.is_scalar());
    CHECK(ours.text == theirs.Scalar());
    if (path.find("aliased") == std::string::npos) CHECK(ours.mark.col == theirs.Mark().column);
  } else if (theirs.IsMap()) {
    REQUIRE(ours.is_map());
    REQUIRE(ours.entries.size() == theirs.size());
    for (const auto& kv : theirs) {
      std::string key = kv.first.Scalar();
      const YamlEntry* e = ours.entry(key);
      REQUIRE(e);
      CHECK(e->key_mark.line == kv.first.Mark().line);
      CHECK(e->key_mark.col == kv.first.Mark().column);
      same_as_yaml_cpp(e->value, kv.second, path + "/" + key);
    }
  } else if (theirs.IsSequence()) {
    REQUIRE(ours.is_sequence());
    REQUIRE(ours.items.size() == theirs.size());
    for (size_t i = 0; i < theirs.size(); ++i) same_as_yaml_cpp(ours.items[i], theirs[i], path + "/" + std::to_string(i));
  }
}

const std::string kSample =
    "title: \"«Кавычки»: да\"\n"
    "status: approved\n"
    "empty:\n"
    "tilde: ~\n"
    "quoted_null: \"null\"\n"
    "authors:\n"
    "  - mentor: ivanova\n"
    "  - name: 'Смирнова Е. В.'\n"
    "    consent: 2026-08-11\n"
    "levels: [doo, noo]\n"
    "problem: |\n"
    "  Первая строка.\n"
    "\n"
    "    С отступом: «да» # не комментарий\n"
    "  Последняя.\n"
    "\n"
    "goal: |-\n"
    "  Без перевода строки в конце\n"
    "folded: >\n"
    "  сложенный\n"
    "  текст\n"
    "keep: |+\n"
    "  хвост\n"
    "\n"
    "tasks:\n"
    "- без отступа\n"
    "- \"С \\\"экранированием\\\"\"\n"
    "plain: начало\n"
    "  - \"не элемент\"\n"
    "nested:\n"
    "  inner:\n"
    "    deep: 1\n"
    "anchored: &a [x, y]\n"
    "aliased: *a\n"
    "participants: 68 # комментарий\n";

std::optional<YamlNode> parse(const std::string& text, Diagnostics& diag) {
  return parse_yaml_document(text, {"content/x.md", 1}, diag);
}

}  // namespace

TEST_CASE("yaml: the tree, values and marks are what yaml-cpp reads") {
  Diagnostics diag;
  auto ours = parse(kSample, diag);
  REQUIRE(ours);
  CHECK(diag.error_count() == 0);
  same_as_yaml_cpp(*ours, YAML::Load(kSample), "");
  CHECK(ours->get("problem")->text == "Первая строка.\n\n  С отступом: «да» # не комментарий\nПоследняя.\n");
  CHECK(ours->get("problem")->is_block_scalar());
  CHECK(ours->get("goal")->text == "Без перевода строки в конце");
  CHECK(ours->get("aliased")->items.size() == 2);
  CHECK(ours->get("aliased")->mark.line == 33);  // where the alias is, not the anchor
}

TEST_CASE("yaml: an empty text is null, parse_yaml_map makes it an empty map") {
  Diagnostics diag;
  auto empty = parse("", diag);
  REQUIRE(empty);
  CHECK(empty->is_null());
  auto map = parse_yaml_map("# только комментарий\n", {"site.yaml", 1}, diag);
  REQUIRE(map);
  CHECK(map->is_map());
  CHECK_FALSE(parse_yaml_map("- a\n- b\n", {"site.yaml", 1}, diag));
  CHECK(diag.error_count() == 1);
}

TEST_CASE("yaml: alias bombs stop quickly with a Russian error") {
  // The classic billion laughs (nine levels, ~400 bytes), and one that
  // doubles a block scalar instead of counting nodes.
  std::string laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    laughs += std::string(1, c) + ": &" + c + " [*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev +
              ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n";
  }
  std::string block = "a: &a |\n  " + std::string(200, 'x') + "\n";
  for (char c = 'b'; c <= 'z'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    block += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + "]\n";
  }
  for (const std::string& bomb : {laughs, block}) {
    Diagnostics diag;
    auto started = std::chrono::steady_clock::now();
    auto node = parse(bomb, diag);
    auto took = std::chrono::steady_clock::now() - started;
    CHECK_FALSE(node);
    REQUIRE(diag.error_count() == 1);
    CHECK(diag.all()[0].message.find("якор") != std::string::npos);
    // Not a timing test: an unbounded expansion takes minutes and gigabytes;
    // the bound leaves room for a machine busy with other builds (6.7 s seen).
    CHECK(took < std::chrono::seconds(30));
  }
}

TEST_CASE("yaml: an alias to an anchor that is not there is an error at the alias") {
  Diagnostics diag;
  CHECK_FALSE(parse("a: 1\nb: *nowhere\n", diag));
  REQUIRE(diag.error_count() == 1);
  auto d = diag.all()[0];
  CHECK(d.loc.line == 2);
  CHECK(d.loc.col == 4);
  CHECK(d.message.find("*nowhere") != std::string::npos);
}

TEST_CASE("yaml: nesting deeper than the limit is refused, not recursed into") {
  Diagnostics diag;
  std::string deep(10000, '[');
  CHECK_FALSE(parse("a: " + deep + "\n", diag));
  REQUIRE(diag.error_count() == 1);
  CHECK(diag.all()[0].message.find("вложенность") != std::string::npos);
}

TEST_CASE("yaml: an unclosed quote is reported on the line it was opened") {
  Diagnostics diag;
  CHECK_FALSE(parse("title: \"Встреча наставников\ndate: 2024-01-17\nsummary: текст\n", diag));
  REQUIRE(diag.error_count() == 1);
  auto d = diag.all()[0];
  CHECK(d.loc.line == 1);
  CHECK(d.loc.col == 8);
  CHECK(d.message.find("кавычка") != std::string::npos);
  CHECK(d.message.find("не закрыта") != std::string::npos);
}

TEST_CASE("yaml: a quote that swallows the next fields is reported where it opened") {
  // The quote is closed only by the next quoted value: a valid YAML text
  // whose title took the date line in.
  Diagnostics diag;
  CHECK_FALSE(parse("title: \"Итоги года\ndate: 2024-01-17\nsummary: \"Кратко\"\n", diag));
  REQUIRE(diag.error_count() == 1);
  auto d = diag.all()[0];
  CHECK(d.loc.line == 1);
  CHECK(d.message.find("«date»") != std::string::npos);
  // A quoted value continued with an indent is fine.
  Diagnostics ok;
  auto node = parse("title: \"Первая строка\n  вторая: строка\"\n", ok);
  REQUIRE(node);
  CHECK(node->get("title")->text == "Первая строка вторая: строка");
}

TEST_CASE("yaml: syntax errors are explained by kind, at their line") {
  struct Case {
    std::string text, message_part;
    int line;
  };
  for (const auto& c : std::vector<Case>{
           {"title: Встреча: итоги года\n", "двоеточие", 1},
           {"title: a\ntags: [a, b\n", "скобка", 2},
           {"title: a\n\tdate: 2024-01-01\n", "табуляц", 2},
           {"title: a\n  date: b\n", "отступ", 2},
           {"path: \"C:\\Users\"\n", "косая", 1},
           {"title: a\nпросто строка\nb: c\n", "двоеточ", 3},
       }) {
    INFO(c.text);
    Diagnostics diag;
    CHECK_FALSE(parse(c.text, diag));
    REQUIRE(diag.error_count() == 1);
    auto d = diag.all()[0];
    CHECK(d.message.find(c.message_part) != std::string::npos);
    CHECK(d.loc.line == c.line);
    CHECK(d.message.find("found") == std::string::npos);  // never libyaml's English
  }
}

TEST_CASE("yaml: a second document after the fields is an error") {
  Diagnostics diag;
  CHECK_FALSE(parse("a: 1\n---\nb: 2\n", diag));
  CHECK(diag.error_count() == 1);
}
