#include "render/renderer.h"

#include "render/page_type.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "content/links.h"
#include "render/document_html.h"
#include "render/document_view.h"
#include "render/legal_view.h"
#include "render/markdown.h"
#include "base/text.h"
#include "base/url_policy.h"

namespace nastavnik {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// Dependency keys of the page being rendered on this thread (see render()).
static thread_local std::vector<std::string>* t_deps = nullptr;
static void depend_on(std::string key) {
  if (t_deps) t_deps->push_back(std::move(key));
}
void depend_on_key(std::string key) { depend_on(std::move(key)); }

static data yaml_to_data(const YamlNode& node) {
  if (node.is_map()) {
    data obj{data::type::object};
    for (const auto& e : node.entries) set_field(obj, e.key, yaml_to_data(e.value));
    return obj;
  }
  if (node.is_sequence()) {
    data items{data::type::list};
    for (const auto& item : node.items) append_item(items, yaml_to_data(item));
    return items;
  }
  if (node.is_scalar()) return data(node.text);
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

// Where the content goes in the layout, and the articles in the collection:
// the parts around it are rendered, the marker replaced by separate parts.
static const std::string kPartMarker = "\x02nastavnik:part\x03";

// "practices/inzhenernye-subboty/" -> "p-inzhenernye-subboty": its anchor in the collection.
static std::string practice_anchor(const Page& page) {
  std::string slug = page.url.substr(std::string(kPracticesUrl).size());
  if (!slug.empty()) slug.pop_back();
  return "p-" + slug;
}

// `text` split at each marker, with `fill` (parts) put in the marker's place.
static void splice_parts(const std::string& text, const std::vector<std::string>& fill, std::vector<std::string>& out) {
  size_t from = 0;
  for (size_t at; (at = text.find(kPartMarker, from)) != std::string::npos; from = at + kPartMarker.size()) {
    out.push_back(text.substr(from, at - from));
    out.insert(out.end(), fill.begin(), fill.end());
  }
  out.push_back(text.substr(from));
}

// kainjow's own escaping (the same entities, &apos; included), copying runs
// of plain bytes at once instead of byte by byte: every page's text goes
// through it.
static std::string escape_like_mustache(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(s, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s, run, std::string::npos);
  return out;
}

// A template's output as a string. kainjow renders into any stream type:
// appending to a string skips its ostringstream and the copy out of it.
static std::string render_to_string(mustache& tmpl, kainjow::mustache::context<std::string>& ctx) {
  struct Appender {
    std::string text;
    Appender& operator<<(const std::string& piece) {
      text += piece;
      return *this;
    }
  } out;
  tmpl.render(ctx, out);
  return std::move(out.text);
}

static const std::vector<const Page*> kNoPages;
// A list card's thumbnail: beside the text on phones, across the card above it
// in the two and three columns of wider screens (decorative: the title says it).
static const std::string kCardSizes = "(min-width: 48rem) 24rem, 6rem";
static const std::string kNoText;

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
  set_field(shared_, "lang", c.language);
  set_field(shared_, "t", yaml_to_data(theme.strings()));
  set_field(shared_, "law", legal_data(lib.options.today));
  data site{data::type::object};
  set_field(site, "title", c.title);
  set_field(site, "description", text_or_false(c.description));
  set_field(site, "base_url", c.base_url);
  set_field(shared_, "site", std::move(site));
  data org{data::type::object};
  set_field(org, "full_name", c.organisation.full_name);
  set_field(org, "short_name", c.organisation.short_name);
  set_field(org, "address", text_or_false(c.organisation.address));
  set_field(org, "phone", text_or_false(c.organisation.phone));
  set_field(org, "phone_uri", tel_uri(c.organisation.phone));
  set_field(org, "email", text_or_false(c.organisation.email));
  set_field(org, "website", text_or_false(c.organisation.website));
  set_field(shared_, "org", std::move(org));
  if (!c.curator.name.empty()) {
    data cur{data::type::object};
    set_field(cur, "name", c.curator.name);
    set_field(cur, "position", text_or_false(c.curator.position));
    set_field(cur, "phone", text_or_false(c.curator.phone));
    set_field(cur, "phone_uri", tel_uri(c.curator.phone));
    set_field(cur, "email", text_or_false(c.curator.email));
    set_field(cur, "office", text_or_false(c.curator.office));
    set_field(cur, "hours", text_or_false(c.curator.hours));
    set_field(shared_, "curator", std::move(cur));
  } else {
    set_field(shared_, "curator", data(false));
  }
  set_field(shared_, "build_date", format_date_ru(lib.options.today, theme.date_words()));
  set_field(shared_, "year", std::to_string(lib.options.today.year));

  for (const auto& m : c.menu) {
    if (!check_url(m.link, m.loc, diag)) continue;
    if (is_external_url(m.link)) {
      menu_.push_back({m.title, m.link, true});
      continue;
    }
    if (auto target = resolve_target(lib, "content", percent_decode(m.link))) menu_.push_back({m.title, *target, false});
    else report_broken_link(lib, "content", m.link, m.loc, diag);
  }
  // The logo is a file of the site itself: no page loads anything from elsewhere.
  if (!c.logo.empty() && check_url(c.logo, c.logo_loc, diag)) {
    auto target = is_external_url(c.logo) ? std::nullopt : resolve_target(lib, "", percent_decode(c.logo));
    if (target) logo_ = *target;
    else if (is_external_url(c.logo))
      diag.error(c.logo_loc, "логотип указан адресом в интернете: страницы раздела ничего не загружают с других сайтов",
                 "положите файл логотипа в папку static/ и укажите его: logo: static/logo.svg");
    else report_broken_link(lib, "", c.logo, c.logo_loc, diag);
  }

  // Parse every template once per worker; report templates that fail to parse.
  templates_.resize(std::max(1, workers));
  std::vector<std::string> names = {"layout.html"};
  for (const auto& type : page_types())
    if (std::find(names.begin(), names.end(), type.template_name) == names.end()) names.emplace_back(type.template_name);
  names.push_back("practice_collection_item.html");
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
      tmpl->set_custom_escape(escape_like_mustache);
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
  return markdown_html(page, markdown, first_line, page.url);
}

// Practices live at practices/<slug>/ and the collection at practices/sbornik/:
// links written from a made-up folder at that depth work from both, so a
// published practice's texts are rendered once for the two. The first showing
// renders and leaves them here; the second takes them.
std::string Renderer::practice_markdown(const Page& page, const std::string& markdown, int first_line) const {
  if (!views_.in_collection.count(&page)) return markdown_html(page, markdown, first_line, page.url);
  {
    std::lock_guard lock(shared_markdown_mutex_);
    auto it = shared_markdown_.find(&markdown);
    if (it != shared_markdown_.end()) {
      SharedMarkdown shared = std::move(it->second);
      shared_markdown_.erase(it);
      for (auto& key : shared.deps) depend_on(std::move(key));
      return std::move(shared.html);
    }
  }
  SharedMarkdown shared;
  std::vector<std::string>* page_deps = t_deps;
  t_deps = &shared.deps;
  shared.html = markdown_html(page, markdown, first_line, std::string(kPracticesUrl) + "~/");
  t_deps = page_deps;
  for (const auto& key : shared.deps) depend_on(key);
  std::string html = shared.html;
  std::lock_guard lock(shared_markdown_mutex_);
  // Already there: the other showing rendered it at the same time.
  if (auto [it, added] = shared_markdown_.emplace(&markdown, std::move(shared)); !added) shared_markdown_.erase(it);
  return html;
}

std::string Renderer::markdown_html(const Page& page, const std::string& markdown, int first_line,
                                    const std::string& from_dir) const {
  if (markdown.empty() || page.source.empty()) return {};
  std::string base_dir = std::filesystem::path(page.source).parent_path().generic_string();
  MarkdownHooks hooks;
  auto loc = [&](int line, int col) { return SourceLoc{page.source, first_line + line - 1, col}; };
  hooks.rewrite_url = [&](const std::string& url, int line, int col) {
    std::string target;
    std::string href = resolve_link(lib_, base_dir, from_dir, url, loc(line, col), diag_, &target);
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
  set_field(d, "href", relative_url(from_dir, a.output));
  set_field(d, "format", a.format);
  set_field(d, "size", format_file_size(a.size, theme_.list("file.size_units")));
  return d;
}

data Renderer::document_data(const Page& page, const std::string& from_dir) const {
  const Document& doc = *page.document;
  const DateWords& words = theme_.date_words();
  data d{data::type::object};
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from_dir, page.url));
  set_field(d, "type", theme_.str("documents.type." + doc.type));
  set_field(d, "level", theme_.str("documents.level." + doc.level));
  set_field(d, "number", text_or_false(doc.number));
  set_field(d, "date", doc.date ? data(format_date_ru(*doc.date, words)) : data(false));
  set_field(d, "date_iso", doc.date ? doc.date->iso() : "");
  set_field(d, "issuer", text_or_false(doc.issuer));
  set_field(d, "description", text_or_false(page.description));
  data file = doc.file ? attachment_data(*doc.file, from_dir) : data(false);
  if (doc.file) set_field(file, "badge", document_badge(doc, *doc.file, format_file_size(doc.file->size, theme_.list("file.size_units")), theme_));
  set_field(d, "file", std::move(file));
  set_field(d, "form", doc.form.empty() ? data(false) : data(theme_.str("documents.form." + doc.form)));
  set_field(d, "external_url", text_or_false(doc.external_url));
  if (doc.signature) {
    const Signature& s = *doc.signature;
    data sig{data::type::object};
    set_field(sig, "signer", s.signer);
    set_field(sig, "position", s.position);
    set_field(sig, "signed_at", format_datetime_ru(s.signed_at, words));
    set_field(sig, "signed_at_iso", s.signed_at.iso());
    set_field(sig, "certificate", s.certificate);
    set_field(sig, "valid_from", s.valid_from ? data(format_date_ru(*s.valid_from, words)) : data(false));
    set_field(sig, "valid_to", s.valid_to ? data(format_date_ru(*s.valid_to, words)) : data(false));
    set_field(sig, "file", s.file ? attachment_data(*s.file, from_dir) : data(false));
    set_field(sig, "file_info", signature_file_data(s, theme_));
    set_field(d, "signature", std::move(sig));
  } else {
    set_field(d, "signature", data(false));
  }
  return d;
}

