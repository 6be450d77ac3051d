// Roadmap pages: progress per section, the items with their state as of the
// build date, filtered views, and the timeline picture (inline SVG).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "render/page_type.h"
#include "content/links.h"
#include "render/renderer.h"
#include "base/text.h"

namespace nastavnik {

using kainjow::mustache::data;

namespace {

data text_or_false(const std::string& s) { return s.empty() ? data(false) : data(s); }

// A field of several lines (the paragraphs of a Word cell, kept by the
// importer) as a list of {line, more}, so the page shows them apart.
data lines_or_false(const std::string& s) {
  data out{data::type::list};
  std::vector<std::string> lines;
  for (const auto& line : split(s, '\n'))
    if (!trim(line).empty()) lines.emplace_back(trim(line));
  if (lines.empty()) return data(false);
  for (size_t k = 0; k < lines.size(); ++k) {
    data l{data::type::object};
    set_field(l, "line", lines[k]);
    set_field(l, "more", k + 1 < lines.size());
    append_item(out, std::move(l));
  }
  return out;
}

// The same under one label: {lines} or false.
data labelled_lines_or_false(const std::string& s) {
  data lines = lines_or_false(s);
  if (lines.is_false()) return lines;
  data out{data::type::object};
  set_field(out, "lines", std::move(lines));
  return out;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  std::string s = buf;
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  return s;
}

// Colours of timeline bars by state, readable against white. Each state
// also has its own fill pattern (solid, hatched, crossed, dotted, outline), so
// that the states stay apart in the two-colour low-vision schemes and in print.
const char* state_colour(ItemState s) {
  switch (s) {
    case ItemState::done: return "#1e6b3a";
    case ItemState::cancelled: return "#6b7280";
    case ItemState::overdue: return "#b3261e";
    case ItemState::due_soon: return "#a15c00";
    case ItemState::current: return "#1b4f8c";
    case ItemState::upcoming: return "#5b7fb0";
    case ItemState::undated: return "#6b7280";
  }
  return "#6b7280";
}

// The fill of a state's bars: a colour or a pattern of <defs>.
std::string state_fill(ItemState s, const std::string& id) {
  switch (s) {
    case ItemState::done: return state_colour(s);
    case ItemState::upcoming:
    case ItemState::cancelled:
    case ItemState::undated: return "#fff";
    default: return "url(#" + id + "-" + state_name(s) + ")";
  }
}

// Patterns of the states drawn hatched (in progress), crossed (overdue) and
// dotted (due soon); .tl-ink is repainted by the low-vision schemes.
std::string state_patterns(const std::string& id) {
  auto pattern = [&](ItemState s, const std::string& rotate, const std::string& ink) {
    return "<pattern id=\"" + id + "-" + state_name(s) +
           "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"" + rotate + "><rect width=\"6\" height=\"6\" fill=\"#fff\" class=\"tl-paper\"/>" + ink + "</pattern>";
  };
  std::string c = state_colour(ItemState::current), o = state_colour(ItemState::overdue),
              d = state_colour(ItemState::due_soon);
  return "<defs>" +
         pattern(ItemState::current, " patternTransform=\"rotate(45)\"",
                 "<rect class=\"tl-ink\" width=\"3\" height=\"6\" fill=\"" + c + "\"/>") +
         pattern(ItemState::overdue, " patternTransform=\"rotate(45)\"",
                 "<path class=\"tl-ink-line\" d=\"M0 3h6M3 0v6\" stroke=\"" + o + "\" stroke-width=\"2\"/>") +
         pattern(ItemState::due_soon, "", "<circle class=\"tl-ink\" cx=\"3\" cy=\"3\" r=\"1.7\" fill=\"" + d + "\"/>") +
         "</defs>";
}

}  // namespace

// A Gantt-like picture: one row per item that has dates, one column per
// month of the period, a line for the build date. The picture is one image
// for assistive technology (title and desc); the table of items below it is
// its full text alternative.
std::string roadmap_timeline_svg(const Roadmap& r, const Date& today, const Theme& theme, const std::string& id) {
  auto period = r.timeline_period();
  if (!period) return {};
  // Not a structured binding: clang 14 (scripts/fuzz) cannot capture one in a lambda.
  const Date from = period->first, to = period->second;
  int months = (to.year - from.year) * 12 + to.month - from.month + 1;
  struct Row {
    const RoadmapItem* item;
    std::string label;
  };
  std::vector<Row> rows;
  for (const auto& s : r.sections)
    for (const auto& i : s.items)
      if (!i.deadline.spans.empty() || i.deadline.kind == DeadlineKind::continuous)
        rows.push_back({&i, i.number.empty() ? "•" : i.number});
  if (rows.empty()) return {};
  const double label_w = 48, month_w = std::max(24.0, 720.0 / months), row_h = 16, head_h = 34;
  const double width = label_w + month_w * months, height = head_h + row_h * rows.size() + 6;
  long day0 = from.days(), day1 = to.days() + 1;
  auto x_of = [&](const Date& d) {
    long days = std::clamp(d.days(), day0, day1);
    // Months have their own width each: place a day within its month.
    Date m{d.year, d.month, 1};
    if (d.days() < day0) return label_w;
    if (d.days() >= day1) return width;
    int index = (m.year - from.year) * 12 + m.month - from.month;
    (void)days;
    return label_w + month_w * (index + (d.day - 1.0) / days_in_month(d.year, d.month));
  };
  auto months_short = theme.list("roadmap.months_short");
  const DateWords& words = theme.date_words();
  std::string title = theme.str("roadmap.timeline") + ": " + r.title;
  std::string desc = theme.str("roadmap.timeline_desc_period") + " " + format_date_range_ru(from, to, words) + " ";
  int shown = 0;
  for (ItemState st : all_states()) {
    int n = 0;
    for (const auto& row : rows) n += row.item->state == st;
    if (!n) continue;
    desc += (shown++ ? ", " : "") + theme.str("roadmap.state." + state_name(st)) + ": " + std::to_string(n);
  }
  desc += ". " + theme.str("roadmap.timeline_desc_table");

  std::string svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + fmt(width) + " " +
                    fmt(height) + "\" width=\"" + fmt(width) + "\" height=\"" + fmt(height) +
                    "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" font-size=\"11\" fill=\"#1a1a1a\">";
  svg += "<title id=\"" + id + "-title\">" + html_escape(title) + "</title>";
  svg += "<desc id=\"" + id + "-desc\">" + html_escape(desc) + "</desc>";
  svg += state_patterns(id);
  // Month columns and their names; the year under January and the first month.
  for (int m = 0; m < months; ++m) {
    int month = (from.month - 1 + m) % 12 + 1;
    int year = from.year + (from.month - 1 + m) / 12;
    double x = label_w + month_w * m;
    std::string name = months_short.size() == 12 ? months_short[month - 1] : std::to_string(month);
    svg += "<text x=\"" + fmt(x + month_w / 2) + "\" y=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\">" + html_escape(name) + "</text>";
    if (m == 0 || month == 1)
      svg += "<text x=\"" + fmt(x + 2) + "\" y=\"27\" fill=\"#4a4f57\">" + std::to_string(year) + "</text>";
  }
  // Bars grouped by state: one fill per group keeps the picture light.
  std::map<ItemState, std::string> bars;
  for (size_t k = 0; k < rows.size(); ++k) {
    const RoadmapItem& item = *rows[k].item;
    double y = head_h + row_h * k;
    svg += "<text x=\"2\" y=\"" + fmt(y + 11) + "\">" + html_escape(rows[k].label) + "</text>";
    std::string& out = bars[item.state];
    std::vector<DateSpan> spans = item.deadline.spans;
    if (spans.empty()) spans.push_back({from, to, false});
    bool light = item.deadline.kind == DeadlineKind::continuous || item.deadline.kind == DeadlineKind::periodic;
    for (const auto& span : spans) {
      if (span.until) {
        double x = x_of(span.end) + month_w / days_in_month(span.end.year, span.end.month);
        out += "<path d=\"M" + fmt(x) + " " + fmt(y + 2) + "l5 6-5 6-5-6z\"/>";
        continue;
      }
      double x1 = x_of(span.start);
      Date after = Date::from_days(span.end.days() + 1);
      double x2 = span.end >= to ? width : x_of(after);
      out += "<rect x=\"" + fmt(x1) + "\" y=\"" + fmt(y + 3) + "\" width=\"" + fmt(std::max(3.0, x2 - x1)) +
             "\" height=\"" + fmt(row_h - 6) + "\"" + (light ? " fill-opacity=\".45\"" : "") + "/>";
    }
  }
  for (const auto& [state, shapes] : bars)
    svg += "<g class=\"tl-bar tl-" + state_name(state) + "\" fill=\"" + state_fill(state, id) + "\" stroke=\"" +
           state_colour(state) + "\" stroke-width=\"1.5\"" +
           (state == ItemState::cancelled ? " stroke-dasharray=\"3 2\"" : "") + ">" + shapes + "</g>";
  if (today >= from && today <= to) {
    double x = x_of(today);
    svg += "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(head_h - 6) + "\" x2=\"" + fmt(x) + "\" y2=\"" + fmt(height) +
           "\" class=\"tl-today\" stroke=\"#b35c00\" stroke-width=\"2\"/>";
  }
  svg += "</svg>";
  return svg;
}

data Renderer::roadmap_progress_data(const Page& page, const std::string& from) const {
  const Roadmap& r = *page.roadmap;
  Progress p = r.progress();
  data d{data::type::object};
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "done", std::to_string(p.done));
  set_field(d, "total", std::to_string(p.total));
  set_field(d, "percent", std::to_string(p.percent()));
  set_field(d, "period", text_or_false(r.period));
  auto view = [&](ItemState st) -> data {
    int n = r.count(st);
    if (!n) return data(false);
    std::string slug = state_name(st);
    std::replace(slug.begin(), slug.end(), '_', '-');
    data v{data::type::object};
    set_field(v, "count", std::to_string(n));
    set_field(v, "href", relative_url(from, page.url + "status/" + slug + "/"));
    return v;
  };
  set_field(d, "overdue", view(ItemState::overdue));
  set_field(d, "due_soon", view(ItemState::due_soon));
  return d;
}

