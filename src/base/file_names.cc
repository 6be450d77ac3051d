#include "base/file_names.h"

#include <cctype>

#include "base/hash.h"

namespace nastavnik {

std::string cap_slug(const std::string& slug, size_t max_bytes) {
  if (slug.size() <= max_bytes) return slug;
  std::string suffix(1, '-');
  suffix += short_hash(slug, 4);
  size_t room = max_bytes > suffix.size() ? max_bytes - suffix.size() : 0;
  std::string head = slug.substr(0, room);
  // Cut at the last word boundary, unless that leaves almost nothing.
  size_t dash = head.rfind('-');
  if (room < slug.size() && slug[room] != '-' && dash != std::string::npos && dash >= room / 2) head.resize(dash);
  while (!head.empty() && head.back() == '-') head.pop_back();
  return head + suffix;
}

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_reserved_device(std::string_view name) {
  // The device name is what comes before the first dot: "con.md" is CON.
  std::string stem;
  for (char c : name.substr(0, name.find('.'))) stem += lower(c);
  while (!stem.empty() && stem.back() == ' ') stem.pop_back();
  if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul" || stem == "conin$" || stem == "conout$")
    return true;
  // COM1…COM9, LPT1…LPT9, and the superscript digits Windows also reserves.
  if (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) {
    std::string_view digit = std::string_view(stem).substr(3);
    return (digit.size() == 1 && digit[0] >= '1' && digit[0] <= '9') || digit == "\u00b9" || digit == "\u00b2" ||
           digit == "\u00b3";
  }
  return false;
}

}  // namespace

std::optional<std::string> file_name_problem(std::string_view name) {
  if (name.size() > 255)
    return "имя «" + std::string(name.substr(0, 40)) + "…» слишком длинное (" + std::to_string(name.size()) +
           " байт, а можно не больше 255)";
  if (is_reserved_device(name))
    return "имя «" + std::string(name) + "» зарезервировано в Windows (как con, aux, nul, prn, com1, lpt1): такой файл "
           "или папку нельзя создать на компьютере с Windows";
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || std::string_view("<>:\"\\|?*").find(c) != std::string_view::npos)
      return "в имени «" + std::string(name) + "» есть знак, недопустимый в именах файлов Windows (< > : \" \\ | ? * "
             "или управляющий символ)";
  }
  if (!name.empty() && (name.back() == '.' || name.back() == ' '))
    return "имя «" + std::string(name) + "» кончается точкой или пробелом: Windows такие имена обрезает";
  return std::nullopt;
}

bool is_hosting_dotfile(std::string_view name) { return name == ".htaccess" || name == ".well-known"; }

bool is_editor_leftover(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view suffix) {
    return lower.size() >= suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return lower.rfind("~$", 0) == 0 || lower == "thumbs.db" || lower == "ehthumbs.db" || lower == "desktop.ini" ||
         lower == ".ds_store" || lower.rfind("._", 0) == 0 || ends(".bak") || ends(".orig") || ends(".rej") ||
         ends(".old") || ends("~");
}

}  // namespace nastavnik
