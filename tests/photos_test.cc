// Mentors' photos through libvips: upright, stripped of every piece of
// metadata (checked with exiftool), several widths in WebP and JPEG, cached
// by content hash, and a broken or huge file is an error for that file.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <vips/vips8>

#include <fstream>
#include <mutex>
#include <regex>
#include <set>

#include "site_fixture.h"

using namespace fixture;
using nlohmann::json;
using vips::VImage;

namespace {

const std::string kToday = "2026-11-22";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

void init_vips() {
  static std::once_flag once;
  std::call_once(once, [] { REQUIRE(VIPS_INIT("photos_test") == 0); });
}

std::string mentor_with_photo(const std::string& name, const std::string& photo) {
  return "---\nname: " + name + "\nposition: учитель\nphoto: " + photo +
         "\nconsent:\n  date: 2026-01-10\n  until: 2029-01-09\n  fields: [name, position, photo]\n---\n";
}

// A 300×200 picture, left half red and right half blue.
void write_two_colour_jpeg(const fs::path& path, double right_red = 0) {
  init_vips();
  fs::create_directories(path.parent_path());
  VImage img = VImage::black(300, 200, VImage::option()->set("bands", 3)).copy_memory();
  img.draw_rect({255, 0, 0}, 0, 0, 150, 200, VImage::option()->set("fill", true));
  img.draw_rect({right_red, 0, 255}, 150, 0, 150, 200, VImage::option()->set("fill", true));
  img = img.copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
  img.jpegsave(path.c_str(), VImage::option()->set("Q", 95)->set("profile", "srgb"));
}

json exif_json(const fs::path& file) {
  auto r = run_command({"exiftool", "-j", "-G", "-a", "-u", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  REQUIRE(j.is_array());
  return j[0];
}

std::set<std::string> groups_of(const json& tags) {
  std::set<std::string> groups;
  for (const auto& [key, _] : tags.items()) groups.insert(key.substr(0, key.find(':')));
  return groups;
}

std::vector<fs::path> photo_outputs(const fs::path& site) {
  std::vector<fs::path> out;
  if (!fs::exists(site / "mentors/foto")) return out;
  for (const auto& e : fs::directory_iterator(site / "mentors/foto")) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// "Фотографии: обработано N, из кэша M."
std::pair<int, int> photo_counts(const std::string& out) {
  static const std::regex re("Фотографии: обработано (\\d+), из кэша (\\d+)");
  std::smatch m;
  if (!std::regex_search(out, m, re)) return {-1, -1};
  return {std::stoi(m[1]), std::stoi(m[2])};
}

}  // namespace

TEST_CASE("a photo with EXIF GPS and a rotated orientation comes out upright with no metadata at all") {
  REQUIRE(fs::exists("/usr/bin/exiftool"));  // libimage-exiftool-perl, installed by scripts/test
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/mentors/kamerova.md", mentor_with_photo("Камерова Ада Петровна", "foto/kamerova.jpg"));
  fs::path photo = src.path() / "content/mentors/foto/kamerova.jpg";
  write_two_colour_jpeg(photo);
  auto tagged = run_command({"exiftool", "-overwrite_original", "-n", "-Orientation=6", "-GPSLatitude=55.7558",
                             "-GPSLatitudeRef=N", "-GPSLongitude=37.6173", "-GPSLongitudeRef=E",
                             "-EXIF:Artist=SECRET-EXIF-ARTIST", "-XMP-dc:Creator=SECRET-XMP-CREATOR",
                             "-IPTC:By-line=SECRET-IPTC-BYLINE", "-Comment=SECRET-COMMENT", photo.string()});
  INFO(tagged.out << tagged.err);
  REQUIRE(tagged.exit_code == 0);
  // The fixture really carries what must go.
  json before = exif_json(photo);
  for (const char* g : {"EXIF", "XMP", "IPTC", "ICC_Profile", "Composite"}) {
    INFO("source group " << g);
    CHECK(groups_of(before).count(g));
  }
  CHECK(before.dump().find("GPSLatitude") != std::string::npos);
  CHECK(before["EXIF:Orientation"] == "Rotate 90 CW");

  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = photo_outputs(site);
  // 300×200 turned upright is 200×300: only the 160 px width fits (no enlarging).
  REQUIRE(files.size() == 2);
  int webp = 0, jpeg = 0;
  for (const auto& f : files) {
    INFO(f.filename().string());
    json tags = exif_json(f);
    for (const auto& g : groups_of(tags)) {
      INFO("group " << g);
      CHECK((g == "SourceFile" || g == "ExifTool" || g == "File" || g == "Composite" || g == "RIFF" || g == "JFIF"));
    }
    std::string dump = tags.dump();
    CHECK_FALSE(contains(dump, "SECRET"));
    CHECK_FALSE(contains(dump, "GPS"));
    CHECK_FALSE(contains(dump, "Orientation"));
    CHECK_FALSE(contains(dump, "ICC"));
    // Upright: taller than wide, red on top (the stored left edge), blue below.
    VImage img = VImage::new_from_file(f.c_str());
    CHECK(img.width() == 160);
    CHECK(img.height() == 240);
    auto top = img.getpoint(80, 30), bottom = img.getpoint(80, 210);
    CHECK(top[0] > 200);
    CHECK(top[2] < 60);
    CHECK(bottom[0] < 60);
    CHECK(bottom[2] > 200);
    (f.extension() == ".webp" ? webp : jpeg)++;
    CHECK_FALSE(contains(f.filename().string(), "kamerova"));  // output names carry a hash, not the person
  }
  CHECK(webp == 1);
  CHECK(jpeg == 1);

  std::string html;
  {
    std::ifstream in(site / "mentors/kamerova/index.html");
    html.assign(std::istreambuf_iterator<char>(in), {});
  }
  CHECK(contains(html, "<source type=\"image/webp\" srcset=\"../foto/"));
  CHECK(contains(html, "width=\"160\" height=\"240\" alt=\"Камерова Ада Петровна\" loading=\"lazy\""));
  CHECK_FALSE(fs::exists(site / "mentors/foto/kamerova.jpg"));  // the original is never copied
}

TEST_CASE("photos come in several widths as WebP with a JPEG fallback, and a second build does no image processing") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/mentors/shirokova.md", mentor_with_photo("Широкова Ия Павловна", "foto/shirokova.png"));
  init_vips();
  fs::create_directories(src.path() / "content/mentors/foto");
  VImage big = VImage::black(800, 1000, VImage::option()->set("bands", 3)).linear({1, 1, 1}, {40, 120, 200}).cast(VIPS_FORMAT_UCHAR);
  big.pngsave((src.path() / "content/mentors/foto/shirokova.png").c_str());

  auto build_to = [&](const fs::path& site) {
    return run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  };
  fs::path first = out.path() / "first", second = out.path() / "second";
  auto r1 = build_to(first);
  INFO(r1.err);
  REQUIRE(r1.exit_code == 0);
  CHECK(photo_counts(r1.out) == std::make_pair(1, 0));
  auto files = photo_outputs(first);
  REQUIRE(files.size() == 6);
  std::set<std::string> names;
  for (const auto& f : files) names.insert(f.filename().string().substr(13));  // after "<hash12>-"
  CHECK(names == std::set<std::string>{"160.jpg", "160.webp", "320.jpg", "320.webp", "640.jpg", "640.webp"});
  auto html = snapshot(first)["mentors/index.html"];
  CHECK(contains(html, "160w, ../mentors/foto/") == false);  // relative to the page
  CHECK(contains(html, "-160.webp 160w, foto/"));
  CHECK(contains(html, "-640.jpg 640w\""));
  CHECK(contains(html, "width=\"320\" height=\"400\""));
  CHECK(fs::exists(src.path() / ".nastavnik/images"));

  // Another output folder, the same sources: everything from the cache.
  auto r2 = build_to(second);
  INFO(r2.err);
  REQUIRE(r2.exit_code == 0);
  CHECK(photo_counts(r2.out) == std::make_pair(0, 1));
  auto a = snapshot(first / "mentors/foto"), b = snapshot(second / "mentors/foto");
  CHECK(a == b);

  // The output folder deleted: still nothing to process.
  fs::remove_all(first);
  auto r3 = build_to(first);
  INFO(r3.err);
  REQUIRE(r3.exit_code == 0);
  CHECK(photo_counts(r3.out) == std::make_pair(0, 1));
  CHECK(snapshot(first / "mentors/foto") == b);

  // A changed photo is processed again, under a new name.
  big.linear({1, 1, 1}, {10, 10, 10}).cast(VIPS_FORMAT_UCHAR).pngsave((src.path() / "content/mentors/foto/shirokova.png").c_str());
  auto r4 = build_to(first);
  INFO(r4.err);
  REQUIRE(r4.exit_code == 0);
  CHECK(photo_counts(r4.out) == std::make_pair(1, 0));
  auto changed = snapshot(first / "mentors/foto");
  CHECK(changed.size() == 6);
  CHECK(changed.begin()->first != b.begin()->first);
}

TEST_CASE("a corrupt, a truncated and a 12000 x 9000 photo are errors for their files, not crashes") {
  TempDir src, out;
  write_minimal_site(src);
  init_vips();
  src.write("content/mentors/bitaya.md", mentor_with_photo("Битая Ева Ивановна", "foto/bitaya.jpg"));
  src.write("content/mentors/foto/bitaya.jpg", "это не фотография, а текст");
  src.write("content/mentors/obrezannaya.md", mentor_with_photo("Обрезанная Ия Ивановна", "foto/obrezannaya.jpg"));
  fs::path whole = src.path() / "whole.jpg";
  write_two_colour_jpeg(whole);
  {
    std::ifstream in(whole, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    src.write("content/mentors/foto/obrezannaya.jpg", bytes.substr(0, bytes.size() / 2));
  }
  fs::remove(whole);
  src.write("content/mentors/ogromnaya.md", mentor_with_photo("Огромная Ада Ивановна", "foto/ogromnaya.jpg"));
  VImage::black(12000, 9000).jpegsave((src.path() / "content/mentors/foto/ogromnaya.jpg").c_str(),
                                      VImage::option()->set("Q", 10));

  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "site").string(), "--today", kToday});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/mentors/bitaya.md:4:8: ошибка: не удалось обработать фотографию «content/mentors/foto/bitaya.jpg»"));
  CHECK(contains(r.err, "content/mentors/obrezannaya.md:4:8: ошибка: не удалось обработать фотографию «content/mentors/foto/obrezannaya.jpg»"));
  CHECK(contains(r.err, "content/mentors/ogromnaya.md:4:8: ошибка: изображение «content/mentors/foto/ogromnaya.jpg» "
                        "слишком большое: 12000×9000 точек (108 Мпикс)"));
  CHECK(contains(r.err, "Итого: 3 ошибки"));
  CHECK_FALSE(fs::exists(out.path() / "site"));
}

