#include "base/hash.h"

#include <cstdio>
#include <xxhash.h>

namespace nastavnik {

uint64_t hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

uint64_t hash64(const std::vector<std::string_view>& parts) {
  if (parts.size() == 1) return hash64(parts[0]);
  StreamHash hash;
  for (auto part : parts) hash.update(part);
  return hash.digest();
}

StreamHash::StreamHash() : state_(XXH3_createState()) { XXH3_64bits_reset(static_cast<XXH3_state_t*>(state_)); }
StreamHash::~StreamHash() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }
void StreamHash::update(std::string_view piece) {
  XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), piece.data(), piece.size());
}
uint64_t StreamHash::digest() const { return XXH3_64bits_digest(static_cast<const XXH3_state_t*>(state_)); }

std::string hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string short_hash(std::string_view data, int digits) { return hex64(hash64(data)).substr(0, digits); }

}  // namespace nastavnik
