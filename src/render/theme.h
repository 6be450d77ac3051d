#pragma once
// The theme: Mustache templates, the Russian strings file and static assets.
// Layers, later wins: the theme (a folder themes/NAME in the site, or the
// default theme compiled into the binary), then the site's templates/.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/config.h"
#include "base/date.h"
#include "base/diagnostics.h"
#include "base/embedded.h"
#include "source/yaml.h"

namespace nastavnik {


// A CSS/JS/image file of the theme, published under a fingerprinted name so
// browsers can cache it for a long time.
struct ThemeAsset {
  std::string name;    // "style.css"
  std::string output;  // "assets/style.1a2b3c4d5e.css"
  std::string data;
};

// The theme's CSS as published: comments and needless whitespace removed,
// strings kept as written. Every page loads it, so every byte counts.
std::string minify_css(std::string_view css);

class Theme {
 public:
  static std::optional<Theme> load(const Config& config, Diagnostics& diag);

  // Template text with every {{> partial}} already inlined, so each
  // template is parsed once, and every {{t.key}} string written in. nullopt when the theme has no such template.
  std::optional<std::string> template_text(const std::string& name) const;
  // Where a template came from, for error messages.
  std::string template_origin(const std::string& name) const;

  // A user-visible string by dotted key ("documents.level.federal"); the key
  // itself when missing, so a gap shows instead of vanishing.
  std::string str(const std::string& key) const;
  std::vector<std::string> list(const std::string& key) const;
  const YamlNode& strings() const { return strings_; }
  const DateWords& date_words() const { return date_words_; }

  const std::vector<ThemeAsset>& assets() const { return assets_; }
  const ThemeAsset* asset(const std::string& name) const;

 private:
  std::map<std::string, std::string> files_;    // theme-relative path -> text
  std::map<std::string, std::string> origins_;  // theme-relative path -> shown origin
  YamlNode strings_;
  DateWords date_words_;
  std::vector<ThemeAsset> assets_;
  std::map<std::string, std::string> scalars_;            // flattened strings
  std::map<std::string, std::vector<std::string>> lists_;
  std::string inline_partials(const std::string& text, int depth) const;
  std::string substitute_strings(const std::string& text) const;
  void flatten(const YamlNode& node, const std::string& prefix);
};

}  // namespace nastavnik
