#pragma once
// Typed, validated access to YAML maps (front matter, site.yaml, data files).
// Each content type declares a Schema; validation reports unknown fields
// (with the nearest known name), wrong types, bad dates and missing required
// fields at file:line:col, so a typo never silently vanishes.
#include <yaml-cpp/yaml.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"

namespace nastavnik {

enum class FieldType {
  text,       // a scalar
  integer,
  boolean,
  date,       // 2024-01-17 or 17.01.2024
  datetime,   // a date with optional HH:MM and offset
  choice,     // one of `choices`
  list,       // a list of scalars (a single scalar is taken as a list of one)
  map,        // nested fields (`fields`)
  map_list,   // a list of maps with `fields`
  email,
  url,        // absolute http(s) URL
  any,        // free-form, not validated (e.g. data handed to templates)
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<std::string> choices;  // for choice
  std::vector<FieldSpec> fields;     // for map and map_list
};
using Schema = std::vector<FieldSpec>;

// Marks of a document's nodes by their path in it: "title", "authors/0",
// "authors/0/name"; a key's own mark as "title#". Kept for trees read by
// parse_front_matter, whose yaml-cpp nodes cannot carry marks.
using YamlMarks = std::unordered_map<std::string, YAML::Mark>;

// Where a YAML text sits in its file: YAML line 0 is file line `first_line`.
struct YamlOrigin {
  std::string file;
  int first_line = 1;
  std::shared_ptr<const YamlMarks> marks;  // set by parse_front_matter
  std::string path;                        // of the map a Fields reads, within the document
};

// Parses YAML text; a syntax error is reported at its file:line:col and
// yields nullopt. An empty document yields an empty map.
std::optional<YAML::Node> parse_yaml(const std::string& text, const YamlOrigin& origin, Diagnostics& diag);

// The same for front matter, read with libyaml (about ten times faster than
// yaml-cpp, which dominated loading a large site) when the text is plain
// YAML: no anchors, aliases, explicit tags or repeated keys. Otherwise, and
// for every error, parse_yaml reads it. Sets origin.marks when libyaml read it.
std::optional<YAML::Node> parse_front_matter(const std::string& text, YamlOrigin& origin, Diagnostics& diag);

class Fields {
 public:
  Fields() = default;
  // Validates `node` against `schema`, reporting every problem to `diag`.
  Fields(YAML::Node node, const Schema& schema, YamlOrigin origin, Diagnostics& diag);

  bool has(const std::string& name) const;
  std::string text(const std::string& name, const std::string& fallback = {}) const;
  std::optional<long long> integer(const std::string& name) const;
  bool boolean(const std::string& name, bool fallback) const;
  std::optional<Date> date(const std::string& name) const;
  std::optional<DateTime> datetime(const std::string& name) const;
  std::vector<std::string> list(const std::string& name) const;
  Fields map(const std::string& name) const;
  std::vector<Fields> maps(const std::string& name) const;
  YAML::Node raw(const std::string& name) const;

  // Location of a field's value, or of the map itself when absent.
  SourceLoc loc(const std::string& name) const;
  // Location of item `index` of a list field (of the field when it is not a list).
  SourceLoc loc(const std::string& name, size_t index) const;
  SourceLoc loc() const;
  const YamlOrigin& origin() const { return origin_; }

 private:
  Fields(YAML::Node node, const Schema* schema, YamlOrigin origin)
      : node_(node), schema_(schema), origin_(origin), index_(index_of(node_)) {}
  // The map's values by key, first spelling wins: yaml-cpp's own lookup
  // compares every key, converting each to a string, on every access.
  using Index = std::map<std::string, YAML::Node, std::less<>>;
  static std::shared_ptr<const Index> index_of(const YAML::Node& node);
  void validate(Diagnostics& diag) const;
  const FieldSpec* spec(const std::string& name) const;
  SourceLoc loc_of(const YAML::Mark& mark) const;
  // The mark of `node`, found at `rel` (a path below this map; "" for the map).
  YAML::Mark mark_of(const YAML::Node& node, const std::string& rel) const;
  std::string path_of(const std::string& rel) const;
  YamlOrigin origin_at(const std::string& rel) const;

  YAML::Node node_;
  const Schema* schema_ = nullptr;
  YamlOrigin origin_;
  std::shared_ptr<const Index> index_;
};

}  // namespace nastavnik
