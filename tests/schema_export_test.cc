// `nastavnik schema`: the JSON the editing forms read and the field reference
// in docs/fields.md, both written from the schemas. The schema files are
// read here with yaml-cpp, independently of the program's own reader.
#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "content/schema_docs.h"
#include "site_fixture.h"

using namespace nastavnik;
using fixture::run_nastavnik;
namespace fs = std::filesystem;

namespace {

const std::string kSchemas = std::string(NASTAVNIK_SOURCE_DIR) + "/schemas";

// Field keys in a schema file's order, nested ones as "parent.child".
void file_keys(const YAML::Node& fields, const std::string& prefix, std::vector<std::string>& out) {
  for (const auto& f : fields) {
    out.push_back(prefix + f["key"].as<std::string>());
    if (f["fields"]) file_keys(f["fields"], prefix + f["key"].as<std::string>() + ".", out);
  }
}

void json_keys(const nlohmann::json& fields, const std::string& prefix, std::vector<std::string>& out) {
  for (const auto& f : fields) {
    out.push_back(prefix + f["key"].get<std::string>());
    if (f.contains("fields") && !f.contains("fields_from"))
      json_keys(f["fields"], prefix + f["key"].get<std::string>() + ".", out);
  }
}

const nlohmann::json* field(const nlohmann::json& type, const std::string& key) {
  for (const auto& f : type["fields"])
    if (f["key"] == key) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("schema --json prints every schema file's type with its fields in order") {
  auto run = run_nastavnik({"schema", "--json"});
  REQUIRE(run.exit_code == 0);
  auto all = nlohmann::json::parse(run.out);
  CHECK(all["version"] == 1);
  std::map<std::string, nlohmann::json> types;
  for (const auto& t : all["types"]) types[t["type"].get<std::string>()] = t;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(kSchemas)) {
    YAML::Node file = YAML::LoadFile(entry.path().string());
    if (!file["type"]) continue;  // data, not a schema: values.yaml, legal.yaml
    ++files;
    std::string type = file["type"].as<std::string>();
    INFO(type);
    REQUIRE(types.count(type));
    CHECK(types[type]["label"] == file["label"].as<std::string>());
    std::vector<std::string> expected, got;
    file_keys(file["fields"], "", expected);
    json_keys(types[type]["fields"], "", got);
    CHECK(got == expected);
  }
  CHECK(types.size() == static_cast<size_t>(files));
}

TEST_CASE("schema TYPE --json gives the Russian labels of choices and the required-when rule") {
  auto run = run_nastavnik({"schema", "event", "--json"});
  REQUIRE(run.exit_code == 0);
  auto event = nlohmann::json::parse(run.out);
  CHECK(event["type"] == "event");
  const auto* format = field(event, "format");
  REQUIRE(format);
  CHECK((*format)["type"] == "choice");
  std::vector<std::string> labels;
  for (const auto& v : (*format)["values"]) labels.push_back(v["label"]);
  CHECK(labels == std::vector<std::string>{"очно", "дистанционно", "смешанно"});
  CHECK((*field(event, "title"))["required"] == true);

  auto practice = nlohmann::json::parse(run_nastavnik({"schema", "practice", "--json"}).out);
  bool conditional = false;
  for (const auto& f : practice["fields"])
    if (f.contains("required_when")) {
      conditional = true;
      CHECK(f["required_when"]["field"] == "status");
    }
  CHECK(conditional);
}

TEST_CASE("schema with an unknown type is a usage error naming the types") {
  auto run = run_nastavnik({"schema", "evnet"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("«event»") != std::string::npos);
  CHECK(run.err.find("practice") != std::string::npos);
}

TEST_CASE("docs/fields.md is what the schemas generate (scripts/update-docs)") {
  auto committed = read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/docs/fields.md");
  REQUIRE(committed);
  INFO("docs/fields.md differs from the schemas: run scripts/update-docs and commit it");
  CHECK(*committed == fields_reference_markdown());
  // Every field of every schema file is in it, with the Russian labels of its values.
  for (const auto& entry : fs::directory_iterator(kSchemas)) {
    if (entry.path().filename() == "values.yaml") continue;
    std::vector<std::string> keys;
    file_keys(YAML::LoadFile(entry.path().string())["fields"], "", keys);
    for (const auto& k : keys) {
      INFO(entry.path().filename().string() << ": " << k);
      CHECK(committed->find("`" + k + "`") != std::string::npos);
    }
  }
  CHECK(committed->find("«дистанционно» (`online`)") != std::string::npos);
}
