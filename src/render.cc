#include "render.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "links.h"
#include "markdown.h"
#include "text.h"

namespace nastavnik {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// Dependency keys of the page being rendered on this thread (see render()).
static thread_local std::vector<std::string>* t_deps = nullptr;
static void depend_on(std::string key) {
  if (t_deps) t_deps->push_back(std::move(key));
}
void depend_on_key(std::string key) { depend_on(std::move(key)); }

std::string template_for(PageKind kind) {
  switch (kind) {
    case PageKind::home: return "home.html";
    case PageKind::page: return "page.html";
    case PageKind::document_list: return "documents.html";
    case PageKind::document: return "document.html";
    case PageKind::event_list: return "events.html";
    case PageKind::event: return "event.html";
    case PageKind::news_list: return "news_list.html";
    case PageKind::news: return "news.html";
    case PageKind::not_found: return "404.html";
    case PageKind::accessibility: return "accessibility.html";
    case PageKind::mentor_list: return "mentors.html";
    case PageKind::mentor: return "mentor.html";
    case PageKind::roadmap_list: return "roadmaps.html";
    case PageKind::roadmap: return "roadmap.html";
    case PageKind::indicators: return "indicators.html";
    case PageKind::practice_list: return "practices.html";
    case PageKind::practice: return "practice.html";
    case PageKind::practice_facet: return "practice_facet.html";
    case PageKind::practice_collection: return "practice_collection.html";
    case PageKind::search: return "search.html";
  }
  return "page.html";
}

static data yaml_to_data(const YAML::Node& node) {
  if (node.IsMap()) {
    data obj{data::type::object};
    for (const auto& kv : node) obj.set(kv.first.Scalar(), yaml_to_data(kv.second));
    return obj;
  }
  if (node.IsSequence()) {
    data items{data::type::list};
    for (const auto& item : node) items.push_back(yaml_to_data(item));
    return items;
  }
  if (node.IsScalar()) return data(node.Scalar());
  return data(false);
}

static data text_or_false(const std::string& s) { return s.empty() ? data(false) : data(s); }

// "+7 (39132) 4-17-70" -> "tel:+73913241770": a tel: URI may not hold spaces.
static data tel_uri(const std::string& phone) {
  std::string digits;
  for (char c : phone)
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && digits.empty())) digits += c;
  return digits.empty() ? data(false) : data("tel:" + digits);
}

static const std::vector<const Page*> kNoPages;

// The pages filed under `key`, or none.
template <class Key>
static const std::vector<const Page*>& pages_of(const std::map<Key, std::vector<const Page*>>& index, const Key& key) {
  auto it = index.find(key);
  return it == index.end() ? kNoPages : it->second;
}

Renderer::Renderer(const Library& lib, const Theme& theme, Diagnostics& diag, int workers)
    : lib_(lib), theme_(theme), views_(make_views(lib)), diag_(diag) {
  const Config& c = lib.config;
  shared_ = data{data::type::object};
  shared_.set("lang", c.language);
  shared_.set("t", yaml_to_data(theme.strings()));
  data site{data::type::object};
  site.set("title", c.title);
  site.set("description", text_or_false(c.description));
  site.set("base_url", c.base_url);
  shared_.set("site", site);
  data org{data::type::object};
  org.set("full_name", c.organisation.full_name);
  org.set("short_name", c.organisation.short_name);
  org.set("address", text_or_false(c.organisation.address));
  org.set("phone", text_or_false(c.organisation.phone));
  org.set("phone_uri", tel_uri(c.organisation.phone));
  org.set("email", text_or_false(c.organisation.email));
  org.set("website", text_or_false(c.organisation.website));
  shared_.set("org", org);
  if (!c.curator.name.empty()) {
    data cur{data::type::object};
    cur.set("name", c.curator.name);
    cur.set("position", text_or_false(c.curator.position));
    cur.set("phone", text_or_false(c.curator.phone));
    cur.set("phone_uri", tel_uri(c.curator.phone));
    cur.set("email", text_or_false(c.curator.email));
    cur.set("office", text_or_false(c.curator.office));
    cur.set("hours", text_or_false(c.curator.hours));
    shared_.set("curator", cur);
  } else {
    shared_.set("curator", data(false));
  }
  shared_.set("build_date", format_date_ru(lib.options.today, theme.date_words()));
  shared_.set("year", std::to_string(lib.options.today.year));

  for (const auto& m : c.menu) {
    if (is_external_url(m.link)) {
      menu_.push_back({m.title, m.link, true});
      continue;
    }
    if (auto target = resolve_target(lib, "content", percent_decode(m.link))) menu_.push_back({m.title, *target, false});
    else report_broken_link(m.link, m.loc, diag);
  }

  // Parse every template once per worker; report templates that fail to parse.
  templates_.resize(std::max(1, workers));
  std::vector<std::string> names = {"layout.html"};
  for (PageKind k : {PageKind::home, PageKind::page, PageKind::document_list, PageKind::document, PageKind::event_list,
                     PageKind::event, PageKind::news_list, PageKind::news, PageKind::not_found, PageKind::accessibility,
                     PageKind::mentor_list, PageKind::mentor, PageKind::roadmap_list, PageKind::roadmap, PageKind::indicators,
                     PageKind::practice_list, PageKind::practice, PageKind::practice_facet, PageKind::practice_collection,
                     PageKind::search})
    names.push_back(template_for(k));
  for (const auto& name : names) {
    auto text = theme.template_text(name);
    if (!text) {
      diag.error({theme.template_origin(name)}, "в теме нет шаблона " + name,
                 "верните файл шаблона или удалите переопределение из папки templates/");
      ok_ = false;
      continue;
    }
    for (auto& set : templates_) {
      auto tmpl = std::make_unique<mustache>(*text);
      if (!tmpl->is_valid()) {
        diag.error({theme.template_origin(name)}, "ошибка в шаблоне: " + tmpl->error_message(),
                   "проверьте парность {{#…}} и {{/…}} в шаблоне");
        ok_ = false;
        break;
      }
      set[name] = std::move(tmpl);
    }
  }
}

std::string Renderer::markdown_html(const Page& page) const { return markdown_html(page, page.body_md, page.body_line); }

