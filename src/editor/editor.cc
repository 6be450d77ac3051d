#include "editor/editor.h"
#include "editor/editor_call.h"

#include <httplib.h>

#include <thread>

#include "base/embedded.h"
#include "base/text.h"
#include "content/schemas.h"
#include "editor/catalogue.h"
#include "editor/form_html.h"
#include "editor/history.h"
#include "editor/pages.h"
#include "render/markdown.h"

namespace nastavnik {

// One request being answered, once admitted.
namespace {

std::string esc(std::string_view s) { return html_escape(s); }

RequestOrigin origin_of(const httplib::Request& req) {
  return {req.get_header_value("Host"), req.get_header_value("Origin"), req.get_header_value("Referer"),
          req.get_header_value("Sec-Fetch-Site"), req.get_header_value("Cookie")};
}

FormData form_of(const httplib::Request& req) {
  FormData form;
  if (req.is_multipart_form_data()) {
    for (const auto& [name, part] : req.files) {
      if (part.filename.empty())
        form.values.emplace(name, part.content);
      else if (!part.content.empty())
        form.files[name] = {part.filename, part.content_type, part.content};
    }
  } else if (req.method == "POST") {
    for (const auto& [k, v] : req.params) form.values.emplace(k, v);
  }
  return form;
}

// The editor's own scripts and styles (editor/assets, compiled in).
const EmbeddedFile* asset(const std::string& name) {
  for (const auto& f : embedded_editor_assets())
    if (f.path == name) return &f;
  return nullptr;
}

constexpr size_t kMaxRequestBytes = 64u << 20;

}  // namespace

Editor::Editor(EditorSettings settings)
    : settings_(std::move(settings)),
      auth_(settings_.loopback, settings_.password),
      index_(settings_.root, settings_.options) {}

std::string Editor::preview_link(const std::string& request_path) {
  return "<a href=\"/_editor/open?url=" + esc(request_path) +
         "\" style=\"position:fixed;right:1rem;bottom:1rem;z-index:2147483646;padding:.6rem 1rem;"
         "background:#1a4d8f;color:#fff;font:600 16px/1.2 system-ui,sans-serif;border-radius:.4rem;"
         "text-decoration:underline;box-shadow:0 2px 6px rgba(0,0,0,.3)\">Редактировать</a>\n";
}

void Editor::send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  Frame f;
  f.title = status == 403 ? "Действие запрещено" : status == 404 ? "Не найдено" : "Ошибка";
  res.set_content(editor_page(f, "<p>" + esc(message) + "</p>\n<p><a href=\"/_editor/\">К началу редактора</a></p>\n"),
                  "text/html; charset=utf-8");
}

void Editor::send_page(httplib::Response& res, const Session& s, const std::string& title, const std::string& current,
                       const std::string& content, const std::string& notice) {
  Frame f;
  f.title = title;
  f.current = current;
  f.csrf = s.csrf;
  f.logout = auth_.needs_password();
  f.site_link = settings_.site_path;
  f.notice = notice;
  res.set_header("Cache-Control", "no-store");
  res.set_content(editor_page(f, content), "text/html; charset=utf-8");
}

// Lets a request through, or answers it: a Host that is not this computer's,
// no session (a login page, or a new session on loopback), and for changes
// another origin or a missing or wrong CSRF token.
bool Editor::admit(const httplib::Request& req, httplib::Response& res, bool change, Session& session, FormData& form) {
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  res.set_header("Referrer-Policy", "same-origin");
  RequestOrigin o = origin_of(req);
  if (!auth_.host_allowed(o)) {
    send_error(res, 403, "Редактор отвечает только по адресу этого компьютера (127.0.0.1 или localhost).");
    return false;
  }
  auto s = auth_.session(o);
  if (!s) {
    if (change || auth_.needs_password()) {
      if (!change) {
        res.set_redirect("/_editor/login");
        return false;
      }
      send_error(res, 403, "Нет входа в редактор: откройте редактор заново и повторите действие.");
      return false;
    }
    s = auth_.create_session();
    res.set_header("Set-Cookie", EditorAuth::cookie_for(*s));
  }
  session = *s;
  if (!change) return true;
  if (!auth_.same_origin(o)) {
    send_error(res, 403, "Запрос пришёл с другого сайта и отклонён: изменения вносятся только из самого редактора.");
    return false;
  }
  form = form_of(req);
  if (!auth_.csrf_matches(session, form.get("_csrf"))) {
    send_error(res, 403, "Форма устарела или пришла не из редактора (нет ключа защиты). Откройте страницу заново.");
    return false;
  }
  return true;
}

