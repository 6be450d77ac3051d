#pragma once
// Real servers for the publish tests, started and stopped by the tests
// themselves on high ports of 127.0.0.1: Debian's OpenSSH sshd (its own
// config, a host key and a client ed25519 key made for the test) and an FTP
// server (tests/ftp_server.py over python3-pyftpdlib), and vsftpd for FTP
// over TLS.
#include <string>

#include "site_fixture.h"

namespace fixture {

// A process started in the background; killed when destroyed.
class ServerProcess {
 public:
  ServerProcess() = default;
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  // Starts argv; output goes to `log`.
  bool start(const std::vector<std::string>& argv, const fs::path& log);
  void stop();
  // SIGKILL, as a power cut or a killed terminal would.
  static void kill_now(ServerProcess& p);

 private:
  int pid_ = -1;
};

// Waits up to `seconds` until 127.0.0.1:port accepts connections.
bool wait_for_port(int port, int seconds);

class SshServer {
 public:
  SshServer();
  // Empty when it runs; otherwise why it could not start (the tests then
  // skip with this message).
  const std::string& failure() const { return failure_; }
  int port() const { return port_; }
  std::string user() const { return user_; }
  // The folder served (the target lies below it) and a HOME with the
  // client's key (.ssh/id_ed25519) and the server's key in .ssh/known_hosts.
  fs::path files() const { return dir_.path() / "files"; }
  fs::path home() const { return dir_.path() / "home"; }
  // sftp://user@127.0.0.1:PORT/<files>/<rel>/
  std::string address(const std::string& rel) const;
  // The line known_hosts holds for this server, and one with another key.
  std::string known_hosts_line() const;
  std::string other_key_line() const;

 private:
  TempDir dir_;
  ServerProcess process_;
  int port_ = 0;
  std::string user_;
  std::string failure_;
};

class FtpServer {
 public:
  FtpServer();
  const std::string& failure() const { return failure_; }
  int port() const { return port_; }
  fs::path files() const { return dir_.path() / "files"; }
  // ftp://USER@127.0.0.1:PORT/<rel>/; users editor (may write) and reader
  // (may only read), both with the password kPassword.
  std::string address(const std::string& user, const std::string& rel) const;
  static constexpr const char* kPassword = "s3cret";

 private:
  TempDir dir_;
  ServerProcess process_;
  int port_ = 0;
  std::string failure_;
};

// FTP over explicit TLS: Debian's vsftpd (it needs root) with a self-signed
// certificate for 127.0.0.1; anonymous users may write into files()/pub.
class FtpsServer {
 public:
  FtpsServer();
  const std::string& failure() const { return failure_; }
  fs::path files() const { return dir_.path() / "root/pub"; }
  fs::path ca_file() const { return dir_.path() / "cert.pem"; }
  // ftps://anonymous@127.0.0.1:PORT/pub/<rel>/
  std::string address(const std::string& rel) const;

 private:
  TempDir dir_;
  ServerProcess process_;
  int port_ = 0;
  std::string failure_;
};

}  // namespace fixture
