#pragma once
// The `publish:` map of site.yaml: where `nastavnik publish` sends the section
// when no target is given, and its options. Never a password: those come
// from ~/.netrc, NASTAVNIK_PASSWORD or a prompt (see credentials.h).
#include <optional>
#include <string>

#include "base/diagnostics.h"

namespace nastavnik {

struct PublishSettings {
  std::string target;      // sftp://user@host/path/, ftp://…, ftps://…, file:///path/
  SourceLoc target_loc;    // where it is written, for messages about it
  std::string key;         // SSH private key file (default: ~/.ssh/id_ed25519, id_ecdsa, id_rsa)
  long long max_file_mb = 10;  // files larger than this are reported before publishing
  SourceLoc base_url_loc;      // where site.yaml gives base_url (the checks before publishing point there)
};

// Reads the `publish:` map of `root/site.yaml`. Validation (unknown fields,
// types) is reported by load_config; a missing or broken file gives the
// defaults here.
PublishSettings load_publish_settings(const std::string& root);

}  // namespace nastavnik
