#include "editor/pages.h"

#include "base/text.h"
#include "content/schemas.h"
#include "editor/catalogue.h"
#include "editor/form_html.h"

namespace nastavnik {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

// Percent-encodes a query value (ids may hold Cyrillic or '/').
std::string query_escape(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string menu(const Frame& f) {
  std::string out = "<nav class=\"editor-nav\" aria-label=\"Разделы редактора\">\n<ul>\n";
  auto item = [&](const std::string& href, const std::string& label, const std::string& key) {
    out += "<li><a href=\"" + href + "\"" + (f.current == key ? " aria-current=\"page\"" : "") + ">" + esc(label) +
           "</a></li>\n";
  };
  item(kEditorRoot, "Начало", "home");
  for (const auto& t : editor_types()) {
    const TypeSchema& s = type_schema(t);
    item(type_url(t), s.plural.empty() ? s.label : s.plural, t);
  }
  item(std::string(kEditorRoot) + "attention", "Что требует внимания", "attention");
  item(std::string(kEditorRoot) + "recycle", "Корзина", "recycle");
  return out + "</ul>\n</nav>\n";
}

}  // namespace

std::string type_url(const std::string& type) { return std::string(kEditorRoot) + type + "/"; }

std::string edit_url(const std::string& type, const std::string& id, const std::string& node) {
  return type_url(type) + "edit?id=" + query_escape(id) + (node.empty() ? "" : "&node=" + query_escape(node));
}

std::string csrf_field(const std::string& csrf) {
  return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(csrf) + "\">\n";
}

std::string editor_page(const Frame& f, const std::string& content) {
  std::string out =
      "<!doctype html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"csrf-token\" content=\"" + esc(f.csrf) + "\">\n"
      "<title>" + esc(f.title) + " — редактор раздела</title>\n"
      "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/_editor/assets/editor.css\">\n"
      "<script src=\"/_editor/assets/editor.js\" defer></script>\n</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">К содержанию</a>\n"
      "<header class=\"editor-header\">\n<p class=\"brand\"><a href=\"/_editor/\">Редактор раздела</a></p>\n";
  if (!f.site_link.empty()) out += "<p><a href=\"" + esc(f.site_link) + "\">Открыть сайт</a></p>\n";
  if (f.logout)
    out += "<form method=\"post\" action=\"/_editor/logout\" class=\"logout\">" + csrf_field(f.csrf) +
           "<button type=\"submit\">Выйти</button></form>\n";
  out += "</header>\n" + menu(f) + "<main id=\"main\">\n<h1>" + esc(f.title) + "</h1>\n";
  if (!f.notice.empty()) out += "<p class=\"notice\" role=\"status\">" + esc(f.notice) + "</p>\n";
  return out + content + "</main>\n</body>\n</html>\n";
}

std::string list_content(const TypeSchema& type, const std::vector<ListRow>& rows) {
  std::string out;
  if (!type.help.empty()) out += "<p class=\"help\">" + esc(type.help) + "</p>\n";
  if (is_folder_type(type))
    out += "<p><a class=\"button\" href=\"" + type_url(type.type) + "new\">Добавить: " + esc(lower_first(type.label)) +
           "</a></p>\n";
  if (rows.empty()) return out + "<p>Пока ничего нет.</p>\n";
  out += "<table class=\"items\">\n<thead><tr><th scope=\"col\">Название</th><th scope=\"col\">Дата</th>"
         "<th scope=\"col\">Состояние</th><th scope=\"col\">Замечания проверки</th></tr></thead>\n<tbody>\n";
  for (const auto& r : rows) {
    out += "<tr><td><a href=\"" + esc(r.link) + "\">" + esc(r.title.empty() ? r.id : r.title) + "</a></td><td>" +
           esc(r.date) + "</td><td>" + esc(r.status) + "</td><td>";
    if (r.problems.empty()) out += "нет";
    else out += render_messages(r.problems);
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace nastavnik
