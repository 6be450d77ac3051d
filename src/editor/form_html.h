#pragma once
// The controls of a form, generated from a type's schema: every field with
// its Russian label and help, the control its type needs (date, select of
// Russian values, checkboxes, lists one item a line, entries of nested
// fields, file pickers), required marks and the messages of `check` next to
// the field they concern. Plain HTML that works without JavaScript.
#include <string>
#include <vector>

#include "editor/validate.h"
#include "source/schema.h"
#include "source/yaml.h"

namespace nastavnik {

// A page or file of the site a link field can point at.
struct LinkOption {
  std::string link;   // as the item's file writes it: "../documents/prikaz.md"
  std::string label;  // «Документ: Приказ № 86-о»
};

struct FormContext {
  const FieldMessages* messages = nullptr;
  std::vector<LinkOption> links;
  // Lists of items edited on pages of their own (a roadmap's items):
  // the address of an item's form is this followed by its path.
  std::string item_page;
  // Mentor profiles: the consent's fields; others are greyed out.
  bool consent_known = false;
  std::vector<std::string> consented;
};

// The controls of `schema`'s fields with values from `values` (a map);
// `path` is the map's path ("" or "stages.0").
std::string render_fields(const Schema& schema, const YamlNode& values, const std::string& path,
                          const FormContext& ctx);

// Messages that concern no field (or the file as a whole), as a list.
std::string render_messages(const std::vector<Diagnostic>& diags, const std::string& id = {});

// «f-consent-date»: the id of a field path's control.
std::string control_id(const std::string& path);

}  // namespace nastavnik
