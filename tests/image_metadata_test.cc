// The container filters of render/image_metadata and the SVG sanitiser on
// hand-made and hostile data: what must go goes, what the picture needs
// stays, and no truncation or nesting makes them read out of bounds or
// overflow the stack (scripts/sanitize runs these under ASan).
#include <catch2/catch.hpp>

#include <string>

#include "render/image_metadata.h"
#include "render/svg_sanitizer.h"

using namespace nastavnik;

namespace {

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

std::string segment(unsigned char marker, const std::string& payload) {
  std::string s = "\xFF";
  s += static_cast<char>(marker);
  size_t length = payload.size() + 2;
  s += static_cast<char>(length >> 8);
  s += static_cast<char>(length & 0xff);
  return s + payload;
}

// EXIF (little-endian) with an orientation of 6 and a tag that stands for the GPS block.
std::string exif_payload() {
  std::string tiff("II\x2A\x00\x08\x00\x00\x00", 8);
  tiff += std::string("\x02\x00", 2);                                      // two entries
  tiff += std::string("\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00", 12);  // Orientation = 6
  tiff += std::string("\x25\x88\x04\x00\x01\x00\x00\x00\x26\x00\x00\x00", 12);  // GPS IFD pointer
  tiff += std::string("\x00\x00\x00\x00", 4);
  tiff += "SECRET-GPS-55.7558N";
  return std::string("Exif\0\0", 6) + tiff;
}

std::string sample_jpeg() {
  std::string j = "\xFF\xD8";
  j += segment(0xE0, std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
  j += segment(0xE1, exif_payload());
  j += segment(0xE1, "http://ns.adobe.com/xap/1.0/\0SECRET-XMP");
  j += segment(0xED, "Photoshop 3.0\0SECRET-IPTC");
  j += segment(0xFE, "SECRET-COMMENT");
  j += segment(0xE2, std::string("ICC_PROFILE\0\x01\x01profile", 21));
  j += segment(0xDB, std::string(65, '\x01'));                         // DQT
  j += segment(0xC0, std::string("\x08\x00\x10\x00\x10\x01\x01\x11\x00", 9));  // SOF0
  j += segment(0xDA, std::string("\x01\x01\x00\x00\x3F\x00", 6));      // SOS
  j += std::string("\x12\x34\xFF\x00\x56\xFF\xD0\x78", 8);              // entropy data: stuffing, restart
  j += "\xFF\xD9";
  j += "SECRET-TRAILER";
  return j;
}

std::string png_chunk(const std::string& type, const std::string& data) {
  std::string c;
  for (int i = 3; i >= 0; --i) c += static_cast<char>((data.size() >> (8 * i)) & 0xff);
  return c + type + data + "CRC!";
}

std::string sample_png() {
  return std::string("\x89PNG\r\n\x1A\n", 8) + png_chunk("IHDR", std::string(13, '\x01')) +
         png_chunk("tEXt", std::string("Author\0SECRET-TEXT", 18)) + png_chunk("eXIf", "SECRET-EXIF") +
         png_chunk("iCCP", "icc") + png_chunk("IDAT", "pixels") + png_chunk("IEND", "") + "SECRET-TRAILER";
}

std::string sample_gif() {
  std::string g = "GIF89a";
  g += std::string("\x02\x00\x02\x00\x80\x00\x00", 7);  // 2×2, a global table of 2 colours
  g += std::string("\x00\x00\x00\xFF\xFF\xFF", 6);
  g += std::string("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
  g += std::string("\x21\xFE\x0E", 3) + "SECRET-COMMENT" + std::string("\x00", 1);
  g += std::string("\x21\xFF\x0BXMP DataXMP\x0A", 15) + "SECRET-XMP" + std::string("\x00", 1);
  g += std::string("\x21\xF9\x04\x00\x00\x00\x00\x00", 8);
  g += std::string("\x2C\x00\x00\x00\x00\x02\x00\x02\x00\x00", 10);
  g += std::string("\x02\x02\x44\x01\x00", 5);
  g += "\x3B";
  return g + "SECRET-TRAILER";
}

}  // namespace

TEST_CASE("a JPEG loses EXIF, XMP, IPTC, comments and trailers, keeps its tables, scan and orientation") {
  std::string in = sample_jpeg();
  REQUIRE(raster_format(in) == RasterFormat::jpeg);
  CHECK(jpeg_orientation(in) == 6);
  auto out = jpeg_without_metadata(in);
  REQUIRE(out);
  CHECK_FALSE(contains(*out, "SECRET"));
  CHECK(contains(*out, "JFIF"));
  CHECK(contains(*out, "ICC_PROFILE"));
  CHECK(contains(*out, std::string("\x12\x34\xFF\x00\x56\xFF\xD0\x78", 8)));
  CHECK(out->substr(out->size() - 2) == "\xFF\xD9");
  CHECK(jpeg_orientation(*out) == 6);
}

TEST_CASE("a PNG keeps its picture chunks only, a GIF its frames and looping, a WebP loses EXIF and XMP") {
  auto png = png_without_metadata(sample_png());
  REQUIRE(png);
  CHECK_FALSE(contains(*png, "SECRET"));
  for (const char* kept : {"IHDR", "iCCP", "IDAT", "IEND"}) CHECK(contains(*png, kept));
  auto gif = gif_without_metadata(sample_gif());
  REQUIRE(gif);
  CHECK_FALSE(contains(*gif, "SECRET"));
  CHECK(contains(*gif, "NETSCAPE2.0"));
  CHECK(gif->back() == '\x3B');
  std::string webp = std::string("RIFF\0\0\0\0WEBP", 12) + std::string("VP8X\x0A\0\0\0\x2C\0\0\0\0\0\0\0\0\0", 18) +
                     "EXIF" + std::string("\x0C\0\0\0", 4) + "SECRET-EXIF!" + "VP8L" + std::string("\x02\0\0\0", 4) + "ok";
  auto clean = webp_without_metadata(webp);
  REQUIRE(clean);
  CHECK_FALSE(contains(*clean, "SECRET"));
  CHECK(contains(*clean, "VP8L"));
}

TEST_CASE("every truncation of a picture is refused or cleaned, never read past its end") {
  for (const std::string& whole : {sample_jpeg(), sample_png(), sample_gif()}) {
    for (size_t n = 0; n < whole.size(); ++n) {
      std::string cut = whole.substr(0, n);  // its own allocation: ASan sees a read past it
      switch (raster_format(whole)) {
        case RasterFormat::jpeg: (void)jpeg_orientation(cut); (void)jpeg_without_metadata(cut); break;
        case RasterFormat::png: (void)png_without_metadata(cut); break;
        case RasterFormat::gif: (void)gif_without_metadata(cut); break;
        default: FAIL("unexpected format");
      }
      (void)webp_without_metadata(cut);
    }
  }
  // Cut before its end, a picture is refused rather than published half-checked.
  CHECK_FALSE(jpeg_without_metadata(sample_jpeg().substr(0, sample_jpeg().size() - 16)).has_value());
  CHECK_FALSE(png_without_metadata(sample_png().substr(0, sample_png().size() - 26)).has_value());
}

TEST_CASE("an SVG nested 200,000 deep, with a script at the bottom, is cleaned without overflowing the stack") {
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
  for (int i = 0; i < 200000; ++i) svg += "<g>";
  svg += "<script>alert(1)</script>";
  for (int i = 0; i < 200000; ++i) svg += "</g>";
  svg += "<script>";
  for (int i = 0; i < 200000; ++i) svg += "<g>";
  for (int i = 0; i < 200000; ++i) svg += "</g>";
  svg += "</script></svg>";
  auto clean = sanitize_svg(svg);
  REQUIRE(clean);
  CHECK_FALSE(contains(clean->svg, "script"));
  CHECK_FALSE(sanitize_svg("<svg><g></svg>").has_value());
  CHECK_FALSE(sanitize_svg("<html><script/></html>").has_value());
}
