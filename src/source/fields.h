#pragma once
// Typed, validated access to a YAML map (front matter, site.yaml, data
// files). Validation against the type's Schema reports unknown fields (with
// the nearest known name), wrong types, bad dates and missing required
// fields at file:line:col, so a typo never silently vanishes.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

class Fields {
 public:
  Fields() = default;
  // Validates the map `root` against `schema`, reporting every problem to `diag`.
  Fields(std::shared_ptr<const YamlNode> root, const Schema& schema, YamlOrigin origin, Diagnostics& diag);
  // A map inside the same document (an item of a free-form list), validated
  // against `schema`.
  Fields nested(const YamlNode& map, const Schema& schema, Diagnostics& diag) const;

  bool has(std::string_view name) const;
  std::string text(std::string_view name, const std::string& fallback = {}) const;
  std::optional<long long> integer(std::string_view name) const;
  bool boolean(std::string_view name, bool fallback) const;
  std::optional<Date> date(std::string_view name) const;
  std::optional<DateTime> datetime(std::string_view name) const;
  std::vector<std::string> list(std::string_view name) const;
  Fields map(std::string_view name) const;
  std::vector<Fields> maps(std::string_view name) const;
  // The value as written, or nullptr when the field is not there.
  const YamlNode* raw(std::string_view name) const;

  // Location of a field's value, or of the map itself when absent.
  SourceLoc loc(std::string_view name) const;
  // Location of item `index` of a list field (of the field when it is not a list).
  SourceLoc loc(std::string_view name, size_t index) const;
  SourceLoc loc() const;
  SourceLoc loc(const YamlNode& node) const;
  // The file line where a text's value begins: block scalars (`key: |`)
  // begin on the line after their key.
  int text_line(std::string_view name) const;
  const YamlOrigin& origin() const { return origin_; }
  // The schema's description of a field, or nullptr.
  const FieldSpec* spec(std::string_view name) const;

 private:
  Fields(std::shared_ptr<const YamlNode> owner, const YamlNode* node, const Schema* schema, YamlOrigin origin)
      : owner_(std::move(owner)), node_(node), schema_(schema), origin_(std::move(origin)) {}
  void validate(Diagnostics& diag) const;
  void validate_value(const FieldSpec& spec, const YamlNode& value, Diagnostics& diag) const;
  void check_required(Diagnostics& diag) const;
  void report_unknown(const YamlEntry& entry, const SourceLoc& key_loc, Diagnostics& diag) const;
  void check_choice(const FieldSpec& spec, const YamlNode& value, Diagnostics& diag) const;
  bool condition_holds(const RequiredWhen& when) const;

  std::shared_ptr<const YamlNode> owner_;  // keeps the document alive
  const YamlNode* node_ = nullptr;
  const Schema* schema_ = nullptr;
  YamlOrigin origin_;
};

// Parses a YAML text of fields and validates it: the usual way in. nullopt
// when the text is not YAML or not a map (reported).
std::optional<Fields> read_fields(std::string_view text, const Schema& schema, const YamlOrigin& origin,
                                  Diagnostics& diag);

}  // namespace nastavnik
