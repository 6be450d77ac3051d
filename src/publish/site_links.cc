#include "publish/site_links.h"

#include "base/text.h"

namespace nastavnik {

bool is_outside_link(const std::string& href) {
  for (const char* scheme : {"http://", "https://", "mailto:", "tel:"})
    if (href.rfind(scheme, 0) == 0) return true;
  return false;
}

std::optional<std::string> section_path(const std::string& page_url, const std::string& href) {
  std::string path = href.substr(0, href.find_first_of("#?"));
  if (path.empty() || href.find(':') < href.find('/') || path[0] == '/') return std::nullopt;
  std::vector<std::string> parts;
  for (const auto& p : split(page_url + path, '/')) {
    if (p.empty() || p == ".") continue;
    if (p == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
      continue;
    }
    parts.push_back(p);
  }
  bool folder = path.back() == '/' || (!parts.empty() && parts.back() == "index.html");
  if (!parts.empty() && parts.back() == "index.html") parts.pop_back();
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  if (folder && !out.empty()) out += '/';
  return out;
}

std::string best_picture(const std::vector<std::string>& candidates) {
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it)
    if (ends_with_ci(*it, ".jpg") || ends_with_ci(*it, ".jpeg") || ends_with_ci(*it, ".png")) return *it;
  return candidates.empty() ? std::string() : candidates.front();
}

}  // namespace nastavnik
