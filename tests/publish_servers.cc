#include "publish_servers.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace fixture {

ServerProcess::~ServerProcess() { stop(); }

bool ServerProcess::start(const std::vector<std::string>& argv, const fs::path& log) {
  pid_ = fork();
  if (pid_ == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    dup2(fd, 2);
    int null = open("/dev/null", O_RDONLY);
    dup2(null, 0);
    std::vector<char*> raw;
    for (const auto& a : argv) raw.push_back(const_cast<char*>(a.c_str()));
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  return pid_ > 0;
}

void ServerProcess::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

void ServerProcess::kill_now(ServerProcess& p) {
  if (p.pid_ <= 0) return;
  kill(p.pid_, SIGKILL);
  waitpid(p.pid_, nullptr, 0);
  p.pid_ = -1;
}

bool wait_for_port(int port, int seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < until) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    if (ok) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

namespace {

std::string read_text(const fs::path& p) {
  std::ifstream in(p);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

bool make_key(const fs::path& path) {
  return run_command({"ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "nastavnik-test", "-f", path.string()})
             .exit_code == 0;
}

}  // namespace

SshServer::SshServer() {
  const fs::path sshd = "/usr/sbin/sshd";
  if (!fs::exists(sshd)) {
    failure_ = "нет /usr/sbin/sshd (пакет openssh-server ставит scripts/test)";
    return;
  }
  const passwd* pw = getpwuid(getuid());
  user_ = pw ? pw->pw_name : "root";
  fs::path d = dir_.path();
  fs::create_directories(files());
  fs::create_directories(home() / ".ssh");
  fs::create_directories(d / "other");
  if (!make_key(d / "host_key") || !make_key(home() / ".ssh/id_ed25519") || !make_key(d / "other/host_key")) {
    failure_ = "ssh-keygen не смог создать ключи";
    return;
  }
  fs::copy_file(home() / ".ssh/id_ed25519.pub", d / "authorized_keys");
  // Debian's sshd wants its privilege separation folder, made at boot.
  std::error_code ec;
  if (getuid() == 0) fs::create_directories("/run/sshd", ec);
  for (int attempt = 0; attempt < 3 && failure_.empty(); ++attempt) {
    port_ = free_port();
    std::ofstream(d / "sshd_config") << "Port " << port_ << "\nListenAddress 127.0.0.1\n"
                                     << "HostKey " << (d / "host_key").string() << "\n"
                                     << "PidFile " << (d / "sshd.pid").string() << "\n"
                                     << "AuthorizedKeysFile " << (d / "authorized_keys").string() << "\n"
                                     << "StrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                                     << "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                                     << "Subsystem sftp internal-sftp\nLogLevel VERBOSE\n";
    process_.start({sshd.string(), "-D", "-e", "-f", (d / "sshd_config").string()}, d / "sshd.log");
    if (wait_for_port(port_, 10)) break;
    process_.stop();
    if (attempt == 2) failure_ = "sshd не запустился: " + read_text(d / "sshd.log");
  }
  std::ofstream(home() / ".ssh/known_hosts") << known_hosts_line() << "\n";
}

std::string SshServer::address(const std::string& rel) const {
  return "sftp://" + user_ + "@127.0.0.1:" + std::to_string(port_) + files().string() + "/" + rel + "/";
}

std::string SshServer::known_hosts_line() const {
  std::string key = read_text(dir_.path() / "host_key.pub");
  return "[127.0.0.1]:" + std::to_string(port_) + " " + key.substr(0, key.rfind(' '));
}

std::string SshServer::other_key_line() const {
  std::string key = read_text(dir_.path() / "other/host_key.pub");
  return "[127.0.0.1]:" + std::to_string(port_) + " " + key.substr(0, key.rfind(' '));
}

FtpServer::FtpServer() {
  const fs::path python = "/usr/bin/python3";
  const fs::path script = fs::path(NASTAVNIK_SOURCE_DIR) / "tests/ftp_server.py";
  if (run_command({python.string(), "-c", "import pyftpdlib"}).exit_code != 0) {
    failure_ = "нет python3-pyftpdlib (его ставит scripts/test)";
    return;
  }
  fs::create_directories(files());
  for (int attempt = 0; attempt < 3; ++attempt) {
    port_ = free_port();
    process_.start({python.string(), script.string(), files().string(), std::to_string(port_)}, dir_.path() / "ftp.log");
    if (wait_for_port(port_, 10)) return;
    process_.stop();
  }
  failure_ = "FTP-сервер не запустился: " + read_text(dir_.path() / "ftp.log");
}

std::string FtpServer::address(const std::string& user, const std::string& rel) const {
  return "ftp://" + user + "@127.0.0.1:" + std::to_string(port_) + "/" + rel + "/";
}

FtpsServer::FtpsServer() {
  const fs::path vsftpd = "/usr/sbin/vsftpd";
  if (!fs::exists(vsftpd)) {
    failure_ = "нет /usr/sbin/vsftpd (пакет vsftpd ставит scripts/test)";
    return;
  }
  if (getuid() != 0) {
    failure_ = "vsftpd запускается только от root (так идут тесты в CI)";
    return;
  }
  fs::path d = dir_.path();
  fs::create_directories(files());
  fs::create_directories(d / "empty");
  // Anonymous sessions run as the user «ftp»: the upload folder is theirs.
  fs::permissions(files(), fs::perms::all);
  auto cert = run_command({"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                           "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                           (d / "key.pem").string(), "-out", ca_file().string()});
  if (cert.exit_code != 0) {
    failure_ = "openssl не создал сертификат: " + cert.err;
    return;
  }
  for (int attempt = 0; attempt < 3; ++attempt) {
    port_ = free_port();
    std::ofstream(d / "vsftpd.conf")
        << "listen=YES\nlisten_address=127.0.0.1\nlisten_port=" << port_ << "\nbackground=NO\n"
        << "anonymous_enable=YES\nlocal_enable=NO\nwrite_enable=YES\nanon_root=" << (d / "root").string() << "\n"
        << "no_anon_password=YES\nanon_upload_enable=YES\nanon_mkdir_write_enable=YES\n"
        << "anon_other_write_enable=YES\nanon_umask=022\nallow_writeable_chroot=YES\nseccomp_sandbox=NO\n"
        << "ssl_enable=YES\nallow_anon_ssl=YES\nforce_anon_logins_ssl=YES\nforce_anon_data_ssl=YES\n"
        << "require_ssl_reuse=NO\nrsa_cert_file=" << ca_file().string() << "\nrsa_private_key_file="
        << (d / "key.pem").string() << "\nsecure_chroot_dir=" << (d / "empty").string() << "\n"
        << "xferlog_enable=NO\n";
    process_.start({vsftpd.string(), (d / "vsftpd.conf").string()}, d / "vsftpd.log");
    if (wait_for_port(port_, 10)) return;
    process_.stop();
  }
  failure_ = "vsftpd не запустился: " + read_text(d / "vsftpd.log");
}

std::string FtpsServer::address(const std::string& rel) const {
  return "ftps://anonymous@127.0.0.1:" + std::to_string(port_) + "/pub/" + rel + "/";
}

}  // namespace fixture