TEST_CASE("an event report's photos go through the same pipeline and are never copied as they are") {
  REQUIRE(fs::exists("/usr/bin/exiftool"));
  TempDir src, out;
  write_minimal_site(src);
  fs::path photo = src.path() / "content/events/foto/otchet.jpg";
  write_two_colour_jpeg(photo);
  auto tagged = run_command({"exiftool", "-overwrite_original", "-GPSLatitude=55.7558", "-GPSLatitudeRef=N",
                             "-GPSLongitude=37.6173", "-GPSLongitudeRef=E", photo.string()});
  REQUIRE(tagged.exit_code == 0);
  src.write("content/events/vstrecha.md",
            "---\ntitle: Встреча пар\nstart: 2026-10-01 15:00\nplace: каб. 1\nreport: |\n  Прошло хорошо.\n"
            "report_photos:\n  - file: foto/otchet.jpg\n    alt: Столы с планами работы пар\n---\n");
  // A draft's photo is not copied either.
  write_two_colour_jpeg(src.path() / "content/events/foto/chernovik.jpg");
  src.write("content/events/chernovik.md",
            "---\ntitle: Черновик\nstart: 2026-10-02 15:00\nplace: каб. 1\ndraft: true\n"
            "report_photos:\n  - file: foto/chernovik.jpg\n    alt: Стенд\n---\n");
  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(photo_counts(r.out) == std::make_pair(1, 0));
  CHECK_FALSE(fs::exists(site / "events/foto/otchet.jpg"));
  CHECK_FALSE(fs::exists(site / "events/foto/chernovik.jpg"));
  int images = 0;
  for (const auto& e : fs::directory_iterator(site / "events/foto")) {
    ++images;
    INFO(e.path().filename().string());
    std::string dump = exif_json(e.path()).dump();
    CHECK_FALSE(contains(dump, "GPS"));
    CHECK_FALSE(contains(dump, "EXIF:"));
  }
  CHECK(images == 2);  // 300 px wide: only the 320 px width would enlarge it, so one size in two formats
  auto html = snapshot(site)["events/vstrecha/index.html"];
  CHECK(contains(html, "<ul class=\"gallery\">"));
  CHECK(contains(html, "alt=\"Столы с планами работы пар\" loading=\"lazy\""));

  src.write("content/events/vstrecha.md",
            "---\ntitle: Встреча пар\nstart: 2026-10-01 15:00\nplace: каб. 1\n"
            "report_photos:\n  - file: foto/net.jpg\n    alt: Нет такого\n---\n");
  TempDir out2;
  auto bad = run_nastavnik({"build", "-s", src.path().string(), "-o", (out2.path() / "site").string(), "--today", kToday});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "content/events/vstrecha.md:6:11: ошибка: нет файла фотографии «foto/net.jpg»"));
}

