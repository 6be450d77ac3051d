#include "render/image_metadata.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace nastavnik {

namespace {

uint8_t byte_at(std::string_view s, size_t at) { return static_cast<uint8_t>(s[at]); }

uint32_t be16(std::string_view s, size_t at) { return byte_at(s, at) << 8 | byte_at(s, at + 1); }

uint32_t be32(std::string_view s, size_t at) { return be16(s, at) << 16 | be16(s, at + 2); }

uint32_t le32(std::string_view s, size_t at) {
  return byte_at(s, at) | byte_at(s, at + 1) << 8 | byte_at(s, at + 2) << 16 | static_cast<uint32_t>(byte_at(s, at + 3)) << 24;
}

void put_le32(std::string& s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

bool starts(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

// A TIFF structure's 16- and 32-bit numbers in its own byte order.
struct Tiff {
  std::string_view data;
  bool big_endian;
  uint32_t u16(size_t at) const {
    return big_endian ? be16(data, at) : (byte_at(data, at) | byte_at(data, at + 1) << 8);
  }
  uint32_t u32(size_t at) const { return big_endian ? be32(data, at) : le32(data, at); }
};

// The orientation tag (0x0112) of IFD0 in an APP1 "Exif\0\0" payload.
int exif_orientation(std::string_view exif) {
  std::string_view tiff = exif.substr(6);
  if (tiff.size() < 8 || !(starts(tiff, 0, "MM") || starts(tiff, 0, "II"))) return 1;
  Tiff t{tiff, tiff[0] == 'M'};
  size_t ifd = t.u32(4);
  if (ifd + 2 > tiff.size()) return 1;
  size_t count = t.u16(ifd);
  for (size_t i = 0; i < count; ++i) {
    size_t entry = ifd + 2 + 12 * i;
    if (entry + 12 > tiff.size()) return 1;
    if (t.u16(entry) == 0x0112 && t.u16(entry + 2) == 3) {
      int v = static_cast<int>(t.u16(entry + 8));
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

// APP1 with an EXIF block that holds the orientation alone.
std::string orientation_segment(int orientation) {
  std::string s = "\xFF\xE1";
  s += std::string("\x00\x22", 2);  // length 34, itself included
  s += std::string("Exif\0\0", 6);
  s += std::string("MM\x00\x2A\x00\x00\x00\x08", 8);                 // big-endian TIFF, IFD0 at 8
  s += std::string("\x00\x01", 2);                                   // one entry
  s += std::string("\x01\x12\x00\x03\x00\x00\x00\x01", 8);            // Orientation, SHORT, 1 value
  s += std::string("\x00", 1) + static_cast<char>(orientation) + std::string("\x00\x00", 2);
  s += std::string("\x00\x00\x00\x00", 4);                           // no next IFD
  return s;
}

// Segments a JPEG needs to be decoded and shown as it was: JFIF, the colour
// profile and Adobe's colour transform; every other APPn and COM goes.
bool keep_jpeg_segment(uint8_t marker, std::string_view payload) {
  if (marker == 0xE0) return starts(payload, 0, std::string_view("JFIF\0", 5)) || starts(payload, 0, std::string_view("JFXX\0", 5));
  if (marker == 0xE2) return starts(payload, 0, std::string_view("ICC_PROFILE\0", 12));
  if (marker == 0xEE) return starts(payload, 0, "Adobe");
  if ((marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE) return false;
  return true;
}

// After a start of scan: the entropy-coded data, up to the next marker that
// is neither a stuffed 0xFF nor a restart. The position of that marker's 0xFF.
std::optional<size_t> end_of_scan(std::string_view data, size_t at) {
  for (; at + 1 < data.size(); ++at) {
    if (byte_at(data, at) != 0xFF) continue;
    uint8_t next = byte_at(data, at + 1);
    if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) continue;
    return at;
  }
  return std::nullopt;
}

}  // namespace

RasterFormat raster_format(std::string_view d) {
  if (starts(d, 0, "\xFF\xD8\xFF")) return RasterFormat::jpeg;
  if (starts(d, 0, "\x89PNG\r\n\x1A\n")) return RasterFormat::png;
  if (starts(d, 0, "GIF87a") || starts(d, 0, "GIF89a")) return RasterFormat::gif;
  if (starts(d, 0, "RIFF") && starts(d, 8, "WEBP")) return RasterFormat::webp;
  if (starts(d, 0, std::string_view("II*\0", 4)) || starts(d, 0, std::string_view("MM\0*", 4))) return RasterFormat::tiff;
  if (starts(d, 4, "ftyp"))
    for (std::string_view brand : {"heic", "heix", "heim", "heis", "hevc", "mif1", "msf1", "avif", "avis"})
      if (starts(d, 8, brand)) return RasterFormat::heif;
  return RasterFormat::none;
}

int jpeg_orientation(std::string_view data) {
  size_t at = 2;
  while (at + 4 <= data.size() && byte_at(data, at) == 0xFF) {
    uint8_t marker = byte_at(data, at + 1);
    if (marker == 0xDA || marker == 0xD9) break;
    size_t length = be16(data, at + 2);
    if (length < 2 || at + 2 + length > data.size()) break;
    std::string_view payload = data.substr(at + 4, length - 2);
    if (marker == 0xE1 && starts(payload, 0, std::string_view("Exif\0\0", 6))) return exif_orientation(payload);
    at += 2 + length;
  }
  return 1;
}

std::optional<std::string> jpeg_without_metadata(std::string_view data) {
  if (!starts(data, 0, "\xFF\xD8")) return std::nullopt;
  int orientation = jpeg_orientation(data);
  std::string out = "\xFF\xD8";
  bool orientation_written = orientation == 1;
  size_t at = 2;
  while (at + 2 <= data.size()) {
    if (byte_at(data, at) != 0xFF) return std::nullopt;
    uint8_t marker = byte_at(data, at + 1);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0xD9) return out + "\xFF\xD9";  // anything after the image is dropped
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) return std::nullopt;  // no segment may be here
    if (at + 4 > data.size()) return std::nullopt;
    size_t length = be16(data, at + 2);
    if (length < 2 || at + 2 + length > data.size()) return std::nullopt;
    // The orientation goes right after JFIF (or first, without one).
    if (!orientation_written && marker != 0xE0) {
      out += orientation_segment(orientation);
      orientation_written = true;
    }
    if (keep_jpeg_segment(marker, data.substr(at + 4, length - 2))) out.append(data.substr(at, 2 + length));
    at += 2 + length;
    if (marker == 0xDA) {
      auto end = end_of_scan(data, at);
      if (!end) return std::nullopt;
      out.append(data.substr(at, *end - at));
      at = *end;
    }
  }
  return std::nullopt;  // no end of image
}

std::optional<std::string> png_without_metadata(std::string_view data) {
  static constexpr std::string_view kept[] = {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
                                              "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT"};
  if (!starts(data, 0, "\x89PNG\r\n\x1A\n")) return std::nullopt;
  std::string out(data.substr(0, 8));
  size_t at = 8;
  while (at + 12 <= data.size()) {
    size_t length = be32(data, at);
    if (length > data.size() - at - 12) return std::nullopt;
    std::string_view type = data.substr(at + 4, 4);
    if (std::find(std::begin(kept), std::end(kept), type) != std::end(kept)) out.append(data.substr(at, 12 + length));
    at += 12 + length;
    if (type == "IEND") return out;  // anything after the image is dropped
  }
  return std::nullopt;
}

std::optional<std::string> gif_without_metadata(std::string_view data) {
  if (data.size() < 13 || !(starts(data, 0, "GIF87a") || starts(data, 0, "GIF89a"))) return std::nullopt;
  auto table = [&](size_t flags_at) { return (byte_at(data, flags_at) & 0x80) ? 3u << ((byte_at(data, flags_at) & 7) + 1) : 0u; };
  size_t at = 13 + table(10);
  // Sub-blocks from `at` up to their terminator; the position after it.
  auto sub_blocks = [&](size_t from) -> std::optional<size_t> {
    while (from < data.size()) {
      size_t n = byte_at(data, from);
      from += 1 + n;
      if (n == 0) return from;
    }
    return std::nullopt;
  };
  if (at > data.size()) return std::nullopt;
  std::string out(data.substr(0, at));
  while (at < data.size()) {
    uint8_t kind = byte_at(data, at);
    if (kind == 0x3B) return out + "\x3B";  // trailer; anything after it is dropped
    if (kind == 0x2C) {                      // an image: descriptor, colour table, LZW data
      if (at + 11 > data.size()) return std::nullopt;
      size_t lzw = at + 10 + table(at + 9);
      auto end = lzw < data.size() ? sub_blocks(lzw + 1) : std::nullopt;
      if (!end) return std::nullopt;
      out.append(data.substr(at, *end - at));
      at = *end;
    } else if (kind == 0x21 && at + 2 < data.size()) {  // an extension
      uint8_t label = byte_at(data, at + 1);
      auto end = sub_blocks(at + 2);
      if (!end) return std::nullopt;
      // Graphic control (frame timing, transparency), plain text and the
      // looping blocks stay; comments and XMP and other application data go.
      bool keep = label == 0xF9 || label == 0x01 ||
                  (label == 0xFF && (starts(data, at + 2, "\x0BNETSCAPE2.0") || starts(data, at + 2, "\x0B" "ANIMEXTS1.0")));
      if (keep) out.append(data.substr(at, *end - at));
      at = *end;
    } else {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// libvips writes a fresh EXIF block into WebP files even when asked to strip,
// and pictures come with EXIF and XMP chunks: the RIFF container is simple,
// the EXIF, XMP and ICC chunks and their flags in the VP8X header go.
std::optional<std::string> webp_without_metadata(std::string_view in) {
  if (in.size() < 12 || !starts(in, 0, "RIFF") || !starts(in, 8, "WEBP")) return std::nullopt;
  std::string out(in.substr(0, 12));
  size_t at = 12;
  while (at + 8 <= in.size()) {
    std::string_view fourcc = in.substr(at, 4);
    size_t size = le32(in, at + 4);
    if (size > in.size() - at - 8) return std::nullopt;
    size_t total = std::min<size_t>(8 + size + (size & 1), in.size() - at);
    if (fourcc != "EXIF" && fourcc != "XMP " && fourcc != "ICCP") {
      std::string chunk(in.substr(at, total));
      if (fourcc == "VP8X" && size >= 1) chunk[8] = static_cast<char>(chunk[8] & ~(0x20 | 0x08 | 0x04));
      out += chunk;
    }
    at += total;
  }
  put_le32(out, 4, static_cast<uint32_t>(out.size() - 8));
  return out;
}

}  // namespace nastavnik
