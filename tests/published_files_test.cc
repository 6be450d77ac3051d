// What the build publishes of the files beside the texts and in static/:
// pictures in texts lose their metadata (GPS first) with their pixels
// untouched, symbolic links out of the site's folder are never followed,
// SVG pictures lose what runs or loads something. The rest of the rules
// (only files published pages name, editors' leftovers, one owner per
// file) are cases of tests/fixtures/bad/.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <vips/vips8>

#include <fstream>
#include <mutex>

#include "site_fixture.h"

using namespace fixture;
using nlohmann::json;
using vips::VImage;

namespace {

const std::string kToday = "2026-11-20";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

void init_vips() {
  static std::once_flag once;
  std::call_once(once, [] { REQUIRE(VIPS_INIT("published_files_test") == 0); });
}

// A 120×80 picture, left half red and right half blue, in the format of the name.
void write_picture(const fs::path& path) {
  init_vips();
  fs::create_directories(path.parent_path());
  VImage img = VImage::black(120, 80, VImage::option()->set("bands", 3)).copy_memory();
  img.draw_rect({255, 0, 0}, 0, 0, 60, 80, VImage::option()->set("fill", true));
  img.draw_rect({0, 0, 255}, 60, 0, 60, 80, VImage::option()->set("fill", true));
  img = img.copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
  img.write_to_file(path.c_str());
}

void tag_with_secrets(const fs::path& path, bool orientation) {
  std::vector<std::string> args = {"exiftool", "-overwrite_original", "-n", "-GPSLatitude=55.7558", "-GPSLatitudeRef=N",
                                   "-GPSLongitude=37.6173", "-GPSLongitudeRef=E", "-EXIF:Artist=SECRET-ARTIST",
                                   "-XMP-dc:Creator=SECRET-CREATOR", "-Comment=SECRET-COMMENT"};
  if (orientation) args.push_back("-Orientation=6");
  args.push_back(path.string());
  auto r = run_command(args);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
}

std::string exif_dump(const fs::path& file) {
  auto r = run_command({"exiftool", "-j", "-G", "-a", "-u", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The largest difference between the two pictures' pixels (not rotated).
double pixel_difference(const fs::path& a, const fs::path& b) {
  VImage x = VImage::new_from_file(a.c_str()), y = VImage::new_from_file(b.c_str());
  REQUIRE(x.width() == y.width());
  REQUIRE(x.height() == y.height());
  return (x.cast(VIPS_FORMAT_FLOAT) - y.cast(VIPS_FORMAT_FLOAT)).abs().max();
}

}  // namespace

TEST_CASE("pictures in texts and in static/ are published without EXIF, GPS, XMP or comments, pixels untouched") {
  REQUIRE(fs::exists("/usr/bin/exiftool"));
  TempDir src, out;
  write_minimal_site(src);
  const std::vector<std::string> names = {"foto.jpg", "skhema.png", "anim.gif", "kartinka.webp"};
  std::string body = "---\ntitle: Фотоотчёт\n---\n\n";
  for (const auto& n : names) {
    write_picture(src.path() / "content/pages/img" / n);
    tag_with_secrets(src.path() / "content/pages/img" / n, n == "foto.jpg");
    body += "![Снимок](img/" + n + ")\n\n";
  }
  src.write("content/pages/fotootchet.md", body);
  write_picture(src.path() / "static/logo.jpg");
  tag_with_secrets(src.path() / "static/logo.jpg", false);
  // The fixture really carries what must go.
  REQUIRE(contains(exif_dump(src.path() / "content/pages/img/foto.jpg"), "GPSLatitude"));
  REQUIRE(contains(exif_dump(src.path() / "content/pages/img/skhema.png"), "SECRET-CREATOR"));

  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<std::pair<fs::path, fs::path>> published;
  for (const auto& n : names) published.emplace_back(src.path() / "content/pages/img" / n, site / "pages/img" / n);
  published.emplace_back(src.path() / "static/logo.jpg", site / "logo.jpg");
  for (const auto& [source, output] : published) {
    INFO(output.string());
    REQUIRE(fs::exists(output));
    std::string tags = exif_dump(output);
    CHECK_FALSE(contains(tags, "GPS"));
    CHECK_FALSE(contains(tags, "SECRET"));
    CHECK(pixel_difference(source, output) == 0);
  }
  // A phone photo keeps its orientation, so it is not shown on its side.
  CHECK(contains(exif_dump(site / "pages/img/foto.jpg"), "\"EXIF:Orientation\": \"Rotate 90 CW\""));
}

TEST_CASE("symbolic links out of the site's folder are not followed, with a warning, links inside it are") {
  TempDir src, out, outside;
  write_minimal_site(src);
  outside.write("secret.txt", "SECRET-OUTSIDE\n");
  outside.write("page.md", "---\ntitle: Чужая\n---\n\nSECRET-OUTSIDE-PAGE\n");
  outside.write("dir/inner.txt", "SECRET-OUTSIDE-DIR\n");
  src.write("static/logo.txt", "logo\n");
  fs::create_directories(src.path() / "content/pages");
  fs::create_symlink(outside.path() / "secret.txt", src.path() / "static/passwd");
  fs::create_symlink(outside.path() / "dir", src.path() / "static/shared");
  fs::create_symlink(outside.path() / "page.md", src.path() / "content/pages/chuzhaya.md");
  fs::create_symlink(outside.path() / "secret.txt", src.path() / "content/pages/secret.pdf");
  fs::create_symlink("logo.txt", src.path() / "static/alias.txt");  // inside: fine

  auto check = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  for (const char* link : {"static/passwd", "static/shared", "content/pages/chuzhaya.md", "content/pages/secret.pdf"})
    CHECK(contains(check.err, std::string(link) + ": предупреждение: символическая ссылка ведёт за пределы папки сайта"));
  CHECK_FALSE(contains(check.err, "static/alias.txt"));

  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const auto& [path, text] : snapshot(site)) {
    INFO(path);
    CHECK_FALSE(contains(text, "SECRET-OUTSIDE"));
  }
  CHECK_FALSE(fs::exists(site / "passwd"));
  CHECK_FALSE(fs::exists(site / "chuzhaya"));
  CHECK(fs::exists(site / "alias.txt"));

  // A document's file through such a link is an error at the field.
  src.write("content/documents/polozhenie.md",
            "---\ntitle: Положение\ntype: regulation\nlevel: school\nfile: files/hosts.pdf\n---\n\nТекст.\n");
  fs::create_symlink(outside.path() / "secret.txt", src.path() / "content/documents/files/hosts.pdf");
  auto bad = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "content/documents/polozhenie.md:5:7: ошибка: «files/hosts.pdf» — символическая ссылка за пределы папки сайта"));
}

