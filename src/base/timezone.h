#pragma once
// The site's time zone (site.yaml `timezone`, IANA names from the system's
// tz database via Howard Hinnant's date library): events are written in local
// time and published in feeds with the right UTC offset for that date.
#include <optional>
#include <string>

#include "base/date.h"

namespace nastavnik {

// True when the name is in the tz database (Europe/Moscow, Asia/Krasnoyarsk…).
bool is_known_timezone(const std::string& name);

// Offset from UTC in minutes of `local` wall-clock time in zone `name`; for a
// time that falls into a DST gap or overlap, the earlier offset. nullopt for an
// unknown zone.
std::optional<int> utc_offset_minutes(const std::string& name, const DateTime& local);

// `local` with its zone's offset attached (kept if it already has one).
DateTime with_offset(const std::string& zone, DateTime local);

// The same instant in UTC (offset 0). `t` must carry an offset.
DateTime to_utc(const DateTime& t);

}  // namespace nastavnik
