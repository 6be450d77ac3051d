#pragma once
// Feeds with absolute URLs: iCalendar (RFC 5545) for events and Atom
// (RFC 4287) for news and events.
#include <string>
#include <string_view>
#include <vector>

#include "content/library.h"

namespace nastavnik {

// RFC 5545 text escaping: backslash, semicolon, comma, newline.
std::string ics_escape(std::string_view text);
// One content line folded at 75 octets (continuation lines start with a
// space), never inside a UTF-8 character; ends with CRLF.
std::string ics_fold(std::string_view line);

// A VCALENDAR with one VEVENT per event page. DTSTAMP is the build date.
std::string render_calendar(const Library& lib, const std::vector<const Page*>& events, const std::string& name);

// The Atom feed of published news and events, newest first.
std::string render_atom(const Library& lib, const std::string& title);

// Absolute URL of a page (feeds, canonical links).
std::string absolute_url(const Library& lib, const Page& page);

// The date and time an item counts as published in feeds, with the site's
// UTC offset: RFC 3339.
std::string feed_timestamp(const Library& lib, const Date& date);

}  // namespace nastavnik