// The HTML version of a document's text, where it has one (content/document_checks.h).
Renderer::data Renderer::document_text_data(const Page& page, const std::string& from_dir) const {
  const Document& doc = *page.document;
  if (doc.text.empty()) return data(false);
  data d{data::type::object};
  std::string html = doc.text.markdown.empty() ? document_text_html(doc.text)
                                               : markdown_html(page, doc.text.markdown, doc.text_line, from_dir);
  set_field(d, "html", html);
  set_field(d, "from_file", doc.text.origin != DocumentText::Origin::editor);
  set_field(d, "file", doc.text_file ? attachment_data(*doc.text_file, from_dir) : data(false));
  return d;
}

data Renderer::event_data(const Page& page, const std::string& from) const {
  const Event& e = *page.event;
  const DateWords& words = theme_.date_words();
  data d{data::type::object};
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "dates", format_date_range_ru(e.start.date, e.last_day(), words));
  set_field(d, "weekday", e.end && e.end->date != e.start.date ? data(false) : data(weekday_ru(e.start.date, words)));
  const DateTime* end = e.end ? &*e.end : nullptr;
  set_field(d, "time", text_or_false(format_time_range(e.start, end)));
  set_field(d, "start_iso", e.start.iso());
  set_field(d, "day", std::to_string(e.start.date.day));
  set_field(d, "month", month_name(e.start.date.month, theme_.date_words()));
  set_field(d, "place", text_or_false(e.place));
  set_field(d, "format", theme_.str("events.format." + e.format));
  set_field(d, "online", e.format != "in_person");
  set_field(d, "online_url", text_or_false(e.online_url));
  set_field(d, "audience", text_or_false(e.audience));
  set_field(d, "organiser", text_or_false(e.organiser));
  set_field(d, "registration", e.last_day() >= lib_.options.today ? text_or_false(e.registration) : data(false));
  set_field(d, "summary", text_or_false(e.summary));
  set_field(d, "ics_href", relative_url(from, page.url + "event.ics"));
  set_field(d, "is_past", e.last_day() < lib_.options.today);
  set_field(d, "thumb", e.report_photos.empty() ? data(false)
                                                : picture_data(e.report_photos.front().file, from, kCardSizes, ""));
  data tags{data::type::list};
  for (const auto& t : e.tags) append_item(tags, data(t));
  set_field(d, "tags", tags);
  set_field(d, "has_tags", !e.tags.empty());
  data leaders{data::type::list};
  for (const auto& slug : e.mentors)
    if (const Page* m = published_mentor(lib_, slug)) {
      data l{data::type::object};
      set_field(l, "name", m->mentor->name);
      set_field(l, "href", relative_url(from, m->url));
      append_item(leaders, std::move(l));
    }
  set_field(d, "has_leaders", !leaders.list_value().empty());
  set_field(d, "leaders", std::move(leaders));
  return d;
}

