#include "editor/attention.h"

#include "base/text.h"
#include "content/event.h"
#include "content/lists.h"
#include "content/mentor.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "content/schemas.h"
#include "editor/catalogue.h"
#include "editor/editor_call.h"
#include "editor/pages.h"
#include "editor/source_doc.h"

namespace nastavnik {

namespace {

const char* kOverdue = "Просроченные пункты дорожной карты";
const char* kConsents = "Согласия наставников заканчиваются";
const char* kReports = "Прошедшие мероприятия без отчёта";
const char* kReview = "Практики ждут рассмотрения";
const char* kStale = "Страницы давно не обновлялись";

std::string scalar(const YamlNode* map, const std::string& key) {
  const YamlNode* v = map && map->is_map() ? map->get(key) : nullptr;
  return v && v->is_scalar() ? v->text : std::string();
}

// The path of a roadmap item in its file, found by its number and title.
std::string item_path(const YamlNode& fields, const RoadmapItem& item) {
  auto search = [&](const YamlNode* list, const std::string& prefix) -> std::string {
    if (!list || !list->is_sequence()) return {};
    for (size_t j = 0; j < list->items.size(); ++j)
      if (scalar(&list->items[j], "title") == item.title && scalar(&list->items[j], "number") == item.number)
        return prefix + "items." + std::to_string(j);
    return {};
  };
  if (auto p = search(fields.get("items"), ""); !p.empty()) return p;
  if (const YamlNode* sections = fields.get("sections"); sections && sections->is_sequence())
    for (size_t i = 0; i < sections->items.size(); ++i)
      if (auto p = search(sections->items[i].get("items"), "sections." + std::to_string(i) + "."); !p.empty()) return p;
  return {};
}

void overdue_items(const std::string& root, const Library& lib, std::vector<AttentionItem>& out) {
  for (const Page* page : roadmaps(lib)) {
    Diagnostics quiet(root);
    auto doc = read_source_doc(root, page->source, quiet);
    std::string id = page->source.substr(std::string("content/roadmap/").size());
    id = id.substr(0, id.rfind('.'));
    for (const auto& s : page->roadmap->sections)
      for (const auto& item : s.items) {
        if (item.state != ItemState::overdue) continue;
        std::string path = doc ? item_path(doc->fields, item) : std::string();
        out.push_back({kOverdue, (item.number.empty() ? "" : item.number + ". ") + item.title + " — срок: " + item.deadline.text,
                       edit_url("roadmap", id, path)});
      }
  }
}

void per_file_items(const std::string& root, const Date& today, std::vector<AttentionItem>& out) {
  for (const auto& item : list_items(root, type_schema("mentor"))) {
    Diagnostics quiet(root);
    auto doc = read_source_doc(root, item.rel, quiet);
    if (!doc) continue;
    std::string name = scalar(&doc->fields, "name");
    auto until = parse_date(scalar(doc->fields.get("consent"), "until"));
    if (!until) continue;
    long left = until->days() - today.days();
    if (left < 0) out.push_back({kConsents, name + ": согласие закончилось " + until->iso() + ", профиль не публикуется",
                                 edit_url("mentor", item.id)});
    else if (left <= kConsentAttentionDays)
      out.push_back({kConsents, name + ": согласие действует по " + until->iso() + " (осталось дней: " +
                                    std::to_string(left) + ")", edit_url("mentor", item.id)});
  }
  const FieldSpec* status = nullptr;
  for (const auto& f : type_schema("practice").fields)
    if (f.name == "status") status = &f;
  for (const auto& item : list_items(root, type_schema("practice"))) {
    Diagnostics quiet(root);
    auto doc = read_source_doc(root, item.rel, quiet);
    if (!doc) continue;
    const ChoiceValue* v = status ? status->match(scalar(&doc->fields, "status")) : nullptr;
    if (v && v->code == "review") out.push_back({kReview, scalar(&doc->fields, "title"), edit_url("practice", item.id)});
  }
}

void library_items(const Library& lib, const Date& today, std::vector<AttentionItem>& out) {
  for (const Page* page : past_events(lib)) {
    if (!page->event || !page->event->report_md.empty() || page->source.empty()) continue;
    std::string id = page->source.substr(std::string("content/events/").size());
    out.push_back({kReports, page->title + " (" + page->event->last_day().iso() + ")",
                   edit_url("event", id.substr(0, id.rfind('.')))});
  }
  for (const Page* page : lib.of_kind(PageKind::page)) {
    auto when = page->updated ? page->updated : page->date;
    if (!when || today.days() - when->days() < kStalePageDays || page->source.rfind("content/pages/", 0) != 0) continue;
    std::string id = page->source.substr(std::string("content/pages/").size());
    out.push_back({kStale, page->title + ": обновлена " + when->iso(), edit_url("page", id.substr(0, id.rfind('.')))});
  }
}

}  // namespace

std::vector<AttentionItem> attention_items(const std::string& root, const Library* lib, const Date& today) {
  std::vector<AttentionItem> out;
  if (lib) overdue_items(root, *lib, out);
  per_file_items(root, today, out);
  if (lib) library_items(*lib, today, out);
  return out;
}

void Editor::attention(Call& c) {
  auto snap = index_.current();
  auto items = attention_items(settings_.root, snap->lib.get(), settings_.options.today);
  std::string content = "<div class=\"attention\">\n<p>На " + html_escape(settings_.options.today.iso()) +
                        ". Всё, что здесь есть, открывается в форме по ссылке.</p>\n";
  if (items.empty()) content += "<p>Всё в порядке: ничего не требует внимания.</p>\n";
  for (const char* group : {kOverdue, kConsents, kReports, kReview, kStale}) {
    std::string list;
    for (const auto& i : items)
      if (i.group == group) list += "<li><a href=\"" + html_escape(i.link) + "\">" + html_escape(i.text) + "</a></li>\n";
    if (!list.empty()) content += "<h2>" + std::string(group) + "</h2>\n<ul>\n" + list + "</ul>\n";
  }
  send_page(c.res, c.session, "Что требует внимания", "attention", content + "</div>\n");
}

}  // namespace nastavnik
