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
#include "editor/editor_setup.h"
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
    if (document.documentElement.hasAttribute('data-nastavnik-error')) location.reload();
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
  // The diagnostics of the failed build, as text (the error page), or "".
  void set_failure(std::string text) {
    std::lock_guard lock(mutex_);
    failure_ = std::move(text);
  }
  std::string failure() {
    std::lock_guard lock(mutex_);
    return failure_;
  }
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
  std::string failure_;
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

namespace {

// Workers for pages, assets and live-reload streams: each open page holds a
// stream, and cpp-httplib's default (8 on a small machine) ran out with
// eight tabs. A socket that sends nothing frees its worker after the read
// timeout; streams past the cap are told to retry, so workers stay for pages.
constexpr size_t kWorkerThreads = 128;
constexpr int kMaxLiveStreams = 64;
constexpr time_t kSocketTimeoutSeconds = 2;
// Ctrl+C: what is still running after this (a long build) is cut short; the
// output folder is swapped atomically, so nothing is left half-written.
constexpr auto kStopGrace = std::chrono::seconds(2);

// Shown instead of a bare 404 while the site has never built: the
// diagnostics, and the live script, which reloads once the build succeeds.
std::string error_page(const std::string& base_path, const std::string& diagnostics) {
  return "<!doctype html>\n<html lang=\"ru\" data-nastavnik-error>\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Сайт не собран</title>\n</head>\n<body>\n<main>\n<h1>Сайт не собран: исправьте ошибки</h1>\n"
         "<p>Страница обновится сама, как только ошибки будут исправлены и файл сохранён.</p>\n<pre>" +
         html_escape(diagnostics) + "</pre>\n</main>\n<script src=\"" + base_path + "__nastavnik/live.js\" data-base=\"" +
         base_path + "\"></script>\n</body>\n</html>\n";
}

// "/sub/news" for the folder "news/": the same path with a slash, so the
// page's relative links resolve (the browser takes the last segment for a file).
bool needs_slash(const std::string& request_path, const std::string& file) {
  return !request_path.empty() && request_path.back() != '/' && file.size() > 11 &&
         file.compare(file.size() - 11, 11, "/index.html") == 0 &&
         !(request_path.size() >= 11 && request_path.compare(request_path.size() - 11, 11, "/index.html") == 0);
}

void serve_live_events(ReloadHub& hub, std::atomic<int>& streams, httplib::Response& res) {
  if (++streams > kMaxLiveStreams) {
    --streams;
    res.status = 503;
    res.set_header("Retry-After", "5");
    return;
  }
  res.set_header("Cache-Control", "no-store");
  auto seen = std::make_shared<uint64_t>(hub.seq());
  auto first = std::make_shared<std::string>(hub.current_error());
  res.set_chunked_content_provider(
      "text/event-stream",
      [&hub, seen, first](size_t, httplib::DataSink& sink) {
        std::string chunk = !first->empty() ? std::exchange(*first, std::string()) : hub.next(*seen, std::chrono::seconds(10));
        if (hub.stopped()) return false;
        if (chunk.empty()) chunk = ": keep-alive\n\n";
        return sink.write(chunk.data(), chunk.size());
      },
      [&streams](bool) { --streams; });
}

void serve_file(const SiteRequest& request, const std::string& base_path, ReloadHub& hub, bool editor,
                const httplib::Request& req, httplib::Response& res) {
  std::string file;
  PathCheck check = resolve_request_path(request.output, base_path, req.path, file);
  if (check == PathCheck::outside) {
    res.status = 403;
    res.set_content("403 Forbidden\n", "text/plain; charset=utf-8");
    return;
  }
  if (check == PathCheck::ok && needs_slash(req.path, file)) {
    res.set_redirect(req.path + "/", 301);
    return;
  }
  if (check == PathCheck::not_found) {
    res.status = 404;
    std::string page404;
    if (resolve_request_path(request.output, base_path, base_path + "404.html", page404) != PathCheck::ok) {
      std::string failure = hub.failure();
      if (failure.empty()) {
        res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
      } else {
        res.status = 500;
        res.set_content(error_page(base_path, failure), "text/html; charset=utf-8");
      }
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
    if (editor) tag = Editor::preview_link(req.path) + tag;
    if (end != std::string::npos) body->insert(end, tag);
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::move(*body), type);
}

}  // namespace

// Everything a running server shares between its threads.
struct ServeState {
  const ServeOptions& options;
  std::ostream& out;
  std::ostream& err;
  std::string base_path = "/";
  ReloadHub hub;
  httplib::Server server;
  std::unique_ptr<Editor> editor;
  std::mutex build_mutex;
  std::atomic<int> live_streams{0};
  std::atomic<bool> stop{false};
  std::atomic<bool> said_stopped{false};
  std::mutex stop_mutex;
  std::condition_variable stop_cv;