// The first letters of the first two words of a name, capitalised
// («Белова Татьяна» → «БТ»): what a card shows in place of a missing photo.
static std::string initials(std::string_view name) {
  auto upper = [](char32_t c) -> char32_t {
    if ((c >= U'a' && c <= U'z') || (c >= U'а' && c <= U'я')) return c - 32;
    return c == U'ё' ? U'Ё' : c;
  };
  auto lower = [](char32_t c) -> char32_t {
    if ((c >= U'A' && c <= U'Z') || (c >= U'А' && c <= U'Я')) return c + 32;
    return c == U'Ё' ? U'ё' : c;
  };
  std::u32string out;
  bool at_word = true;
  for (char32_t c : utf8_decode(name)) {
    bool letter = lower(c) != upper(c);
    if (letter && at_word && out.size() < 2) out += upper(c);
    at_word = !letter && c != U'-' && c != U'\'';
  }
  return utf8_encode(out);
}

data Renderer::mentor_data(const Page& page, const std::string& from, const std::string& sizes) const {
  const Mentor& m = *page.mentor;
  data d{data::type::object};
  set_field(d, "name", m.name);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "position", text_or_false(m.position));
  set_field(d, "has_subjects", !m.subjects.empty());
  set_field(d, "subjects_text", join(m.subjects, ", "));
  set_field(d, "category", m.category.empty() ? data(false) : data(theme_.str("mentors.category." + m.category)));
  set_field(d, "experience", m.experience ? data(std::to_string(*m.experience) + " " +
                                          plural_form(*m.experience, theme_.list("mentors.years")))
                                   : data(false));
  data forms{data::type::list};
  std::vector<std::string> labels;
  for (const auto& code : m.forms) {
    const MentoringForm* f = find_mentoring_form(code);
    if (!f) continue;
    data item{data::type::object};
    set_field(item, "label", f->label);
    set_field(item, "href", relative_url(from, mentor_form_url(code)));
    append_item(forms, std::move(item));
    labels.push_back(f->label);
  }
  set_field(d, "forms", std::move(forms));
  set_field(d, "forms_text", join(labels, ", "));
  set_field(d, "has_forms", !labels.empty());
  data roles{data::type::list}, achievements{data::type::list};
  for (const auto& r : m.roles) append_item(roles, data(r));
  for (const auto& a : m.achievements) append_item(achievements, data(a));
  set_field(d, "roles", roles);
  set_field(d, "has_roles", !m.roles.empty());
  set_field(d, "achievements", achievements);
  set_field(d, "has_achievements", !m.achievements.empty());
  set_field(d, "regional_register", m.regional_register);
  set_field(d, "email", text_or_false(m.email));
  set_field(d, "is_former", m.status == "former");
  set_field(d, "initials", initials(m.name));  // the stand-in for a missing photo
  set_field(d, "photo", m.photo.empty() ? data(false) : picture_data(m.photo, from, sizes, m.name));
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
    set_field(photo, "webp_srcset", std::move(webp));
    set_field(photo, "jpeg_srcset", jpeg);
    set_field(photo, "src", relative_url(from, mid.jpeg));
    set_field(photo, "width", std::to_string(mid.width));
    set_field(photo, "height", std::to_string(mid.height));
    set_field(photo, "sizes", std::move(sizes));
    set_field(photo, "alt", std::move(alt));
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
    set_field(r, "label", find_mentoring_form(c.form)->label);
    set_field(r, "pairs", std::to_string(c.pairs));
    set_field(r, "groups", std::to_string(c.groups));
    append_item(rows, std::move(r));
  }
  set_field(d, "rows", std::move(rows));
  set_field(d, "total_pairs", std::to_string(pc.total_pairs()));
  set_field(d, "total_groups", std::to_string(pc.total_groups()));
  set_field(d, "as_of", pc.as_of ? data(format_date_ru(*pc.as_of, theme_.date_words())) : data(false));
  return d;
}

