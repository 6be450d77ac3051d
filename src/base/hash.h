#pragma once
// Content hashing (xxHash's XXH3) for fingerprinted asset names and
// build state.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

uint64_t hash64(std::string_view data);
// The same hash as of the parts joined, without joining them.
uint64_t hash64(const std::vector<std::string_view>& parts);

// hash64 of data that comes in pieces.
class StreamHash {
 public:
  StreamHash();
  ~StreamHash();
  StreamHash(const StreamHash&) = delete;
  StreamHash& operator=(const StreamHash&) = delete;
  void update(std::string_view piece);
  uint64_t digest() const;

 private:
  void* state_;  // XXH3_state_t, opaque here
};
std::string hex64(uint64_t h);
// First `digits` hex digits of the hash: "style.3f9a2c1b.css".
std::string short_hash(std::string_view data, int digits = 10);

}  // namespace nastavnik