std::string Renderer::markdown_html(const Page& page, const std::string& markdown, int first_line) const {
  if (markdown.empty() || page.source.empty()) return {};
  std::string base_dir = std::filesystem::path(page.source).parent_path().generic_string();
  MarkdownHooks hooks;
  auto loc = [&](int line, int col) { return SourceLoc{page.source, first_line + line - 1, col}; };
  hooks.rewrite_url = [&](const std::string& url, int line, int col) {
    std::string target;
    std::string href = resolve_link(lib_, base_dir, page.url, url, loc(line, col), diag_, &target);
    if (!target.empty()) depend_on("exists:" + target);
    return href;
  };
  hooks.warn = [&](int line, int col, const std::string& message, const std::string& hint) {
    diag_.warning(loc(line, col), message, hint);
  };
  return render_markdown(markdown, {lib_.config.unsafe_html}, hooks);
}

data Renderer::attachment_data(const Attachment& a, const std::string& from_dir) const {
  depend_on("stamp:content/" + a.output);  // its size is shown
  data d{data::type::object};
  d.set("href", relative_url(from_dir, a.output));
  d.set("format", a.format);
  d.set("size", format_file_size(a.size, theme_.list("file.size_units")));
  return d;
}

data Renderer::document_data(const Page& page, const std::string& from_dir) const {
  const Document& doc = *page.document;
  const DateWords& words = theme_.date_words();
  data d{data::type::object};
  d.set("title", page.title);
  d.set("href", relative_url(from_dir, page.url));
  d.set("type", theme_.str("documents.type." + doc.type));
  d.set("level", theme_.str("documents.level." + doc.level));
  d.set("number", text_or_false(doc.number));
  d.set("date", doc.date ? data(format_date_ru(*doc.date, words)) : data(false));
  d.set("date_iso", doc.date ? doc.date->iso() : "");
  d.set("issuer", text_or_false(doc.issuer));
  d.set("description", text_or_false(page.description));
  d.set("file", doc.file ? attachment_data(*doc.file, from_dir) : data(false));
  d.set("external_url", text_or_false(doc.external_url));
  if (doc.signature) {
    const Signature& s = *doc.signature;
    data sig{data::type::object};
    sig.set("signer", s.signer);
    sig.set("position", s.position);
    sig.set("signed_at", format_datetime_ru(s.signed_at, words));
    sig.set("signed_at_iso", s.signed_at.iso());
    sig.set("certificate", s.certificate);
    sig.set("valid_from", s.valid_from ? data(format_date_ru(*s.valid_from, words)) : data(false));
    sig.set("valid_to", s.valid_to ? data(format_date_ru(*s.valid_to, words)) : data(false));
    sig.set("file", s.file ? attachment_data(*s.file, from_dir) : data(false));
    d.set("signature", sig);
  } else {
    d.set("signature", data(false));
  }
  return d;
}

data Renderer::event_data(const Page& page, const std::string& from) const {
  const Event& e = *page.event;
  const DateWords& words = theme_.date_words();
  data d{data::type::object};
  d.set("title", page.title);
  d.set("href", relative_url(from, page.url));
  d.set("dates", format_date_range_ru(e.start.date, e.last_day(), words));
  d.set("weekday", e.end && e.end->date != e.start.date ? data(false) : data(weekday_ru(e.start.date, words)));
  const DateTime* end = e.end ? &*e.end : nullptr;
  d.set("time", text_or_false(format_time_range(e.start, end)));
  d.set("start_iso", e.start.iso());
  d.set("day", std::to_string(e.start.date.day));
  d.set("month", theme_.date_words().months_genitive.size() == 12 ? theme_.date_words().months_genitive[e.start.date.month - 1] : "");
  d.set("place", text_or_false(e.place));
  d.set("format", theme_.str("events.format." + e.format));
  d.set("online", e.format != "in_person");
  d.set("online_url", text_or_false(e.online_url));
  d.set("audience", text_or_false(e.audience));
  d.set("organiser", text_or_false(e.organiser));
  d.set("registration", e.last_day() >= lib_.options.today ? text_or_false(e.registration) : data(false));
  d.set("summary", text_or_false(e.summary));
  d.set("ics_href", relative_url(from, page.url + "event.ics"));
  d.set("is_past", e.last_day() < lib_.options.today);
  data tags{data::type::list};
  for (const auto& t : e.tags) tags.push_back(data(t));
  d.set("tags", tags);
  d.set("has_tags", !e.tags.empty());
  data leaders{data::type::list};
  for (const auto& slug : e.mentors)
    if (const Page* m = published_mentor(lib_, slug)) {
      data l{data::type::object};
      l.set("name", m->mentor->name);
      l.set("href", relative_url(from, m->url));
      leaders.push_back(l);
    }
  d.set("has_leaders", !leaders.list_value().empty());
  d.set("leaders", leaders);
  return d;
}

static std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

data Renderer::mentor_data(const Page& page, const std::string& from, const std::string& sizes) const {
  const Mentor& m = *page.mentor;
  data d{data::type::object};
  d.set("name", m.name);
  d.set("href", relative_url(from, page.url));
  d.set("position", text_or_false(m.position));
  d.set("has_subjects", !m.subjects.empty());
  d.set("subjects_text", join(m.subjects, ", "));
  d.set("category", m.category.empty() ? data(false) : data(theme_.str("mentors.category." + m.category)));
  d.set("experience", m.experience ? data(std::to_string(*m.experience) + " " +
                                          plural_form(*m.experience, theme_.list("mentors.years")))
                                   : data(false));
  data forms{data::type::list};
  std::vector<std::string> labels;
  for (const auto& code : m.forms) {
    const MentoringForm* f = find_mentoring_form(code);
    if (!f) continue;
    data item{data::type::object};
    item.set("label", f->label);
    item.set("href", relative_url(from, mentor_form_url(code)));
    forms.push_back(item);
    labels.push_back(f->label);
  }
  d.set("forms", forms);
  d.set("forms_text", join(labels, ", "));
  d.set("has_forms", !labels.empty());
  data roles{data::type::list}, achievements{data::type::list};
  for (const auto& r : m.roles) roles.push_back(data(r));
  for (const auto& a : m.achievements) achievements.push_back(data(a));
  d.set("roles", roles);
  d.set("has_roles", !m.roles.empty());
  d.set("achievements", achievements);
  d.set("has_achievements", !m.achievements.empty());
  d.set("regional_register", m.regional_register);
  d.set("email", text_or_false(m.email));
  d.set("is_former", m.status == "former");
  d.set("photo", m.photo.empty() ? data(false) : picture_data(m.photo, from, sizes, m.name));
  return d;
}