void Renderer::view_mentor_list(const Page& page, const std::string& from, data& d) const {
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
      append_item(mentors, mentor_data(*p, from, sizes));
      ++found;
    }
  set_field(d, "mentors", std::move(mentors));
  set_field(d, "has_mentors", found > 0);
  set_field(d, "found", std::to_string(found) + " " + plural_form(found, theme_.list("mentors.found")));
  set_field(d, "is_filtered", !page.facet.empty());
  set_field(d, "mentors_href", relative_url(from, "mentors/"));

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
    set_field(l, "label", label);
    set_field(l, "href", relative_url(from, url));
    set_field(l, "count", count > 0 ? data(std::to_string(count)) : data(false));
    set_field(l, "current", std::move(current));
    return l;
  };
  data subject_filters{data::type::list}, form_filters{data::type::list};
  append_item(subject_filters, link(theme_.str("mentors.any"), "mentors/", 0, page.facet != "subject"));
  std::vector<std::pair<std::string, std::pair<std::string, int>>> sorted(subjects.begin(), subjects.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return to_lower(a.second.first) < to_lower(b.second.first); });
  for (const auto& [url, entry] : sorted) append_item(subject_filters, link(entry.first, url, entry.second, url == page.url));
  append_item(form_filters, link(theme_.str("mentors.any"), "mentors/", 0, page.facet != "form"));
  for (const auto& f : mentoring_forms())
    if (form_counts.count(f.code))
      append_item(form_filters, link(f.label, mentor_form_url(f.code), form_counts[f.code], page.facet_value == f.code));
  set_field(d, "subject_filters", std::move(subject_filters));
  set_field(d, "has_subject_filters", !subjects.empty());
  set_field(d, "form_filters", std::move(form_filters));
  set_field(d, "has_form_filters", !form_counts.empty());

  data former{data::type::list};
  const auto& former_pages = page.facet.empty() ? views_.former_mentors : kNoPages;
  for (const Page* p : former_pages) append_item(former, mentor_data(*p, from, sizes));
  set_field(d, "former", std::move(former));
  set_field(d, "has_former", !former_pages.empty());
  set_field(d, "show_pairs", page.facet.empty());
  set_field(d, "pairs", page.facet.empty() ? pairs_data() : data(false));
}

data Renderer::news_data(const Page& page, const std::string& from) const {
  const News& n = *page.news;
  data d{data::type::object};
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "date", format_date_ru(n.date, theme_.date_words()));
  set_field(d, "date_iso", n.date.iso());
  set_field(d, "summary", text_or_false(n.summary));
  set_field(d, "day", std::to_string(n.date.day));
  set_field(d, "month", month_name(n.date.month, theme_.date_words()));
  set_field(d, "thumb", n.cover_photo.empty() ? data(false) : picture_data(n.cover_photo, from, kCardSizes, ""));
  data picture = n.cover_photo.empty() ? data(false)
                                       : picture_data(n.cover_photo, from, "(min-width: 48rem) 46rem, calc(100vw - 2rem)", n.cover_alt);
  if (picture.is_object()) {
    data cover{data::type::object};
    set_field(cover, "picture", picture);
    set_field(d, "cover", cover);
  } else if (!n.cover.empty() && n.cover_photo.empty()) {
    data cover{data::type::object};
    set_field(cover, "picture", data(false));
    std::string base_dir = std::filesystem::path(page.source).parent_path().generic_string();
    std::string target;
    std::string src = resolve_link(lib_, base_dir, from, n.cover, n.cover_loc, diag_, &target);
    if (!target.empty()) depend_on("exists:" + target);
    set_field(cover, "src", std::move(src));
    set_field(cover, "alt", n.cover_alt);
    set_field(d, "cover", cover);
  } else {
    set_field(d, "cover", data(false));
  }
  data tags{data::type::list};
  for (const auto& t : n.tags) append_item(tags, data(t));
  set_field(d, "tags", tags);
  set_field(d, "has_tags", !n.tags.empty());
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
  v.in_collection.insert(v.published.begin(), v.published.end());
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
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "summary", text_or_false(p.summary));
  const PracticeForm* form = find_practice_form(p.form);
  set_field(d, "form", form ? data(form->label) : data(false));
  std::string levels;
  for (const auto& code : p.levels)
    if (const PracticeLevel* l = find_practice_level(code)) levels += (levels.empty() ? "" : ", ") + l->label;
  set_field(d, "levels", text_or_false(levels));
  set_field(d, "year", text_or_false(p.year));
  set_field(d, "status", page.draft ? data(theme_.str("practices.status." + p.status)) : data(false));
  // Facet values for the script that combines facets on the bank page.
  std::map<std::string, std::string> values;
  for (const auto& v : practice_facets(p)) values[v.facet] += (values[v.facet].empty() ? "" : " ") + v.slug;
  data attrs{data::type::object};
  for (const auto& f : practice_facet_names()) set_field(attrs, f, values[f]);
  set_field(d, "facets", std::move(attrs));
  return d;
}

