#pragma once
// The bank of best practices (банк лучших практик): a practice follows the
// description template regional mentoring centres use, carries a review
// status (draft → review → approved), and only approved practices are
// published. Practices are classified by form of mentoring, level of
// education, subject, tag and year; those are the bank's facets.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/document.h"
#include "content/item_type.h"
#include "content/people.h"
#include "source/fields.h"

namespace nastavnik {

struct Library;
struct Page;

// One entry of `authors`: a mentor of the site (by the file stem of
// content/mentors/<slug>.md) or a person named with their consent.
using PracticeAuthor = PersonRef;

struct PracticeStage {
  std::string title, period, description;
};

struct PracticeAttachment {
  Attachment file;
  std::string title;
};

// A long text field (Markdown) and the file line where it starts.
struct PracticeText {
  std::string text;
  int line = 0;
  bool empty() const { return text.empty(); }
};

struct FacetValue {
  std::string facet;  // "form"
  std::string slug;   // URL part: "uchenik-uchenik", "matematika", "2025-2026"
  std::string label;  // «ученик – ученик», «Математика»
};

struct Practice {
  std::string status;  // draft | review | approved
  std::string reviewer;
  std::optional<Date> review_date;
  std::string summary;
  std::string organisation;
  std::vector<PracticeAuthor> authors;
  std::string form;        // a code of practice_forms()
  std::string role_model;
  std::vector<std::string> levels;    // codes of practice_levels()
  std::vector<std::string> subjects;
  PracticeText problem, goal;
  std::vector<std::string> tasks;
  std::string audience;
  std::optional<long long> participants;
  std::vector<PracticeStage> stages;
  PracticeText methods, resources, results, novelty, reuse;
  std::vector<std::string> indicators;
  std::vector<PracticeAttachment> attachments;
  std::string year;  // "2025" or an academic year "2025-2026"
  std::vector<std::string> tags;
  std::vector<std::string> missing;  // template fields still empty
  std::vector<FacetValue> facets;     // see practice_facets()
};

// A form of mentoring of the target model, with its role models.
struct PracticeForm {
  std::string code;   // "student_student" (as in mentors' `forms`)
  std::string label;  // «ученик – ученик»
  std::string slug;   // "uchenik-uchenik" (facet pages)
  std::vector<std::string> role_models;
};
const std::vector<PracticeForm>& practice_forms();
const PracticeForm* find_practice_form(const std::string& code);

struct PracticeLevel {
  std::string code;   // "noo"
  std::string label;  // "НОО"
  std::string name;   // "начальное общее образование"
};
const std::vector<PracticeLevel>& practice_levels();
const PracticeLevel* find_practice_level(const std::string& code);

const std::vector<std::string>& practice_statuses();
const Schema& practice_schema();
// Fields of the description template an approved practice must fill in.
const std::vector<std::string>& practice_required_fields();

// Builds a Practice from validated front matter; attachments are looked up
// relative to `source_dir`. Reports what an approved practice lacks (errors)
// and notes practices waiting for review.
Practice read_practice(const Fields& f, const std::string& title, const std::string& body, const std::string& root,
                       const std::string& source_dir, const std::string& source, Diagnostics& diag);

// Facets of the bank, in display order: form, level, subject, tag, year.
const std::vector<std::string>& practice_facet_names();
// Computed once when the practice is read: facet and list pages ask for them
// for every practice they show.
const std::vector<FacetValue>& practice_facets(const Practice& p);
// Output folder of a facet page: "practices/form/uchenik-uchenik/" (forms by
// their slug, levels by code, subjects and tags transliterated).
std::string facet_url(const std::string& facet, const std::string& slug);

inline constexpr const char* kPracticesUrl = "practices/";
inline constexpr const char* kPracticesCollectionUrl = "practices/sbornik/";
inline constexpr const char* kPracticesJson = "practices/practices.json";
inline constexpr const char* kPracticesCsv = "practices/practices.csv";
inline constexpr int kPracticesJsonVersion = 1;

// Published practices (drafts shown with --drafts are not), by title.
std::vector<const Page*> published_practices(const Library& lib);
// Practices shown in the bank and its facets (with --drafts: all of them).
std::vector<const Page*> bank_practices(const Library& lib);

// Adds the bank page, the facet pages and the collection to the library
// (called by load_library once practice pages are in).
void add_practice_pages(Library& lib, std::optional<Page> intro, Diagnostics& diag);

// How an author is shown: the mentor page's URL when that mentor is
// published, and the name to show (empty when nothing may be shown).


// Exports for the regional centre and spreadsheets, handed to `out` a
// practice at a time (about 60 MB each at 10,000 pages: never held whole).
using TextSink = std::function<void(std::string_view)>;
void write_practices_json(const Library& lib, const TextSink& out);
void write_practices_csv(const Library& lib, const TextSink& out);

// As a content type (item_types.h): its pages read and placed; only approved
// practices are published (--drafts shows the rest with a banner).
Verdict read_practice_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
// Facet folders and the collection live beside the practices: their names are taken.
std::optional<std::string> practice_page_url(const Page& page, const ItemSource& source, Diagnostics& diag);
// Authors named by a mentor's file name that has no file.
void check_practice_authors(Library& lib, Diagnostics& diag);

}  // namespace nastavnik