data Renderer::picture_data(const std::string& source, const std::string& from, const std::string& sizes,
                            const std::string& alt) const {
  auto it = lib_.images.find(source);
  if (it == lib_.images.end() || it->second.variants.empty()) return data(false);
  depend_on("stamp:" + source);
  {
    const ImageSet& img = it->second;
    std::string webp, jpeg;
    for (const auto& v : img.variants) {
      webp += (webp.empty() ? "" : ", ") + relative_url(from, v.webp) + " " + std::to_string(v.width) + "w";
      jpeg += (jpeg.empty() ? "" : ", ") + relative_url(from, v.jpeg) + " " + std::to_string(v.width) + "w";
    }
    // The fallback src and the intrinsic size: the middle width.
    const ImageVariant& mid = img.variants[img.variants.size() / 2];
    data photo{data::type::object};
    photo.set("webp_srcset", webp);
    photo.set("jpeg_srcset", jpeg);
    photo.set("src", relative_url(from, mid.jpeg));
    photo.set("width", std::to_string(mid.width));
    photo.set("height", std::to_string(mid.height));
    photo.set("sizes", sizes);
    photo.set("alt", alt);
    return photo;
  }
}

data Renderer::pairs_data() const {
  depend_on(std::string("stamp:") + kPairsFile);
  if (!lib_.pairs || lib_.pairs->counts.empty()) return data(false);
  const PairCounts& pc = *lib_.pairs;
  data d{data::type::object};
  data rows{data::type::list};
  for (const auto& c : pc.counts) {
    data r{data::type::object};
    r.set("label", find_mentoring_form(c.form)->label);
    r.set("pairs", std::to_string(c.pairs));
    r.set("groups", std::to_string(c.groups));
    rows.push_back(r);
  }
  d.set("rows", rows);
  d.set("total_pairs", std::to_string(pc.total_pairs()));
  d.set("total_groups", std::to_string(pc.total_groups()));
  d.set("as_of", pc.as_of ? data(format_date_ru(*pc.as_of, theme_.date_words())) : data(false));
  return d;
}

void Renderer::add_mentor_list_data(const Page& page, const std::string& from, data& d) const {
  const auto& active = views_.active_mentors;
  auto matches = [&](const Page* p) {
    const Mentor& m = *p->mentor;
    if (page.facet == "subject")
      return std::any_of(m.subjects.begin(), m.subjects.end(),
                         [&](const std::string& s) { return slugify(s) == slugify(page.facet_value); });
    if (page.facet == "form") return std::find(m.forms.begin(), m.forms.end(), page.facet_value) != m.forms.end();
    return true;
  };
  const std::string sizes = "(min-width: 48rem) 10rem, 7rem";
  data mentors{data::type::list};
  int found = 0;
  for (const Page* p : active)
    if (matches(p)) {
      mentors.push_back(mentor_data(*p, from, sizes));
      ++found;
    }
  d.set("mentors", mentors);
  d.set("has_mentors", found > 0);
  d.set("found", std::to_string(found) + " " + plural_form(found, theme_.list("mentors.found")));
  d.set("is_filtered", !page.facet.empty());
  d.set("mentors_href", relative_url(from, "mentors/"));

  // Filter links: every subject and form of the active mentors, with counts.
  std::map<std::string, std::pair<std::string, int>> subjects;  // url -> label, count
  std::map<std::string, int> form_counts;
  for (const Page* p : active) {
    std::set<std::string> seen;
    for (const auto& s : p->mentor->subjects) {
      std::string url = mentor_subject_url(s);
      if (slugify(s).empty() || !seen.insert(url).second) continue;
      auto& entry = subjects[url];
      if (entry.first.empty()) entry.first = s;
      ++entry.second;
    }
    for (const auto& f : p->mentor->forms) ++form_counts[f];
  }
  auto link = [&](const std::string& label, const std::string& url, int count, bool current) {
    data l{data::type::object};
    l.set("label", label);
    l.set("href", relative_url(from, url));
    l.set("count", count > 0 ? data(std::to_string(count)) : data(false));
    l.set("current", current);
    return l;
  };
  data subject_filters{data::type::list}, form_filters{data::type::list};
  subject_filters.push_back(link(theme_.str("mentors.any"), "mentors/", 0, page.facet != "subject"));
  std::vector<std::pair<std::string, std::pair<std::string, int>>> sorted(subjects.begin(), subjects.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return to_lower(a.second.first) < to_lower(b.second.first); });
  for (const auto& [url, entry] : sorted) subject_filters.push_back(link(entry.first, url, entry.second, url == page.url));
  form_filters.push_back(link(theme_.str("mentors.any"), "mentors/", 0, page.facet != "form"));
  for (const auto& f : mentoring_forms())
    if (form_counts.count(f.code))
      form_filters.push_back(link(f.label, mentor_form_url(f.code), form_counts[f.code], page.facet_value == f.code));
  d.set("subject_filters", subject_filters);
  d.set("has_subject_filters", !subjects.empty());
  d.set("form_filters", form_filters);
  d.set("has_form_filters", !form_counts.empty());

  data former{data::type::list};
  const auto& former_pages = page.facet.empty() ? views_.former_mentors : kNoPages;
  for (const Page* p : former_pages) former.push_back(mentor_data(*p, from, sizes));
  d.set("former", former);
  d.set("has_former", !former_pages.empty());
  d.set("show_pairs", page.facet.empty());
  d.set("pairs", page.facet.empty() ? pairs_data() : data(false));
}

data Renderer::news_data(const Page& page, const std::string& from) const {
  const News& n = *page.news;
  data d{data::type::object};
  d.set("title", page.title);
  d.set("href", relative_url(from, page.url));
  d.set("date", format_date_ru(n.date, theme_.date_words()));
  d.set("date_iso", n.date.iso());
  d.set("summary", text_or_false(n.summary));
  data picture = n.cover_photo.empty() ? data(false)
                                       : picture_data(n.cover_photo, from, "(min-width: 48rem) 46rem, calc(100vw - 2rem)", n.cover_alt);
  if (picture.is_object()) {
    data cover{data::type::object};
    cover.set("picture", picture);
    d.set("cover", cover);
  } else if (!n.cover.empty() && n.cover_photo.empty()) {
    data cover{data::type::object};
    cover.set("picture", data(false));
    std::string base_dir = std::filesystem::path(page.source).parent_path().generic_string();
    std::string target;
    std::string src = resolve_link(lib_, base_dir, from, n.cover, n.cover_loc, diag_, &target);
    if (!target.empty()) depend_on("exists:" + target);
    cover.set("src", src);
    cover.set("alt", n.cover_alt);
    d.set("cover", cover);
  } else {
    d.set("cover", data(false));
  }
  data tags{data::type::list};
  for (const auto& t : n.tags) tags.push_back(data(t));
  d.set("tags", tags);
  d.set("has_tags", !n.tags.empty());
  return d;
}

