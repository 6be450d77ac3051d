// `nastavnik publish` against real servers started by the tests: OpenSSH's
// sshd (SFTP) and an FTP server, plain and with explicit TLS. What a reader
// of the server sees is read from the folders the servers serve.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <thread>

#include "publish_fixture.h"
#include "publish_servers.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";
constexpr int kSkipped = 4;  // SKIP_RETURN_CODE in tests/CMakeLists.txt

// Only a server that truly cannot start skips a test, visibly.
void skip_unless_running(const std::string& failure) {
  if (failure.empty()) return;
  std::cerr << "ПРОПУЩЕНО: сервер для теста не запустился: " << failure << std::endl;
  std::exit(kSkipped);
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Site {
  TempDir source, build;
  std::string out() const { return (build.path() / "site").string(); }
  std::map<std::string, std::string> built() const {
    auto files = snapshot(build.path() / "site");
    files.erase(".nastavnik-build");
    return files;
  }
};

RunResult publish(const std::vector<std::string>& env, const Site& site, const std::string& address,
                  std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"publish", address, "-s", site.source.path().string(), "-o", site.out(),
                                   "--today", kToday};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_nastavnik_env(env, args);
}

std::map<std::string, std::string> published(const fs::path& dir) {
  auto files = snapshot(dir);
  files.erase(".nastavnik-manifest.json");
  return files;
}

// First publish, nothing changed, one file edited, a page deleted, a
// foreign file beside the section: the same on every kind of server.
void check_publish_cycle(const std::vector<std::string>& env, const std::string& address, const fs::path& served) {
  Site site;
  write_publish_site(site.source);
  fs::create_directories(served.parent_path());
  std::ofstream(served.parent_path() / "shkola.html") << "главная страница школы";
  auto first = publish(env, site, address);
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(published(served) == site.built());
  CHECK(temporary_files(served).empty());

  auto before = inodes(served);
  auto same = publish(env, site, address);
  INFO(same.out << same.err);
  REQUIRE(same.exit_code == 0);
  CHECK(contains(same.out, "Без изменений"));
  CHECK(replaced(before, inodes(served)).empty());

  // One file edited: exactly one upload (and the manifest).
  site.source.write("static/raspisanie.txt", "Расписание встреч наставников: четверг, 16:00.\n");
  before = inodes(served);
  auto one = publish(env, site, address);
  INFO(one.out << one.err);
  REQUIRE(one.exit_code == 0);
  CHECK(contains(one.out, "отправлено 1 файл "));
  CHECK(replaced(before, inodes(served)) == std::vector<std::string>{".nastavnik-manifest.json", "raspisanie.txt"});
  CHECK(published(served) == site.built());

  // A foreign file inside the section's folder and the page deleted.
  std::ofstream(served / "foto-shkoly.jpg") << "чужой файл";
  fs::remove(site.source.path() / "content/pages/o-nas.md");
  auto deleted = publish(env, site, address);
  INFO(deleted.out << deleted.err);
  REQUIRE(deleted.exit_code == 0);
  CHECK_FALSE(fs::exists(served / "o-nas"));
  auto now = published(served);
  CHECK(now.count("foto-shkoly.jpg") == 1);
  now.erase("foto-shkoly.jpg");
  CHECK(now == site.built());
  CHECK(snapshot(served.parent_path())["shkola.html"] == "главная страница школы");
  CHECK(temporary_files(served).empty());
}

