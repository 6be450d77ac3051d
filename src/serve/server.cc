#include "serve/server.h"

#include <httplib.h>
#include <signal.h>

#include <condition_variable>
#include <deque>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <utility>
#include <thread>

#include "content/config.h"
#include "base/text.h"
#include "serve/watcher.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// The script injected into served HTML pages (never into the built files):
// reloads the page when its file changed and shows build errors on top.
const char* kLiveScript = R"JS((function () {
  var base = document.currentScript.getAttribute('data-base');
  var overlay = null;
  function here() {
    var p = location.pathname.slice(base.length);
    if (p === '' || p.charAt(p.length - 1) === '/') p += 'index.html';
    try { return decodeURIComponent(p); } catch (e) { return p; }
  }
  function showError(e) {
    var d = JSON.parse(e.data);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'nastavnik-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
        'background:#2b0a0a;color:#fff;font:16px/1.5 system-ui,sans-serif';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var h = document.createElement('h2');
    h.textContent = d.title;
    var pre = document.createElement('pre');
    pre.style.cssText = 'white-space:pre-wrap;font:15px/1.5 ui-monospace,monospace';
    pre.textContent = d.text;
    overlay.appendChild(h);
    overlay.appendChild(pre);
  }
  var events = new EventSource(base + '__nastavnik/events');
  events.addEventListener('build-error', showError);
  events.addEventListener('build-ok', function () {
    if (overlay) { overlay.remove(); overlay = null; }
  });
  events.addEventListener('reload', function (e) {
    var changed = JSON.parse(e.data).changed;
    var page = here();
    var reload = changed.some(function (p) { return p === page || !/\.html$/.test(p); });
    if (reload) location.reload();
  });
})();
)JS";

// Fans build results out to every open page (server-sent events).
class ReloadHub {
 public:
  void publish(const std::string& event, const std::string& data, bool is_error) {
    std::lock_guard lock(mutex_);
    std::string text = "event: " + event + "\ndata: " + data + "\n\n";
    recent_.emplace_back(++seq_, text);
    if (recent_.size() > 16) recent_.pop_front();
    error_ = is_error ? text : std::string();
    cv_.notify_all();
  }
  // The event a newly opened page must see at once: the current build error.
  std::string current_error() {
    std::lock_guard lock(mutex_);
    return error_;
  }
  uint64_t seq() {
    std::lock_guard lock(mutex_);
    return seq_;
  }
  // Waits for events newer than `seen` and returns them all, in order;
  // empty on timeout or stop.
  std::string next(uint64_t& seen, std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, timeout, [&] { return stopped_ || seq_ != seen; });
    if (stopped_ || seq_ == seen) return {};
    std::string out;
    for (const auto& [seq, text] : recent_)
      if (seq > seen) out += text;
    seen = seq_;
    return out;
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    cv_.notify_all();
  }
  bool stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  uint64_t seq_ = 0;
  std::deque<std::pair<uint64_t, std::string>> recent_;
  std::string error_;
  bool stopped_ = false;
};

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += json_string(items[i]);
  }
  return out + "]";
}

std::string clock_now() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &local);
  return buf;
}

std::string base_path_of(const std::string& base_url, const std::string& origin) {
  std::string path = base_url.substr(origin.size());
  if (path.empty() || path[0] != '/') path = "/" + path;
  if (path.back() != '/') path += '/';
  return path;
}

}  // namespace

std::string content_type_for(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},   {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".xml", "application/xml; charset=utf-8"}, {".ics", "text/calendar; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},   {".csv", "text/csv; charset=utf-8"},
      {".svg", "image/svg+xml"},               {".png", "image/png"},
      {".jpg", "image/jpeg"},                  {".jpeg", "image/jpeg"},
      {".webp", "image/webp"},                 {".gif", "image/gif"},
      {".ico", "image/x-icon"},                {".pdf", "application/pdf"},
      {".doc", "application/msword"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
      {".odt", "application/vnd.oasis.opendocument.text"}, {".zip", "application/zip"},
      {".sig", "application/pkcs7-signature"}, {".woff2", "font/woff2"},
  };
  std::string ext = to_lower(fs::path(path).extension().string());
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

PathCheck resolve_request_path(const std::string& root, const std::string& base_path, const std::string& request_path,
                               std::string& file) {
  std::string path = request_path;
  if (path + "/" == base_path) path = base_path;
  if (path.rfind(base_path, 0) != 0) return PathCheck::not_found;
  std::string rel = path.substr(base_path.size());
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos) return PathCheck::outside;
  for (const auto& segment : split(rel, '/'))
    if (segment == ".." || segment == ".") return PathCheck::outside;
  std::error_code ec;
  fs::path root_real = fs::canonical(root, ec);
  if (ec) return PathCheck::not_found;
  fs::path full = root_real / rel;
  if (fs::is_directory(full, ec)) full /= "index.html";
  fs::path real = fs::canonical(full, ec);
  if (ec) return PathCheck::not_found;
  // Symlinks inside the output may not lead out of it.
  std::string r = real.string(), top = root_real.string() + "/";
  if (r.rfind(top, 0) != 0) return PathCheck::outside;
  if (!fs::is_regular_file(real, ec)) return PathCheck::not_found;
  file = r;
  return PathCheck::ok;
}

int serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  // Signals are taken by sigwait below, not by whichever thread they hit.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const SiteRequest& request = options.site;
  bool color = &err == &std::cerr && ::isatty(2) && std::getenv("NO_COLOR") == nullptr;
  std::string base_path = "/";
  {
    Diagnostics diag(request.source);
    if (auto config = load_config(request.source, diag)) base_path = base_path_of(config->base_url, config->base_origin);
  }
  ReloadHub hub;
  std::mutex build_mutex;
  auto rebuild = [&](std::vector<std::string> changed) {
    std::lock_guard lock(build_mutex);
    // Tools that save through a temporary file (sed -i, some editors) leave
    // its name in the events: report files that exist, or had a name.
    std::erase_if(changed, [&](const std::string& p) {
      std::error_code ec;
      return !fs::exists(fs::path(request.source) / p, ec) && fs::path(p).extension().empty();
    });
    Diagnostics diag(request.source);
    SiteStats stats;
    bool ok = build_site(request, diag, stats) && !diag.failed();
    diag.print(err, color);
    std::string what;
    for (size_t i = 0; i < changed.size() && i < 3; ++i) what += (i ? ", " : "") + changed[i];
    if (changed.size() > 3) what += " и ещё " + std::to_string(changed.size() - 3);
    if (!ok) {
      std::string text;
      for (const auto& d : diag.all()) text += diag.format(d, false);
      hub.publish("build-error",
                  "{\"title\":" + json_string("Сайт не пересобран: исправьте ошибки, страницы показаны в прежнем виде") +
                      ",\"text\":" + json_string(text) + "}",
                  true);
      out << "[" << clock_now() << "] " << (what.empty() ? "" : "изменено: " + what + " → ")
          << "ошибки, показана прежняя версия сайта\n" << std::flush;
      return;
    }
    bool had_error = !hub.current_error().empty();
    if (had_error) hub.publish("build-ok", "{}", false);
    if (!stats.changed_outputs.empty()) hub.publish("reload", "{\"changed\":" + json_list(stats.changed_outputs) + "}", false);
    if (stats.unchanged) {
      out << "[" << clock_now() << "] сайт в " << request.output << " актуален\n" << std::flush;
      return;
    }
    out << "[" << clock_now() << "] " << (what.empty() ? "" : "изменено: " + what + " → ") << "перестроено "
        << stats.rendered << " " << plural_form(stats.rendered, {"страница", "страницы", "страниц"}) << ", обновлено "
        << stats.written << " " << plural_form(stats.written, {"файл", "файла", "файлов"}) << " за " << stats.milliseconds
        << " мс\n" << std::flush;
  };
  rebuild({});

  httplib::Server server;
  server.Get(".*", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.path == base_path + "__nastavnik/live.js") {
      res.set_content(kLiveScript, "text/javascript; charset=utf-8");
      return;
    }
    if (req.path == base_path + "__nastavnik/events") {
      res.set_header("Cache-Control", "no-store");
      auto seen = std::make_shared<uint64_t>(hub.seq());
      auto first = std::make_shared<std::string>(hub.current_error());
      res.set_chunked_content_provider("text/event-stream", [&hub, seen, first](size_t, httplib::DataSink& sink) {
        std::string chunk = !first->empty() ? std::exchange(*first, std::string()) : hub.next(*seen, std::chrono::seconds(10));
        if (hub.stopped()) return false;
        if (chunk.empty()) chunk = ": keep-alive\n\n";
        return sink.write(chunk.data(), chunk.size());
      });
      return;
    }
    if (req.path == "/" && base_path != "/") {
      res.set_redirect(base_path);
      return;
    }
    std::string file;
    PathCheck check = resolve_request_path(request.output, base_path, req.path, file);
    if (check == PathCheck::outside) {
      res.status = 403;
      res.set_content("403 Forbidden\n", "text/plain; charset=utf-8");
      return;
    }
    if (check == PathCheck::not_found) {
      res.status = 404;
      std::string page404;
      if (resolve_request_path(request.output, base_path, base_path + "404.html", page404) != PathCheck::ok) {
        res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
        return;
      }
      file = page404;
    }
    auto body = read_file(file);
    if (!body) {
      res.status = 404;
      return;
    }
    std::string type = content_type_for(file);
    if (type.rfind("text/html", 0) == 0) {
      size_t end = body->rfind("</body>");
      std::string tag = "<script src=\"" + base_path + "__nastavnik/live.js\" data-base=\"" + base_path + "\"></script>\n";
      if (end != std::string::npos) body->insert(end, tag);
    }
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::move(*body), type);
  });

  if (!server.bind_to_port(options.bind.c_str(), options.port)) {
    err << "nastavnik serve: ошибка: не удалось открыть порт " << options.port << " на " << options.bind << "\n"
        << "  подсказка: порт занят другой программой; укажите другой: nastavnik serve --port 8081\n";
    return 2;
  }
  std::atomic<bool> stop{false};
  std::thread http([&] { server.listen_after_bind(); });
  std::thread watch([&] {
    Watcher watcher(request.source);
    if (!watcher.ok()) {
      err << "nastavnik serve: предупреждение: не удалось следить за файлами; после правок перезапустите сервер\n";
      return;
    }
    while (!stop) {
      auto changed = watcher.wait(std::chrono::milliseconds(150), stop);
      if (!changed.empty() && !stop) rebuild(changed);
    }
  });
  out << "Сайт доступен по адресу http://" << options.bind << ":" << options.port << base_path << "\n"
      << "Правки в папке сайта появятся в браузере сами. Остановить сервер: Ctrl+C.\n" << std::flush;

  int sig = 0;
  sigwait(&signals, &sig);
  stop = true;
  hub.stop();
  server.stop();
  http.join();
  watch.join();
  out << "Сервер остановлен.\n" << std::flush;
  return 0;
}

}  // namespace nastavnik
