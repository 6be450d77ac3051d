#include "publish/curl_target.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>

#include "base/text.h"
#include "publish/credentials.h"
#include "publish/curl_errors.h"
#include "publish/plan.h"

namespace nastavnik {

namespace {

size_t append_to_string(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

struct Transfer {
  const ByteProgress* progress = nullptr;
};

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t sent) {
  auto* t = static_cast<Transfer*>(user);
  if (t->progress && *t->progress && !(*t->progress)(static_cast<unsigned long long>(sent))) return 1;
  return 0;
}

int on_host_key(CURL*, const curl_khkey*, const curl_khkey*, enum curl_khmatch match, void* user) {
  auto* verdict = static_cast<HostKeyVerdict*>(user);
  switch (match) {
    case CURLKHMATCH_OK:
      *verdict = HostKeyVerdict::known;
      return CURLKHSTAT_FINE;
    case CURLKHMATCH_MISMATCH:
      *verdict = HostKeyVerdict::changed;
      return CURLKHSTAT_REJECT;
    default:
      *verdict = HostKeyVerdict::unknown;
      return CURLKHSTAT_REJECT;
  }
}

// A path inside an SFTP quote command, in double quotes.
std::string quoted(const std::string& path) {
  std::string out = "\"";
  for (char c : path) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

class CurlList {
 public:
  explicit CurlList(const std::vector<std::string>& items) {
    for (const auto& i : items) list_ = curl_slist_append(list_, i.c_str());
  }
  ~CurlList() { curl_slist_free_all(list_); }
  CurlList(const CurlList&) = delete;
  curl_slist* get() const { return list_; }

 private:
  curl_slist* list_ = nullptr;
};

class CurlTarget : public Target {
 public:
  explicit CurlTarget(const CurlTargetOptions& options) : options_(options), handle_(curl_easy_init()) {
    if (!handle_) throw TargetError(FailureKind::other, "не удалось запустить libcurl", "");
    password_ = password_from_environment();
    std::string scheme = options_.address.protocol == Protocol::sftp ? "sftp://" : "ftp://";
    // The user goes into the URL rather than CURLOPT_USERNAME: with the
    // option set, libcurl takes the password as given and skips ~/.netrc.
    std::string user;
    for (char c : options_.address.user) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~') {
        user += c;
      } else {
        char hex[4];
        std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
        user += hex;
      }
    }
    origin_ = scheme + (user.empty() ? "" : user + "@") + options_.address.host +
              (options_.address.port ? std::string(":") + std::to_string(options_.address.port) : std::string());
  }
  ~CurlTarget() override { curl_easy_cleanup(handle_); }

