#include "editor/auth.h"

#include <sys/random.h>

#include <fstream>

#include "base/text.h"

namespace nastavnik {

namespace {

constexpr auto kSessionIdle = std::chrono::hours(12);
constexpr const char* kCookieName = "nastavnik_editor";

// "localhost:8080" → "localhost"; "[::1]:8080" → "::1".
std::string host_name(const std::string& host) {
  if (!host.empty() && host[0] == '[') {
    size_t end = host.find(']');
    return end == std::string::npos ? host : host.substr(1, end - 1);
  }
  size_t colon = host.rfind(':');
  return colon == std::string::npos ? host : host.substr(0, colon);
}

std::string cookie_value(const std::string& header, const std::string& name) {
  for (const auto& part : split(header, ';')) {
    std::string_view p = trim(part);
    if (p.size() > name.size() && p.substr(0, name.size()) == name && p[name.size()] == '=')
      return std::string(p.substr(name.size() + 1));
  }
  return {};
}

// "http://127.0.0.1:8080/path" → "127.0.0.1:8080".
std::string authority_of(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  size_t start = scheme + 3, end = url.find('/', start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

std::string random_token() {
  unsigned char bytes[32];
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n <= 0) std::abort();  // no randomness: never hand out guessable tokens
    got += static_cast<size_t>(n);
  }
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

bool constant_time_equal(const std::string& a, const std::string& b) {
  size_t n = std::max(a.size(), b.size());
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

bool is_loopback_address(const std::string& address) {
  std::string a = to_lower(address);
  return a == "localhost" || a == "::1" || a == "[::1]" || a.rfind("127.", 0) == 0;
}

std::optional<std::string> read_password_file(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "не удалось прочитать файл пароля " + path;
    return std::nullopt;
  }
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  if (line.empty()) {
    error = "файл пароля " + path + " пуст: запишите пароль в первую строку";
    return std::nullopt;
  }
  return line;
}

EditorAuth::EditorAuth(bool loopback, std::string password) : loopback_(loopback), password_(std::move(password)) {}

bool EditorAuth::host_allowed(const RequestOrigin& r) const {
  if (!loopback_) return true;
  return is_loopback_address(host_name(r.host));
}

bool EditorAuth::same_origin(const RequestOrigin& r) const {
  if (!r.sec_fetch_site.empty() && r.sec_fetch_site != "same-origin" && r.sec_fetch_site != "none") return false;
  if (!r.origin.empty()) return r.origin != "null" && authority_of(r.origin) == r.host;
  if (!r.referer.empty()) return authority_of(r.referer) == r.host;
  return true;
}

std::optional<Session> EditorAuth::session(const RequestOrigin& r) {
  std::string id = cookie_value(r.cookie, kCookieName);
  if (id.empty()) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  auto found = sessions_.end();
  for (auto it = sessions_.begin(); it != sessions_.end(); ++it)
    if (constant_time_equal(it->first, id)) found = it;
  if (found == sessions_.end()) return std::nullopt;
  if (now - found->second.last_used > kSessionIdle) {
    sessions_.erase(found);
    return std::nullopt;
  }
  found->second.last_used = now;
  return found->second.session;
}

Session EditorAuth::create_session() {
  Session s{random_token(), random_token()};
  std::lock_guard lock(mutex_);
  if (sessions_.size() > 1000) sessions_.clear();
  sessions_[s.id] = {s, std::chrono::steady_clock::now()};
  return s;
}

void EditorAuth::end_session(const std::string& id) {
  std::lock_guard lock(mutex_);
  sessions_.erase(id);
}

bool EditorAuth::password_matches(const std::string& typed) const {
  return !password_.empty() && constant_time_equal(typed, password_);
}

bool EditorAuth::csrf_matches(const Session& s, const std::string& token) const {
  return !token.empty() && constant_time_equal(s.csrf, token);
}

std::string EditorAuth::cookie_for(const Session& s) {
  return std::string(kCookieName) + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict";
}

std::string EditorAuth::clear_cookie() {
  return std::string(kCookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
}

}  // namespace nastavnik
