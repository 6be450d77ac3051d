#include "render/image.h"

#include <unistd.h>
#include <vips/vips8>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>

#include "base/hash.h"
#include "base/text.h"
#include "render/image_metadata.h"

namespace fs = std::filesystem;
using vips::VError;
using vips::VImage;

namespace nastavnik {

namespace {

// Changing the pipeline changes every cache key, so old results are not reused.
constexpr const char* kPipeline = "nastavnik-image-2 autorot srgb strip webp80 jpeg82";

bool init_vips() {
  static std::once_flag once;
  static bool ok = false;
  std::call_once(once, [] {
    ok = VIPS_INIT("nastavnik") == 0;
    if (!ok) return;
    vips_concurrency_set(1);  // the build runs images in parallel itself
    vips_cache_set_max(0);    // nothing to reuse between images
  });
  return ok;
}

// Loaders a photo may come through: raster formats only.
bool allowed_loader(const std::string& loader) {
  for (const char* prefix : {"jpegload", "pngload", "webpload", "tiffload", "heifload", "gifload"})
    if (loader.rfind(prefix, 0) == 0) return true;
  return false;
}

std::string first_line(std::string s) {
  auto nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  return std::string(trim(s));
}

// Drops every metadata item: EXIF (GPS included), XMP, IPTC, ICC, orientation,
// comments. Only the pixels and the basic header remain.
VImage without_metadata(const VImage& image) {
  VImage out = image.copy();
  gchar** fields = vips_image_get_fields(out.get_image());
  for (gchar** f = fields; f && *f; ++f) {
    static const char* core[] = {"width", "height", "bands", "format", "coding", "interpretation",
                                 "xoffset", "yoffset", "xres", "yres", "filename", "mode", "scale", "offset"};
    if (std::none_of(std::begin(core), std::end(core), [&](const char* c) { return std::string(c) == *f; }))
      vips_image_remove(out.get_image(), *f);
  }
  g_strfreev(fields);
  return out;
}

std::optional<ImageSet> from_cache(const std::string& dir, const ImageSet& base, const ImageOptions& options) {
  auto index = read_file(dir + "/index");
  if (!index) return std::nullopt;
  ImageSet set = base;
  for (const auto& line : split(*index, '\n')) {
    if (line.empty()) continue;
    auto parts = split(line, ' ');
    if (parts.size() != 2) return std::nullopt;
    ImageVariant v;
    try {
      v.width = std::stoi(parts[0]);
      v.height = std::stoi(parts[1]);
    } catch (...) {
      return std::nullopt;
    }
    std::string name = set.hash.substr(0, 12) + "-" + std::to_string(v.width);
    v.webp_cache = dir + "/" + std::to_string(v.width) + ".webp";
    v.jpeg_cache = dir + "/" + std::to_string(v.width) + ".jpg";
    std::error_code ec;
    if (!fs::is_regular_file(v.webp_cache, ec) || !fs::is_regular_file(v.jpeg_cache, ec)) return std::nullopt;
    v.webp = options.output_dir + "/" + name + ".webp";
    v.jpeg = options.output_dir + "/" + name + ".jpg";
    set.variants.push_back(std::move(v));
  }
  if (set.variants.empty()) return std::nullopt;
  return set;
}

}  // namespace

std::optional<ImageSet> prepare_image(const std::string& root, const std::string& source, const SourceLoc& loc,
                                      const ImageOptions& options, Diagnostics& diag, bool* processed) {
  if (processed) *processed = false;
  std::string path = root + "/" + source;
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    diag.error(loc, "не удалось прочитать фотографию «" + source + "»", "проверьте, что файл есть и доступен для чтения");
    return std::nullopt;
  }
  if (static_cast<long long>(size) > options.max_bytes) {
    diag.error(loc, "фотография «" + source + "» слишком большая: " + std::to_string(size / (1024 * 1024)) + " МБ",
               "уменьшите её до 2000 точек по длинной стороне и сохраните в JPEG (допустимо не больше " +
                   std::to_string(options.max_bytes / (1024 * 1024)) + " МБ)");
    return std::nullopt;
  }
  auto bytes = read_file(path);
  if (!bytes) {
    diag.error(loc, "не удалось прочитать фотографию «" + source + "»", "проверьте права доступа к файлу");
    return std::nullopt;
  }
  std::string widths;
  for (int w : options.widths) widths += std::to_string(w) + ",";
  ImageSet set;
  set.source = source;
  set.hash = hex64(hash64(*bytes + "\n" + kPipeline + " " + widths));
  std::string dir = options.cache_dir + "/" + set.hash;
  if (auto cached = from_cache(dir, set, options)) return cached;

