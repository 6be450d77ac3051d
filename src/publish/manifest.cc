#include "publish/manifest.h"

#include <nlohmann/json.hpp>

#include "version.h"

namespace nastavnik {

namespace {

constexpr int kFormat = 1;

// A path the manifest may name: relative, inside the target, no "..".
bool safe_path(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos || path.find('\0') != std::string::npos)
    return false;
  for (size_t at = 0; at <= path.size();) {
    size_t slash = path.find('/', at);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(at, slash - at);
    if (part.empty() || part == "." || part == "..") return false;
    at = slash + 1;
  }
  return true;
}

}  // namespace

std::string Manifest::to_json() const {
  // One file a line: readable, and small diffs when someone looks.
  nlohmann::ordered_json head;
  head["generator"] = "nastavnik";
  head["format"] = kFormat;
  head["version"] = NASTAVNIK_VERSION;
  head["complete"] = complete;
  head["base_url"] = base_url;
  std::string text = "{\n";
  for (const auto& [key, value] : head.items()) {
    text += ' ';
    text += nlohmann::json(key).dump() + ": " + value.dump() + ",\n";
  }
  text += " \"files\": {";
  bool first = true;
  for (const auto& [path, entry] : files) {
    nlohmann::ordered_json e = {{"hash", entry.hash}, {"size", entry.size}};
    text += first ? "\n  " : ",\n  ";
    text += nlohmann::json(path).dump() + ": " + e.dump();
    first = false;
  }
  return text + "\n }\n}\n";
}

ManifestRead parse_manifest(const std::optional<std::string>& text) {
  ManifestRead r;
  if (!text) return r;
  r.state = ManifestState::foreign;
  // Anything unreadable or of another format is foreign: its files are not
  // taken for ours.
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("generator", "") != "nastavnik" || j.value("format", 0) != kFormat ||
      !j.contains("files") || !j["files"].is_object())
    return r;
  try {
    r.manifest.complete = j.value("complete", false);
    r.manifest.base_url = j.value("base_url", "");
    for (const auto& [path, entry] : j["files"].items()) {
      if (!safe_path(path)) return r;
      r.manifest.files[path] = {entry.at("hash").get<std::string>(), entry.at("size").get<unsigned long long>()};
    }
  } catch (const nlohmann::json::exception&) {
    return r;
  }
  r.state = ManifestState::ours;
  return r;
}

}  // namespace nastavnik
