#include "render/competition_view.h"

#include "base/date.h"
#include "content/competition.h"
#include "content/links.h"
#include "content/schemas.h"
#include "render/renderer.h"

namespace nastavnik {

using kainjow::mustache::data;

namespace {

data text_or_false(const std::string& s) { return s.empty() ? data(false) : data(s); }

// The schema's Russian labels of the fields, for the templates' headings.
data field_labels() {
  data labels{data::type::object};
  for (const auto& f : schema_of("competition")) set_field(labels, f.name, f.label);
  return labels;
}

std::string level_label(const std::string& code) {
  for (const auto& v : value_list("competition_levels"))
    if (v.code == code) return v.label;
  return code;
}

data people_data(const Renderer& r, const std::vector<PersonRef>& refs, const std::string& from) {
  data people{data::type::list};
  for (const auto& p : shown_people(r.lib(), refs)) {
    data item{data::type::object};
    set_field(item, "name", p.name);
    set_field(item, "position", text_or_false(p.position));
    set_field(item, "href", p.mentor_url.empty() ? data(false) : data(relative_url(from, p.mentor_url)));
    append_item(people, std::move(item));
  }
  return people;
}

// Results whose people may all not be shown still say the place was awarded.
data results_data(const Renderer& r, const Competition& c, const std::string& from) {
  data results{data::type::list};
  for (const auto& res : c.results) {
    data item{data::type::object};
    set_field(item, "nomination", text_or_false(res.nomination));
    set_field(item, "place", res.place);
    data people = people_data(r, res.participants, from);
    set_field(item, "has_people", !people.list_value().empty());
    set_field(item, "people", std::move(people));
    append_item(results, std::move(item));
  }
  return results;
}

data documents_data(const Renderer& r, const Page& page, const Competition& c, const std::string& from) {
  data docs{data::type::list};
  for (const auto& href : c.documents) {
    std::string title;
    data item{data::type::object};
    set_field(item, "href", r.link(page, href, c.documents_loc, from, &title, r.diag()));
    set_field(item, "title", title);
    append_item(docs, std::move(item));
  }
  return docs;
}

// What a card and the page both show.
data competition_data(const Renderer& r, const Page& page, const std::string& from) {
  const Competition& c = *page.as<Competition>();
  const DateWords& words = r.theme().date_words();
  data d{data::type::object};
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "level", level_label(c.level));
  set_field(d, "dates", c.end ? format_date_range_ru(c.start, *c.end, words) : format_date_ru(c.start, words));
  set_field(d, "start_iso", c.start.iso());
  set_field(d, "day", std::to_string(c.start.day));  // the card's stand-in picture
  set_field(d, "month", month_name(c.start.month, words));
  set_field(d, "is_past", c.last_day() < r.lib().options.today);
  set_field(d, "organiser", text_or_false(c.organiser));
  set_field(d, "summary", text_or_false(c.summary));
  return d;
}

}  // namespace

void competition_list_view(const Renderer& r, const Page&, const std::string& from, data& d) {
  data items{data::type::list};
  auto shown = competitions_in_order(r.lib());
  for (const Page* p : shown) append_item(items, competition_data(r, *p, from));
  set_field(d, "competitions", std::move(items));
  set_field(d, "has_competitions", !shown.empty());
  set_field(d, "labels", field_labels());
}

void competition_view(const Renderer& r, const Page& page, const std::string& from, data& d) {
  const Competition& c = *page.as<Competition>();
  data item = competition_data(r, page, from);
  data nominations{data::type::list};
  for (const auto& n : c.nominations) append_item(nominations, data(n));
  set_field(item, "nominations", std::move(nominations));
  set_field(item, "has_nominations", !c.nominations.empty());
  set_field(item, "results", results_data(r, c, from));
  set_field(item, "has_results", !c.results.empty());
  set_field(item, "documents", documents_data(r, page, c, from));
  set_field(item, "has_documents", !c.documents.empty());
  set_field(d, "competition", std::move(item));
  set_field(d, "labels", field_labels());
  set_field(d, "list_href", relative_url(from, "competitions/"));
  set_field(d, "list_title", type_schema("competition").plural);
}

}  // namespace nastavnik