  if (!init_vips()) {
    diag.error(loc, "не удалось запустить обработку изображений (libvips)", "переустановите пакет libvips");
    return std::nullopt;
  }
  const std::string broken_hint =
      "файл повреждён или это не фотография: откройте его в просмотрщике, сохраните заново в JPEG или PNG и "
      "пересоберите сайт";
  try {
    // Reading the header decodes no pixels: the size is checked first, so a
    // decompression bomb is refused before it takes any memory.
    VImage in = VImage::new_from_buffer(bytes->data(), bytes->size(), "",
                                        VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR));
    std::string loader = in.get_typeof("vips-loader") ? in.get_string("vips-loader") : "";
    if (!allowed_loader(loader)) {
      diag.error(loc, "«" + source + "» — не фотография в формате JPEG, PNG, WebP, TIFF, HEIF или GIF",
                 "сохраните фотографию в JPEG");
      return std::nullopt;
    }
    long long pixels = static_cast<long long>(in.width()) * in.height();
    if (pixels > options.max_pixels) {
      diag.error(loc, "изображение «" + source + "» слишком большое: " + std::to_string(in.width()) + "×" +
                          std::to_string(in.height()) + " точек (" + std::to_string(pixels / 1'000'000) +
                          " Мпикс), допустимо не больше " + std::to_string(options.max_pixels / 1'000'000) + " Мпикс",
                 "уменьшите фотографию до 2000 точек по длинной стороне");
      return std::nullopt;
    }
    // Upright first (the orientation tag goes with the rest of the metadata),
    // then sRGB from the embedded profile, 8 bits, no transparency.
    VImage img = in.autorot();
    if (img.get_typeof(VIPS_META_ICC_NAME)) {
      img = img.icc_transform("srgb", VImage::option()->set("embedded", true)->set("intent", VIPS_INTENT_PERCEPTUAL));
    } else if (img.interpretation() != VIPS_INTERPRETATION_sRGB) {
      img = img.colourspace(VIPS_INTERPRETATION_sRGB);
    }
    if (img.has_alpha()) img = img.flatten(VImage::option()->set("background", std::vector<double>{255, 255, 255}));
    if (img.format() != VIPS_FORMAT_UCHAR) img = img.cast(VIPS_FORMAT_UCHAR);
    img = without_metadata(img);

    std::vector<int> targets;
    for (int w : options.widths)
      if (w <= img.width()) targets.push_back(w);
    if (targets.empty()) targets.push_back(img.width());  // a small photo is never enlarged

    std::string tmp = dir + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<uintptr_t>(&set));
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp, ec);
    std::string index;
    for (int w : targets) {
      double scale = static_cast<double>(w) / img.width();
      VImage out = w == img.width() ? img : img.resize(scale, VImage::option()->set("kernel", VIPS_KERNEL_LANCZOS3));
      out = without_metadata(out);
      VipsBlob* webp = out.webpsave_buffer(VImage::option()->set("Q", 80)->set("strip", true));
      VipsBlob* jpeg = out.jpegsave_buffer(
          VImage::option()->set("Q", 82)->set("strip", true)->set("optimize_coding", true)->set("interlace", true));
      size_t webp_len = 0, jpeg_len = 0;
      const void* webp_data = vips_blob_get(webp, &webp_len);
      const void* jpeg_data = vips_blob_get(jpeg, &jpeg_len);
      auto webp_clean = webp_without_metadata(std::string(static_cast<const char*>(webp_data), webp_len));
      bool written =
          webp_clean && write_file(tmp + "/" + std::to_string(out.width()) + ".webp", *webp_clean) &&
          write_file(tmp + "/" + std::to_string(out.width()) + ".jpg",
                     std::string_view(static_cast<const char*>(jpeg_data), jpeg_len));
      vips_area_unref(reinterpret_cast<VipsArea*>(webp));
      vips_area_unref(reinterpret_cast<VipsArea*>(jpeg));
      if (!written) {
        diag.error({".nastavnik/images"}, "не удалось записать обработанную фотографию в кэш",
                   "проверьте права на запись в папку сайта и свободное место");
        fs::remove_all(tmp, ec);
        return std::nullopt;
      }
      index += std::to_string(out.width()) + " " + std::to_string(out.height()) + "\n";
    }
    write_file(tmp + "/index", index);
    // Another build may have finished the same image meanwhile: either copy is good.
    fs::remove_all(dir, ec);
    fs::rename(tmp, dir, ec);
    if (ec) fs::remove_all(tmp, ec);
    if (processed) *processed = true;
    if (auto done = from_cache(dir, set, options)) return done;
    diag.error({".nastavnik/images"}, "не удалось сохранить обработанную фотографию в кэш",
               "проверьте права на запись в папку сайта и свободное место");
    return std::nullopt;
  } catch (const VError& e) {
    vips_error_clear();
    diag.error(loc, "не удалось обработать фотографию «" + source + "» (" + first_line(e.what()) + ")", broken_hint);
    return std::nullopt;
  }
}

