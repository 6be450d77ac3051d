#pragma once
// Where a section is published: `sftp://user@host[:port]/path/`, `ftp://…`,
// `ftps://…` (FTP with explicit TLS, AUTH TLS on the usual port) or
// `file:///path/` (a mounted share or a folder of a municipal server).
#include <optional>
#include <string>

namespace nastavnik {

enum class Protocol { sftp, ftp, ftps, folder };

struct TargetAddress {
  Protocol protocol = Protocol::folder;
  std::string user;
  std::string host;
  int port = 0;        // 0: the protocol's default
  std::string path;    // percent-decoded, ends with '/': "/var/www/nastavnichestvo/"
  std::string shown;   // the address as given, for messages (it never holds a password)

  // The folder's last name, "nastavnichestvo" ("" for the root).
  std::string folder_name() const;
};

struct AddressError {
  std::string message, hint;
};

// Parses a target address; on failure fills `error` (in Russian).
std::optional<TargetAddress> parse_target_address(const std::string& text, AddressError& error);

// The last name of a URL's path: "https://school.ru/nastavnichestvo/" ->
// "nastavnichestvo"; "" when the URL has no path.
std::string url_folder_name(const std::string& url);

}  // namespace nastavnik
