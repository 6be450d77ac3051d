#pragma once
// People an item names (a practice's authors, a competition's winners): a
// mentor by the file name of their profile, shown only while the profile is
// published, or a person by name with the date of their written consent to
// distribution (152-ФЗ, art. 10.1), without which the name is never shown.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "source/fields.h"

namespace nastavnik {

struct Library;

struct PersonRef {
  std::string mentor;           // slug; linked when a published mentor page exists
  std::string name;             // shown only with `consent`
  std::string position;
  std::optional<Date> consent;  // date of the written consent to distribution
  SourceLoc loc;
};

// How messages name one of the people of a field: «автор» / «автора».
struct PersonWords {
  std::string nominative, genitive;
};

// The people of a person_list field `key`: items are a mentor's file name or
// maps with mentor, or name, position and consent.
std::vector<PersonRef> read_people(const Fields& f, std::string_view key, const PersonWords& words, Diagnostics& diag);

struct ShownPerson {
  std::string name;
  std::string position;
  std::string mentor_url;  // "mentors/ivanova/" or empty
};
// What may be published of `people` in `lib`: each person's name under their
// consent or their published profile; the others left out.
std::vector<ShownPerson> shown_people(const Library& lib, const std::vector<PersonRef>& people);
// Warns at `loc` when no file content/mentors/<written>.md exists (published
// or not: a withheld profile is silent, its own warning says why), with the
// nearest file name or `hint`.
void warn_unknown_mentor(const Library& lib, const std::string& written, const SourceLoc& loc, const std::string& hint,
                         Diagnostics& diag);
// "Иванова Мария Петровна, учитель математики".
std::string person_line(const ShownPerson& p);

}  // namespace nastavnik