// Starts a publish of the demo, kills it once some files are on the
// server, and runs it again: the section is complete, no temporary file left.
void check_kill_and_resume(const std::vector<std::string>& env, const std::string& address, const fs::path& served) {
  TempDir build;
  std::string out = (build.path() / "site").string();
  std::vector<std::string> args = {"publish", address, "-s", demo_source_dir(), "-o", out, "--today", kToday};
  // The demo is built first, so that the kill lands in the transfer.
  REQUIRE(run_nastavnik({"build", "-s", demo_source_dir(), "-o", out, "--today", kToday, "-q"}).exit_code == 0);
  std::vector<std::string> with_env = {"/usr/bin/env"};
  with_env.insert(with_env.end(), env.begin(), env.end());
  with_env.push_back(NASTAVNIK_BIN);
  with_env.insert(with_env.end(), args.begin(), args.end());
  {
    ServerProcess publishing;
    TempDir logs;
    REQUIRE(publishing.start(with_env, logs.path() / "log"));
    bool some = false;
    for (int i = 0; i < 2000 && !some; ++i) {
      some = inodes(served).size() >= 40;
      if (!some) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(some);
    ServerProcess::kill_now(publishing);
  }
  auto partial = snapshot(served);
  INFO("files on the server after the kill: " << partial.size());
  auto built = snapshot(build.path() / "site");
  built.erase(".nastavnik-build");
  CHECK(partial.size() < built.size());
  auto resumed = run_nastavnik_env(env, args);
  INFO(resumed.out << resumed.err);
  REQUIRE(resumed.exit_code == 0);
  CHECK(contains(resumed.out, "Прерванная в прошлый раз публикация завершена"));
  CHECK(temporary_files(served).empty());
  CHECK(published(served) == built);
}

}  // namespace

TEST_CASE("SFTP: first publish, a one-file edit, a deleted page, a foreign file") {
  SshServer ssh;
  skip_unless_running(ssh.failure());
  check_publish_cycle({"HOME=" + ssh.home().string()}, ssh.address("site/nastavnichestvo"),
                      ssh.files() / "site/nastavnichestvo");
}

TEST_CASE("SFTP: a publish killed halfway is completed by running it again") {
  SshServer ssh;
  skip_unless_running(ssh.failure());
  check_kill_and_resume({"HOME=" + ssh.home().string()}, ssh.address("nastavnichestvo"),
                        ssh.files() / "nastavnichestvo");
}

TEST_CASE("SFTP: an unknown or changed host key is refused with an explanation, nothing sent") {
  SshServer ssh;
  skip_unless_running(ssh.failure());
  Site site;
  write_publish_site(site.source);
  std::string address = ssh.address("nastavnichestvo");
  std::vector<std::string> env = {"HOME=" + ssh.home().string()};

  std::ofstream(ssh.home() / ".ssh/known_hosts") << ssh.other_key_line() << "\n";
  auto changed = publish(env, site, address);
  INFO(changed.out << changed.err);
  CHECK(changed.exit_code == 1);
  CHECK(contains(changed.err, "не совпадает"));
  CHECK(contains(changed.err, "ssh-keygen -R '[127.0.0.1]:" + std::to_string(ssh.port()) + "'"));
  CHECK(snapshot(ssh.files()).empty());

  fs::remove(ssh.home() / ".ssh/known_hosts");
  auto unknown = publish(env, site, address);
  INFO(unknown.out << unknown.err);
  CHECK(unknown.exit_code == 1);
  CHECK(contains(unknown.err, "ещё неизвестен"));
  CHECK(contains(unknown.err, "ssh-keyscan -t ed25519 -p " + std::to_string(ssh.port()) + " 127.0.0.1 >> ~/.ssh/known_hosts"));
  CHECK(snapshot(ssh.files()).empty());

  // The command from the explanation, run as it says, lets the publish through.
  auto scan = run_command({"sh", "-c", "HOME=" + ssh.home().string() + " ssh-keyscan -t ed25519 -p " +
                                           std::to_string(ssh.port()) + " 127.0.0.1 >> " +
                                           (ssh.home() / ".ssh/known_hosts").string()});
  REQUIRE(scan.exit_code == 0);
  auto accepted = publish(env, site, address);
  INFO(accepted.out << accepted.err);
  CHECK(accepted.exit_code == 0);
  CHECK(published(ssh.files() / "nastavnichestvo") == site.built());
}

TEST_CASE("SFTP: a refused login names what to check and never prints a password") {
  SshServer ssh;
  skip_unless_running(ssh.failure());
  Site site;
  write_publish_site(site.source);
  fs::remove(ssh.home() / ".ssh/id_ed25519");
  fs::remove(ssh.home() / ".ssh/id_ed25519.pub");
  auto refused = publish({"HOME=" + ssh.home().string(), "NASTAVNIK_PASSWORD=secret-pass-123"}, site,
                         ssh.address("nastavnichestvo"));
  INFO(refused.out << refused.err);
  CHECK(refused.exit_code == 1);
  CHECK(contains(refused.err, "не принял имя пользователя"));
  CHECK(contains(refused.err, "ed25519"));
  CHECK_FALSE(contains(refused.out + refused.err, "secret-pass-123"));
}