void Editor::mount(httplib::Server& server) {
  server.set_payload_max_length(kMaxRequestBytes);
  auto get = [this](void (Editor::*fn)(Call&)) {
    return [this, fn](const httplib::Request& req, httplib::Response& res) {
      Call c{req, res, {}, {}};
      if (admit(req, res, false, c.session, c.form)) (this->*fn)(c);
    };
  };
  auto post = [this](void (Editor::*fn)(Call&)) {
    return [this, fn](const httplib::Request& req, httplib::Response& res) {
      Call c{req, res, {}, {}};
      if (admit(req, res, true, c.session, c.form)) (this->*fn)(c);
    };
  };
  auto typed = [this](bool change, void (Editor::*fn)(Call&, const TypeSchema&)) {
    return [this, change, fn](const httplib::Request& req, httplib::Response& res) {
      Call c{req, res, {}, {}};
      if (!admit(req, res, change, c.session, c.form)) return;
      const TypeSchema* type = editor_type(req.matches[1].str());
      if (!type) return send_error(res, 404, "Такого вида материалов нет.");
      (this->*fn)(c, *type);
    };
  };
  server.Get("/_editor/assets/([a-z.]+)", [](const httplib::Request& req, httplib::Response& res) {
    const EmbeddedFile* f = asset(req.matches[1].str());
    if (!f) {
      res.status = 404;
      return;
    }
    bool js = ends_with_ci(std::string(f->path), ".js");
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(f->data), js ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
  });
  server.Get("/_editor/login", [this](const httplib::Request& req, httplib::Response& res) { login_form(req, res, {}); });
  server.Post("/_editor/login", [this](const httplib::Request& req, httplib::Response& res) { login(req, res); });
  server.Post("/_editor/logout", post(&Editor::logout));
  server.Get("/_editor/?", get(&Editor::home));
  server.Get("/_editor/open", get(&Editor::open));
  server.Get("/_editor/attention", get(&Editor::attention));
  server.Get("/_editor/recycle", get(&Editor::recycle_page));
  server.Post("/_editor/restore", post(&Editor::restore_item));
  server.Post("/_editor/preview", post(&Editor::preview));
  server.Get("/_editor/([a-z_]+)/?", typed(false, &Editor::list));
  server.Get("/_editor/([a-z_]+)/(?:edit|new)", typed(false, &Editor::form));
  server.Post("/_editor/([a-z_]+)/save", typed(true, &Editor::save));
  server.Post("/_editor/([a-z_]+)/delete", typed(true, &Editor::remove));
  server.Post("/_editor/([a-z_]+)/undo", typed(true, &Editor::undo));
  server.Get("/_editor/.*", [this](const httplib::Request&, httplib::Response& res) {
    send_error(res, 404, "Такой страницы в редакторе нет.");
  });
  server.Post("/_editor/.*", [this](const httplib::Request&, httplib::Response& res) {
    send_error(res, 404, "Такого действия в редакторе нет.");
  });
}

void Editor::login_form(const httplib::Request& req, httplib::Response& res, const std::string& error) {
  if (!auth_.needs_password()) {
    res.set_redirect("/_editor/");
    return;
  }
  Frame f;
  f.title = "Вход в редактор";
  std::string content =
      (error.empty() ? "" : "<p class=\"msg-error\" role=\"alert\">" + esc(error) + "</p>\n") +
      "<form method=\"post\" action=\"/_editor/login\" class=\"login\">\n"
      "<label for=\"password\">Пароль редактора</label>\n"
      "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n"
      "<p class=\"help\">Пароль задан при запуске nastavnik serve (--password-file или ввод с клавиатуры).</p>\n"
      "<button type=\"submit\">Войти</button>\n</form>\n";
  res.status = error.empty() ? 200 : 403;
  res.set_content(editor_page(f, content), "text/html; charset=utf-8");
}

void Editor::login(const httplib::Request& req, httplib::Response& res) {
  RequestOrigin o = origin_of(req);
  if (!auth_.needs_password()) return res.set_redirect("/_editor/", 303);
  if (!auth_.host_allowed(o) || !auth_.same_origin(o)) return send_error(res, 403, "Вход возможен только со страницы редактора.");
  FormData form = form_of(req);
  if (!auth_.password_matches(form.get("password"))) {
    std::this_thread::sleep_for(std::chrono::seconds(1));  // slows down guessing
    return login_form(req, res, "Неверный пароль.");
  }
  Session s = auth_.create_session();
  res.set_header("Set-Cookie", EditorAuth::cookie_for(s));
  res.set_redirect("/_editor/", 303);
}

void Editor::logout(Call& c) {
  auth_.end_session(c.session.id);
  c.res.set_header("Set-Cookie", EditorAuth::clear_cookie());
  c.res.set_redirect("/_editor/login", 303);
}

void Editor::preview(Call& c) {
  MarkdownOptions options;
  std::string html = render_markdown(c.form.get("body"), options, {});
  c.res.set_header("Cache-Control", "no-store");
  c.res.set_content(html, "text/html; charset=utf-8");
}

}  // namespace nastavnik