TEST_CASE("a news cover photo goes through the pipeline too: no GPS, several widths, the original not copied") {
  REQUIRE(fs::exists("/usr/bin/exiftool"));
  TempDir src, out;
  write_minimal_site(src);
  fs::path photo = src.path() / "content/news/oblozhka.jpg";
  write_two_colour_jpeg(photo);
  REQUIRE(run_command({"exiftool", "-overwrite_original", "-GPSLatitude=55.7558", "-GPSLatitudeRef=N",
                       "-GPSLongitude=37.6173", "-GPSLongitudeRef=E", photo.string()}).exit_code == 0);
  src.write("content/news/novost.md",
            "---\ntitle: Новость\ndate: 2026-11-01\ncover: oblozhka.jpg\ncover_alt: Красное и синее\n---\n\nТекст.\n");
  fs::path site = out.path() / "site";
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", site.string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(fs::exists(site / "news/oblozhka.jpg"));
  int images = 0;
  for (const auto& e : fs::directory_iterator(site / "news/foto")) {
    ++images;
    CHECK_FALSE(contains(exif_json(e.path()).dump(), "GPS"));
  }
  CHECK(images == 2);
  auto html = snapshot(site)["news/novost/index.html"];
  CHECK(contains(html, "<div class=\"cover\"><picture><source type=\"image/webp\" srcset=\"../foto/"));
  CHECK(contains(html, "width=\"300\" height=\"200\" alt=\"Красное и синее\""));
}
