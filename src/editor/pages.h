#pragma once
// The editor's pages around the forms: the frame (menu of types, skip link,
// the CSRF token for scripts), the start page and the lists of items.
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "source/schema.h"

namespace nastavnik {

inline constexpr const char* kEditorRoot = "/_editor/";

struct Frame {
  std::string title;       // <title> and <h1>
  std::string current;     // the type whose menu item is current ("news"), or a page name
  std::string csrf;        // for scripts (meta) — forms carry their own hidden field
  bool logout = false;     // password mode: a «Выйти» button
  std::string site_link;   // the live preview's address
  std::string notice;      // a line shown above the content (saved, undone, …)
};

std::string editor_page(const Frame& frame, const std::string& content);

// A hidden field with the token, for every form that changes something.
std::string csrf_field(const std::string& csrf);

struct ListRow {
  std::string id, title, date, status, link;
  std::vector<Diagnostic> problems;
};
std::string list_content(const TypeSchema& type, const std::vector<ListRow>& rows);

// «news» → "/_editor/news/".
std::string type_url(const std::string& type);
// The form of an item.
std::string edit_url(const std::string& type, const std::string& id, const std::string& node = {});

}  // namespace nastavnik
