#include "content/competition.h"

#include <algorithm>

#include "base/text.h"

namespace nastavnik {

namespace {

std::vector<CompetitionResult> read_results(const Fields& f, Diagnostics& diag) {
  std::vector<CompetitionResult> out;
  for (const Fields& r : f.maps("results"))
    out.push_back({r.text("nomination"), r.text("place"), read_people(r, "participants", {"участник", "участника"}, diag)});
  return out;
}

}  // namespace

Verdict read_competition_page(const Fields& f, const ItemSource&, const Library&, Page& page, Diagnostics& diag) {
  auto c = std::make_shared<Competition>();
  c->level = f.text("level");
  c->start = f.date("start").value_or(Date{});
  c->end = f.date("end");
  if (c->end && *c->end < c->start)
    diag.error(f.loc("end"), "подведение итогов (end) раньше начала конкурса (start)",
               "проверьте даты: end — последний день конкурса");
  c->organiser = f.text("organiser");
  c->summary = f.text("summary", f.text("description"));
  c->nominations = f.list("nominations");
  c->results = read_results(f, diag);
  c->documents = f.list("documents");
  c->documents_loc = f.loc("documents");
  c->tags = f.list("tags");
  if (page.description.empty()) page.description = c->summary;
  page.entry = std::move(c);
  return Verdict::publish;
}

void add_competition_lists(Library& lib, std::optional<Page> intro, Diagnostics&) {
  bool any = std::any_of(lib.pages.begin(), lib.pages.end(), [](const Page& p) { return p.kind == PageKind::competition; });
  add_list_page(lib, intro, PageKind::competition_list, "competitions/", any);
}

void check_competition_people(Library& lib, Diagnostics& diag) {
  for (const auto& p : lib.pages)
    if (const Competition* c = p.as<Competition>())
      for (const auto& r : c->results)
        for (const auto& person : r.participants)
          if (!person.mentor.empty())
            warn_unknown_mentor(lib, person.mentor, person.loc,
                                "укажите имя файла наставника без .md или запишите участника полями name и consent", diag);
}

std::vector<const Page*> competitions_in_order(const Library& lib) {
  std::vector<const Page*> current, past;
  for (const auto& p : lib.pages)
    if (const Competition* c = p.as<Competition>()) (c->last_day() >= lib.options.today ? current : past).push_back(&p);
  auto by = [](bool soonest) {
    return [soonest](const Page* a, const Page* b) {
      Date da = a->as<Competition>()->start, db = b->as<Competition>()->start;
      if (da != db) return soonest ? da < db : db < da;
      return a->url < b->url;
    };
  };
  std::stable_sort(current.begin(), current.end(), by(true));
  std::stable_sort(past.begin(), past.end(), by(false));
  current.insert(current.end(), past.begin(), past.end());
  return current;
}

}  // namespace nastavnik
