#include "output/published_files.h"

#include <filesystem>
#include <fstream>

#include "base/file_names.h"
#include "base/text.h"
#include "content/links.h"
#include "render/image.h"
#include "render/image_metadata.h"
#include "render/svg_sanitizer.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// A picture bigger than this is not read whole to be cleaned.
constexpr unsigned long long kMaxPictureBytes = 100ull * 1024 * 1024;

bool is_svg(const std::string& path) { return ends_with_ci(path, ".svg"); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The first bytes of a file: enough to tell a picture by its signature.
std::string head_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char buf[32];
  in.read(buf, sizeof buf);
  return std::string(buf, static_cast<size_t>(in.gcount()));
}

std::optional<std::string> without_metadata(RasterFormat format, const std::string& bytes) {
  switch (format) {
    case RasterFormat::jpeg: return jpeg_without_metadata(bytes);
    case RasterFormat::png: return png_without_metadata(bytes);
    case RasterFormat::gif: return gif_without_metadata(bytes);
    case RasterFormat::webp: return webp_without_metadata(bytes);
    case RasterFormat::tiff: return reencoded_without_metadata(bytes, ".tif");
    case RasterFormat::heif: return reencoded_without_metadata(bytes, ".heic");
    case RasterFormat::none: break;
  }
  return bytes;
}

// Reads a published SVG and reports what it holds that cannot be published.
void check_svg(const CopiedFile& f, const std::string& root, Diagnostics& diag, bool* ok) {
  auto text = read_file(root + "/" + f.source);
  auto clean = text ? sanitize_svg(*text) : std::nullopt;
  *ok = clean.has_value();
  if (!clean) {
    diag.error({f.source}, "SVG-картинку не удалось прочитать: она повреждена или это не SVG, проверить её нельзя",
               "откройте её в редакторе (например, в Inkscape) и сохраните заново или сохраните её в PNG");
  } else if (!clean->removed.empty()) {
    diag.warning({f.source}, "из SVG-картинки убрано то, что выполняется или загружается при её открытии: " + joined(clean->removed),
                 "сохраните картинку без скриптов и внешних ссылок (в Inkscape: «Сохранить как» → «Оптимизированный SVG») "
                 "или в PNG");
  }
}

}  // namespace

std::set<std::string> named_outputs(const Library& lib, const std::vector<const std::vector<std::string>*>& page_deps) {
  std::set<std::string> out;
  for (const auto* deps : page_deps)
    for (const auto& key : *deps) {
      if (key.rfind("exists:", 0) == 0) out.insert(key.substr(7));
      if (key.rfind("stamp:content/", 0) == 0) out.insert(key.substr(14));
    }
  for (const auto& m : lib.config.menu)
    if (!is_external_url(m.link))
      if (auto target = resolve_target(lib, "content", percent_decode(m.link))) out.insert(*target);
  return out;
}

std::vector<CopiedFile> published_files(const Library& lib, const std::set<std::string>& named, bool report,
                                        Diagnostics& diag) {
  std::vector<CopiedFile> out;
  for (const auto& f : lib.files) {
    if (is_editor_leftover(fs::path(f.source).filename().string())) {
      if (report)
        diag.warning({f.source}, "служебный файл (резервная копия, временный файл Word, миниатюры Windows) не публикуется",
                     "удалите его из папки сайта");
      continue;
    }
    if (f.source.rfind("static/", 0) != 0 && !named.count(f.output)) {
      if (report)
        diag.warning({f.source}, "файл не публикуется: на него не ссылается ни одна опубликованная страница",
                     "сошлитесь на него из текста, например [Положение](files/polozhenie.pdf), или из поля file; "
                     "файл для всех положите в static/, ненужный удалите");
      continue;
    }
    if (is_svg(f.source)) {
      bool ok = false;
      check_svg(f, lib.config.root, diag, &ok);
      if (!ok) continue;
    }
    out.push_back(f);
  }
  return out;
}

bool publish_file(StagedOutput& out, const std::string& root, const CopiedFile& file, Diagnostics& diag) {
  std::string path = root + "/" + file.source;
  if (is_svg(file.source)) {
    auto text = read_file(path);
    auto clean = text ? sanitize_svg(*text) : std::nullopt;
    return clean && out.write(file.output, clean->svg);
  }
  RasterFormat format = raster_format(head_of(path));
  if (format == RasterFormat::none) return out.copy(path, file.output);
  std::error_code ec;
  if (fs::file_size(path, ec) > kMaxPictureBytes) {
    diag.error({file.source}, "изображение слишком большое, чтобы очистить его от метаданных (больше 100 МБ)",
               "уменьшите его и сохраните в JPEG или PNG");
    return true;
  }
  auto bytes = read_file(path);
  if (!bytes) return false;
  auto clean = without_metadata(format, *bytes);
  if (!clean) {
    diag.error({file.source}, "не удалось убрать из изображения метаданные (место съёмки, камеру): файл повреждён",
               "откройте изображение в просмотрщике, сохраните заново в JPEG или PNG и пересоберите сайт");
    return true;
  }
  return out.write(file.output, *clean);
}

}  // namespace nastavnik
