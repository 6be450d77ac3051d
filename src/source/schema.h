#pragma once
// What a content type's fields are: one description per type, read from the
// schema files in schemas/ (see schema_file.h), from which validation, the
// Russian values, the `new` templates, the guide's field tables and the
// editor's forms all follow.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

enum class FieldType {
  text,         // a line of text
  markdown,     // a longer text in Markdown
  integer,
  boolean,      // да/нет, true/false
  date,         // 2024-01-17 or 17.01.2024
  datetime,     // a date with optional HH:MM and offset
  choice,       // one of `values`
  list,         // a list of lines (of `values`, when given); one line is a list of one
  map,          // nested fields (`fields`)
  map_list,     // a list of maps with `fields`
  email,
  url,          // an absolute http(s) address
  link,         // a link: a content file, a site path or an address
  link_list,    // a list of links
  file,         // a file next to the text (attachments)
  image,        // a picture next to the text
  person_list,  // people: a mentor's file name, or a map (`fields`) with a consent date
  any,          // free-form, not validated
};

// The name of a type as schema files write it ("map_list"), and back.
std::string_view field_type_name(FieldType type);
std::optional<FieldType> field_type_from_name(std::string_view name);

// One value a choice field may take: the code the program keeps, the Russian
// label editors write and read, and other spellings it accepts.
struct ChoiceValue {
  std::string code;
  std::string label;
  std::string name;   // a longer label where there is one: «начальное общее образование» for НОО
  std::string slug;   // for URLs where the label would make a poor one
  std::vector<std::string> aliases;
  std::vector<std::string> role_models;  // forms of mentoring: their role models
  std::vector<std::string> match_keys;   // label, name and aliases normalised (normalise_choice), made once
};
using ChoiceValues = std::vector<ChoiceValue>;

// The field is required when another field of the same map has one of these values.
struct RequiredWhen {
  std::string field;
  std::vector<std::string> equals;  // codes
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<FieldSpec> fields;                     // map, map_list, person_list
  std::string fields_from;                           // another type whose fields these are ("roadmap_item")
  std::shared_ptr<const ChoiceValues> values;        // choice; list of values
  std::string values_name;                           // the list's name in schemas/values.yaml
  std::string label, help, example, default_value;  // default_value: as written (a code for choices)
  std::optional<RequiredWhen> required_when;

  // The value a written text means (by code, label or alias), or nullptr.
  const ChoiceValue* match(std::string_view written) const;
  // «очно, дистанционно, смешанно»: the labels, for messages.
  std::string labels_text() const;
};
using Schema = std::vector<FieldSpec>;

// A content type as its schema file describes it.
struct TypeSchema {
  std::string type;    // "event"
  std::string label;   // «Мероприятие»
  std::string plural;  // «Мероприятия»
  std::string help;
  std::string body;       // what the text under the fields holds: `new` writes it as the placeholder
  std::string folder;     // "content/events", for types kept one file an item
  std::string extension;  // ".md" (default for folders) or ".yaml"
  std::string file;       // "content/indicators.yaml", for types kept in one file
  Schema fields;
};

// How values are compared: case, ё, dashes, quotes and spaces around dashes
// do not matter («Ученик — ученик» is «ученик – ученик»).
std::string normalise_choice(std::string_view s);

}  // namespace nastavnik