// schema.org Event data for search engines (JSON-LD); not a request to anyone.
std::string Renderer::event_json_ld(const Page& page) const {
  const Event& e = *page.event;
  const Config& c = lib_.config;
  std::string mode = e.format == "online"  ? "OnlineEventAttendanceMode"
                     : e.format == "mixed" ? "MixedEventAttendanceMode"
                                           : "OfflineEventAttendanceMode";
  std::string j = "{\"@context\":\"https://schema.org\",\"@type\":\"Event\",\"name\":" + json_string(page.title);
  j += ",\"startDate\":" + json_string(e.start.iso());
  if (e.end) j += ",\"endDate\":" + json_string(e.end->iso());
  j += ",\"eventStatus\":\"https://schema.org/EventScheduled\"";
  j += ",\"eventAttendanceMode\":\"https://schema.org/" + mode + "\"";
  std::string place = "{\"@type\":\"Place\",\"name\":" + json_string(e.place.empty() ? c.organisation.short_name : e.place) +
                      ",\"address\":" + json_string(c.organisation.address) + "}";
  std::string virtual_place = "{\"@type\":\"VirtualLocation\",\"url\":" + json_string(e.online_url) + "}";
  if (e.format == "online" && !e.online_url.empty()) j += ",\"location\":" + virtual_place;
  else if (e.format == "mixed" && !e.online_url.empty()) j += ",\"location\":[" + place + "," + virtual_place + "]";
  else j += ",\"location\":" + place;
  j += ",\"organizer\":{\"@type\":\"Organization\",\"name\":" + json_string(e.organiser.empty() ? c.organisation.full_name : e.organiser);
  if (!c.organisation.website.empty()) j += ",\"url\":" + json_string(c.organisation.website);
  j += "}";
  if (!e.summary.empty()) j += ",\"description\":" + json_string(e.summary);
  j += ",\"url\":" + json_string(c.base_url + url_encode_path(page.url));
  return j + "}";
}

// Documents newest first, then by title.
static std::vector<const Page*> sorted_documents(const Library& lib) {
  auto docs = lib.of_kind(PageKind::document);
  std::stable_sort(docs.begin(), docs.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    auto da = a->document->date.value_or(Date{}), db = b->document->date.value_or(Date{});
    if (da != db) return da > db;
    return a->title < b->title;
  });
  return docs;
}

Renderer::Views Renderer::make_views(const Library& lib) {
  Views v;
  v.documents = sorted_documents(lib);
  v.upcoming_events = upcoming_events(lib);
  v.past_events = past_events(lib);
  v.news = news_newest_first(lib);
  v.active_mentors = mentors_sorted(lib, true);
  v.former_mentors = mentors_sorted(lib, false);
  v.bank = bank_practices(lib);
  v.published = published_practices(lib);
  v.roadmaps = roadmaps(lib);
  for (const Page* p : v.published) {
    std::set<std::string> seen;
    for (const auto& a : p->practice->authors)
      if (!a.mentor.empty())
        if (std::string slug = slugify(a.mentor); seen.insert(slug).second) v.practices_by_mentor[slug].push_back(p);
  }
  for (const Page* e : v.upcoming_events)
    for (const auto& slug : std::set<std::string>(e->event->mentors.begin(), e->event->mentors.end()))
      v.upcoming_by_mentor[slug].push_back(e);
  for (const Page* e : v.past_events)
    for (const auto& slug : std::set<std::string>(e->event->mentors.begin(), e->event->mentors.end()))
      v.past_by_mentor[slug].push_back(e);
  for (const Page* p : v.bank) {
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& f : practice_facets(*p->practice)) {
      std::pair<std::string, std::string> key{f.facet, f.slug};
      ++v.facet_counts[key];
      v.facet_labels.emplace(key, f.label);
      if (seen.insert(key).second) v.bank_by_facet[key].push_back(p);
    }
  }
  return v;
}

static data string_list(const std::vector<std::string>& items) {
  data list{data::type::list};
  for (const auto& i : items) list.push_back(data(i));
  return list;
}

// «3 практики»
static std::string count_text(long long n, const std::vector<std::string>& forms) {
  return std::to_string(n) + " " + plural_form(n, forms);
}

data Renderer::practice_card(const Page& page, const std::string& from) const {
  const Practice& p = *page.practice;
  data d{data::type::object};
  d.set("title", page.title);
  d.set("href", relative_url(from, page.url));
  d.set("summary", text_or_false(p.summary));
  const PracticeForm* form = find_practice_form(p.form);
  d.set("form", form ? data(form->label) : data(false));
  std::string levels;
  for (const auto& code : p.levels)
    if (const PracticeLevel* l = find_practice_level(code)) levels += (levels.empty() ? "" : ", ") + l->label;
  d.set("levels", text_or_false(levels));
  d.set("year", text_or_false(p.year));
  d.set("status", page.draft ? data(theme_.str("practices.status." + p.status)) : data(false));
  // Facet values for the script that combines facets on the bank page.
  std::map<std::string, std::string> values;
  for (const auto& v : practice_facets(p)) values[v.facet] += (values[v.facet].empty() ? "" : " ") + v.slug;
  data attrs{data::type::object};
  for (const auto& f : practice_facet_names()) attrs.set(f, values[f]);
  d.set("facets", attrs);
  return d;
}

