#pragma once
// The values of a submitted form, and how they go into a file's fields.
// Controls are named by field paths below "f." — f.title, f.consent.date,
// f.stages.0.title — and the schema says what each one means; a field the
// form shows and the person cleared is removed, fields the form does not
// show (unknown ones, a roadmap's items) are kept as they were.
#include <map>
#include <string>
#include <vector>

#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

struct UploadedFile {
  std::string filename;      // as the browser sent it (never used as a path)
  std::string content_type;
  std::string content;
};

struct FormData {
  std::multimap<std::string, std::string> values;
  std::map<std::string, UploadedFile> files;  // non-empty file inputs by name

  std::string get(const std::string& name) const;  // the first value, CRLF normalised; "" if none
  std::vector<std::string> all(const std::string& name) const;
  bool has(const std::string& name) const;
};

// The prefix of the controls of a field path: "f." + path.
inline std::string control_name(const std::string& path) { return "f." + path; }

// Merges the form's values for `schema` (controls below `prefix`, e.g.
// "f.") into the map `target`.
void merge_form(const FormData& form, const Schema& schema, const std::string& prefix, YamlNode& target);

// Whether a form shows the field: a list of items with a schema of their
// own (a roadmap's items) is edited item by item, on pages of its own.
bool shown_in_form(const FieldSpec& spec);

// The schema of one entry of a map_list or person_list.
const Schema& entry_schema(const FieldSpec& spec);

// An entry of a list as a map (an author written as a plain name becomes
// {mentor: name}); an empty map for nullptr.
YamlNode entry_as_map(const YamlNode* item, const Schema& schema);

// A map_list's entry indices present in the form, ascending.
std::vector<int> entry_indices(const FormData& form, const std::string& list_prefix);

}  // namespace nastavnik
