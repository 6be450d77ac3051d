#include "publish/target_address.h"

#include <cctype>

#include "base/text.h"

namespace nastavnik {

namespace {

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string last_segment(std::string path) {
  while (!path.empty() && path.back() == '/') path.pop_back();
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

const char* kExamples =
    "например: sftp://editor@school7.ru/var/www/school7.ru/nastavnichestvo/, "
    "ftp://editor@ftp.school7.ru/public_html/nastavnichestvo/ или file:///mnt/server/nastavnichestvo/";

}  // namespace

std::string TargetAddress::folder_name() const { return last_segment(path); }

std::string url_folder_name(const std::string& url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return path == std::string::npos ? std::string() : last_segment(percent_decode(url.substr(path)));
}

std::optional<TargetAddress> parse_target_address(const std::string& text, AddressError& error) {
  TargetAddress a;
  a.shown = text;
  size_t scheme_end = text.find("://");
  std::string scheme = scheme_end == std::string::npos ? std::string() : to_lower(text.substr(0, scheme_end));
  if (scheme == "sftp") a.protocol = Protocol::sftp;
  else if (scheme == "ftp") a.protocol = Protocol::ftp;
  else if (scheme == "ftps") a.protocol = Protocol::ftps;
  else if (scheme == "file") a.protocol = Protocol::folder;
  else {
    error = {"адрес публикации «" + text + "» не начинается с sftp://, ftp://, ftps:// или file://", kExamples};
    return std::nullopt;
  }
  std::string rest = text.substr(scheme_end + 3);
  size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  a.path = slash == std::string::npos ? "/" : percent_decode(rest.substr(slash));
  if (a.path.back() != '/') a.path += '/';
  if (a.protocol == Protocol::folder) {
    if (!authority.empty() && authority != "localhost") {
      error = {"в адресе папки «" + text + "» после file:// должна идти третья косая черта",
               "пишите file:///mnt/server/nastavnichestvo/ — три косые черты, затем путь к папке"};
      return std::nullopt;
    }
    return a;
  }
  if (size_t at = authority.rfind('@'); at != std::string::npos) {
    a.user = percent_decode(authority.substr(0, at));
    authority = authority.substr(at + 1);
  }
  if (a.user.find(':') != std::string::npos) {
    error = {"в адресе публикации записан пароль — так его увидят все, у кого есть site.yaml или журнал команд",
             "уберите пароль из адреса (оставьте user@host) и задайте его в файле ~/.netrc, в переменной "
             "NASTAVNIK_PASSWORD или введите, когда программа спросит"};
    return std::nullopt;
  }
  if (size_t colon = authority.rfind(':'); colon != std::string::npos && authority.find(']') == std::string::npos) {
    try {
      a.port = std::stoi(authority.substr(colon + 1));
    } catch (...) {
      a.port = -1;
    }
    if (a.port < 1 || a.port > 65535) {
      error = {"неверный порт в адресе «" + text + "»", "порт — число от 1 до 65535 после двоеточия: sftp://user@host:2222/путь/"};
      return std::nullopt;
    }
    authority = authority.substr(0, colon);
  }
  a.host = authority;
  if (a.host.empty()) {
    error = {"в адресе публикации «" + text + "» нет имени сервера", kExamples};
    return std::nullopt;
  }
  if (a.protocol == Protocol::sftp && a.user.empty()) {
    error = {"в адресе SFTP «" + text + "» не указано имя пользователя",
             "пишите имя перед сервером: sftp://editor@" + a.host + a.path};
    return std::nullopt;
  }
  return a;
}

}  // namespace nastavnik
