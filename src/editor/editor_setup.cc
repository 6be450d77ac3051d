#include "editor/editor_setup.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "editor/auth.h"

namespace nastavnik {

namespace {

// Reads a line from the terminal without showing it.
std::string read_hidden(const char* prompt, std::ostream& err) {
  err << prompt << std::flush;
  termios old{};
  bool tty = ::tcgetattr(0, &old) == 0;
  if (tty) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(0, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) ::tcsetattr(0, TCSANOW, &old);
  err << "\n";
  return line;
}

std::string prompt_password(std::ostream& err) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::string a = read_hidden("Придумайте пароль для редактора (не короче 8 знаков): ", err);
    if (a.size() < 8) {
      err << "Пароль слишком короткий.\n";
      continue;
    }
    if (read_hidden("Повторите пароль: ", err) == a) return a;
    err << "Пароли не совпали.\n";
  }
  return {};
}

}  // namespace

std::unique_ptr<Editor> start_editor(const EditorStart& start, std::ostream& err) {
  EditorSettings s;
  s.root = start.root;
  s.options = start.options;
  s.site_path = start.site_path;
  s.loopback = is_loopback_address(start.bind);
  if (!start.password_file.empty()) {
    std::string error;
    auto password = read_password_file(start.password_file, error);
    if (!password) {
      err << "nastavnik serve: ошибка: " << error << "; редактор не запущен\n";
      return nullptr;
    }
    s.password = *password;
  } else if (!s.loopback) {
    if (!::isatty(0)) {
      err << "nastavnik serve: редактор не запущен: сервер открыт в сети (--bind " << start.bind
          << "), а пароль не задан\n  подсказка: запишите пароль в файл и укажите его: --password-file ФАЙЛ\n";
      return nullptr;
    }
    s.password = prompt_password(err);
    if (s.password.empty()) {
      err << "nastavnik serve: редактор не запущен: пароль не задан\n";
      return nullptr;
    }
  }
  return std::make_unique<Editor>(std::move(s));
}

}  // namespace nastavnik
