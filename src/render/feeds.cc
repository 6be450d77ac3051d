#include "render/feeds.h"

#include <algorithm>
#include <cstdio>

#include "content/document.h"
#include "content/event.h"
#include "content/lists.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "base/text.h"
#include "base/timezone.h"

namespace nastavnik {

std::string ics_escape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        // RFC 5545 text has no control characters but the tab.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) continue;
        if (is_xml_noncharacter(text, i)) {
          i += 2;
          continue;
        }
        out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  size_t width = 0;  // octets on the current physical line
  for (size_t i = 0; i < line.size();) {
    unsigned char c = line[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string absolute_url(const Library& lib, const Page& page) {
  return lib.config.base_url + url_encode_path(page.url);
}

static std::string ics_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

static std::string ics_utc(const DateTime& t) {
  DateTime u = to_utc(t);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d%02d%02dZ", ics_date(u.date).c_str(), u.hour, u.minute, u.second);
  return buf;
}

std::string feed_timestamp(const Library& lib, const Date& date) {
  DateTime t;
  t.date = date;
  t.has_time = true;
  return with_offset(lib.config.timezone, t).iso();
}

static std::string host_of(const std::string& base_url) {
  size_t start = base_url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  return base_url.substr(start, base_url.find('/', start) - start);
}

std::string render_calendar(const Library& lib, const std::vector<const Page*>& events, const std::string& name) {
  std::string out;
  auto line = [&](std::string_view l) { out += ics_fold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//nastavnik//" + ics_escape(lib.config.organisation.short_name) + "//RU");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + ics_escape(name));
  line("X-WR-TIMEZONE:" + lib.config.timezone);
  DateTime stamp;
  stamp.date = lib.options.today;
  stamp.has_time = true;
  stamp.utc_offset_minutes = 0;
  std::string host = host_of(lib.config.base_url);
  for (const Page* p : events) {
    const Event& e = *p->event;
    std::string uid = p->url;
    if (!uid.empty() && uid.back() == '/') uid.pop_back();
    std::replace(uid.begin(), uid.end(), '/', '-');
    line("BEGIN:VEVENT");
    line("UID:" + uid + "@" + host);
    line("DTSTAMP:" + ics_utc(stamp));
    if (e.start.has_time) {
      line("DTSTART:" + ics_utc(e.start));
      if (e.end) {
        DateTime end = *e.end;
        if (!end.has_time) {  // a timed start with a date-only end: to the end of that day
          end.hour = 23;
          end.minute = 59;
          end.has_time = true;
        }
        line("DTEND:" + ics_utc(end));
      }
    } else {
      line("DTSTART;VALUE=DATE:" + ics_date(e.start.date));
      line("DTEND;VALUE=DATE:" + ics_date(Date::from_days(e.last_day().days() + 1)));
    }
    line("SUMMARY:" + ics_escape(p->title));
    std::string description = e.summary;
    if (!e.registration.empty()) description += (description.empty() ? "" : "\n") + e.registration;
    if (!description.empty()) line("DESCRIPTION:" + ics_escape(description));
    std::string location = e.place.empty() ? e.online_url : e.place;
    if (!location.empty()) line("LOCATION:" + ics_escape(location));
    line("URL:" + absolute_url(lib, *p));
    if (!e.organiser.empty() && !lib.config.organisation.email.empty()) {
      // A quoted parameter value may hold anything but a double quote.
      std::string cn = e.organiser;
      cn.erase(std::remove(cn.begin(), cn.end(), '"'), cn.end());
      line("ORGANIZER;CN=\"" + cn + "\":mailto:" + lib.config.organisation.email);
    }
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

// When an item counts as published in the feed.
static Date published_on(const Library& lib, const Page& p) {
  if (p.news) return p.updated.value_or(p.news->date);
  if (p.event) {
    if (p.event->published) return *p.event->published;
    return std::min(p.event->start.date, lib.options.today);
  }
  return p.updated.value_or(p.date.value_or(lib.options.today));
}

std::string render_atom(const Library& lib, const std::string& title) {
  std::vector<const Page*> items;
  for (const auto& p : lib.pages)
    if ((p.kind == PageKind::news || p.kind == PageKind::event) && !p.draft) items.push_back(&p);
  std::stable_sort(items.begin(), items.end(), [&](const Page* a, const Page* b) {
    Date da = published_on(lib, *a), db = published_on(lib, *b);
    if (da != db) return da > db;
    return a->url < b->url;
  });
  if (items.size() > 50) items.resize(50);
  const Config& c = lib.config;
  std::string updated = feed_timestamp(lib, items.empty() ? lib.options.today : published_on(lib, *items.front()));
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    xml_escape(c.language) + "\">\n";
  out += "  <title>" + xml_escape(title) + "</title>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_escape(c.base_url) + "atom.xml\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(c.base_url) + "\"/>\n";
  out += "  <id>" + xml_escape(c.base_url) + "</id>\n";
  out += "  <updated>" + updated + "</updated>\n";
  out += "  <author><name>" + xml_escape(c.organisation.full_name) + "</name></author>\n";
  for (const Page* p : items) {
    std::string url = absolute_url(lib, *p);
    std::string when = feed_timestamp(lib, published_on(lib, *p));
    std::string summary = p->news ? p->news->summary : p->event->summary;
    out += "  <entry>\n";
    out += "    <title>" + xml_escape(p->title) + "</title>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(url) + "\"/>\n";
    out += "    <id>" + xml_escape(url) + "</id>\n";
    out += "    <published>" + when + "</published>\n";
    out += "    <updated>" + when + "</updated>\n";
    if (!summary.empty()) out += "    <summary type=\"text\">" + xml_escape(summary) + "</summary>\n";
    const auto& tags = p->news ? p->news->tags : p->event->tags;
    for (const auto& t : tags) out += "    <category term=\"" + xml_escape(t) + "\"/>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

}  // namespace nastavnik