data Renderer::practice_data(const Page& page, const std::string& from, const Page& shown_on) const {
  const Practice& p = *page.practice;
  const DateWords& words = theme_.date_words();
  // Markdown of the practice, its links written for the page it appears on.
  Page context = page;
  context.url = shown_on.url;
  auto md = [&](const PracticeText& t) {
    if (t.empty()) return data(false);
    std::string html = markdown_html(context, t.text, t.line);
    return html.empty() ? data(false) : data(html);
  };
  std::string slug = page.url.substr(std::string(kPracticesUrl).size());
  if (!slug.empty()) slug.pop_back();
  data d{data::type::object};
  d.set("id", "p-" + slug);
  d.set("h", shown_on.kind == PageKind::practice ? "h2" : "h3");  // part headings under the title
  d.set("title", page.title);
  d.set("href", relative_url(from, page.url));
  d.set("summary", text_or_false(p.summary));
  d.set("body", page.body_md.empty() ? data(false) : data(markdown_html(context)));
  d.set("organisation", text_or_false(p.organisation));
  data authors{data::type::list};
  for (const auto& a : shown_authors(lib_, p)) {
    data author{data::type::object};
    author.set("name", a.name);
    author.set("position", text_or_false(a.position));
    if (!a.mentor_url.empty()) {
      depend_on("exists:" + a.mentor_url);
      if (const Page* m = lib_.find_url(a.mentor_url); m && !m->source.empty()) depend_on("src:" + m->source);
    }
    author.set("href", a.mentor_url.empty() ? data(false) : data(relative_url(from, a.mentor_url)));
    authors.push_back(author);
  }
  for (const auto& a : p.authors)
    if (!a.mentor.empty()) depend_on("exists:mentors/" + slugify(a.mentor) + "/");
  d.set("authors", authors);
  d.set("has_authors", !shown_authors(lib_, p).empty());
  const PracticeForm* form = find_practice_form(p.form);
  d.set("form", form ? data(form->label) : data(false));
  d.set("form_href", form ? data(relative_url(from, facet_url("form", form->slug))) : data(false));
  d.set("role_model", text_or_false(p.role_model));
  // Facet values as links (level, subject, tag, year).
  for (const char* facet : {"level", "subject", "tag", "year"}) {
    data links{data::type::list};
    bool any = false;
    for (const auto& v : practice_facets(p)) {
      if (v.facet != facet) continue;
      data link{data::type::object};
      std::string label = v.label;
      if (v.facet == "level")
        if (const PracticeLevel* l = find_practice_level(v.slug)) label = l->label + " — " + l->name;
      link.set("label", label);
      link.set("href", relative_url(from, facet_url(v.facet, v.slug)));
      links.push_back(link);
      any = true;
    }
    d.set(std::string(facet) + "s", links);
    d.set(std::string("has_") + facet + "s", any);
  }
  d.set("problem", md(p.problem));
  d.set("goal", md(p.goal));
  d.set("tasks", string_list(p.tasks));
  d.set("has_tasks", !p.tasks.empty());
  d.set("audience", text_or_false(p.audience));
  d.set("participants", p.participants ? data(count_text(*p.participants, theme_.list("practices.participants_forms")))
                                       : data(false));
  data stages{data::type::list};
  for (const auto& s : p.stages) {
    data st{data::type::object};
    st.set("title", s.title);
    st.set("period", text_or_false(s.period));
    st.set("description", text_or_false(s.description));
    stages.push_back(st);
  }
  d.set("stages", stages);
  d.set("has_stages", !p.stages.empty());
  d.set("methods", md(p.methods));
  d.set("resources", md(p.resources));
  d.set("results", md(p.results));
  d.set("indicators", string_list(p.indicators));
  d.set("has_indicators", !p.indicators.empty());
  d.set("novelty", md(p.novelty));
  d.set("reuse", md(p.reuse));
  data files{data::type::list};
  for (const auto& a : p.attachments) {
    data f = attachment_data(a.file, from);
    std::string name = a.file.output.substr(a.file.output.rfind('/') + 1);
    f.set("title", a.title.empty() ? name : a.title);
    files.push_back(f);
  }
  d.set("attachments", files);
  d.set("has_attachments", !p.attachments.empty());
  d.set("status", theme_.str("practices.status." + p.status));
  d.set("approved", p.status == "approved");
  d.set("reviewer", text_or_false(p.reviewer));
  d.set("review_date", p.review_date ? data(format_date_ru(*p.review_date, words)) : data(false));
  d.set("review_date_iso", p.review_date ? p.review_date->iso() : "");
  return d;
}

// The bank's facets with a link and a count for every value.
data Renderer::practice_facets_data(const std::string& from, const Page* current) const {
  const auto& counts = views_.facet_counts;
  const auto& labels = views_.facet_labels;
  auto forms = theme_.list("practices.count_forms");
  data facets{data::type::list};
  for (const auto& name : practice_facet_names()) {
    data values{data::type::list};
    // Controlled lists keep their order; free values go by label; years newest first.
    std::vector<std::pair<std::string, std::string>> keys;
    if (name == "form") {
      for (const auto& f : practice_forms())
        if (counts.count({name, f.slug})) keys.push_back({name, f.slug});
    } else if (name == "level") {
      for (const auto& l : practice_levels())
        if (counts.count({name, l.code})) keys.push_back({name, l.code});
    } else {
      for (const auto& [key, n] : counts)
        if (key.first == name) keys.push_back(key);
      std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (name == "year") return a.second > b.second;
        return to_lower(labels.at(a)) < to_lower(labels.at(b));
      });
    }
    if (keys.empty()) continue;
    for (const auto& key : keys) {
      data v{data::type::object};
      std::string label = labels.at(key);
      if (name == "level")
        if (const PracticeLevel* l = find_practice_level(key.second)) label = l->label + " — " + l->name;
      v.set("label", label);
      v.set("value", key.second);
      v.set("href", relative_url(from, facet_url(key.first, key.second)));
      v.set("count", std::to_string(counts.at(key)));
      v.set("count_text", count_text(counts.at(key), forms));
      v.set("current", current && current->facet == key.first && current->facet_value == key.second);
      values.push_back(v);
    }
    data f{data::type::object};
    f.set("name", name);
    f.set("title", theme_.str("practices.facet." + name));
    f.set("values", values);
    facets.push_back(f);
  }
  return facets;
}

