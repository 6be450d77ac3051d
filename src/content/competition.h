#pragma once
// Competitions of mentors and mentoring pairs (content/competitions/*.md):
// «Наставник года», «Лучшая пара» … with their level, dates, nominations,
// results and documents. People in the results are shown under the same
// consent rules as practice authors (people.h).
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "content/item_type.h"
#include "content/people.h"

namespace nastavnik {

struct CompetitionResult {
  std::string nomination;
  std::string place;  // «победитель», «призёр», «II место»
  std::vector<PersonRef> participants;
};

struct Competition : Entry {
  std::string level;  // a code of competition_levels
  Date start;
  std::optional<Date> end;
  std::string organiser, summary;
  std::vector<std::string> nominations;
  std::vector<CompetitionResult> results;
  std::vector<std::string> documents;  // links as written
  SourceLoc documents_loc;
  std::vector<std::string> tags;

  // The last day it takes (for current and past as of a date).
  Date last_day() const { return end ? *end : start; }
};

// As a content type (item_types.h): its pages read, placed and listed.
Verdict read_competition_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page,
                              Diagnostics& diag);
void add_competition_lists(Library& lib, std::optional<Page> intro, Diagnostics& diag);
// Participants named by a mentor's file name that has no file.
void check_competition_people(Library& lib, Diagnostics& diag);

// Published competitions: current and coming ones first (soonest first), then past ones (latest first).
std::vector<const Page*> competitions_in_order(const Library& lib);

}  // namespace nastavnik
