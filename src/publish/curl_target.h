#pragma once
// Publishing to a server over SFTP, FTP or FTP with explicit TLS, through
// libcurl (its SFTP is libssh2). One connection is kept for the whole
// publish.
//
// SFTP checks the server's key against ~/.ssh/known_hosts and refuses an
// unknown or changed key, explaining how to accept it. Debian 12's libssh2
// signs with RSA keys only by SHA-1, which current OpenSSH servers refuse:
// use an ed25519 key (ssh-keygen -t ed25519).
#include <memory>
#include <string>

#include "publish/target.h"
#include "publish/target_address.h"

namespace nastavnik {

struct CurlTargetOptions {
  TargetAddress address;
  std::string key_file;      // SSH private key ("" : none)
  std::string known_hosts;   // ~/.ssh/known_hosts
  std::string ca_file;       // FTPS: a CA bundle for a server with its own certificate ("" : the system's)
  bool may_prompt = true;    // ask for a password on the terminal after a refused login
};

std::unique_ptr<Target> open_curl_target(const CurlTargetOptions& options);

}  // namespace nastavnik