void Renderer::add_kind_data(const Page& page, const std::string& from, data& d) const {
  switch (page.kind) {
    case PageKind::home: {
      const auto& docs = views_.documents;
      data latest{data::type::list};
      for (size_t i = 0; i < docs.size() && i < 5; ++i) latest.push_back(document_data(*docs[i], from));
      d.set("latest_documents", latest);
      d.set("has_documents", !docs.empty());
      d.set("documents_href", relative_url(from, "documents/"));
      data figures{data::type::list};
      auto figure = [&](long long n, const std::string& key, const std::string& target) {
        data f{data::type::object};
        f.set("value", std::to_string(n));
        f.set("label", plural_form(n, theme_.list(key)));
        f.set("href", relative_url(from, target));
        figures.push_back(f);
      };
      if (!docs.empty()) figure(static_cast<long long>(docs.size()), "figures.documents", "documents/");
      const auto& upcoming = views_.upcoming_events;
      const auto& news = views_.news;
      size_t events_total = upcoming.size() + views_.past_events.size();
      if (events_total) figure(static_cast<long long>(events_total), "figures.events", "events/");
      if (!news.empty()) figure(static_cast<long long>(news.size()), "figures.news", "news/");
      const auto& mentors = views_.active_mentors;
      if (!mentors.empty()) figure(static_cast<long long>(mentors.size()), "figures.mentors", "mentors/");
      data pairs = pairs_data();
      if (lib_.pairs && !lib_.pairs->counts.empty()) {
        std::string target = lib_.find_url("mentors/") ? "mentors/" : "";
        if (lib_.pairs->total_pairs() > 0) figure(lib_.pairs->total_pairs(), "figures.pairs", target);
        if (lib_.pairs->total_groups() > 0) figure(lib_.pairs->total_groups(), "figures.groups", target);
      }
      d.set("pairs", pairs);
      const auto& practices = views_.bank;
      if (!practices.empty()) figure(static_cast<long long>(practices.size()), "practices.count_forms", kPracticesUrl);
      d.set("figures", figures);
      d.set("has_figures", !figures.list_value().empty());
      data next_events{data::type::list}, latest_news{data::type::list};
      for (size_t i = 0; i < upcoming.size() && i < 3; ++i) next_events.push_back(event_data(*upcoming[i], from));
      for (size_t i = 0; i < news.size() && i < 3; ++i) latest_news.push_back(news_data(*news[i], from));
      d.set("next_events", next_events);
      d.set("has_next_events", !upcoming.empty());
      d.set("has_events", events_total > 0);
      d.set("events_href", relative_url(from, "events/"));
      d.set("latest_news", latest_news);
      d.set("has_news", !news.empty());
      d.set("news_href", relative_url(from, "news/"));
      data maps{data::type::list};
      for (const Page* p : views_.roadmaps) maps.push_back(roadmap_progress_data(*p, from));
      d.set("roadmaps", maps);
      d.set("has_roadmaps", !views_.roadmaps.empty());
      d.set("roadmaps_href", relative_url(from, "roadmap/"));
      break;
    }
    case PageKind::roadmap_list: {
      data maps{data::type::list};
      for (const Page* p : views_.roadmaps) maps.push_back(roadmap_progress_data(*p, from));
      d.set("roadmaps", maps);
      break;
    }
    case PageKind::roadmap:
      roadmap_data(page, from, d);
      break;
    case PageKind::indicators:
      indicators_data(page, d);
      break;
    case PageKind::document_list: {
      const auto& docs = views_.documents;
      data levels{data::type::list};
      for (const auto& level : document_levels()) {
        data items{data::type::list};
        int count = 0;
        for (const Page* p : docs)
          if (p->document->level == level) {
            items.push_back(document_data(*p, from));
            ++count;
          }
        if (count == 0) continue;
        data l{data::type::object};
        l.set("id", level);
        l.set("title", theme_.str("documents.levels." + level));
        l.set("count", std::to_string(count) + " " + plural_form(count, theme_.list("figures.documents")));
        l.set("documents", items);
        levels.push_back(l);
      }
      d.set("levels", levels);
      break;
    }
    case PageKind::document:
      d.set("document", document_data(page, from));
      break;
    case PageKind::event_list: {
      data upcoming{data::type::list}, past{data::type::list};
      for (const Page* p : views_.upcoming_events) upcoming.push_back(event_data(*p, from));
      for (const Page* p : views_.past_events) past.push_back(event_data(*p, from));
      d.set("has_upcoming", !views_.upcoming_events.empty());
      d.set("has_past", !views_.past_events.empty());
      d.set("upcoming", upcoming);
      d.set("past", past);
      d.set("calendar_href", relative_url(from, "events/calendar.ics"));
      break;
    }
    case PageKind::event: {
      d.set("event", event_data(page, from));
      std::string report = markdown_html(page, page.event->report_md, page.event->report_line);
      data photos{data::type::list};
      for (const auto& photo : page.event->report_photos) {
        data pic = picture_data(photo.file, from, "(min-width: 48rem) 22rem, calc(100vw - 2rem)", photo.alt);
        if (pic.is_object()) photos.push_back(pic);
      }
      bool has_photos = !photos.list_value().empty();
      d.set("report", report.empty() && !has_photos ? data(false) : data(report));
      d.set("report_photos", photos);
      d.set("has_report_photos", has_photos);
      d.set("json_ld", event_json_ld(page));
      d.set("events_href", relative_url(from, "events/"));
      break;
    }
    case PageKind::news_list: {
      const auto& all = views_.news;
      size_t first = static_cast<size_t>(page.list_page - 1) * kNewsPerPage;
      data items{data::type::list};
      for (size_t i = first; i < all.size() && i < first + kNewsPerPage; ++i) items.push_back(news_data(*all[i], from));
      d.set("items", items);
      auto list_url = [](int n) { return n == 1 ? std::string("news/") : "news/page/" + std::to_string(n) + "/"; };
      data pages{data::type::list};
      for (int n = 1; n <= page.list_pages; ++n) {
        data item{data::type::object};
        item.set("number", std::to_string(n));
        item.set("href", relative_url(from, list_url(n)));
        item.set("current", n == page.list_page);
        pages.push_back(item);
      }
      d.set("pagination", page.list_pages > 1);
      d.set("pages", pages);
      d.set("prev_href", page.list_page > 1 ? data(relative_url(from, list_url(page.list_page - 1))) : data(false));
      d.set("next_href", page.list_page < page.list_pages ? data(relative_url(from, list_url(page.list_page + 1))) : data(false));
      d.set("page_number", std::to_string(page.list_page));
      d.set("page_count", std::to_string(page.list_pages));
      break;
    }
    case PageKind::news:
      d.set("item", news_data(page, from));
      d.set("news_href", relative_url(from, "news/"));
      break;
      d.set("news_href", relative_url(from, "news/"));
      break;
    case PageKind::mentor_list:
      add_mentor_list_data(page, from, d);
      break;
    case PageKind::mentor: {
      d.set("mentor", mentor_data(page, from, "(min-width: 48rem) 20rem, 10rem"));
      d.set("mentors_href", relative_url(from, "mentors/"));
      data upcoming{data::type::list}, past{data::type::list};
      const auto& led_upcoming = pages_of(views_.upcoming_by_mentor, page.mentor->slug);
      const auto& led_past = pages_of(views_.past_by_mentor, page.mentor->slug);
      for (const Page* e : led_upcoming) upcoming.push_back(event_data(*e, from));
      for (const Page* e : led_past) past.push_back(event_data(*e, from));
      d.set("upcoming", upcoming);
      d.set("past", past);
      d.set("has_upcoming", !led_upcoming.empty());
      d.set("has_past", !led_past.empty());
      d.set("has_events", !led_upcoming.empty() || !led_past.empty());
      // Published practices they authored.
      data practices{data::type::list};
      const auto& authored = pages_of(views_.practices_by_mentor, page.mentor->slug);
      for (const Page* p : authored) {
        data item{data::type::object};
        item.set("title", p->title);
        item.set("href", relative_url(from, p->url));
        practices.push_back(item);
      }
      bool any_practice = !authored.empty();
      d.set("practices", practices);
      d.set("has_practices", any_practice);
      break;
    }
    case PageKind::practice_list:
    case PageKind::practice_facet: {
      auto forms = theme_.list("practices.count_forms");
      data items{data::type::list};
      long long n = 0;
      const auto& shown = page.kind == PageKind::practice_facet
                              ? pages_of(views_.bank_by_facet, std::make_pair(page.facet, page.facet_value))
                              : views_.bank;
      for (const Page* p : shown) {
        items.push_back(practice_card(*p, from));
        ++n;
      }
      d.set("practices", items);
      d.set("count_text", count_text(n, forms));
      d.set("count_forms", forms.size() == 3 ? forms[0] + "|" + forms[1] + "|" + forms[2] : std::string());
      d.set("facets", practice_facets_data(from, &page));
      d.set("bank_href", relative_url(from, kPracticesUrl));
      d.set("collection_href", relative_url(from, kPracticesCollectionUrl));
      d.set("json_href", relative_url(from, kPracticesJson));
      d.set("csv_href", relative_url(from, kPracticesCsv));
      d.set("facet_title", page.kind == PageKind::practice_facet ? data(theme_.str("practices.facet." + page.facet)) : data(false));
      break;
    }
    case PageKind::practice:
      d.set("practice", practice_data(page, from, page));
      d.set("bank_href", relative_url(from, kPracticesUrl));
      break;
    case PageKind::practice_collection: {
      data items{data::type::list};
      for (const Page* p : views_.published) {
        depend_on("src:" + p->source);
        items.push_back(practice_data(*p, from, page));
      }
      d.set("practices", items);
      d.set("bank_href", relative_url(from, kPracticesUrl));
      d.set("count_text", count_text(static_cast<long long>(views_.published.size()),
                                     theme_.list("practices.count_forms")));
      break;
    }
    case PageKind::search: {
      d.set("index_href", relative_url(from, "search/index/manifest.js"));
      d.set("facets", practice_facets_data(from, nullptr));
      d.set("has_practices", !views_.bank.empty());
      d.set("bank_href", relative_url(from, kPracticesUrl));
      data sections{data::type::list};
      auto section = [&](const std::string& url, const std::string& key) {
        const Page* list = lib_.find_url(url);
        if (!list) return;
        data s{data::type::object};
        s.set("title", !list->title.empty() ? list->title : theme_.str(key));
        s.set("href", relative_url(from, url));
        sections.push_back(s);
      };
      section("mentors/", "mentors.title");
      section("events/", "events.title");
      section("news/", "news.title");
      section("documents/", "documents.title");
      d.set("sections", sections);
      break;
    }
    case PageKind::page:
    case PageKind::not_found:
    case PageKind::accessibility:
      break;
  }
}

