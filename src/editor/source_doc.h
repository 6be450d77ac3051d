#pragma once
// A source file as the editor holds it: its fields as a YAML tree (front
// matter of a Markdown file, or the whole of a .yaml file), the Markdown
// body, the comment lines that opened its YAML (kept when it is written
// back), and the hash of the text it was read from (conflict detection).
#include <cstdint>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

struct SourceDoc {
  std::string rel;          // "content/news/a.md"
  bool markdown = true;     // front matter and body; false: a YAML file
  bool exists = false;
  std::string comments;     // leading "# …" lines of the YAML
  YamlNode fields;          // a map
  std::string body;         // Markdown files only
  std::string text;         // the text as read
  uint64_t hash = 0;        // hash64 of `text`; 0 when the file does not exist
  int yaml_line = 1;        // file line of the YAML's first line
  int body_line = 0;        // file line of the body's first line (0: none)
};

// Reads root/rel (no symlinks). A file that does not exist gives an empty
// document (exists = false); a file whose fields cannot be read gives nullopt
// with the problems in `diag`.
std::optional<SourceDoc> read_source_doc(const std::string& root, const std::string& rel, Diagnostics& diag);

// The same for a text in memory (a candidate the editor is about to write).
std::optional<SourceDoc> parse_source_doc(const std::string& rel, const std::string& text, Diagnostics& diag);

// The text to write: the fields in schema order, then the body.
std::string compose_source_doc(const SourceDoc& doc, const Schema& schema);

// The hash the editor uses to tell whether a file changed on disk.
uint64_t text_hash(const std::string& text);

}  // namespace nastavnik
