#pragma once
// Pictures published as they are (images in Markdown texts, attachments,
// static/) lose every piece of metadata — EXIF with its GPS position, XMP,
// IPTC, comments, thumbnails and trailers appended after the image — before
// they are written. JPEG, PNG, GIF and WebP are filtered by their container
// structure, so the pixels are not re-encoded and not a bit of them changes;
// a JPEG keeps only its orientation (as a minimal EXIF block), so a phone
// photo is not shown on its side.
#include <optional>
#include <string>
#include <string_view>

namespace nastavnik {

enum class RasterFormat { none, jpeg, png, gif, webp, tiff, heif };

// The format the data says it is in (by its first bytes, not the name).
RasterFormat raster_format(std::string_view data);

// Each returns the image without metadata, or nullopt when the data is not
// a well-formed file of that format.
std::optional<std::string> jpeg_without_metadata(std::string_view data);
std::optional<std::string> png_without_metadata(std::string_view data);
std::optional<std::string> gif_without_metadata(std::string_view data);
std::optional<std::string> webp_without_metadata(std::string_view data);

// The EXIF orientation (1–8) a JPEG's APP1 block records; 1 when none.
int jpeg_orientation(std::string_view data);

}  // namespace nastavnik
