#include "publish/folder_target.h"

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "base/text.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

[[noreturn]] void fail(const std::error_code& ec, const std::string& what) {
  if (ec == std::errc::no_space_on_device)
    throw TargetError(FailureKind::no_space, "в папке публикации закончилось место (" + what + ")",
                      "освободите место на диске или сервере и запустите публикацию снова: она продолжится");
  if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted ||
      ec == std::errc::read_only_file_system)
    throw TargetError(FailureKind::permission_denied, "нет прав на запись: " + what,
                      "проверьте, что папка доступна для записи вашей учётной записи (или попросите администратора)");
  throw TargetError(FailureKind::other, "не удалось " + what + " (" + ec.message() + ")",
                    "проверьте папку публикации и запустите публикацию снова");
}

class FolderTarget : public Target {
 public:
  explicit FolderTarget(fs::path root) : root_(std::move(root)) {}

  std::optional<std::vector<std::string>> list(const std::string& dir) override {
    std::error_code ec;
    fs::path p = root_ / dir;
    if (!fs::is_directory(p, ec)) return std::nullopt;
    std::vector<std::string> names;
    for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
      names.push_back(it->path().filename().string());
    if (ec) fail(ec, "прочитать папку " + p.string());
    return names;
  }

  std::optional<std::string> read(const std::string& path) override {
    std::error_code ec;
    if (!fs::is_regular_file(root_ / path, ec)) return std::nullopt;
    auto text = read_file((root_ / path).string());
    if (!text) fail(std::make_error_code(std::errc::io_error), "прочитать " + (root_ / path).string());
    return text;
  }

  void upload(const std::string& local_file, const std::string& temp, const std::string& path,
              const ByteProgress& progress) override {
    std::error_code ec;
    make_parent(temp);
    fs::copy_file(local_file, root_ / temp, fs::copy_options::overwrite_existing, ec);
    if (ec) fail(ec, "записать " + (root_ / path).string());
    if (progress) progress(fs::file_size(local_file, ec));
    rename(temp, path);
  }

  void upload_data(const std::string& data, const std::string& temp, const std::string& path) override {
    make_parent(temp);
    {
      std::ofstream out(root_ / temp, std::ios::binary | std::ios::trunc);
      out << data;
      out.flush();
      if (!out) fail(std::make_error_code(errno ? std::errc(errno) : std::errc::io_error), "записать " + (root_ / path).string());
    }
    rename(temp, path);
  }

  void remove(const std::string& path) override {
    std::error_code ec;
    fs::remove(root_ / path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) fail(ec, "удалить " + (root_ / path).string());
  }

  void remove_empty_folder(const std::string& dir) override {
    std::error_code ec;
    if (fs::is_directory(root_ / dir, ec) && fs::is_empty(root_ / dir, ec)) fs::remove(root_ / dir, ec);
  }

 private:
  void make_parent(const std::string& rel) {
    std::error_code ec;
    fs::create_directories((root_ / rel).parent_path(), ec);
    if (ec) fail(ec, "создать папку " + (root_ / rel).parent_path().string());
  }

  void rename(const std::string& temp, const std::string& path) {
    std::error_code ec;
    fs::rename(root_ / temp, root_ / path, ec);
    if (ec) fail(ec, "переименовать " + (root_ / temp).string() + " в " + path);
  }

  fs::path root_;
};

}  // namespace

std::unique_ptr<Target> open_folder_target(const std::string& path) {
  fs::path root = fs::path(path);
  std::error_code ec;
  fs::path parent = root.parent_path();
  if (root.filename().empty()) parent = root.parent_path().parent_path();  // "/a/b/" -> "/a"
  if (!fs::is_directory(parent, ec))
    throw TargetError(FailureKind::no_folder, "папка " + parent.string() + " не найдена",
                      "подключите сетевую папку (или проверьте путь в адресе file:///…) и запустите публикацию снова");
  if (fs::exists(root, ec) && !fs::is_directory(root, ec))
    throw TargetError(FailureKind::no_folder, path + " — это файл, а не папка", "укажите папку раздела");
  fs::create_directory(root, ec);
  if (ec) fail(ec, "создать папку " + root.string());
  return std::make_unique<FolderTarget>(root);
}

}  // namespace nastavnik
