#include "editor/uploads.h"

#include <filesystem>

#include "base/file_names.h"
#include "base/text.h"
#include "editor/editor_call.h"
#include "editor/safe_files.h"
#include "render/image.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

bool starts(const std::string& data, std::string_view magic) { return data.compare(0, magic.size(), magic) == 0; }

// The extension a document's bytes make it: PDF, the Office and ODF zips,
// old Word; "" for anything else.
std::string document_kind(const std::string& data, const std::string& sent_ext) {
  if (starts(data, "%PDF-")) return ".pdf";
  if (starts(data, std::string_view("PK\x03\x04", 4))) {
    for (const char* ext : {".docx", ".xlsx", ".pptx", ".odt"})
      if (sent_ext == ext) return ext;
    return "";
  }
  if (starts(data, std::string_view("\xD0\xCF\x11\xE0", 4)) && sent_ext == ".doc") return ".doc";
  if (sent_ext == ".sig" && data.size() < (64u << 10)) return ".sig";  // a detached signature (DER or PEM)
  return "";
}

std::string extension_of(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? std::string() : to_lower(name.substr(dot));
}

}  // namespace

std::optional<std::string> upload_name(const std::string& sent, const std::string& extension) {
  if (sent.find('/') != std::string::npos || sent.find('\\') != std::string::npos || sent.find("..") != std::string::npos ||
      sent.find('\0') != std::string::npos)
    return std::nullopt;
  size_t dot = sent.rfind('.');
  std::string stem = cap_slug(slugify(dot == std::string::npos ? sent : sent.substr(0, dot)), 60);
  if (stem.empty()) stem = "fajl";
  if (file_name_problem(stem + extension)) stem = "fajl-" + stem;
  return stem + extension;
}

std::optional<StoredUpload> store_upload(const std::string& root, const std::string& item_rel, FieldType type,
                                         const UploadedFile& file, std::string& why) {
  std::string sent_ext = extension_of(file.filename);
  std::string data, ext;
  if (type == FieldType::image) {
    if (file.content.size() > kMaxPhotoBytes) {
      why = "фотография больше 25 МБ";
      return std::nullopt;
    }
    auto clean = clean_uploaded_photo(file.content, kMaxPhotoPixels, why);
    if (!clean) return std::nullopt;
    data = std::move(clean->jpeg);
    ext = ".jpg";
  } else {
    if (file.content.size() > kMaxDocumentBytes) {
      why = "файл больше 50 МБ";
      return std::nullopt;
    }
    ext = document_kind(file.content, sent_ext);
    if (ext.empty()) {
      why = "это не документ PDF, DOCX, DOC, XLSX, PPTX, ODT или файл подписи .sig (проверено содержимое файла, не имя)";
      return std::nullopt;
    }
    data = file.content;
  }
  auto name = upload_name(file.filename, ext);
  if (!name) {
    why = "имя файла «" + file.filename + "» содержит путь к папке";
    return std::nullopt;
  }
  std::string sub = type == FieldType::image ? "foto" : "files";
  std::string dir = fs::path(item_rel).parent_path().generic_string() + "/" + sub;
  std::string stem = name->substr(0, name->size() - ext.size()), chosen = *name;
  for (int n = 2; safe_exists(root, dir + "/" + chosen); ++n) {
    if (safe_read(root, dir + "/" + chosen) == data) break;  // the same file again
    chosen = stem + "-" + std::to_string(n) + ext;
  }
  if (!safe_write(root, dir + "/" + chosen, data)) {
    why = "не удалось записать файл в папку " + dir;
    return std::nullopt;
  }
  return StoredUpload{dir + "/" + chosen, sub + "/" + chosen};
}

namespace {

// The field an upload control belongs to ("upload.report_photos.0.file").
const FieldSpec* field_at(const Schema& schema, const std::string& path) {
  const Schema* s = &schema;
  const FieldSpec* found = nullptr;
  for (const auto& part : split(path, '.')) {
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0]))) continue;
    found = nullptr;
    for (const auto& f : *s)
      if (f.name == part) found = &f;
    if (!found) return nullptr;
    s = &found->fields;
  }
  return found;
}

}  // namespace

bool Editor::store_uploads(Call& c, const TypeSchema& type, const Target& t, std::vector<Diagnostic>& problems) {
  for (const auto& [name, file] : c.form.files) {
    if (name.rfind("upload.", 0) != 0) continue;
    std::string path = name.substr(7);
    const FieldSpec* spec = field_at(type.fields, path);
    if (!spec || (spec->type != FieldType::image && spec->type != FieldType::file)) continue;
    std::string why;
    auto stored = store_upload(settings_.root, t.item.rel, spec->type, file, why);
    if (!stored) {
      problems.push_back({Severity::error, {t.item.rel, 0, 0},
                          "поле «" + spec->name + "»: файл «" + file.filename + "» не принят: " + why,
                          spec->type == FieldType::image ? "загрузите фотографию в JPEG или PNG" : "загрузите PDF или DOCX"});
      continue;
    }
    c.form.values.erase(control_name(path));
    c.form.values.emplace(control_name(path), stored->reference);
  }
  return true;
}

}  // namespace nastavnik
