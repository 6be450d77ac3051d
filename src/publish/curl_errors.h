#pragma once
// libcurl's failures told in Russian, with what the editor can do.
#include <curl/curl.h>

#include <string>

#include "publish/target.h"
#include "publish/target_address.h"

namespace nastavnik {

// What the host-key check saw (set by the key callback).
enum class HostKeyVerdict { not_checked, known, unknown, changed };

struct CurlFailure {
  CURLcode code = CURLE_OK;
  long response = 0;         // the server's last FTP reply code
  std::string detail;        // libcurl's error buffer
  HostKeyVerdict host_key = HostKeyVerdict::not_checked;
  std::string what;          // what was being done: "загрузить news/a/index.html"
};

[[noreturn]] void throw_curl_failure(const TargetAddress& address, const CurlFailure& failure);

}  // namespace nastavnik