data Renderer::practice_data(const Page& page, const std::string& from, const Page& shown_on,
                             const std::string* body_html) const {
  const Practice& p = *page.practice;
  const DateWords& words = theme_.date_words();
  auto md = [&](const PracticeText& t) {
    if (t.empty()) return data(false);
    std::string html = practice_markdown(page, t.text, t.line);
    return html.empty() ? data(false) : data(std::move(html));
  };
  data d{data::type::object};
  set_field(d, "id", practice_anchor(page));
  set_field(d, "h", shown_on.kind == PageKind::practice ? "h2" : "h3");  // part headings under the title
  set_field(d, "title", page.title);
  set_field(d, "href", relative_url(from, page.url));
  set_field(d, "summary", text_or_false(p.summary));
  set_field(d, "body", page.body_md.empty() ? data(false)
                       : body_html         ? data(*body_html)
                                           : data(practice_markdown(page, page.body_md, page.body_line)));
  set_field(d, "organisation", text_or_false(p.organisation));
  data authors{data::type::list};
  for (const auto& a : shown_people(lib_, p.authors)) {
    data author{data::type::object};
    set_field(author, "name", a.name);
    set_field(author, "position", text_or_false(a.position));
    if (!a.mentor_url.empty()) {
      depend_on("exists:" + a.mentor_url);
      if (const Page* m = lib_.find_url(a.mentor_url); m && !m->source.empty()) depend_on("src:" + m->source);
    }
    set_field(author, "href", a.mentor_url.empty() ? data(false) : data(relative_url(from, a.mentor_url)));
    append_item(authors, std::move(author));
  }
  for (const auto& a : p.authors)
    if (!a.mentor.empty()) depend_on("exists:mentors/" + slugify(a.mentor) + "/");
  set_field(d, "authors", std::move(authors));
  set_field(d, "has_authors", !shown_people(lib_, p.authors).empty());
  const PracticeForm* form = find_practice_form(p.form);
  set_field(d, "form", form ? data(form->label) : data(false));
  set_field(d, "form_href", form ? data(relative_url(from, facet_url("form", form->slug))) : data(false));
  set_field(d, "role_model", text_or_false(p.role_model));
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
      set_field(link, "label", std::move(label));
      set_field(link, "href", relative_url(from, facet_url(v.facet, v.slug)));
      append_item(links, std::move(link));
      any = true;
    }
    set_field(d, std::string(facet) + "s", links);
    set_field(d, std::string("has_") + facet + "s", any);
  }
  set_field(d, "problem", md(p.problem));
  set_field(d, "goal", md(p.goal));
  set_field(d, "tasks", string_list(p.tasks));
  set_field(d, "has_tasks", !p.tasks.empty());
  set_field(d, "audience", text_or_false(p.audience));
  set_field(d, "participants", p.participants ? data(count_text(*p.participants, theme_.list("practices.participants_forms")))
                                       : data(false));
  data stages{data::type::list};
  for (const auto& s : p.stages) {
    data st{data::type::object};
    set_field(st, "title", s.title);
    set_field(st, "period", text_or_false(s.period));
    set_field(st, "description", text_or_false(s.description));
    append_item(stages, std::move(st));
  }
  set_field(d, "stages", stages);
  set_field(d, "has_stages", !p.stages.empty());
  set_field(d, "methods", md(p.methods));
  set_field(d, "resources", md(p.resources));
  set_field(d, "results", md(p.results));
  set_field(d, "indicators", string_list(p.indicators));
  set_field(d, "has_indicators", !p.indicators.empty());
  set_field(d, "novelty", md(p.novelty));
  set_field(d, "reuse", md(p.reuse));
  data files{data::type::list};
  for (const auto& a : p.attachments) {
    data f = attachment_data(a.file, from);
    std::string name = a.file.output.substr(a.file.output.rfind('/') + 1);
    set_field(f, "title", a.title.empty() ? name : a.title);
    append_item(files, std::move(f));
  }
  set_field(d, "attachments", std::move(files));
  set_field(d, "has_attachments", !p.attachments.empty());
  set_field(d, "status", theme_.str("practices.status." + p.status));
  set_field(d, "approved", p.status == "approved");
  set_field(d, "reviewer", text_or_false(p.reviewer));
  set_field(d, "review_date", p.review_date ? data(format_date_ru(*p.review_date, words)) : data(false));
  set_field(d, "review_date_iso", p.review_date ? p.review_date->iso() : "");
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
      set_field(v, "label", std::move(label));
      set_field(v, "value", key.second);
      set_field(v, "href", relative_url(from, facet_url(key.first, key.second)));
      set_field(v, "count", std::to_string(counts.at(key)));
      set_field(v, "count_text", count_text(counts.at(key), forms));
      set_field(v, "current", current && current->facet == key.first && current->facet_value == key.second);
      append_item(values, std::move(v));
    }
    data f{data::type::object};
    set_field(f, "name", name);
    set_field(f, "title", theme_.str("practices.facet." + name));
    set_field(f, "values", std::move(values));
    append_item(facets, std::move(f));
  }
  return facets;
}