data Renderer::page_data(const Page& page, const std::string& root, std::string content_html) const {
  bool not_found = page.kind == PageKind::not_found;
  // The 404 page is served at any depth, so it links by absolute path.
  std::string from = not_found ? std::string() : page.url;
  auto href = [&](const std::string& target) {
    return not_found ? root + url_encode_path(target.empty() || target.back() == '/' ? target + "index.html" : target)
                     : relative_url(from, target);
  };
  data d{data::type::object};
  d.set("root", root);
  std::string title = page.title;
  if (page.kind == PageKind::document_list && title.empty()) title = theme_.str("documents.title");
  if (page.kind == PageKind::event_list && title.empty()) title = theme_.str("events.title");
  if (page.kind == PageKind::news_list && title.empty()) title = theme_.str("news.title");
  if (page.kind == PageKind::mentor_list && !page.facet.empty()) {
    std::string label = page.facet == "form" ? find_mentoring_form(page.facet_value)->label : page.facet_value;
    std::string pattern = theme_.str(page.facet == "form" ? "mentors.form_title" : "mentors.subject_title");
    size_t at = pattern.find("{}");
    title = at == std::string::npos ? pattern + " " + label : pattern.replace(at, 2, label);
  } else if (page.kind == PageKind::mentor_list && title.empty()) {
    title = theme_.str("mentors.title");
  }
  if (page.kind == PageKind::roadmap_list && title.empty()) title = theme_.str("roadmap.title");
  if (page.kind == PageKind::indicators && title.empty()) title = theme_.str("indicators.title");
  if (page.kind == PageKind::roadmap && !page.filter_status.empty())
    title += ": " + theme_.str("roadmap.state." + page.filter_status);
  if (page.kind == PageKind::roadmap && page.filter_responsible == "*")
    title += ": " + theme_.str("roadmap.filter_by_responsible");
  else if (page.kind == PageKind::roadmap && !page.filter_responsible.empty())
    title += ": " + page.filter_responsible;
  if (page.kind == PageKind::news_list && page.list_page > 1)
    title += ", " + theme_.str("news.page") + " " + std::to_string(page.list_page);
  if (page.kind == PageKind::practice_list && title.empty()) title = theme_.str("practices.title");
  if (page.kind == PageKind::practice_facet)
    title = theme_.str("practices.facet." + page.facet) + ": " + page.title;
  if (page.kind == PageKind::practice_collection) title = theme_.str("practices.collection.title");
  if (page.kind == PageKind::search) title = theme_.str("search.title");
  if (not_found) title = theme_.str("not_found.title");
  if (page.kind == PageKind::accessibility) title = theme_.str("accessibility.title");
  data p{data::type::object};
  p.set("title", title);
  p.set("description", text_or_false(page.description.empty() ? lib_.config.description : page.description));
  p.set("is_home", page.kind == PageKind::home);
  p.set("canonical", not_found ? data(false) : data(lib_.config.base_url + url_encode_path(page.url)));
  p.set("date", page.date ? data(format_date_ru(*page.date, theme_.date_words())) : data(false));
  p.set("updated", page.updated ? data(format_date_ru(*page.updated, theme_.date_words())) : data(false));
  p.set("draft", page.draft);
  p.set("draft_note", page.practice && page.practice->status == "review" ? theme_.str("practices.banner.review")
                      : page.practice                                    ? theme_.str("practices.banner.draft")
                                                                         : theme_.str("layout.draft"));
  p.set("body", content_html.empty() ? data(false) : data(content_html));
  d.set("page", p);
  d.set("head_title", page.kind == PageKind::home ? lib_.config.title + " — " + lib_.config.organisation.short_name
                                                  : title + " — " + lib_.config.title);

  data assets{data::type::object};
  for (const auto& a : theme_.assets()) {
    std::string key = a.name;
    std::replace(key.begin(), key.end(), '.', '_');
    std::replace(key.begin(), key.end(), '-', '_');
    assets.set(key, href(a.output));
  }
  d.set("assets", assets);
  d.set("home_href", href(""));
  d.set("accessibility_href", href(kAccessibilityUrl));
  d.set("atom_href", href("atom.xml"));

  data menu{data::type::list};
  for (const auto& m : menu_) {
    data item{data::type::object};
    item.set("title", m.title);
    item.set("href", m.external ? m.target : href(m.target));
    item.set("current", !m.external && !not_found && m.target == page.url);
    item.set("in_section", !m.external && !not_found && !m.target.empty() && m.target.back() == '/' &&
                               page.url.rfind(m.target, 0) == 0 && m.target != page.url);
    menu.push_back(item);
  }
  d.set("menu", menu);

  data crumbs{data::type::list};
  auto crumb = [&](const std::string& t, const std::string& target) {
    data c{data::type::object};
    c.set("title", t);
    c.set("href", href(target));
    crumbs.push_back(c);
  };
  if (page.kind != PageKind::home && !not_found) {
    crumb(lib_.config.title, "");
    auto section_crumb = [&](const std::string& url, const std::string& key) {
      const Page* list = lib_.find_url(url);
      crumb(list && !list->title.empty() ? list->title : theme_.str(key), url);
    };
    if (page.kind == PageKind::document) section_crumb("documents/", "documents.title");
    if (page.kind == PageKind::event) section_crumb("events/", "events.title");
    if (page.kind == PageKind::mentor || (page.kind == PageKind::mentor_list && !page.facet.empty()))
      section_crumb("mentors/", "mentors.title");
    if (page.kind == PageKind::news || (page.kind == PageKind::news_list && page.list_page > 1))
      section_crumb("news/", "news.title");
    if (page.kind == PageKind::roadmap) {
      section_crumb("roadmap/", "roadmap.title");
      if (page.url != page.roadmap_url) crumb(page.roadmap->title, page.roadmap_url);
    }
    if (page.kind == PageKind::practice || page.kind == PageKind::practice_facet ||
        page.kind == PageKind::practice_collection)
      section_crumb(kPracticesUrl, "practices.title");
  }
  d.set("breadcrumbs", crumbs);
  d.set("has_breadcrumbs", page.kind != PageKind::home && !not_found);
  add_kind_data(page, from, d);
  return d;
}

