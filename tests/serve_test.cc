// `nastavnik serve` end to end: a real server on a free loopback port, files
// edited, added, renamed and deleted, pages read back over HTTP.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "site_fixture.h"

using namespace fixture;

namespace {

template <typename F>
bool eventually(F condition, int seconds = 15) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return condition();
}

struct Server {
  TempDir src;
  int port = free_port();
  std::unique_ptr<Background> process;
  httplib::Client client{"127.0.0.1", port};

  Server() {
    write_minimal_site(src);
    src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nТекст А.\n");
    src.write("content/events/seminar.md", "---\ntitle: Семинар\nstart: 2026-03-10 10:00\nplace: Зал\n---\n");
    src.write("static/файлы/план работы.pdf", "%PDF-1.4 план");
    process = std::make_unique<Background>(std::vector<std::string>{
        "serve", "-s", src.path().string(), "--port", std::to_string(port), "--today", "2026-03-05", "-j", "1"});
    client.set_connection_timeout(2);
    REQUIRE(eventually([&] { return get("/sub/nastavnichestvo/").first == 200; }));
  }

  std::pair<int, std::string> get(const std::string& path) {
    auto res = client.Get(path.c_str());
    if (!res) return {0, ""};
    return {res->status, res->body};
  }
  std::string type(const std::string& path) {
    auto res = client.Get(path.c_str());
    return res ? res->get_header_value("Content-Type") : "";
  }
};

const std::string kBase = "/sub/nastavnichestvo/";

}  // namespace

