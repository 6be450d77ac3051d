#include "editor/source_doc.h"

#include "base/hash.h"
#include "base/text.h"
#include "editor/safe_files.h"
#include "editor/yaml_writer.h"
#include "source/frontmatter.h"
#include "source/source_file.h"

namespace nastavnik {

uint64_t text_hash(const std::string& text) { return text.empty() ? 1 : hash64(text); }

namespace {

std::string leading_comments(const std::string& yaml) {
  std::string out;
  size_t pos = 0;
  while (pos < yaml.size()) {
    size_t end = yaml.find('\n', pos);
    std::string_view line = std::string_view(yaml).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    std::string_view t = trim(line);
    if (!t.empty() && t.front() != '#') break;
    if (!t.empty()) out += std::string(t) + "\n";
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::optional<SourceDoc> parse_source_doc(const std::string& rel, const std::string& raw, Diagnostics& diag) {
  SourceDoc doc;
  doc.rel = rel;
  doc.markdown = !ends_with_ci(rel, ".yaml") && !ends_with_ci(rel, ".yml");
  doc.fields.kind = YamlNode::Kind::map;
  doc.exists = true;
  doc.hash = text_hash(raw);
  if (!check_utf8(raw, rel, diag)) return std::nullopt;
  doc.text = normalise_newlines(raw);
  std::string yaml;
  if (doc.markdown) {
    auto fm = split_front_matter(SourceFile{rel, doc.text}, diag);
    if (!fm) return std::nullopt;
    yaml = fm->yaml;
    doc.yaml_line = fm->present ? fm->yaml_line : 1;
    doc.body = fm->body;
    doc.body_line = fm->present ? fm->body_line : 1;
    while (!doc.body.empty() && doc.body.front() == '\n') {
      doc.body.erase(0, 1);
      ++doc.body_line;
    }
  } else {
    yaml = doc.text;
  }
  auto node = parse_yaml_map(yaml, {rel, doc.yaml_line}, diag);
  if (!node) return std::nullopt;
  if (node->is_map()) doc.fields = std::move(*node);
  doc.comments = leading_comments(yaml);
  return doc;
}

std::optional<SourceDoc> read_source_doc(const std::string& root, const std::string& rel, Diagnostics& diag) {
  auto raw = safe_read(root, rel);
  if (!raw) {
    SourceDoc doc;
    doc.rel = rel;
    doc.markdown = !ends_with_ci(rel, ".yaml") && !ends_with_ci(rel, ".yml");
    doc.fields.kind = YamlNode::Kind::map;
    return doc;
  }
  return parse_source_doc(rel, *raw, diag);
}

std::string compose_source_doc(const SourceDoc& doc, const Schema& schema) {
  std::string yaml = doc.comments + write_yaml_fields(doc.fields, schema);
  if (!doc.markdown) return yaml;
  std::string body = doc.body;
  while (!body.empty() && (body.front() == '\n')) body.erase(0, 1);
  while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
  std::string out = "---\n" + yaml + "---\n";
  if (!body.empty()) out += "\n" + body + "\n";
  return out;
}

}  // namespace nastavnik