// What a page of each kind shows of other pages, as dependency keys.
static void depend_on_kind(const Page& page) {
  if (!page.source.empty()) depend_on("src:" + page.source);
  depend_on("meta:intro");  // section titles in breadcrumbs
  switch (page.kind) {
    case PageKind::home:
      for (const char* k : {"meta:document", "meta:event", "meta:news", "meta:mentor", "meta:roadmap", "meta:practice"})
        depend_on(k);
      break;
    case PageKind::roadmap_list: depend_on("meta:roadmap"); break;
    case PageKind::document_list: depend_on("meta:document"); break;
    case PageKind::event_list: depend_on("meta:event"); break;
    case PageKind::news_list: depend_on("meta:news"); break;
    case PageKind::mentor_list: depend_on("meta:mentor"); break;
    case PageKind::mentor:
      depend_on("meta:event");
      depend_on("meta:practice");
      break;
    case PageKind::event: depend_on("meta:mentor"); break;
    case PageKind::practice_list:
    case PageKind::practice_facet:
    case PageKind::practice_collection: depend_on("meta:practice"); break;
    case PageKind::search:
      depend_on("meta:practice");  // the facet links
      for (const char* url : {"mentors/", "events/", "news/", "documents/"}) depend_on(std::string("exists:") + url);
      break;
    default: break;
  }
}

std::string Renderer::render(const Page& page, int worker, std::vector<std::string>* deps) const {
  struct Scope {
    explicit Scope(std::vector<std::string>* d) { t_deps = d; }
    ~Scope() { t_deps = nullptr; }
  } scope(deps);
  depend_on_kind(page);
  Templates& set = templates_[worker];
  auto inner = set.find(template_for(page.kind));
  auto layout = set.find("layout.html");
  if (inner == set.end() || layout == set.end()) return {};
  std::string root = page.kind == PageKind::not_found ? lib_.config.base_url.substr(lib_.config.base_origin.size())
                                                      : root_prefix(page.url);
  data d = page_data(page, root, markdown_html(page));
  kainjow::mustache::context<std::string> ctx(&shared_);
  ctx.push(&d);
  std::string content = inner->second->render(ctx);
  data wrapper{data::type::object};
  wrapper.set("content", content);
  ctx.push(&wrapper);
  return layout->second->render(ctx);
}

}  // namespace nastavnik
