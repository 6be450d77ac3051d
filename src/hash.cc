#include "hash.h"

#include <memory>

#include <cstdio>
#include <xxhash.h>

namespace nastavnik {

uint64_t hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

uint64_t hash64(const std::vector<std::string_view>& parts) {
  if (parts.size() == 1) return hash64(parts[0]);
  std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(), XXH3_freeState);
  XXH3_64bits_reset(state.get());
  for (auto part : parts) XXH3_64bits_update(state.get(), part.data(), part.size());
  return XXH3_64bits_digest(state.get());
}

std::string hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string short_hash(std::string_view data, int digits) { return hex64(hash64(data)).substr(0, digits); }

}  // namespace nastavnik
