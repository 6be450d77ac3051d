#pragma once
// YAML read into a plain tree with a line and column on every node, by
// libyaml (Debian libyaml-dev): the one YAML path of the program (front
// matter, site.yaml, roadmaps, indicators, data files, theme strings,
// schemas). Anchors and aliases are expanded within limits, so a few hundred
// bytes can never unfold into gigabytes; parser errors are reported by their
// kind, in Russian, at file:line:col.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace nastavnik {

// A position in the YAML text: 0-based line, 0-based column in bytes.
struct YamlMark {
  int line = 0;
  int col = 0;
};

struct YamlEntry;

struct YamlNode {
  enum class Kind : uint8_t { null, scalar, sequence, map };
  // How a scalar was written: block styles start on the line after their mark.
  enum class Style : uint8_t { plain, single_quoted, double_quoted, literal, folded };

  Kind kind = Kind::null;
  Style style = Style::plain;
  YamlMark mark;
  std::string text;                // a scalar's value
  std::vector<YamlNode> items;     // a sequence's items
  std::vector<YamlEntry> entries;  // a map's entries, in the order written

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }
  bool is_block_scalar() const { return style == Style::literal || style == Style::folded; }
  // The entry under `key` in a map (the first one), or nullptr.
  const YamlEntry* entry(std::string_view key) const;
  const YamlNode* get(std::string_view key) const;
};

struct YamlEntry {
  std::string key;
  YamlMark key_mark;
  YamlNode value;
};

// Bounds on what a document may unfold into through aliases: a "billion
// laughs" text stops here with an error instead of eating the memory.
struct YamlLimits {
  size_t max_nodes = 200000;
  size_t max_scalar_bytes = 64u << 20;
  int max_depth = 100;
};

// Where a YAML text sits in its file: YAML line 0 is file line `first_line`.
struct YamlOrigin {
  std::string file;
  int first_line = 1;
};

// Parses one YAML document. An empty text gives a null node. Errors (syntax,
// a repeated key, an unknown alias, the limits) are reported to `diag` at
// their file:line:col and give nullopt.
std::optional<YamlNode> parse_yaml_document(std::string_view text, const YamlOrigin& origin, Diagnostics& diag,
                                            const YamlLimits& limits = {});

// The same for texts that must hold fields: a map, or nothing (an empty map).
std::optional<YamlNode> parse_yaml_map(std::string_view text, const YamlOrigin& origin, Diagnostics& diag);

SourceLoc yaml_loc(const YamlOrigin& origin, const YamlMark& mark);

}  // namespace nastavnik