  void say_stopped() {
    if (!said_stopped.exchange(true)) out << "Сервер остановлен.\n" << std::flush;
  }
};

namespace {

// Builds (incrementally) and tells the open pages: reload, or the errors.
void rebuild(ServeState& st, std::vector<std::string> changed) {
  std::lock_guard lock(st.build_mutex);
  const SiteRequest& request = st.options.site;
  bool color = &st.err == &std::cerr && ::isatty(2) && std::getenv("NO_COLOR") == nullptr;
  // Tools that save through a temporary file (sed -i, some editors) leave
  // its name in the events: report files that exist, or had a name.
  std::erase_if(changed, [&](const std::string& p) {
    std::error_code ec;
    return !fs::exists(fs::path(request.source) / p, ec) && fs::path(p).extension().empty();
  });
  Diagnostics diag(request.source);
  SiteStats stats;
  bool ok = build_site(request, diag, stats) && !diag.failed();
  diag.print(st.err, color);
  std::string what;
  for (size_t i = 0; i < changed.size() && i < 3; ++i) what += (i ? ", " : "") + changed[i];
  if (changed.size() > 3) what += " и ещё " + std::to_string(changed.size() - 3);
  if (!ok) {
    std::string text;
    for (const auto& d : diag.all()) text += diag.format(d, false);
    st.hub.set_failure(text);
    st.hub.publish("build-error",
                   "{\"title\":" + json_string("Сайт не пересобран: исправьте ошибки, страницы показаны в прежнем виде") +
                       ",\"text\":" + json_string(text) + "}",
                   true);
    st.out << "[" << clock_now() << "] " << (what.empty() ? "" : "изменено: " + what + " → ")
           << "ошибки, показана прежняя версия сайта\n" << std::flush;
    return;
  }
  st.hub.set_failure({});
  if (!st.hub.current_error().empty()) st.hub.publish("build-ok", "{}", false);
  if (!stats.changed_outputs.empty()) st.hub.publish("reload", "{\"changed\":" + json_list(stats.changed_outputs) + "}", false);
  if (stats.unchanged) {
    st.out << "[" << clock_now() << "] сайт в " << request.output << " актуален\n" << std::flush;
    return;
  }
  st.out << "[" << clock_now() << "] " << (what.empty() ? "" : "изменено: " + what + " → ") << "перестроено "
         << stats.rendered << " " << plural_form(stats.rendered, {"страница", "страницы", "страниц"}) << ", обновлено "
         << stats.written << " " << plural_form(stats.written, {"файл", "файла", "файлов"}) << " за "
         << stats.milliseconds << " мс\n" << std::flush;
}

void route(ServeState& st) {
  st.server.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  st.server.set_read_timeout(kSocketTimeoutSeconds);
  st.server.set_write_timeout(kSocketTimeoutSeconds * 5);
  st.server.set_keep_alive_timeout(kSocketTimeoutSeconds);
  if (st.editor) st.editor->mount(st.server);
  st.server.Get(".*", [&st](const httplib::Request& req, httplib::Response& res) {
    if (req.path == st.base_path + "__nastavnik/live.js") {
      res.set_content(kLiveScript, "text/javascript; charset=utf-8");
    } else if (req.path == st.base_path + "__nastavnik/events") {
      serve_live_events(st.hub, st.live_streams, res);
    } else if ((req.path == "/" || req.path + "/" == st.base_path) && st.base_path != "/") {
      res.set_redirect(st.base_path);
    } else {
      serve_file(st.options.site, st.base_path, st.hub, st.editor != nullptr, req, res);
    }
  });
}

// Serves until `st.stop`; the first build first.
int run_server(ServeState& st) {
  {
    Diagnostics diag(st.options.site.source);
    if (auto config = load_config(st.options.site.source, diag))
      st.base_path = base_path_of(config->base_url, config->base_origin);
  }
  if (st.options.editor)
    st.editor = start_editor({st.options.site.source, st.options.site.options, st.options.bind, st.options.password_file,
                              st.base_path},
                             st.err);
  rebuild(st, {});
  route(st);
  if (!st.server.bind_to_port(st.options.bind.c_str(), st.options.port)) {
    st.err << "nastavnik serve: ошибка: не удалось открыть порт " << st.options.port << " на " << st.options.bind << "\n"
           << "  подсказка: порт занят другой программой; укажите другой: nastavnik serve --port 8081\n";
    return 2;
  }
  std::thread http([&] {
    if (!st.stop) st.server.listen_after_bind();
  });
  std::thread watch([&] {
    Watcher watcher(st.options.site.source);
    if (!watcher.ok()) {
      st.err << "nastavnik serve: предупреждение: не удалось следить за файлами; после правок перезапустите сервер\n";
      return;
    }
    while (!st.stop) {
      auto changed = watcher.wait(std::chrono::milliseconds(150), st.stop);
      if (!changed.empty() && !st.stop) rebuild(st, changed);
    }
  });
  st.out << "Сайт доступен по адресу http://" << st.options.bind << ":" << st.options.port << st.base_path << "\n"
         << "Правки в папке сайта появятся в браузере сами. Остановить сервер: Ctrl+C.\n";
  if (st.editor) st.out << "Редактор материалов: http://" << st.options.bind << ":" << st.options.port << "/_editor/\n";
  st.out << std::flush;
  {
    std::unique_lock lock(st.stop_mutex);
    st.stop_cv.wait(lock, [&] { return st.stop.load(); });
  }
  st.server.stop();
  http.join();
  watch.join();
  return 0;
}

}  // namespace

int serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  // Signals are taken by one thread (sigwait), not by whichever thread they
  // hit, from the very start: Ctrl+C works during the first build too.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // Never freed: the signal thread below may still use it while the
  // process ends.
  ServeState& st = *new ServeState{options, out, err};
  std::thread([&st, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    {
      std::lock_guard lock(st.stop_mutex);
      st.stop = true;
    }
    st.stop_cv.notify_all();
    st.hub.stop();
    st.server.stop();
    // Whatever still runs after the grace period (a long build, a socket
    // that will not close) is cut short.
    std::this_thread::sleep_for(kStopGrace);
    st.say_stopped();
    std::_Exit(0);
  }).detach();
  int status = run_server(st);
  if (status == 0) st.say_stopped();
  return status;
}

}  // namespace nastavnik