  std::optional<std::vector<std::string>> list(const std::string& dir) override {
    std::string body;
    CURLcode code = perform("прочитать папку " + shown(dir), [&] {
      curl_easy_setopt(handle_, CURLOPT_URL, url(folder_path(dir)).c_str());
      curl_easy_setopt(handle_, CURLOPT_DIRLISTONLY, 1L);
      curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, append_to_string);
      curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &body);
    }, {CURLE_REMOTE_FILE_NOT_FOUND, CURLE_REMOTE_ACCESS_DENIED, CURLE_FTP_COULDNT_RETR_FILE});
    if (code != CURLE_OK) return std::nullopt;
    std::vector<std::string> names;
    for (auto line : split(body, '\n')) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (size_t slash = line.rfind('/'); slash != std::string::npos) line = line.substr(slash + 1);
      if (!line.empty() && line != "." && line != "..") names.push_back(line);
    }
    return names;
  }

  std::optional<std::string> read(const std::string& path) override {
    std::string body;
    CURLcode code = perform("прочитать " + shown(path), [&] {
      curl_easy_setopt(handle_, CURLOPT_URL, url(options_.address.path + path).c_str());
      curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, append_to_string);
      curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &body);
    }, {CURLE_REMOTE_FILE_NOT_FOUND, CURLE_REMOTE_ACCESS_DENIED});
    if (code != CURLE_OK) return std::nullopt;
    return body;
  }

  void upload(const std::string& local_file, const std::string& temp, const std::string& path,
              const ByteProgress& progress) override {
    std::FILE* file = std::fopen(local_file.c_str(), "rb");
    if (!file) throw TargetError(FailureKind::other, "не удалось прочитать " + local_file, "соберите раздел заново");
    std::error_code ec;
    auto size = std::filesystem::file_size(local_file, ec);
    Transfer transfer{&progress};
    try {
      send(temp, path, [&] {
        curl_easy_setopt(handle_, CURLOPT_READDATA, file);
        curl_easy_setopt(handle_, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(size));
        curl_easy_setopt(handle_, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(handle_, CURLOPT_XFERINFOFUNCTION, on_progress);
        curl_easy_setopt(handle_, CURLOPT_XFERINFODATA, &transfer);
      }, [&] { std::rewind(file); });
    } catch (...) {
      std::fclose(file);
      throw;
    }
    std::fclose(file);
  }

  void upload_data(const std::string& data, const std::string& temp, const std::string& path) override {
    struct Reader {
      const std::string* data;
      size_t at = 0;
    } reader{&data};
    auto read_callback = +[](char* buffer, size_t size, size_t count, void* user) -> size_t {
      auto* r = static_cast<Reader*>(user);
      size_t n = std::min(size * count, r->data->size() - r->at);
      std::copy_n(r->data->data() + r->at, n, buffer);
      r->at += n;
      return n;
    };
    send(temp, path, [&] {
      curl_easy_setopt(handle_, CURLOPT_READFUNCTION, read_callback);
      curl_easy_setopt(handle_, CURLOPT_READDATA, &reader);
      curl_easy_setopt(handle_, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
    }, [&] { reader.at = 0; });
  }

  void remove(const std::string& path) override {
    CURLcode code = command("удалить " + shown(path), parent_folder(path), file_command("DELE", "rm", path), false);
    if (code == CURLE_OK) return;
    // Already gone (a resumed publish) is fine; anything else is a refusal.
    auto names = list(parent_folder(path));
    if (!names || std::find(names->begin(), names->end(), leaf(path)) == names->end()) return;
    command("удалить " + shown(path), parent_folder(path), file_command("DELE", "rm", path), true);
  }

  void remove_empty_folder(const std::string& dir) override {
    std::string parent = parent_folder(dir);
    std::vector<std::string> cmd = sftp() ? std::vector<std::string>{"*rmdir " + quoted(options_.address.path + dir)}
                                          : std::vector<std::string>{"*RMD " + leaf(dir)};
    command("удалить папку " + shown(dir), parent, cmd, false);
  }

 private:
  bool sftp() const { return options_.address.protocol == Protocol::sftp; }
  static std::string leaf(const std::string& path) {
    std::string folder = parent_folder(path);
    return folder.empty() ? path : path.substr(folder.size() + 1);
  }
  std::string shown(const std::string& rel) const { return options_.address.path + rel; }
  std::string folder_path(const std::string& dir) const {
    return options_.address.path + dir + (dir.empty() ? "" : "/");
  }
  std::string url(const std::string& path) const { return origin_ + url_encode_path(path); }

  // SFTP names files by their full path; FTP commands run in the file's folder.
  std::vector<std::string> file_command(const char* ftp, const char* sftp_name, const std::string& path) const {
    if (sftp()) return {std::string(sftp_name) + " " + quoted(options_.address.path + path)};
    return {std::string(ftp) + " " + leaf(path)};
  }

  // Runs commands in `dir` without a transfer.
  CURLcode command(const std::string& what, const std::string& dir, const std::vector<std::string>& commands,
                   bool fail_on_error) {
    CurlList list(commands);
    std::vector<CURLcode> tolerated;
    if (!fail_on_error) tolerated = {CURLE_QUOTE_ERROR, CURLE_REMOTE_ACCESS_DENIED, CURLE_REMOTE_FILE_NOT_FOUND};
    return perform(what, [&] {
      curl_easy_setopt(handle_, CURLOPT_URL, url(sftp() ? options_.address.path : folder_path(dir)).c_str());
      curl_easy_setopt(handle_, CURLOPT_NOBODY, 1L);
      curl_easy_setopt(handle_, sftp() ? CURLOPT_QUOTE : CURLOPT_POSTQUOTE, list.get());
    }, tolerated);
  }

  // Uploads to `temp` and renames it to `path`. SFTP (version 3, OpenSSH)
  // cannot rename onto an existing file: the old one is removed first, so
  // a reader may miss the file for a moment but never sees half of it.
  void send(const std::string& temp, const std::string& path, const std::function<void()>& source,
            const std::function<void()>& rewind) {
    std::vector<std::string> rename;
    if (sftp())
      rename = {"*rm " + quoted(options_.address.path + path),
                "rename " + quoted(options_.address.path + temp) + " " + quoted(options_.address.path + path)};
    else
      rename = {"RNFR " + leaf(temp), "RNTO " + leaf(path)};
    CurlList commands(rename);
    auto setup = [&] {
      curl_easy_setopt(handle_, CURLOPT_URL, url(options_.address.path + temp).c_str());
      curl_easy_setopt(handle_, CURLOPT_UPLOAD, 1L);
      curl_easy_setopt(handle_, CURLOPT_FTP_CREATE_MISSING_DIRS, static_cast<long>(CURLFTP_CREATE_DIR_RETRY));
      curl_easy_setopt(handle_, CURLOPT_POSTQUOTE, commands.get());
      rewind();
      source();
    };
    std::vector<CURLcode> tolerated;
    if (!sftp()) tolerated = {CURLE_QUOTE_ERROR};
    CURLcode code = perform("загрузить " + shown(path), setup, tolerated);
    if (code == CURLE_OK) return;
    // Some FTP servers refuse to rename onto an existing file.
    command("загрузить " + shown(path), parent_folder(path),
            {"*DELE " + leaf(path), "RNFR " + leaf(temp), "RNTO " + leaf(path)}, true);
  }

  // Runs one request with the connection's settings; a refused login is
  // retried once with a password typed on the terminal. Codes in
  // `tolerated` are returned, every other failure is thrown.
  CURLcode perform(const std::string& what, const std::function<void()>& setup,
                   const std::vector<CURLcode>& tolerated) {
    for (int attempt = 0;; ++attempt) {
      curl_easy_reset(handle_);
      configure();
      setup();
      char error[CURL_ERROR_SIZE] = "";
      curl_easy_setopt(handle_, CURLOPT_ERRORBUFFER, error);
      host_key_ = HostKeyVerdict::not_checked;
      CURLcode code = curl_easy_perform(handle_);
      long response = 0;
      curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &response);
      if (code == CURLE_OK) return code;
      bool login_refused = code == CURLE_LOGIN_DENIED || (!sftp() && response == 530);
      if (login_refused && attempt == 0 && !password_ && options_.may_prompt) {
        password_ = ask_password("Пароль для " + options_.address.user + "@" + options_.address.host + ": ");
        if (password_) continue;
      }
      if (login_refused) code = CURLE_LOGIN_DENIED;
      if (std::find(tolerated.begin(), tolerated.end(), code) != tolerated.end()) return code;
      throw_curl_failure(options_.address, {code, response, error, host_key_, what});
    }
  }

  void configure() {
    const TargetAddress& a = options_.address;
    curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle_, CURLOPT_CONNECTTIMEOUT, 20L);
    // A connection that carries nothing for a minute is a lost one.
    curl_easy_setopt(handle_, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(handle_, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(handle_, CURLOPT_SERVER_RESPONSE_TIMEOUT, 60L);
    if (password_) curl_easy_setopt(handle_, CURLOPT_PASSWORD, password_->c_str());
    else curl_easy_setopt(handle_, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
    if (sftp()) {
      curl_easy_setopt(handle_, CURLOPT_SSH_AUTH_TYPES,
                       static_cast<long>(CURLSSH_AUTH_PUBLICKEY | CURLSSH_AUTH_PASSWORD | CURLSSH_AUTH_KEYBOARD));
      if (!options_.key_file.empty()) {
        curl_easy_setopt(handle_, CURLOPT_SSH_PRIVATE_KEYFILE, options_.key_file.c_str());
        std::error_code ec;
        std::string pub = options_.key_file + ".pub";
        curl_easy_setopt(handle_, CURLOPT_SSH_PUBLIC_KEYFILE, std::filesystem::exists(pub, ec) ? pub.c_str() : "");
      }
      curl_easy_setopt(handle_, CURLOPT_SSH_KNOWNHOSTS, options_.known_hosts.c_str());
      curl_easy_setopt(handle_, CURLOPT_SSH_KEYFUNCTION, on_host_key);
      curl_easy_setopt(handle_, CURLOPT_SSH_KEYDATA, &host_key_);
      curl_easy_setopt(handle_, CURLOPT_NEW_FILE_PERMS, 0644L);
      curl_easy_setopt(handle_, CURLOPT_NEW_DIRECTORY_PERMS, 0755L);
    } else {
      curl_easy_setopt(handle_, CURLOPT_FTP_FILEMETHOD, static_cast<long>(CURLFTPMETHOD_MULTICWD));
      if (a.protocol == Protocol::ftps) curl_easy_setopt(handle_, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
      if (!options_.ca_file.empty()) curl_easy_setopt(handle_, CURLOPT_CAINFO, options_.ca_file.c_str());
    }
  }

  CurlTargetOptions options_;
  CURL* handle_;
  std::string origin_;
  std::optional<std::string> password_;
  HostKeyVerdict host_key_ = HostKeyVerdict::not_checked;
};

}  // namespace

std::unique_ptr<Target> open_curl_target(const CurlTargetOptions& options) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialised;
  return std::make_unique<CurlTarget>(options);
}

}  // namespace nastavnik