std::string Renderer::link(const Page& page, const std::string& href, const SourceLoc& loc, const std::string& from,
                           std::string* title, Diagnostics& diag) const {
  std::string base_dir = std::filesystem::path(page.source).parent_path().generic_string();
  std::string target;
  std::string url = resolve_link(lib_, base_dir, from, href, loc, diag, &target);
  if (!target.empty()) {
    depend_on_key("exists:" + target);
    if (const Page* p = lib_.find_url(target)) {
      depend_on_key("meta:" + kind_name(p->kind));
      if (title) *title = p->title;
    }
  }
  // A list page (/mentors/) has no title of its own: the menu's name for it,
  // else the address, so that the link is never empty.
  if (title && title->empty())
    for (const auto& m : menu_)
      if (!m.external && !target.empty() && m.target == target) *title = m.title;
  if (title && title->empty()) *title = std::filesystem::path(href).filename().string();
  if (title && title->empty()) *title = href;
  return url;
}

void Renderer::roadmap_data(const Page& page, const std::string& from, data& d) const {
  const Roadmap& r = *page.roadmap;
  const DateWords& words = theme_.date_words();
  bool is_view = page.url != page.roadmap_url;
  bool compact = !is_view && r.sections.size() > 1;  // the full tables are on the section pages
  bool people_index = page.filter_responsible == "*";
  // Links are checked once, on the roadmap's own page; views repeat them quietly.
  Diagnostics quiet;
  Diagnostics& diag = is_view ? quiet : diag_;
  auto link = [&](const std::string& href, const SourceLoc& loc, std::string* title) {
    return this->link(page, href, loc, from, title, diag);
  };

  data rd{data::type::object};
  set_field(rd, "title", r.title);
  set_field(rd, "href", relative_url(from, page.roadmap_url));
  set_field(rd, "period", text_or_false(r.period));
  set_field(rd, "description", text_or_false(r.description));
  if (!r.approval.number.empty() || r.approval.date || !r.approval.document.empty()) {
    data a{data::type::object};
    set_field(a, "title", text_or_false(r.approval.title));
    set_field(a, "number", text_or_false(r.approval.number));
    set_field(a, "date", r.approval.date ? data(format_date_ru(*r.approval.date, words)) : data(false));
    std::string doc_title;
    set_field(a, "href", r.approval.document.empty() ? data(false)
                                              : data(link(r.approval.document, r.approval.document_loc, &doc_title)));
    set_field(rd, "approval", a);
  } else {
    set_field(rd, "approval", data(false));
  }
  set_field(d, "roadmap", std::move(rd));
  set_field(d, "is_view", is_view);
  set_field(d, "progress", roadmap_progress_data(page, from));

  // Filters: a view per state and per responsible party.
  data states{data::type::list};
  for (ItemState st : all_states()) {
    int n = r.count(st);
    if (!n) continue;
    std::string slug = state_name(st);
    std::replace(slug.begin(), slug.end(), '_', '-');
    data s{data::type::object};
    set_field(s, "state", state_name(st));  // the rows' class item-<state>, for roadmap.js
    set_field(s, "label", theme_.str("roadmap.state." + state_name(st)));
    set_field(s, "count", std::to_string(n));
    set_field(s, "href", relative_url(from, page.roadmap_url + "status/" + slug + "/"));
    set_field(s, "current", page.filter_status == state_name(st));
    append_item(states, s);
  }
  set_field(d, "states", std::move(states));
  std::vector<std::pair<std::string, int>> people;  // name, items
  for (const auto& s : r.sections)
    for (const auto& i : s.items)
      for (const auto& name : i.responsible) {
        auto it = std::find_if(people.begin(), people.end(),
                               [&](const auto& p) { return slugify(p.first) == slugify(name); });
        if (it == people.end()) people.emplace_back(name, 1);
        else ++it->second;
      }
  data responsible{data::type::list};
  for (const auto& [name, n] : people) {
    if (slugify(name).empty()) continue;
    data p{data::type::object};
    set_field(p, "name", name);
    set_field(p, "count", std::to_string(n));
    set_field(p, "href", relative_url(from, page.roadmap_url + "responsible/" + slugify(name) + "/"));
    set_field(p, "current", !page.filter_responsible.empty() && slugify(page.filter_responsible) == slugify(name));
    append_item(responsible, p);
  }
  set_field(d, "responsible", responsible);
  set_field(d, "people_index", people_index);
  set_field(d, "people_href", relative_url(from, page.roadmap_url + "responsible/"));
  set_field(d, "has_responsible", !people.empty());
  if (!page.filter_status.empty())
    set_field(d, "filter_label", theme_.str("roadmap.filter_by_state") + ": " + theme_.str("roadmap.state." + page.filter_status));
  else if (people_index)
    set_field(d, "filter_label", theme_.str("roadmap.filter_by_responsible"));
  else if (!page.filter_responsible.empty())
    set_field(d, "filter_label", theme_.str("roadmap.filter_by_responsible") + ": " + page.filter_responsible);
  else if (page.filter_section)
    set_field(d, "filter_label", page.title);
  else
    set_field(d, "filter_label", false);

  data sections{data::type::list};
  int index = 0;
  for (const auto& s : r.sections) {
    ++index;
    if (page.filter_section && page.filter_section != index) continue;
    std::string section_url = page.roadmap_url + "section-" + std::to_string(index) + "/";
    data items{data::type::list};
    int shown = 0;
    for (const auto& i : s.items) {
      if (!page.filter_status.empty() && state_name(i.state) != page.filter_status) continue;
      if (people_index) continue;
      if (!page.filter_responsible.empty() &&
          std::none_of(i.responsible.begin(), i.responsible.end(),
                       [&](const std::string& n) { return slugify(n) == slugify(page.filter_responsible); }))
        continue;
      data it{data::type::object};
      std::string anchor = "item-" + (i.number.empty() ? std::to_string(shown + 1) : slugify(i.number));
      set_field(it, "anchor", anchor);
      set_field(it, "href", compact ? data(relative_url(from, section_url) + "#" + anchor) : data(false));
      set_field(it, "number", text_or_false(i.number));
      set_field(it, "title", i.title);
      set_field(it, "content", lines_or_false(i.content));
      set_field(it, "result", labelled_lines_or_false(i.result));
      set_field(it, "indicators", labelled_lines_or_false(i.indicators));
      set_field(it, "deadline", text_or_false(i.deadline.text));
      set_field(it, "state", state_name(i.state));
      set_field(it, "state_label", theme_.str("roadmap.state." + state_name(i.state)));
      set_field(it, "in_progress", i.status == "in_progress" && i.state != ItemState::overdue);
      set_field(it, "completed", i.completed ? data(format_date_ru(*i.completed, words)) : data(false));
      set_field(it, "note", text_or_false(i.note));
      data who{data::type::list};
      for (const auto& n : i.responsible) append_item(who, data(n));
      set_field(it, "responsible", std::move(who));
      data evidence{data::type::list};
      for (const auto& e : compact ? std::vector<std::string>() : i.evidence) {
        std::string title;
        data ev{data::type::object};
        set_field(ev, "href", link(e, i.evidence_loc, &title));
        set_field(ev, "title", title);
        append_item(evidence, std::move(ev));
      }
      set_field(it, "evidence", evidence);
      if (compact) {  // the brief list shows no details
        set_field(it, "content", false);
        set_field(it, "result", false);
        set_field(it, "indicators", false);
        set_field(it, "note", false);
        set_field(it, "evidence", data(data::type::list));
        set_field(it, "completed", false);
      }
      set_field(it, "has_evidence", !compact && !i.evidence.empty());
      append_item(items, std::move(it));
      ++shown;
    }
    if (!shown && (is_view || people_index)) continue;
    Progress p = Roadmap::progress(s);
    data sec{data::type::object};
    set_field(sec, "id", "section-" + std::to_string(index));
    set_field(sec, "number", text_or_false(s.number));
    set_field(sec, "title", s.title.empty() ? theme_.str("roadmap.items") : s.title);
    set_field(sec, "done", std::to_string(p.done));
    set_field(sec, "total", std::to_string(p.total));
    set_field(sec, "percent", std::to_string(p.percent()));
    set_field(sec, "items", std::move(items));
    set_field(sec, "href", r.sections.size() > 1 ? data(relative_url(from, section_url)) : data(false));
    append_item(sections, std::move(sec));
  }
  set_field(d, "sections", sections);
  set_field(d, "several_sections", r.sections.size() > 1);
  set_field(d, "compact", std::move(compact));
  set_field(d, "section_view", page.filter_section > 0);
  std::string svg = is_view ? std::string() : roadmap_timeline_svg(r, lib_.options.today, theme_, "timeline");
  set_field(d, "timeline", text_or_false(svg));
}

}  // namespace nastavnik
