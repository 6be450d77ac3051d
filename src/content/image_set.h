#pragma once
// A picture the build processed (render/image: resized, metadata stripped):
// its variants, recorded in the library for the pages that show it.
#include <string>
#include <vector>

namespace nastavnik {

struct ImageVariant {
  int width = 0, height = 0;
  std::string webp, jpeg;             // output paths relative to the site root
  std::string webp_cache, jpeg_cache; // the processed files in the cache
};

struct ImageSet {
  std::string source;                 // "content/mentors/foto/petrova.jpg"
  std::string hash;                   // hex hash of the source bytes and the pipeline
  std::vector<ImageVariant> variants; // narrowest first
};

}  // namespace nastavnik
