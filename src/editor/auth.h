#pragma once
// Who may change the site through the editor. On loopback (the default) the
// person at this computer; bound to another address, only someone who knows
// the password set when the server started. Either way: a session cookie
// (HttpOnly, SameSite=Strict), a CSRF token in every form that changes
// something, requests from another origin refused, and on loopback a Host
// header that is not a loopback name refused (DNS rebinding).
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace nastavnik {

// What a request says about where it comes from.
struct RequestOrigin {
  std::string host;            // Host header
  std::string origin;          // Origin header ("" when absent)
  std::string referer;
  std::string sec_fetch_site;  // "same-origin", "cross-site", … ("" when absent)
  std::string cookie;          // Cookie header
};

struct Session {
  std::string id;
  std::string csrf;
};

class EditorAuth {
 public:
  // `password` empty: no password (loopback only).
  EditorAuth(bool loopback, std::string password);

  bool needs_password() const { return !password_.empty(); }
  // Loopback: the Host must be 127.0.0.1, localhost or [::1] (any port).
  bool host_allowed(const RequestOrigin& r) const;
  // The request comes from the editor's own pages (or names no origin).
  bool same_origin(const RequestOrigin& r) const;
  // The session named by the cookie, if it is alive.
  std::optional<Session> session(const RequestOrigin& r);
  Session create_session();
  void end_session(const std::string& id);
  // Compares in constant time; a wrong password costs the caller a second.
  bool password_matches(const std::string& typed) const;
  bool csrf_matches(const Session& s, const std::string& token) const;

  // The Set-Cookie value for a session.
  static std::string cookie_for(const Session& s);
  static std::string clear_cookie();

 private:
  bool loopback_;
  std::string password_;
  std::mutex mutex_;
  struct Entry {
    Session session;
    std::chrono::steady_clock::time_point last_used;
  };
  std::map<std::string, Entry> sessions_;
};

// 32 random bytes as hex (getrandom).
std::string random_token();
bool constant_time_equal(const std::string& a, const std::string& b);
// Reads the password for --password-file: its first line, without the line end.
std::optional<std::string> read_password_file(const std::string& path, std::string& error);
// True for 127.0.0.0/8, ::1 and localhost.
bool is_loopback_address(const std::string& address);

}  // namespace nastavnik