TEST_CASE("FTP: first publish, a one-file edit, a deleted page, a foreign file") {
  FtpServer ftp;
  skip_unless_running(ftp.failure());
  check_publish_cycle({std::string("NASTAVNIK_PASSWORD=") + FtpServer::kPassword},
                      ftp.address("editor", "site/nastavnichestvo"), ftp.files() / "site/nastavnichestvo");
}

TEST_CASE("FTP: a publish killed halfway is completed by running it again") {
  FtpServer ftp;
  skip_unless_running(ftp.failure());
  check_kill_and_resume({std::string("NASTAVNIK_PASSWORD=") + FtpServer::kPassword},
                        ftp.address("editor", "nastavnichestvo"), ftp.files() / "nastavnichestvo");
}

TEST_CASE("FTPS (explicit TLS): publishes with the server's own certificate given, refuses without it") {
  FtpsServer ftps;
  skip_unless_running(ftps.failure());
  Site site;
  write_publish_site(site.source);
  std::string address = ftps.address("nastavnichestvo");
  auto untrusted = publish({"NASTAVNIK_PASSWORD=x"}, site, address);
  INFO(untrusted.out << untrusted.err);
  CHECK(untrusted.exit_code == 1);
  CHECK(contains(untrusted.err, "сертификат"));
  CHECK(contains(untrusted.err, "NASTAVNIK_CA_FILE"));
  CHECK(snapshot(ftps.files()).empty());

  auto r = publish({"NASTAVNIK_PASSWORD=x", "NASTAVNIK_CA_FILE=" + ftps.ca_file().string()}, site, address);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(published(ftps.files() / "nastavnichestvo") == site.built());
  site.source.write("static/raspisanie.txt", "Новое расписание.\n");
  auto before = inodes(ftps.files() / "nastavnichestvo");
  auto again = publish({"NASTAVNIK_PASSWORD=x", "NASTAVNIK_CA_FILE=" + ftps.ca_file().string()}, site, address);
  INFO(again.out << again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(replaced(before, inodes(ftps.files() / "nastavnichestvo")) ==
        std::vector<std::string>{".nastavnik-manifest.json", "raspisanie.txt"});
}

TEST_CASE("FTP: the password from ~/.netrc, and FTPS refused by a server without TLS") {
  FtpServer ftp;
  skip_unless_running(ftp.failure());
  Site site;
  write_publish_site(site.source);
  TempDir home;
  home.write(".netrc", std::string("machine 127.0.0.1 login editor password ") + FtpServer::kPassword + "\n");
  fs::permissions(home.path() / ".netrc", fs::perms::owner_read | fs::perms::owner_write);
  auto r = publish({"HOME=" + home.path().string()}, site, ftp.address("editor", "nastavnichestvo"));
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(published(ftp.files() / "nastavnichestvo") == site.built());

  std::string ftps = ftp.address("editor", "nastavnichestvo");
  ftps.replace(0, 3, "ftps");
  auto plain = publish({"HOME=" + home.path().string()}, site, ftps);
  INFO(plain.out << plain.err);
  CHECK(plain.exit_code == 1);
  CHECK(contains(plain.err, "не поддерживает FTP с шифрованием"));
}

TEST_CASE("FTP: a wrong password and a folder without write permission are explained") {
  FtpServer ftp;
  skip_unless_running(ftp.failure());
  Site site;
  write_publish_site(site.source);
  auto wrong = publish({"NASTAVNIK_PASSWORD=not-the-password"}, site, ftp.address("editor", "nastavnichestvo"));
  INFO(wrong.out << wrong.err);
  CHECK(wrong.exit_code == 1);
  CHECK(contains(wrong.err, "не принял имя пользователя «editor» или пароль"));
  CHECK(contains(wrong.err, "~/.netrc"));
  CHECK_FALSE(contains(wrong.out + wrong.err, "not-the-password"));

  auto read_only = publish({std::string("NASTAVNIK_PASSWORD=") + FtpServer::kPassword}, site,
                           ftp.address("reader", "nastavnichestvo"));
  INFO(read_only.out << read_only.err);
  CHECK(read_only.exit_code == 1);
  CHECK(contains(read_only.err, "нет прав на запись"));

  auto nowhere = publish({"NASTAVNIK_PASSWORD=x"}, site, "ftp://editor@no-such-host.invalid/nastavnichestvo/");
  INFO(nowhere.out << nowhere.err);
  CHECK(nowhere.exit_code == 1);
  CHECK(contains(nowhere.err, "сервер «no-such-host.invalid» не найден"));
}

TEST_CASE("SFTP: the demo published, one news item edited, a mentor removed with the page and the photos") {
  SshServer ssh;
  skip_unless_running(ssh.failure());
  Site site;
  for (const char* part : {"site.yaml", "content", "themes", "static"})
    fs::copy(fs::path(demo_source_dir()) / part, site.source.path() / part, fs::copy_options::recursive);
  std::vector<std::string> env = {"HOME=" + ssh.home().string()};
  std::string address = ssh.address("www/nastavnichestvo");
  fs::path served = ssh.files() / "www/nastavnichestvo";
  auto first = publish(env, site, address);
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(published(served) == site.built());

  // One news item edited: exactly the files whose bytes changed go up.
  auto built_before = site.built();
  std::string news = site.source.read("content/news/olimpiada.md");
  size_t body = news.rfind("---\n");
  REQUIRE(body != std::string::npos);
  site.source.write("content/news/olimpiada.md", news + "\nДобавлено: ребят наградили грамотами.\n");
  auto before = inodes(served);
  auto edited = publish(env, site, address);
  INFO(edited.out << edited.err);
  REQUIRE(edited.exit_code == 0);
  std::vector<std::string> changed = {".nastavnik-manifest.json"};
  for (const auto& [path, bytes] : site.built())
    if (!built_before.count(path) || built_before.at(path) != bytes) changed.push_back(path);
  std::sort(changed.begin(), changed.end());
  CHECK(replaced(before, inodes(served)) == changed);
  CHECK(std::find(changed.begin(), changed.end(), "news/olimpiada/index.html") != changed.end());
  CHECK(changed.size() < built_before.size() / 4);
  WARN("демо: первая публикация — " << built_before.size() << " файлов; правка одной новости — отправлено "
                                    << changed.size() - 1 << " (и манифест)");

  // A mentor removed: her page and every size of her photo go from the server.
  std::string page = snapshot(served)["mentors/melnikov/index.html"];
  REQUIRE_FALSE(page.empty());
  std::set<std::string> photos;
  static const std::regex photo_re(R"re(\.\./foto/([0-9a-f]+-\d+\.(?:jpg|webp)))re");
  for (std::sregex_iterator it(page.begin(), page.end(), photo_re), end; it != end; ++it)
    photos.insert("mentors/foto/" + (*it)[1].str());
  REQUIRE(photos.size() >= 2);
  for (const auto& p : photos) REQUIRE(fs::exists(served / p));
  fs::remove(site.source.path() / "content/mentors/melnikov.md");
  auto files_before = published(served);
  before = inodes(served);
  auto removed = publish(env, site, address);
  INFO(removed.out << removed.err);
  REQUIRE(removed.exit_code == 0);
  auto files_after = published(served);
  size_t gone = 0;
  for (const auto& [path, _] : files_before) gone += !files_after.count(path);
  WARN("демо: наставник убран — удалено на сервере " << gone << " файлов, отправлено "
                                                      << replaced(before, inodes(served)).size() - 1 << " (и манифест)");
  CHECK_FALSE(fs::exists(served / "mentors/melnikov"));
  for (const auto& p : photos) {
    INFO(p);
    CHECK_FALSE(fs::exists(served / p));
  }
  CHECK(published(served) == site.built());
  CHECK(temporary_files(served).empty());
}