void Renderer::view_home(const Page& page, const std::string& from, data& d) const {
  const auto& docs = views_.documents;
  data latest{data::type::list};
  for (size_t i = 0; i < docs.size() && i < 5; ++i) append_item(latest, document_data(*docs[i], from));
  set_field(d, "latest_documents", std::move(latest));
  set_field(d, "has_documents", !docs.empty());
  set_field(d, "documents_href", relative_url(from, "documents/"));
  data figures{data::type::list};
  auto figure = [&](long long n, const std::string& key, const std::string& target) {
    data f{data::type::object};
    set_field(f, "value", std::to_string(n));
    set_field(f, "label", plural_form(n, theme_.list(key)));
    set_field(f, "href", relative_url(from, target));
    append_item(figures, std::move(f));
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
  set_field(d, "pairs", std::move(pairs));
  const auto& practices = views_.bank;
  if (!practices.empty()) figure(static_cast<long long>(practices.size()), "practices.count_forms", kPracticesUrl);
  set_field(d, "figures", figures);
  set_field(d, "has_figures", !figures.list_value().empty());
  data next_events{data::type::list}, latest_news{data::type::list};
  for (size_t i = 0; i < upcoming.size() && i < 3; ++i) append_item(next_events, event_data(*upcoming[i], from));
  for (size_t i = 0; i < news.size() && i < 3; ++i) append_item(latest_news, news_data(*news[i], from));
  set_field(d, "next_events", std::move(next_events));
  set_field(d, "has_next_events", !upcoming.empty());
  set_field(d, "has_events", events_total > 0);
  set_field(d, "events_href", relative_url(from, "events/"));
  set_field(d, "latest_news", std::move(latest_news));
  set_field(d, "has_news", !news.empty());
  set_field(d, "news_href", relative_url(from, "news/"));
  data maps{data::type::list};
  for (const Page* p : views_.roadmaps) append_item(maps, roadmap_progress_data(*p, from));
  set_field(d, "roadmaps", maps);
  set_field(d, "has_roadmaps", !views_.roadmaps.empty());
  set_field(d, "roadmaps_href", relative_url(from, "roadmap/"));
}

void Renderer::view_roadmap_list(const Page& page, const std::string& from, data& d) const {
  data maps{data::type::list};
  for (const Page* p : views_.roadmaps) append_item(maps, roadmap_progress_data(*p, from));
  set_field(d, "roadmaps", std::move(maps));
}

void Renderer::view_document_list(const Page& page, const std::string& from, data& d) const {
  const auto& docs = views_.documents;
  data levels{data::type::list};
  for (const auto& level : document_levels()) {
    data items{data::type::list};
    int count = 0;
    for (const Page* p : docs)
      if (p->document->level == level) {
        append_item(items, document_data(*p, from));
        ++count;
      }
    if (count == 0) continue;
    data l{data::type::object};
    set_field(l, "id", level);
    set_field(l, "title", theme_.str("documents.levels." + level));
    set_field(l, "count", std::to_string(count) + " " + plural_form(count, theme_.list("figures.documents")));
    set_field(l, "documents", std::move(items));
    append_item(levels, std::move(l));
  }
  set_field(d, "levels", std::move(levels));
}

void Renderer::view_document(const Page& page, const std::string& from, data& d) const {
  data doc = document_data(page, from);
  set_field(doc, "text", document_text_data(page, from));
  set_field(d, "document", std::move(doc));
}

void Renderer::view_event_list(const Page& page, const std::string& from, data& d) const {
  data upcoming{data::type::list}, past{data::type::list};
  for (const Page* p : views_.upcoming_events) append_item(upcoming, event_data(*p, from));
  for (const Page* p : views_.past_events) append_item(past, event_data(*p, from));
  set_field(d, "has_upcoming", !views_.upcoming_events.empty());
  set_field(d, "has_past", !views_.past_events.empty());
  set_field(d, "upcoming", std::move(upcoming));
  set_field(d, "past", std::move(past));
  set_field(d, "calendar_href", relative_url(from, "events/calendar.ics"));
}

void Renderer::view_event(const Page& page, const std::string& from, data& d) const {
  set_field(d, "event", event_data(page, from));
  std::string report = markdown_html(page, page.event->report_md, page.event->report_line);
  data photos{data::type::list};
  for (const auto& photo : page.event->report_photos) {
    data pic = picture_data(photo.file, from, "(min-width: 48rem) 22rem, calc(100vw - 2rem)", photo.alt);
    if (pic.is_object()) append_item(photos, std::move(pic));
  }
  bool has_photos = !photos.list_value().empty();
  set_field(d, "report", report.empty() && !has_photos ? data(false) : data(report));
  set_field(d, "report_photos", std::move(photos));
  set_field(d, "has_report_photos", std::move(has_photos));
  set_field(d, "json_ld", event_json_ld(page));
  set_field(d, "events_href", relative_url(from, "events/"));
}

void Renderer::view_news_list(const Page& page, const std::string& from, data& d) const {
  const auto& all = views_.news;
  size_t first = static_cast<size_t>(page.list_page - 1) * kNewsPerPage;
  data items{data::type::list};
  for (size_t i = first; i < all.size() && i < first + kNewsPerPage; ++i) append_item(items, news_data(*all[i], from));
  set_field(d, "items", std::move(items));
  auto list_url = [](int n) { return n == 1 ? std::string("news/") : "news/page/" + std::to_string(n) + "/"; };
  data pages{data::type::list};
  for (int n = 1; n <= page.list_pages; ++n) {
    data item{data::type::object};
    set_field(item, "number", std::to_string(n));
    set_field(item, "href", relative_url(from, list_url(n)));
    set_field(item, "current", n == page.list_page);
    append_item(pages, item);
  }
  set_field(d, "pagination", page.list_pages > 1);
  set_field(d, "pages", std::move(pages));
  set_field(d, "prev_href", page.list_page > 1 ? data(relative_url(from, list_url(page.list_page - 1))) : data(false));
  set_field(d, "next_href", page.list_page < page.list_pages ? data(relative_url(from, list_url(page.list_page + 1))) : data(false));
  set_field(d, "page_number", std::to_string(page.list_page));
  set_field(d, "page_count", std::to_string(page.list_pages));
}

void Renderer::view_news(const Page& page, const std::string& from, data& d) const {
  set_field(d, "item", news_data(page, from));
  set_field(d, "news_href", relative_url(from, "news/"));
}

void Renderer::view_mentor(const Page& page, const std::string& from, data& d) const {
  set_field(d, "mentor", mentor_data(page, from, "(min-width: 48rem) 20rem, 10rem"));
  set_field(d, "mentors_href", relative_url(from, "mentors/"));
  data upcoming{data::type::list}, past{data::type::list};
  const auto& led_upcoming = pages_of(views_.upcoming_by_mentor, page.mentor->slug);
  const auto& led_past = pages_of(views_.past_by_mentor, page.mentor->slug);
  for (const Page* e : led_upcoming) append_item(upcoming, event_data(*e, from));
  for (const Page* e : led_past) append_item(past, event_data(*e, from));
  set_field(d, "upcoming", std::move(upcoming));
  set_field(d, "past", std::move(past));
  set_field(d, "has_upcoming", !led_upcoming.empty());
  set_field(d, "has_past", !led_past.empty());
  set_field(d, "has_events", !led_upcoming.empty() || !led_past.empty());
  // Published practices they authored.
  data practices{data::type::list};
  const auto& authored = pages_of(views_.practices_by_mentor, page.mentor->slug);
  for (const Page* p : authored) {
    data item{data::type::object};
    set_field(item, "title", p->title);
    set_field(item, "href", relative_url(from, p->url));
    append_item(practices, std::move(item));
  }
  bool any_practice = !authored.empty();
  set_field(d, "practices", std::move(practices));
  set_field(d, "has_practices", any_practice);
}

void Renderer::view_practice_list(const Page& page, const std::string& from, data& d) const {
  auto forms = theme_.list("practices.count_forms");
  data items{data::type::list};
  long long n = 0;
  const auto& shown = !page.facet.empty()
                          ? pages_of(views_.bank_by_facet, std::make_pair(page.facet, page.facet_value))
                          : views_.bank;
  for (const Page* p : shown) {
    append_item(items, practice_card(*p, from));
    ++n;
  }
  set_field(d, "practices", std::move(items));
  set_field(d, "count_text", count_text(n, forms));
  set_field(d, "count_forms", forms.size() == 3 ? forms[0] + "|" + forms[1] + "|" + forms[2] : std::string());
  set_field(d, "facets", practice_facets_data(from, &page));
  set_field(d, "bank_href", relative_url(from, kPracticesUrl));
  set_field(d, "collection_href", relative_url(from, kPracticesCollectionUrl));
  set_field(d, "json_href", relative_url(from, kPracticesJson));
  set_field(d, "csv_href", relative_url(from, kPracticesCsv));
  set_field(d, "facet_title", !page.facet.empty() ? data(theme_.str("practices.facet." + page.facet)) : data(false));
}

void Renderer::view_practice(const Page& page, const std::string& from, data& d) const {
  // Its body is already in the page's data (rendered in render()).
  const data* shown = d.get("page") ? d.get("page")->get("body") : nullptr;
  const std::string* body = shown && shown->is_string() ? &shown->string_value() : nullptr;
  set_field(d, "practice", practice_data(page, from, page, body ? body : &kNoText));
  set_field(d, "bank_href", relative_url(from, kPracticesUrl));
}

void Renderer::view_practice_collection(const Page& page, const std::string& from, data& d) const {
  // The table of contents; the articles are rendered one at a time
  // (render_collection_articles) where the template has {{{articles}}}.
  data items{data::type::list};
  for (const Page* p : views_.published) {
    depend_on("src:" + p->source);
    data item{data::type::object};
    set_field(item, "id", practice_anchor(*p));
    set_field(item, "title", p->title);
    set_field(item, "organisation", text_or_false(p->practice->organisation));
    append_item(items, std::move(item));
  }
  set_field(d, "practices", std::move(items));
  set_field(d, "articles", kPartMarker);
  set_field(d, "bank_href", relative_url(from, kPracticesUrl));
  set_field(d, "count_text", count_text(static_cast<long long>(views_.published.size()),
                                 theme_.list("practices.count_forms")));
}

void Renderer::view_search(const Page& page, const std::string& from, data& d) const {
  set_field(d, "index_href", relative_url(from, "search/index/manifest.js"));
  set_field(d, "facets", practice_facets_data(from, nullptr));
  set_field(d, "has_practices", !views_.bank.empty());
  set_field(d, "bank_href", relative_url(from, kPracticesUrl));
  data sections{data::type::list};
  auto section = [&](const std::string& url, const std::string& key) {
    const Page* list = lib_.find_url(url);
    if (!list) return;
    data s{data::type::object};
    set_field(s, "title", !list->title.empty() ? list->title : theme_.str(key));
    set_field(s, "href", relative_url(from, url));
    append_item(sections, std::move(s));
  };
  section("mentors/", "mentors.title");
  section("events/", "events.title");
  section("news/", "news.title");
  section("documents/", "documents.title");
  set_field(d, "sections", std::move(sections));
}

void Renderer::view_indicators(const Page& page, const std::string&, data& d) const { indicators_data(page, d); }

data Renderer::page_data(const Page& page, const std::string& root, std::string content_html) const {
  bool not_found = page.kind == PageKind::not_found;
  // The 404 page is served at any depth, so it links by absolute path.
  std::string from = not_found ? std::string() : page.url;
  auto href = [&](const std::string& target) {
    return not_found ? root + url_encode_path(target.empty() || target.back() == '/' ? target + "index.html" : target)
                     : relative_url(from, target);
  };
  data d{data::type::object};
  set_field(d, "root", std::move(root));
  std::string title = title_of(page);
  data p{data::type::object};
  set_field(p, "title", title);
  set_field(p, "description", text_or_false(page.description.empty() ? lib_.config.description : page.description));
  set_field(p, "is_home", page.kind == PageKind::home);
  set_field(p, "canonical", not_found ? data(false) : data(lib_.config.base_url + url_encode_path(page.url)));
  set_field(p, "date", page.date ? data(format_date_ru(*page.date, theme_.date_words())) : data(false));
  set_field(p, "updated", page.updated ? data(format_date_ru(*page.updated, theme_.date_words())) : data(false));
  set_field(p, "draft", page.draft);
  set_field(p, "draft_note", page.practice && page.practice->status == "review" ? theme_.str("practices.banner.review")
                      : page.practice                                    ? theme_.str("practices.banner.draft")
                                                                         : theme_.str("layout.draft"));
  set_field(p, "body", content_html.empty() ? data(false) : data(content_html));
  set_field(d, "page", std::move(p));
  set_field(d, "head_title", page.kind == PageKind::home ? lib_.config.title + " — " + lib_.config.organisation.short_name
                                                  : title + " — " + lib_.config.title);

  data assets{data::type::object};
  for (const auto& a : theme_.assets()) {
    std::string key = a.name;
    std::replace(key.begin(), key.end(), '.', '_');
    std::replace(key.begin(), key.end(), '-', '_');
    set_field(assets, key, href(a.output));
  }
  set_field(d, "assets", std::move(assets));
  set_field(d, "home_href", href(""));
  set_field(d, "logo_href", logo_.empty() ? data(false) : data(href(logo_)));
  set_field(d, "accessibility_href", href(kAccessibilityUrl));
  set_field(d, "atom_href", href("atom.xml"));

  data menu{data::type::list};
  for (const auto& m : menu_) {
    data item{data::type::object};
    set_field(item, "title", m.title);
    set_field(item, "href", m.external ? m.target : href(m.target));
    set_field(item, "current", !m.external && !not_found && m.target == page.url);
    set_field(item, "in_section", !m.external && !not_found && !m.target.empty() && m.target.back() == '/' &&
                               page.url.rfind(m.target, 0) == 0 && m.target != page.url);
    append_item(menu, std::move(item));
  }
  set_field(d, "menu", std::move(menu));

  data crumbs{data::type::list};
  auto crumb = [&](const std::string& t, const std::string& target) {
    data c{data::type::object};
    set_field(c, "title", std::move(t));
    set_field(c, "href", href(target));
    append_item(crumbs, std::move(c));
  };
  if (page.kind != PageKind::home && !not_found) {
    crumb(lib_.config.title, "");
    const PageType& type = page_type(page.kind);
    const Page* list = type.section.empty() ? nullptr : lib_.find_url(std::string(type.section));
    if (list && list != &page) crumb(title_of(*list), list->url);
    if (type.parent)
      if (auto parent = type.parent(page)) crumb(parent->first, parent->second);
  }
  set_field(d, "breadcrumbs", std::move(crumbs));
  set_field(d, "has_breadcrumbs", page.kind != PageKind::home && !not_found);
  if (const auto& view = page_type(page.kind).view) view(*this, page, from, d);
  return d;
}

std::string Renderer::title_of(const Page& page) const {
  const PageType& type = page_type(page.kind);
  std::string title = page.title;
  if (type.default_title && (type.fixed_title || title.empty())) title = type.default_title(theme_);
  return type.adjust_title ? type.adjust_title(*this, page, std::move(title)) : title;
}

// What a page shows of other pages, as dependency keys.
static void depend_on_kind(const Page& page) {
  if (!page.source.empty()) depend_on("src:" + page.source);
  depend_on("meta:intro");  // section titles in breadcrumbs
  for (auto key : page_type(page.kind).depends) depend_on(std::string(key));
}

std::string Renderer::render(const Page& page, int worker, std::vector<std::string>* deps) const {
  std::string html;
  render(page, worker, deps, [&](std::string_view part) { html += part; });
  return html;
}

void Renderer::render(const Page& page, int worker, std::vector<std::string>* deps, const PartSink& emit) const {
  struct Scope {
    explicit Scope(std::vector<std::string>* d) { t_deps = d; }
    ~Scope() { t_deps = nullptr; }
  } scope(deps);
  depend_on_kind(page);
  Templates& set = templates_[worker];
  auto inner = set.find(std::string(page_type(page.kind).template_name));
  auto layout = set.find("layout.html");
  if (inner == set.end() || layout == set.end()) return;
  std::string root = page.kind == PageKind::not_found ? lib_.config.base_url.substr(lib_.config.base_origin.size())
                                                      : root_prefix(page.url);
  data d = page_data(page, root,
                     page.kind == PageKind::practice ? practice_markdown(page, page.body_md, page.body_line)
                                                     : markdown_html(page));
  // The layout gets a marker for the content: handing the content over as
  // template data would copy it twice more.
  data wrapper{data::type::object};
  set_field(wrapper, "content", kPartMarker);
  kainjow::mustache::context<std::string> frame_ctx(&shared_);
  frame_ctx.push(&d);
  frame_ctx.push(&wrapper);
  std::string frame = render_to_string(*layout->second, frame_ctx);
  kainjow::mustache::context<std::string> ctx(&shared_);
  ctx.push(&d);
  std::string content = render_to_string(*inner->second, ctx);
  bool collection = page.kind == PageKind::practice_collection;
  // The content with the collection's articles in place of their marker.
  auto emit_content = [&](const PartSink& out) {
    size_t at = collection ? content.find(kPartMarker) : std::string::npos;
    if (at == std::string::npos) return out(content);
    if (content.find(kPartMarker, at + 1) == std::string::npos) {  // the usual case: streamed
      out(std::string_view(content).substr(0, at));
      render_collection_articles(page, ctx, worker, out);
      return out(std::string_view(content).substr(at + kPartMarker.size()));
    }
    std::vector<std::string> articles, parts;
    render_collection_articles(page, ctx, worker, [&](std::string_view a) { articles.emplace_back(a); });
    splice_parts(content, articles, parts);
    for (const auto& part : parts) out(part);
  };
  size_t at = frame.find(kPartMarker);
  if (at != std::string::npos && frame.find(kPartMarker, at + 1) == std::string::npos) {
    emit(std::string_view(frame).substr(0, at));
    emit_content(emit);
    emit(std::string_view(frame).substr(at + kPartMarker.size()));
    return;
  }
  // A layout without {{{content}}}, or with it more than once.
  std::string whole;
  emit_content([&](std::string_view part) { whole += part; });
  std::vector<std::string> parts;
  splice_parts(frame, {whole}, parts);
  for (const auto& part : parts) emit(part);
}

void Renderer::render_collection_articles(const Page& page, kainjow::mustache::context<std::string>& ctx, int worker,
                                          const PartSink& emit) const {
  auto item = templates_[worker].find("practice_collection_item.html");
  if (item == templates_[worker].end()) return;
  for (const Page* p : views_.published) {
    data practice = practice_data(*p, page.url, page);
    ctx.push(&practice);
    emit(render_to_string(*item->second, ctx));
    ctx.pop();
  }
}

}  // namespace nastavnik
