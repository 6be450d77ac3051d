#include "hash.h"

#include <cstdio>
#include <xxhash.h>

namespace nastavnik {

uint64_t hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

std::string hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string short_hash(std::string_view data, int digits) { return hex64(hash64(data)).substr(0, digits); }

}  // namespace nastavnik