TEST_CASE("serve: pages, content types, redirects and the 404 page") {
  Server s;
  auto home = s.get(kBase);
  CHECK(home.second.find("Наставничество") != std::string::npos);
  CHECK(home.second.find("__nastavnik/live.js") != std::string::npos);  // injected when served
  CHECK(s.src.read("site/index.html").find("__nastavnik") == std::string::npos);  // never in the files
  CHECK(s.type(kBase + "events/calendar.ics") == "text/calendar; charset=utf-8");
  CHECK(s.type(kBase + "sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(s.type(kBase + "atom.xml") == "application/xml; charset=utf-8");
  CHECK(s.type(kBase + "__nastavnik/live.js") == "text/javascript; charset=utf-8");
  auto pdf = s.client.Get((kBase + "%D1%84%D0%B0%D0%B9%D0%BB%D1%8B/%D0%BF%D0%BB%D0%B0%D0%BD%20%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D1%8B.pdf").c_str());
  REQUIRE(pdf);
  CHECK(pdf->status == 200);
  CHECK(pdf->get_header_value("Content-Type") == "application/pdf");
  auto missing = s.get(kBase + "net-takoy-stranitsy/");
  CHECK(missing.first == 404);
  CHECK(missing.second.find("Страница не найдена") != std::string::npos);
  auto root = s.client.Get("/");
  REQUIRE(root);
  CHECK(root->status == 302);
  CHECK(root->get_header_value("Location") == kBase);
  CHECK(s.process->out().find("http://127.0.0.1:" + std::to_string(s.port) + kBase) != std::string::npos);
}

TEST_CASE("serve: paths outside the output folder are refused") {
  Server s;
  fs::create_directory_symlink("/etc", s.src.path() / "site" / "etc-link");
  for (const std::string& path : std::vector<std::string>{kBase + "../../../../etc/passwd", kBase + "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                           kBase + "%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", kBase + "etc-link/passwd",
                           kBase + "..%5c..%5cetc%5cpasswd", "/../../etc/passwd"}) {
    auto [status, body] = raw_get(s.port, path);
    INFO(path << " -> " << status);
    CHECK((status == 403 || status == 404 || status == 400));
    CHECK(body.find("root:") == std::string::npos);
  }
}

TEST_CASE("serve: edits, new files, renames and deletions show up, only dependent pages re-render") {
  Server s;
  // Edit a text: that page changes.
  s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nИсправленный текст.\n");
  CHECK(eventually([&] { return s.get(kBase + "news/a/").second.find("Исправленный текст.") != std::string::npos; }));
  CHECK(eventually([&] { return s.process->out().find("изменено: content/news/a.md → перестроено 1 страница") != std::string::npos; }));

  // A new file appears, and in the list.
  s.src.write("content/news/b.md", "---\ntitle: Новость Б\ndate: 2026-03-02\n---\nТекст Б.\n");
  CHECK(eventually([&] { return s.get(kBase + "news/b/").first == 200; }));
  CHECK(eventually([&] { return s.get(kBase + "news/").second.find("Новость Б") != std::string::npos; }));

  // A rename: the old address goes, the new one comes.
  fs::rename(s.src.path() / "content/news/b.md", s.src.path() / "content/news/v.md");
  CHECK(eventually([&] { return s.get(kBase + "news/v/").first == 200; }));
  CHECK(eventually([&] { return s.get(kBase + "news/b/").first == 404; }));

  // An editor that saves through a temporary file and a rename.
  s.src.write("content/news/.a.md.tmp", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nСохранено переименованием.\n");
  fs::rename(s.src.path() / "content/news/.a.md.tmp", s.src.path() / "content/news/a.md");
  CHECK(eventually([&] { return s.get(kBase + "news/a/").second.find("Сохранено переименованием.") != std::string::npos; }));

  // A new folder with a page in it.
  s.src.write("content/pages/razdel/stranitsa.md", "---\ntitle: Вложенная\n---\n");
  CHECK(eventually([&] { return s.get(kBase + "razdel/stranitsa/").first == 200; }));

  // Deletion.
  fs::remove(s.src.path() / "content/news/v.md");
  CHECK(eventually([&] { return s.get(kBase + "news/v/").first == 404; }));
  CHECK(s.process->stop(SIGINT, 10) == 0);
  CHECK(s.process->out().find("Сервер остановлен.") != std::string::npos);
}

TEST_CASE("serve: a content error keeps the last good pages and is pushed to open pages until fixed") {
  Server s;
  std::string events;
  std::atomic<bool> done{false};
  std::thread listener([&] {
    httplib::Client c("127.0.0.1", s.port);
    c.set_read_timeout(20);
    c.Get((kBase + "__nastavnik/events").c_str(), [&](const char* data, size_t len) {
      events.append(data, len);
      return !done && events.find("build-ok") == std::string::npos;
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-02-30\n---\nТекст.\n");
  CHECK(eventually([&] { return events.find("event: build-error") != std::string::npos; }));
  CHECK(events.find("content/news/a.md:3:7: ошибка: поле «date»: неверная дата") != std::string::npos);
  CHECK(events.find("date: 2026-02-30") != std::string::npos);  // the source line is shown
  CHECK(s.get(kBase + "news/a/").second.find("Текст А.") != std::string::npos);  // the last good page
  s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nПочинено.\n");
  CHECK(eventually([&] { return events.find("event: build-ok") != std::string::npos; }));
  CHECK(eventually([&] { return s.get(kBase + "news/a/").second.find("Починено.") != std::string::npos; }));
  done = true;
  listener.join();
  // Many quick saves in a row: the server stays up and ends on the last one.
  for (int i = 0; i < 20; ++i)
    s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nВерсия " + std::to_string(i) + ".\n");
  CHECK(eventually([&] { return s.get(kBase + "news/a/").second.find("Версия 19.") != std::string::npos; }));
}

TEST_CASE("serve: in a real browser the page reloads after an edit and the error overlay comes and goes") {
  fs::path script = fs::path(demo_source_dir()) / "tests/browser/live_reload.js";
  REQUIRE(fs::exists(fs::path(demo_source_dir()) / "tests/browser/node_modules/playwright-core"));
  Server s;
  std::string file = (s.src.path() / "content/pages/kontakty.md").string();
  auto r = run_command({"node", script.string(), "http://127.0.0.1:" + std::to_string(s.port) + kBase + "kontakty/",
                        file, "---\ntitle: Контакты\n---\n\nНовый телефон куратора.\n",
                        "---\ntitle: Контакты\nweight: много\n---\n\nСломано.\n",
                        "---\ntitle: Контакты\n---\n\nИсправлено окончательно.\n"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"error\"") == std::string::npos);
  CHECK(r.out.find("\"reloaded\":true") != std::string::npos);
  CHECK(r.out.find("Новый телефон куратора.") != std::string::npos);
  CHECK(r.out.find("content/pages/kontakty.md:3:9: ошибка: поле «weight»") != std::string::npos);
  CHECK(r.out.find("\"overlayRole\":\"alert\"") != std::string::npos);
  CHECK(r.out.find("\"overlayGone\":true") != std::string::npos);
  CHECK(r.out.find("Исправлено окончательно.") != std::string::npos);
}
