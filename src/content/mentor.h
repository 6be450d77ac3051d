#pragma once
// Mentor profiles («Наши наставники»). A profile is personal data: it is
// published only under a separate consent to distribution (152-ФЗ, ст. 10.1)
// that is in force on the build date, and only the fields the consent lists.
// Gating happens when the file is read: a withheld profile never enters the
// content library, and a field outside the consent is never stored, so no
// page, list, feed or export built from the library can show it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/item_type.h"
#include "source/fields.h"

namespace nastavnik {

struct Library;
struct Page;

struct Consent {
  Date date;                        // when it was signed
  Date until;                       // last day it is in force
  std::vector<std::string> fields;  // the profile fields it covers (see consent_fields())
};

struct Mentor {
  std::string slug;                        // the file's stem: "petrova" for content/mentors/petrova.md
  std::string name;                        // full name (a consent must cover it)
  std::string position;
  std::vector<std::string> subjects;
  std::string category;                    // one of mentor_categories(), or empty
  std::optional<long long> experience;     // years of teaching
  std::vector<std::string> forms;          // codes of mentoring_forms()
  std::vector<std::string> roles;          // role models, as written
  std::vector<std::string> achievements;
  bool regional_register = false;          // in the regional register of mentors
  std::string photo;                       // path from the site root: "content/mentors/foto/petrova.jpg"
  SourceLoc photo_loc;
  std::string email;
  bool biography = false;                  // the Markdown body may be published
  std::string status = "active";           // active | former
  Consent consent;
  SourceLoc consent_loc;                   // where consent.until is written
};

// Forms of mentoring of the target model, by code, with their Russian names.
struct MentoringForm {
  std::string code;   // "student_student"
  std::string label;  // "ученик – ученик"
  std::string slug;   // "uchenik-uchenik" (filter pages)
};
const std::vector<MentoringForm>& mentoring_forms();
const MentoringForm* find_mentoring_form(std::string_view code);

const std::vector<std::string>& mentor_categories();  // first, highest, methodologist, mentor_teacher
const std::vector<std::string>& mentor_statuses();    // active, former
const std::vector<std::string>& consent_fields();     // the personal-data fields a consent may list
const Schema& mentor_schema();

// Reads a mentor profile from validated front matter. Returns nullopt, after
// a warning naming the file (an error with --strict), when there is no
// consent, it does not cover the name, or it is not in force on `today`.
// Fields the consent does not cover are left empty. `source_dir` is the
// folder of the .md file relative to the site root.
std::optional<Mentor> read_mentor(const Fields& f, const std::string& slug, const std::string& source_dir,
                                  const std::string& root, const Date& today, Diagnostics& diag);

// Output folders of mentor filter pages.
std::string mentor_subject_url(const std::string& subject);
std::string mentor_form_url(const std::string& form_code);

// Days a consent stays in force after `today` within which `check` lists it.
inline constexpr int kConsentWarningDays = 60;

// The published mentor with this slug (file stem), or nullptr when there is
// none or the profile is withheld. Other content types (practice authors,
// event leaders) link to mentors through this and show nothing otherwise.
const Page* published_mentor(const Library& lib, std::string_view slug);

// Counts of mentoring pairs and groups by form (content/data/pairs.yaml). No
// names: mentees are never published.
struct PairCount {
  std::string form;  // code of mentoring_forms()
  long long pairs = 0;
  long long groups = 0;
};
struct PairCounts {
  std::optional<Date> as_of;
  std::vector<PairCount> counts;
  long long total_pairs() const;
  long long total_groups() const;
};
inline constexpr const char* kPairsFile = "content/data/pairs.yaml";
const Schema& pairs_schema();
// nullopt when the file does not exist or cannot be read (problems in diag).
std::optional<PairCounts> load_pair_counts(const std::string& root, Diagnostics& diag);

// As a content type (item_types.h): its pages read, placed and listed.
Verdict read_mentor_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
// mentors/<slug>/: profiles lie directly in content/mentors/.
std::optional<std::string> mentor_page_url(const Page& page, const ItemSource& source, Diagnostics& diag);
// The list of mentors and its filter pages (one per subject and form of the active mentors).
void add_mentor_lists(Library& lib, std::optional<Page> intro, Diagnostics& diag);

}  // namespace nastavnik
