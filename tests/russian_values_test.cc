// Russian values everywhere a code is accepted: the demo with every code of
// every list (schemas/values.yaml) and every boolean rewritten to its Russian
// label must build to exactly the golden snapshot. The lists and which field
// takes which list are read from the schema files with yaml-cpp, and the
// demo is rewritten line by line here, independently of the program.
#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "golden.h"

using namespace fixture;

namespace {

using CodeLabels = std::map<std::string, std::string>;  // code -> label

std::map<std::string, CodeLabels> read_value_lists() {
  YAML::Node file = YAML::LoadFile(demo_source_dir() + "/schemas/values.yaml");
  std::map<std::string, CodeLabels> lists;
  for (const auto& list : file) {  // in file order: an include names an earlier list
    CodeLabels& out = lists[list.first.as<std::string>()];
    for (const auto& v : list.second) {
      if (v["include"]) {
        const auto& included = lists.at(v["include"].as<std::string>());
        out.insert(included.begin(), included.end());
      } else {
        out[v["code"].as<std::string>()] = v["label"].as<std::string>();
      }
    }
  }
  return lists;
}

// Field key -> list name, over a schema's fields and nested fields.
void field_lists(const YAML::Node& fields, std::map<std::string, std::string>& out) {
  for (const auto& f : fields) {
    if (f["values"]) out[f["key"].as<std::string>()] = f["values"].as<std::string>();
    if (f["fields"]) field_lists(f["fields"], out);
  }
}

std::map<std::string, std::string> lists_of(const std::vector<std::string>& types) {
  std::map<std::string, std::string> out;
  for (const auto& t : types) field_lists(YAML::LoadFile(demo_source_dir() + "/schemas/" + t + ".yaml")["fields"], out);
  return out;
}

// The schema types a source file is read with, by where it lies.
std::vector<std::string> types_of(const std::string& rel) {
  if (rel == "site.yaml") return {"site"};
  if (rel == "content/indicators.yaml") return {"indicators"};
  if (rel == "content/data/pairs.yaml") return {"pairs"};
  for (const auto& [folder, type] : std::map<std::string, std::string>{
           {"content/documents/", "document"}, {"content/events/", "event"}, {"content/news/", "news"},
           {"content/mentors/", "mentor"}, {"content/practices/", "practice"}})
    if (rel.rfind(folder, 0) == 0) return {type};
  if (rel.rfind("content/roadmap/", 0) == 0) return {"roadmap", "roadmap_item"};
  return {};
}

struct Rewriter {
  std::map<std::string, CodeLabels> lists;
  int replaced = 0;

  std::string label(const CodeLabels& list, const std::string& value) {
    auto it = list.find(value);
    if (it == list.end()) return value;
    ++replaced;
    return it->second;
  }

  // "[a, b]" or "a": each code replaced by its label.
  std::string values(const CodeLabels& list, const std::string& written) {
    if (written.size() < 2 || written.front() != '[' || written.back() != ']') return label(list, written);
    std::string out = "[", item;
    std::istringstream in(written.substr(1, written.size() - 2));
    bool first = true;
    while (std::getline(in, item, ',')) {
      std::string t = std::regex_replace(item, std::regex("^\\s+|\\s+$"), "");
      out += (first ? "" : ", ") + label(list, t);
      first = false;
    }
    return out + "]";
  }

  std::string file(const std::string& text, const std::map<std::string, std::string>& keys) {
    static const std::regex field(R"(^(\s*(?:-\s+)?)([a-z_]+):\s*(.*?)\s*$)");
    static const std::regex item(R"(^(\s+-\s+)(\S.*?)\s*$)");
    std::istringstream in(text);
    std::string line, out;
    const CodeLabels* block = nullptr;  // the list of a key whose values follow as "- code" lines
    while (std::getline(in, line)) {
      std::smatch m;
      if (block && std::regex_match(line, m, item) && block->count(m[2].str())) {
        line = m[1].str() + label(*block, m[2].str());
      } else if (std::regex_match(line, m, field)) {
        block = nullptr;
        std::string value = m[3].str();
        auto k = keys.find(m[2].str());
        if (k != keys.end() && lists.count(k->second)) {
          const CodeLabels& list = lists.at(k->second);
          if (value.empty()) block = &list;
          else line = m[1].str() + m[2].str() + ": " + values(list, value);
        } else if (value == "true" || value == "false") {
          line = m[1].str() + m[2].str() + ": " + (value == "true" ? "да" : "нет");
          ++replaced;
        }
      }
      out += line + "\n";
    }
    return out;
  }
};

}  // namespace

TEST_CASE("the demo written with Russian values instead of codes builds to the golden snapshot") {
  TempDir src;
  copy_demo_sources(src.path());
  Rewriter rewrite{read_value_lists()};
  std::vector<fs::path> files = {src.path() / "site.yaml"};
  for (const auto& e : fs::recursive_directory_iterator(src.path() / "content"))
    if (e.is_regular_file() && (e.path().extension() == ".md" || e.path().extension() == ".yaml"))
      files.push_back(e.path());
  for (const auto& path : files) {
    std::string rel = fs::relative(path, src.path()).generic_string();
    auto types = types_of(rel);
    if (types.empty()) continue;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    std::string rewritten = rewrite.file(text.str(), lists_of(types));
    std::ofstream(path, std::ios::trunc) << rewritten;
  }
  INFO("values rewritten: " << rewrite.replaced);
  CHECK(rewrite.replaced > 100);  // the demo uses codes of every list
  check_against_golden(src.path());
}
