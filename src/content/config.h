#pragma once
// site.yaml: the organisation, the section, where it is published, the menu.
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "source/fields.h"

namespace nastavnik {

struct Organisation {
  std::string full_name, short_name, address, phone, email, website;
};

struct Contact {
  std::string name, position, phone, email, office, hours;
};

struct MenuItem {
  std::string title;
  std::string link;  // content path ("pages/kontakty.md"), site path ("/documents/") or URL
  SourceLoc loc;
};

struct Config {
  std::string root;          // the site's source folder
  std::string title;         // section title, «Наставничество»
  std::string description;
  std::string base_url;      // always ends with '/'
  std::string base_origin;   // scheme://host[:port] of base_url
  std::string language = "ru";
  std::string timezone = "Europe/Moscow";
  int academic_year_start = 0;  // 2025 for «2025-2026»
  std::string theme = "default";
  std::string logo;             // the school's emblem: a file of the site ("static/logo.svg")
  SourceLoc logo_loc;
  bool unsafe_html = false;     // pass raw HTML in Markdown through
  Organisation organisation;
  Contact curator;
  std::vector<MenuItem> menu;
  int stale_days = 0;        // `nastavnik status` lists pages unchanged for longer (0: its default)
};

const Schema& config_schema();

// Reads and validates `root/site.yaml`; nullopt when it is missing or broken
// beyond use (the problems are in `diag`).
std::optional<Config> load_config(const std::string& root, Diagnostics& diag);

}  // namespace nastavnik
