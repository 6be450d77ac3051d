#include "content/event.h"

#include "content/people.h"

#include <algorithm>
#include <filesystem>

#include "content/file_refs.h"
#include "content/schemas.h"

#include "base/timezone.h"

namespace nastavnik {

const std::vector<std::string>& event_formats() {
  static const std::vector<std::string> formats = value_codes("event_formats");
  return formats;
}

const Schema& event_schema() { return schema_of("event"); }

std::vector<ReportPhoto> read_report_photos(const Fields& f, const std::string& root, const std::string& source_dir,
                                            Diagnostics& diag) {
  namespace fs = std::filesystem;
  std::vector<ReportPhoto> out;
  for (const auto& item : f.maps("report_photos")) {
    std::string rel = item.text("file");
    if (rel.empty()) continue;  // reported by validation
    ReportPhoto p;
    p.file = (fs::path(source_dir) / rel).lexically_normal().generic_string();
    p.alt = item.text("alt");
    p.loc = item.loc("file");
    std::error_code ec;
    if (p.file.rfind("content/", 0) != 0 || !fs::is_regular_file(fs::path(root) / p.file, ec)) {
      diag.error(p.loc, "нет файла фотографии «" + rel + "»",
                 "путь пишется от папки файла мероприятия, например file: foto/vstrecha-1.jpg");
      continue;
    }
    if (!item_file_allowed(root, source_dir, p.file, rel, p.loc, diag)) continue;
    out.push_back(std::move(p));
  }
  return out;
}

Event read_event(const Fields& f, const std::string& timezone, Diagnostics& diag) {
  Event e;
  if (auto s = f.datetime("start")) e.start = with_offset(timezone, *s);
  if (auto end = f.datetime("end")) {
    e.end = with_offset(timezone, *end);
    if (e.start.has_time != end->has_time && end->date == e.start.date)
      diag.error(f.loc("end"), "у начала и конца мероприятия разная точность: одно с временем, другое без",
                 "укажите время и в start, и в end (например 2024-03-02 10:00) или только даты");
    DateTime a = e.start, b = *e.end;
    a.utc_offset_minutes.reset();
    b.utc_offset_minutes.reset();
    if (b < a)
      diag.error(f.loc("end"), "мероприятие заканчивается раньше, чем начинается", "проверьте даты start и end");
  }
  e.place = f.text("place");
  e.format = f.text("format", "in_person");
  e.online_url = f.text("online_url");
  e.audience = f.text("audience");
  e.organiser = f.text("organiser");
  e.registration = f.text("registration");
  e.summary = f.text("summary", f.text("description"));
  e.tags = f.list("tags");
  e.mentors = f.list("mentors");
  e.mentors_loc = f.loc("mentors");
  e.published = f.date("published");
  if (f.has("report")) {
    e.report_md = f.text("report");
    e.report_line = f.text_line("report");
  }
  // Only what the editor wrote is warned about: a format that was not
  // written (or is not a known one, reported by validation) asks for no
  // link, and a draft may still be incomplete.
  const FieldSpec* format = nullptr;
  for (const auto& spec : event_schema())
    if (spec.name == "format") format = &spec;
  const ChoiceValue* written = f.has("format") && format ? format->match(f.raw("format")->text) : nullptr;
  bool draft = f.boolean("draft", false);
  if (!draft && written && written->code != "in_person" && e.online_url.empty())
    diag.warning(f.loc("format"), "у мероприятия в формате «" + written->label + "» нет ссылки на трансляцию",
                 "добавьте поле online_url: https://… или, если мероприятие очное, напишите format: очно");
  if (!draft && (written ? written->code != "online" : !f.has("format")) && e.place.empty())
    diag.warning(f.loc(), "не указано место проведения мероприятия",
                 "добавьте поле place: актовый зал, каб. 214 (или format: дистанционно, если оно онлайн)");
  return e;
}

Verdict read_event_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag) {
  Event e = read_event(f, lib.config.timezone, diag);
  e.report_photos = read_report_photos(f, lib.config.root, source.dir, diag);
  // Report photos go through the image pipeline (metadata stripped), never
  // copied as they are, even when the event is a draft.
  for (const auto& photo : e.report_photos) page.processed_images.push_back(photo.file);
  if (page.description.empty()) page.description = e.summary;
  page.event = std::make_shared<Event>(std::move(e));
  return Verdict::publish;
}

void add_event_lists(Library& lib, std::optional<Page> intro, Diagnostics&) {
  bool any = std::any_of(lib.pages.begin(), lib.pages.end(), [](const Page& p) { return p.kind == PageKind::event; });
  add_list_page(lib, intro, PageKind::event_list, "events/", any);
}

void finish_events(Library& lib, Diagnostics& diag) {
  if (lib.find_url("events/")) {
    lib.outputs.insert("events/calendar.ics");
    for (const auto& p : lib.pages)
      if (p.kind == PageKind::event) lib.outputs.insert(p.url + "event.ics");
  }
  // Events name the mentors who lead them by file name. A withheld mentor is
  // silently not shown (the profile's own warning says why); an unknown one
  // is a typo.
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::event)
      for (const auto& slug : p.event->mentors)
        warn_unknown_mentor(lib, slug, p.event->mentors_loc,
                            "в mentors перечисляются имена файлов наставников без .md, например petrova", diag);
}

}  // namespace nastavnik