TEST_CASE("SVG pictures lose scripts, event handlers and external references, a broken one is an error") {
  TempDir src, out;
  write_minimal_site(src);
  const std::string evil =
      "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"http://evil.example/x.css\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\" "
      "onload=\"alert('SVG-ONLOAD')\">\n"
      "<script>alert('SVG-SCRIPT')</script><SCRIPT>alert('SVG-SCRIPT')</SCRIPT>\n"
      "<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"http://evil.example/\"/></foreignObject>\n"
      "<a xlink:href=\"javascript:alert('SVG-JS')\"><rect id=\"r\" width=\"10\" height=\"10\" fill=\"url(http://evil.example/#g)\"/></a>\n"
      "<image href=\"http://evil.example/track.png\" width=\"1\" height=\"1\"/>\n"
      "<set attributeName=\"href\" to=\"javascript:alert('SVG-SET')\"/>\n"
      "<style>@import url(http://evil.example/s.css);</style>\n"
      "<use href=\"#r\"/><circle r=\"4\" fill=\"url(#r)\" onclick=\"alert('SVG-CLICK')\"/>\n"
      "</svg>\n";
  src.write("static/evil.svg", evil);
  src.write("content/pages/skhema.md", "---\ntitle: Схема\n---\n\n![Схема](img/skhema.svg)\n");
  src.write("content/pages/img/skhema.svg", evil);

  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "static/evil.svg: предупреждение: из SVG-картинки убрано то, что выполняется или загружается"));
  for (const char* out_file : {"evil.svg", "pages/img/skhema.svg"}) {
    std::string svg = read_text(site / out_file);
    INFO(svg);
    for (const char* bad : {"SVG-", "script", "SCRIPT", "evil.example", "javascript", "foreignObject", "onload", "onclick"})
      CHECK_FALSE(contains(svg, bad));
    CHECK(contains(svg, "<rect id=\"r\" width=\"10\" height=\"10\""));  // the drawing stays
    CHECK(contains(svg, "<use href=\"#r\""));
    CHECK(contains(svg, "fill=\"url(#r)\""));
  }

  src.write("content/pages/img/skhema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");
  auto broken = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  CHECK(broken.exit_code == 1);
  CHECK(contains(broken.err, "content/pages/img/skhema.svg: ошибка: SVG-картинку не удалось прочитать"));
}
