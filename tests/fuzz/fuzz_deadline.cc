// libFuzzer target: roadmap deadlines as editors write them (content/deadline).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "content/deadline.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (int year : {0, 2025, 1, 9998}) {
    Deadline d = parse_deadline(text, year);
    (void)deadline_kind_name(d.kind);
    for (const DateSpan& s : d.spans)
      if (!s.until && s.end < s.start) __builtin_trap();  // a span never ends before it starts
    auto first = d.first_day(), last = d.last_day();
    if (first && last && *last < *first) __builtin_trap();
    (void)d.next_end(Date{2026, 11, 20});
  }
  return 0;
}
