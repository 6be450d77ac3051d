#include "publish/credentials.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace nastavnik {

std::string home_folder() {
  const char* home = std::getenv("HOME");
  return home ? home : "";
}

std::optional<std::string> password_from_environment() {
  const char* p = std::getenv("NASTAVNIK_PASSWORD");
  if (!p || !*p) return std::nullopt;
  return std::string(p);
}

std::optional<std::string> ask_password(const std::string& prompt) {
  if (!::isatty(0)) return std::nullopt;
  std::cerr << prompt << std::flush;
  termios saved{};
  bool restore = ::tcgetattr(0, &saved) == 0;
  if (restore) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(0, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (restore) ::tcsetattr(0, TCSAFLUSH, &saved);
  std::cerr << "\n";
  if (line.empty()) return std::nullopt;
  return line;
}

std::string ssh_key_file(const std::string& configured) {
  namespace fs = std::filesystem;
  if (!configured.empty())
    return configured.rfind("~/", 0) == 0 ? home_folder() + configured.substr(1) : configured;
  std::error_code ec;
  for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
    std::string path = home_folder() + "/.ssh/" + name;
    if (fs::exists(path, ec)) return path;
  }
  return {};
}

std::string known_hosts_file() { return home_folder() + "/.ssh/known_hosts"; }

}  // namespace nastavnik
