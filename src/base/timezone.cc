#include "base/timezone.h"

#include <date/tz.h>

namespace nastavnik {

static const date::time_zone* find_zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

bool is_known_timezone(const std::string& name) { return find_zone(name) != nullptr; }

std::optional<int> utc_offset_minutes(const std::string& name, const DateTime& local) {
  const date::time_zone* zone = find_zone(name);
  if (!zone) return std::nullopt;
  date::local_seconds lt = date::local_days{date::year{local.date.year} / local.date.month / local.date.day} +
                           std::chrono::hours(local.hour) + std::chrono::minutes(local.minute) +
                           std::chrono::seconds(local.second);
  date::local_info info = zone->get_info(lt);
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.first.offset).count());
}

DateTime with_offset(const std::string& zone, DateTime local) {
  if (!local.utc_offset_minutes) local.utc_offset_minutes = utc_offset_minutes(zone, local).value_or(0);
  return local;
}

DateTime to_utc(const DateTime& t) {
  long minutes = t.date.days() * 24 * 60 + t.hour * 60 + t.minute - t.utc_offset_minutes.value_or(0);
  DateTime u;
  long days = minutes >= 0 ? minutes / (24 * 60) : -((-minutes + 24 * 60 - 1) / (24 * 60));
  long rest = minutes - days * 24 * 60;
  u.date = Date::from_days(days);
  u.hour = static_cast<int>(rest / 60);
  u.minute = static_cast<int>(rest % 60);
  u.second = t.second;
  u.has_time = true;
  u.utc_offset_minutes = 0;
  return u;
}

}  // namespace nastavnik
