#include "content/item_types.h"

#include "content/competition.h"
#include "content/document.h"
#include "content/event.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/practice.h"

namespace nastavnik {

const std::vector<ItemType>& item_types() {
  static const std::vector<ItemType> types = {
      {"documents", "document", PageKind::document, read_document_page, nullptr, add_document_lists, nullptr},
      {"events", "event", PageKind::event, read_event_page, nullptr, add_event_lists, finish_events},
      {"news", "news", PageKind::news, read_news_page, nullptr, add_news_lists, nullptr},
      {"mentors", "mentor", PageKind::mentor, read_mentor_page, mentor_page_url, add_mentor_lists, nullptr},
      {"practices", "practice", PageKind::practice, read_practice_page, practice_page_url, add_practice_pages, check_practice_authors},
      {"competitions", "competition", PageKind::competition, read_competition_page, nullptr, add_competition_lists, check_competition_people},
  };
  return types;
}

const ItemType* item_type_of(std::string_view rel) {
  for (const auto& t : item_types())
    if (rel.size() > t.folder.size() && rel.substr(0, t.folder.size()) == t.folder && rel[t.folder.size()] == '/')
      return &t;
  return nullptr;
}

}  // namespace nastavnik