std::optional<std::string> reencoded_without_metadata(const std::string& bytes, const std::string& suffix) {
  if (!init_vips()) return std::nullopt;
  try {
    VImage in = VImage::new_from_buffer(bytes.data(), bytes.size(), "",
                                        VImage::option()->set("n", -1)->set("fail_on", VIPS_FAIL_ON_ERROR));
    if (static_cast<long long>(in.width()) * in.height() > 100'000'000) return std::nullopt;
    VImage out = in.copy();
    gchar** fields = vips_image_get_fields(out.get_image());
    for (gchar** f = fields; f && *f; ++f) {
      static const char* kept[] = {"width", "height", "bands", "format", "coding", "interpretation", "xoffset",
                                   "yoffset", "xres", "yres", "filename", "mode", "scale", "offset", "page-height",
                                   "n-pages"};
      if (std::none_of(std::begin(kept), std::end(kept), [&](const char* c) { return std::string(c) == *f; }))
        vips_image_remove(out.get_image(), *f);
    }
    g_strfreev(fields);
    void* buf = nullptr;
    size_t len = 0;
    out.write_to_buffer(suffix.c_str(), &buf, &len, VImage::option()->set("strip", true));
    std::string result(static_cast<const char*>(buf), len);
    g_free(buf);
    return result;
  } catch (const VError&) {
    vips_error_clear();
    return std::nullopt;
  }
}

}  // namespace nastavnik

namespace nastavnik {

std::optional<CleanPhoto> clean_uploaded_photo(const std::string& bytes, long long max_pixels, std::string& why) {
  if (!init_vips()) {
    why = "не удалось запустить обработку изображений (libvips)";
    return std::nullopt;
  }
  try {
    VImage in = VImage::new_from_buffer(bytes.data(), bytes.size(), "",
                                        VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR));
    std::string loader = in.get_typeof("vips-loader") ? in.get_string("vips-loader") : "";
    if (!allowed_loader(loader)) {
      why = "это не фотография в формате JPEG, PNG, WebP, TIFF, HEIF или GIF";
      return std::nullopt;
    }
    long long pixels = static_cast<long long>(in.width()) * in.height();
    if (pixels > max_pixels) {
      why = "фотография слишком большая: " + std::to_string(in.width()) + "×" + std::to_string(in.height()) +
            " точек, допустимо не больше " + std::to_string(max_pixels / 1'000'000) + " Мпикс";
      return std::nullopt;
    }
    VImage img = in.autorot();
    if (img.get_typeof(VIPS_META_ICC_NAME)) {
      img = img.icc_transform("srgb", VImage::option()->set("embedded", true)->set("intent", VIPS_INTENT_PERCEPTUAL));
    } else if (img.interpretation() != VIPS_INTERPRETATION_sRGB) {
      img = img.colourspace(VIPS_INTERPRETATION_sRGB);
    }
    if (img.has_alpha()) img = img.flatten(VImage::option()->set("background", std::vector<double>{255, 255, 255}));
    if (img.format() != VIPS_FORMAT_UCHAR) img = img.cast(VIPS_FORMAT_UCHAR);
    img = without_metadata(img);
    VipsBlob* jpeg = img.jpegsave_buffer(VImage::option()->set("Q", 90)->set("strip", true)->set("optimize_coding", true));
    size_t len = 0;
    const void* data = vips_blob_get(jpeg, &len);
    CleanPhoto out{std::string(static_cast<const char*>(data), len), img.width(), img.height()};
    vips_area_unref(reinterpret_cast<VipsArea*>(jpeg));
    return out;
  } catch (const VError& e) {
    vips_error_clear();
    why = "файл повреждён или это не фотография (" + first_line(e.what()) + ")";
    return std::nullopt;
  }
}

}  // namespace nastavnik
