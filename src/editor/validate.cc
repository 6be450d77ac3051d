#include "editor/validate.h"

#include <cctype>
#include <filesystem>

#include "base/text.h"
#include "content/document.h"
#include "content/event.h"
#include "content/indicators.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "content/schemas.h"
#include "source/fields.h"
#include "source/frontmatter.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// The type's own reading (what the build does after validating the fields).
void read_as_type(const Config& config, const Date& today, const TypeSchema& type, const SourceDoc& doc,
                  const Fields& f, Diagnostics& diag) {
  const std::string& root = config.root;
  std::string dir = fs::path(doc.rel).parent_path().generic_string();
  const std::string& t = type.type;
  if (t == "document") read_document(f, root, dir, diag);
  if (t == "event") {
    read_event(f, config.timezone, diag);
    read_report_photos(f, root, dir, diag);
  }
  if (t == "news") read_news(f, diag);
  if (t == "practice") read_practice(f, f.text("title"), doc.body, root, dir, doc.rel, diag);
  if (t == "mentor") read_mentor(f, slugify(fs::path(doc.rel).stem().string()), dir, root, today, diag);
  if (t == "roadmap") read_roadmap(f, config.academic_year_start, today, diag);
  if (t == "indicators") read_indicators(f, diag);
}

}  // namespace

std::vector<Diagnostic> validate_candidate(const Config& config, const Date& today, const TypeSchema& type,
                                           const std::string& rel, const std::string& text) {
  Diagnostics diag(config.root);
  if (auto doc = parse_source_doc(rel, text, diag)) {
    std::string yaml_text;
    if (doc->markdown) {
      auto fm = split_front_matter(SourceFile{rel, doc->text}, diag);
      if (fm) yaml_text = fm->yaml;
      if (fm && !fm->present && type.type != "intro")
        diag.error({rel, 1, 1}, "в начале файла нет блока полей", "заполните поля формы");
    } else {
      yaml_text = doc->text;
    }
    if (auto f = read_fields(yaml_text, type.fields, {rel, doc->yaml_line}, diag))
      read_as_type(config, today, type, *doc, *f, diag);
  }
  std::vector<Diagnostic> out;
  for (auto& d : diag.all())
    if (d.loc.file == rel || d.loc.file.empty()) out.push_back(std::move(d));
  return out;
}

namespace {

struct Place {
  int line;
  std::string path;
};

void index_node(const YamlNode& node, const std::string& path, int first_line, std::vector<Place>& out) {
  if (node.is_map()) {
    for (const auto& e : node.entries) {
      std::string p = path.empty() ? e.key : path + "." + e.key;
      out.push_back({e.key_mark.line + first_line, p});
      index_node(e.value, p, first_line, out);
    }
  } else if (node.is_sequence()) {
    for (size_t i = 0; i < node.items.size(); ++i) {
      std::string p = path + "." + std::to_string(i);
      out.push_back({node.items[i].mark.line + first_line, p});
      index_node(node.items[i], p, first_line, out);
    }
  }
}

// The schema of the map at `path` ("stages.0" → a stage's fields).
const Schema* schema_at(const Schema& root, const std::string& path) {
  const Schema* s = &root;
  if (path.empty()) return s;
  for (const auto& part : split(path, '.')) {
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0]))) continue;
    const FieldSpec* found = nullptr;
    for (const auto& f : *s)
      if (f.name == part) found = &f;
    if (!found) return nullptr;
    s = found->fields_from.empty() ? &found->fields : &schema_of(found->fields_from);
  }
  return s;
}

std::string parent_of(const std::string& path) {
  size_t dot = path.rfind('.');
  return dot == std::string::npos ? std::string() : path.substr(0, dot);
}

// «поле «reviewer»»: a message that names a field of the map it is at
// belongs to that field, even when the field is missing.
std::string refine(const std::string& path, const std::string& message, const Schema& schema) {
  for (std::string map = path;; map = parent_of(map)) {
    if (const Schema* s = schema_at(schema, map))
      for (const auto& f : *s)
        if (message.find("«" + f.name + "»") != std::string::npos) return map.empty() ? f.name : map + "." + f.name;
    if (map.empty()) break;
  }
  return path;
}

}  // namespace

FieldMessages place_messages(const std::vector<Diagnostic>& diags, const SourceDoc& doc, const Schema& schema) {
  std::vector<Place> places;
  index_node(doc.fields, "", doc.yaml_line, places);
  FieldMessages out;
  for (const auto& d : diags) {
    std::string path;
    int best = -1;
    for (const auto& p : places)
      if (p.line <= d.loc.line && p.line >= best) {
        best = p.line;
        path = p.path;
      }
    bool in_body = doc.markdown && doc.body_line > 0 && d.loc.line >= doc.body_line;
    if (d.loc.line == 0) path.clear();
    if (in_body) path = "body";
    out[refine(path, d.message, schema)].push_back(d);
  }
  return out;
}

}  // namespace nastavnik
