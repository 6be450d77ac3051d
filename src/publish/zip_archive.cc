#include "publish/zip_archive.h"

#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <ctime>
#include <filesystem>

#include "base/text.h"
#include "publish/target_address.h"

namespace nastavnik {

namespace {

// Already compressed: stored as they are, deflating them gains nothing.
bool is_compressed(const std::string& path) {
  for (const char* ext : {".jpg", ".jpeg", ".png", ".webp", ".gif", ".pdf", ".zip", ".docx", ".xlsx", ".pptx",
                          ".odt", ".ods", ".mp4", ".mp3", ".woff2"})
    if (ends_with_ci(path, ext)) return true;
  return false;
}

// 2000-01-01 00:00 UTC: the archive does not change with the time of day.
constexpr time_t kFixedTime = 946684800;

bool add_file(zip_t* zip, const std::string& source, const std::string& name, std::string& error) {
  zip_source_t* data = zip_source_file(zip, source.c_str(), 0, -1);
  if (!data) {
    error = "не удалось прочитать " + source;
    return false;
  }
  zip_int64_t index = zip_file_add(zip, name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (index < 0) {
    zip_source_free(data);
    error = "не удалось добавить в архив " + name + ": " + zip_strerror(zip);
    return false;
  }
  zip_set_file_compression(zip, index, is_compressed(name) ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
  zip_file_set_mtime(zip, index, kFixedTime, 0);
  return true;
}

}  // namespace

std::string section_folder_name(const std::string& base_url) {
  std::string name = url_folder_name(base_url);
  return name.empty() ? "nastavnichestvo" : name;
}

bool write_zip(const std::string& local_dir, const FileSet& files, const std::string& folder,
               const std::string& zip_path, std::string& error) {
  namespace fs = std::filesystem;
  std::string temporary = zip_path + ".tmp-" + std::to_string(::getpid());
  std::error_code ec;
  fs::remove(temporary, ec);
  int code = 0;
  zip_t* zip = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!zip) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    error = "не удалось создать архив " + zip_path + ": " + zip_error_strerror(&e);
    zip_error_fini(&e);
    return false;
  }
  bool ok = true;
  for (const auto& [path, _] : files)
    if (!add_file(zip, local_dir + "/" + path, folder + "/" + path, error)) {
      ok = false;
      break;
    }
  if (!ok) {
    zip_discard(zip);
    return false;
  }
  if (zip_close(zip) != 0) {
    error = "не удалось записать архив " + zip_path + ": " + zip_strerror(zip) + " — проверьте свободное место";
    zip_discard(zip);
    fs::remove(temporary, ec);
    return false;
  }
  fs::rename(temporary, zip_path, ec);
  if (ec) {
    error = "не удалось записать архив " + zip_path + " (" + ec.message() + ")";
    fs::remove(temporary, ec);
    return false;
  }
  return true;
}

}  // namespace nastavnik
