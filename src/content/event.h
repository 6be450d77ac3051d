#pragma once
// Event announcements (семинары, встречи наставнических пар, конкурсы, День
// наставника) with an optional report after the event.
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/item_type.h"
#include "source/fields.h"

namespace nastavnik {

// A photo of the report, processed like mentors' photos (see image.h).
struct ReportPhoto {
  std::string file;  // path from the site root: "content/events/foto/den-nastavnika-1.jpg"
  std::string alt;   // what it shows, for blind readers
  SourceLoc loc;
};

struct Event {
  DateTime start;                 // local time in the site's zone, offset attached
  std::optional<DateTime> end;
  std::string place;
  std::string format;             // in_person | online | mixed
  std::string online_url;
  std::string audience;
  std::string organiser;
  std::string registration;       // registration link
  std::string summary;
  std::vector<std::string> tags;
  std::vector<std::string> mentors;  // slugs of the mentors who lead it (content/mentors/<slug>.md)
  SourceLoc mentors_loc;
  std::optional<Date> published;  // when it was announced (feeds)
  std::string report_md;          // Markdown, written after the event
  int report_line = 0;            // file line where report_md starts
  std::vector<ReportPhoto> report_photos;

  // The last day the event takes (for upcoming/past as of a date).
  Date last_day() const { return end ? end->date : start.date; }
};

const std::vector<std::string>& event_formats();
const Schema& event_schema();

// `timezone` is the site's zone: local times get its offset for that date.
Event read_event(const Fields& f, const std::string& timezone, Diagnostics& diag);
// The report's photos: paths relative to the .md file's folder `source_dir`
// (relative to the site `root`); a missing file is an error.
std::vector<ReportPhoto> read_report_photos(const Fields& f, const std::string& root, const std::string& source_dir,
                                            Diagnostics& diag);

// As a content type (item_types.h): its pages read, placed and listed.
Verdict read_event_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
void add_event_lists(Library& lib, std::optional<Page> intro, Diagnostics& diag);
// The calendars claimed; the mentors who lead events looked up.
void finish_events(Library& lib, Diagnostics& diag);

}  // namespace nastavnik
