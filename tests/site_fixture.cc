#include "site_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace fixture {

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "nastavnik-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempDir::write(const std::string& rel, const std::string& text) const {
  fs::path p = path_ / rel;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string TempDir::read(const std::string& rel) const {
  std::ifstream in(path_ / rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool TempDir::exists(const std::string& rel) const { return fs::exists(path_ / rel); }

void write_minimal_site(const TempDir& site) {
  site.write("site.yaml",
             "title: Наставничество\n"
             "base_url: https://school.example/sub/nastavnichestvo/\n"
             "timezone: Asia/Krasnoyarsk\n"
             "academic_year: 2025-2026\n"
             "organisation:\n"
             "  full_name: Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»\n"
             "  short_name: Школа № 1\n"
             "  address: г. Город, ул. Садовая, 1\n"
             "  phone: +7 (000) 111-22-33\n"
             "  email: school@example.org\n"
             "curator:\n"
             "  name: Петрова Анна Сергеевна\n"
             "  position: заместитель директора\n"
             "menu:\n"
             "  - title: Контакты\n"
             "    link: pages/kontakty.md\n"
             "  - title: Документы\n"
             "    link: /documents/\n");
  site.write("content/_index.md", "---\ntitle: Наставничество\n---\n\nВводный текст. [Контакты](pages/kontakty.md).\n");
  site.write("content/pages/kontakty.md",
             "---\ntitle: Контакты\n---\n\nПишите куратору. Положение: [здесь](../documents/polozhenie.md).\n");
  site.write("content/pages/Вопросы родителей.md", "---\ntitle: Вопросы родителей\n---\n\nОтветы.\n");
  site.write("content/documents/polozhenie.md",
             "---\ntitle: Положение о наставничестве\ntype: regulation\nlevel: school\nnumber: \"12\"\n"
             "date: 2025-09-01\nfile: files/polozhenie.pdf\nsignature:\n  signer: Иванов Иван Иванович\n"
             "  position: директор\n  signed_at: 2025-09-01 10:15\n  certificate: 00AB12CD\n---\n\nОписание.\n");
  // A real tagged PDF with a title (the demo's), so the document checks have
  // nothing to say about it.
  fs::create_directories(site.path() / "content/documents/files");
  fs::copy_file(fs::path(demo_source_dir()) / "content/documents/files/programma-nastavnichestva-2026-2027.pdf",
                site.path() / "content/documents/files/polozhenie.pdf");
}

RunResult run_command(const std::vector<std::string>& argv) {
  RunResult r;
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(err_pipe[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Read both pipes without deadlocking on a full buffer.
  std::array<char, 4096> buf;
  bool out_open = true, err_open = true;
  while (out_open || err_open) {
    fd_set set;
    FD_ZERO(&set);
    if (out_open) FD_SET(out_pipe[0], &set);
    if (err_open) FD_SET(err_pipe[0], &set);
    select(std::max(out_pipe[0], err_pipe[0]) + 1, &set, nullptr, nullptr, nullptr);
    for (auto [fd, open, sink] : {std::tuple{out_pipe[0], &out_open, &r.out}, std::tuple{err_pipe[0], &err_open, &r.err}}) {
      if (*open && FD_ISSET(fd, &set)) {
        ssize_t n = read(fd, buf.data(), buf.size());
        if (n <= 0) *open = false;
        else sink->append(buf.data(), static_cast<size_t>(n));
      }
    }
  }
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

RunResult run_nastavnik(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NASTAVNIK_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv);
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files[fs::relative(e.path(), dir).generic_string()] = ss.str();
  }
  return files;
}

std::vector<Reference> references(const fs::path& dir) {
  static const std::regex attr(R"re(\b(href|src|content|action|srcset)="([^"]*)")re");
  std::vector<Reference> refs;
  for (const auto& [file, text] : snapshot(dir)) {
    if (file.size() < 5 || file.substr(file.size() - 5) != ".html") continue;
    for (std::sregex_iterator it(text.begin(), text.end(), attr), end; it != end; ++it) {
      if ((*it)[1] != "srcset") {
        refs.push_back({file, (*it)[1], (*it)[2]});
        continue;
      }
      // "a-160.webp 160w, a-320.webp 320w": one URL per candidate.
      std::string list = (*it)[2];
      for (size_t start = 0; start < list.size();) {
        size_t comma = list.find(',', start);
        std::string candidate = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        size_t b = candidate.find_first_not_of(' ');
        if (b != std::string::npos) refs.push_back({file, "srcset", candidate.substr(b, candidate.find(' ', b) - b)});
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
  }
  return refs;
}

static std::string decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else if (s.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 4;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> broken_internal_links(const fs::path& dir, const std::string& base_path) {
  std::vector<std::string> broken;
  for (const auto& ref : references(dir)) {
    if (ref.attr == "content") continue;
    const std::string& url = ref.url;
    if (url.empty() || url[0] == '#' || url.find(':') != std::string::npos || url.rfind("//", 0) == 0) continue;
    std::string path = decode(url.substr(0, url.find_first_of("?#")));
    fs::path target;
    if (path[0] == '/') {
      if (path.rfind(base_path, 0) != 0) {
        broken.push_back(ref.file + ": " + url + " (outside the site's folder)");
        continue;
      }
      target = dir / path.substr(base_path.size());
    } else {
      target = (dir / ref.file).parent_path() / path;
    }
    if (!path.empty() && path.back() == '/') target /= "index.html";
    if (!fs::is_regular_file(target)) broken.push_back(ref.file + ": " + url);
  }
  return broken;
}

std::string demo_source_dir() { return NASTAVNIK_SOURCE_DIR; }

Background::Background(const std::vector<std::string>& args) {
  std::string out = (logs_.path() / "out").string(), err = (logs_.path() / "err").string();
  pid_ = fork();
  if (pid_ == 0) {
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(e, 2);
    int in = open("/dev/null", O_RDONLY);  // never a terminal: nothing prompts
    dup2(in, 0);
    std::vector<std::string> argv = {NASTAVNIK_BIN};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
}

Background::~Background() {
  if (pid_ > 0) stop(SIGKILL, 5);
}

std::string Background::out() const { return logs_.read("out"); }
std::string Background::err() const { return logs_.read("err"); }

int Background::stop(int sig, int seconds) {
  if (pid_ <= 0) return -1;
  kill(pid_, sig);
  for (int i = 0; i < seconds * 20; ++i) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    usleep(50000);
  }
  return -1;
}

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

std::pair<int, std::string> raw_get(int port, const std::string& path) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return {0, ""};
  }
  std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  send(fd, req.data(), req.size(), 0);
  std::string resp;
  char buf[4096];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) resp.append(buf, static_cast<size_t>(n));
  close(fd);
  int status = resp.size() > 12 ? std::atoi(resp.substr(9, 3).c_str()) : 0;
  size_t body = resp.find("\r\n\r\n");
  return {status, body == std::string::npos ? "" : resp.substr(body + 4)};
}

}  // namespace fixture
