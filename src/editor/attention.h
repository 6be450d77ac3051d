#pragma once
// «Что требует внимания»: overdue roadmap items, consents that end within
// 30 days (or have ended), past events without a report, practices waiting
// for review, pages not updated for a year — each with a link to its form.
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

inline constexpr int kConsentAttentionDays = 30;
inline constexpr int kStalePageDays = 365;

struct AttentionItem {
  std::string group;  // «Просроченные пункты дорожной карты» …
  std::string text;   // what it is and why
  std::string link;   // the editor's form
};

std::vector<AttentionItem> attention_items(const std::string& root, const Library* lib, const Date& today);

}  // namespace nastavnik
