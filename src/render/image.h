#pragma once
// Photos made safe and light with libvips: orientation applied, converted to
// sRGB, every piece of metadata dropped (EXIF with GPS, XMP, IPTC, ICC),
// resized to a few widths and encoded as WebP with a JPEG fallback.
// Results are cached by the source's content hash in the site's .nastavnik/
// folder, so an unchanged photo is never processed twice.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

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

struct ImageOptions {
  std::vector<int> widths = {160, 320, 640};
  std::string output_dir = "mentors/foto";  // where variants go in the site
  std::string cache_dir;                    // "<site>/.nastavnik/images"
  long long max_pixels = 40'000'000;        // a bigger image is refused (12000×9000 is 108 MP)
  long long max_bytes = 25ll * 1024 * 1024;
};

// Processes `source` (relative to `root`) or takes it from the cache.
// Problems (unreadable, corrupt, too big) are errors at `loc`; then nullopt.
// `processed` is set when the image had to be processed (not cached).
std::optional<ImageSet> prepare_image(const std::string& root, const std::string& source, const SourceLoc& loc,
                                      const ImageOptions& options, Diagnostics& diag, bool* processed);

// A photo sent through the browser editor, made safe before it is stored
// beside the text: a raster format only, at most `max_pixels`, upright, sRGB,
// every piece of metadata dropped (EXIF with GPS, XMP, IPTC, ICC) and saved
// as JPEG. nullopt with the reason in Russian.
struct CleanPhoto {
  std::string jpeg;
  int width = 0, height = 0;
};
std::optional<CleanPhoto> clean_uploaded_photo(const std::string& bytes, long long max_pixels, std::string& why);

// A TIFF or HEIF picture published as it is, re-encoded by libvips in its
// own format (`suffix`: ".tif", ".heic") without any metadata, every page
// kept. nullopt when it cannot be read or is over 100 megapixels.
std::optional<std::string> reencoded_without_metadata(const std::string& bytes, const std::string& suffix);

}  // namespace nastavnik
