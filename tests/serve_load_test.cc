// `nastavnik serve` under what a browser and a careless network do to it:
// many open pages (each holds a live-reload stream), idle sockets, folder
// URLs without their slash, a site that does not build, Ctrl+C.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kBase = "/sub/nastavnichestvo/";

template <typename F>
bool eventually(F condition, int seconds = 15) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return condition();
}

// A socket connected to the server, closed when it goes.
struct Socket {
  int fd = -1;
  explicit Socket(int port) {
    fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  ~Socket() {
    if (fd >= 0) ::close(fd);
  }
  Socket(const Socket&) = delete;
  bool send(const std::string& text) { return fd >= 0 && ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size()); }
};

struct Serve {
  TempDir src;
  int port = free_port();
  std::unique_ptr<Background> process;

  explicit Serve(bool broken = false) {
    write_minimal_site(src);
    src.write("content/news/a.md", broken ? "---\ntitle: Новость А\ndate: 2026-02-30\n---\nТекст А.\n"
                                          : "---\ntitle: Новость А\ndate: 2026-03-01\n---\nТекст А.\n");
    process = std::make_unique<Background>(std::vector<std::string>{
        "serve", "-s", src.path().string(), "--port", std::to_string(port), "--today", "2026-03-05", "-j", "1"});
    REQUIRE(eventually([&] { return get(kBase).first != 0; }, 60));
  }
  // A fresh connection each time, with a deadline: a stalled server fails.
  std::pair<int, std::string> get(const std::string& path, int seconds = 3) {
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(seconds);
    client.set_read_timeout(seconds);
    auto res = client.Get(path.c_str());
    if (!res) return {0, ""};
    return {res->status, res->body};
  }
};

}  // namespace

TEST_CASE("serve: twenty open pages and sixty idle sockets leave pages loading, Ctrl+C stops it at once") {
  Serve s;
  std::vector<std::unique_ptr<Socket>> streams, idle;
  for (int i = 0; i < 20; ++i) {
    streams.push_back(std::make_unique<Socket>(s.port));
    REQUIRE(streams.back()->send("GET " + kBase + "__nastavnik/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  }
  for (int i = 0; i < 60; ++i) idle.push_back(std::make_unique<Socket>(s.port));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (const std::string& path : {kBase, kBase + "news/a/", kBase + "kontakty/", kBase + "atom.xml"}) {
    auto started = std::chrono::steady_clock::now();
    auto [status, body] = s.get(path);
    INFO(path << " took " << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
              << " ms");
    CHECK(status == 200);
  }
  auto started = std::chrono::steady_clock::now();
  CHECK(s.process->stop(SIGINT, 5) == 0);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));
  CHECK(s.process->out().find("Сервер остановлен.") != std::string::npos);
}

TEST_CASE("serve: a folder asked for without its slash is redirected to it, under base_url's path") {
  Serve s;
  httplib::Client client("127.0.0.1", s.port);
  client.set_read_timeout(3);
  for (const auto& [asked, location] : std::vector<std::pair<std::string, std::string>>{
           {"/sub/nastavnichestvo/news", kBase + "news/"},
           {"/sub/nastavnichestvo/news/a", kBase + "news/a/"},
           {"/sub/nastavnichestvo", kBase}}) {
    auto res = client.Get(asked.c_str());
    REQUIRE(res);
    INFO(asked);
    CHECK((res->status == 301 || res->status == 302));
    CHECK(res->get_header_value("Location") == location);
  }
  CHECK(s.get(kBase + "news/").first == 200);
  CHECK(s.get(kBase + "news/index.html").first == 200);  // a file asked for by name is served as it is
  CHECK(s.get(kBase + "atom.xml").first == 200);
}

TEST_CASE("serve: a site that does not build on start shows the errors, then the site once fixed") {
  Serve s(true);
  auto [status, body] = s.get(kBase);
  CHECK(status == 500);
  CHECK(body.find("<html lang=\"ru\" data-nastavnik-error>") != std::string::npos);
  CHECK(body.find("Сайт не собран: исправьте ошибки") != std::string::npos);
  CHECK(body.find("content/news/a.md:3:7: ошибка: поле «date»: неверная дата") != std::string::npos);
  CHECK(body.find("__nastavnik/live.js") != std::string::npos);  // it reloads itself once fixed
  CHECK(s.get(kBase + "news/a/").first == 500);
  s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\nПочинено.\n");
  CHECK(eventually([&] { return s.get(kBase + "news/a/").second.find("Починено.") != std::string::npos; }));
  CHECK(s.get(kBase).first == 200);
  CHECK(s.get(kBase + "net-takoy/").first == 404);
}
