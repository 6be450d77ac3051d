#pragma once
// `nastavnik status`: what needs the editor's or the administration's
// attention as of a date — overdue roadmap items, consents ending or ended,
// past events without a report, practices waiting for review, pages not
// updated for longer than the school set, placeholders left from templates,
// drafts.
#include <iosfwd>
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

struct StatusEntry {
  SourceLoc loc;     // the file (and line) to open
  std::string text;  // what it is, in Russian
};

struct StatusGroup {
  std::string title;   // «Просроченные пункты дорожной карты»
  std::string advice;  // what to do about them
  std::vector<StatusEntry> entries;
};

// Days after which a page counts as not updated, when site.yaml does not set
// `stale_days`.
inline constexpr int kDefaultStaleDays = 90;
// Consents ending within this many days are listed.
inline constexpr int kConsentEndingDays = 30;

// `lib` is loaded with drafts, so that drafts and practices on review are
// in it; mentors are read again from their files, since a withheld profile
// is not in the library.
std::vector<StatusGroup> site_status(const Library& lib, const Date& today);

// Prints the groups; an empty group is one line saying so.
void print_status(const std::vector<StatusGroup>& groups, const Library& lib, std::ostream& out);

}  // namespace nastavnik
