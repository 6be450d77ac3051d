#include "content/mentor.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "content/library.h"
#include "base/text.h"
#include "content/file_refs.h"
#include "content/schemas.h"
#include "source/source_file.h"

namespace fs = std::filesystem;

namespace nastavnik {

const std::vector<MentoringForm>& mentoring_forms() {
  static const std::vector<MentoringForm> forms = [] {
    std::vector<MentoringForm> out;
    for (const auto& v : value_list("mentoring_forms")) out.push_back({v.code, v.label, v.slug});
    return out;
  }();
  return forms;
}

const MentoringForm* find_mentoring_form(std::string_view code) {
  for (const auto& f : mentoring_forms())
    if (f.code == code) return &f;
  return nullptr;
}

const std::vector<std::string>& mentor_categories() {
  static const std::vector<std::string> c = value_codes("mentor_categories");
  return c;
}

const std::vector<std::string>& mentor_statuses() {
  static const std::vector<std::string> s = value_codes("mentor_statuses");
  return s;
}

const std::vector<std::string>& consent_fields() {
  static const std::vector<std::string> f = value_codes("consent_fields");
  return f;
}

const Schema& mentor_schema() { return schema_of("mentor"); }

namespace {

const char* kConsentHint =
    "профиль публикуется только по отдельному согласию на распространение персональных данных: "
    "укажите его в поле consent (date — дата согласия, until — срок, fields — перечень полей); "
    "до тех пор профиль не показывается нигде на сайте";

}  // namespace

std::optional<Mentor> read_mentor(const Fields& f, const std::string& slug, const std::string& source_dir,
                                  const std::string& root, const Date& today, Diagnostics& diag) {
  // Validation of every field comes first (Fields did it), so a withheld
  // profile still gets its typos reported.
  const std::string& file = f.origin().file;
  if (!f.has("consent")) {
    // A draft (a `new` template being filled in) is not published anyway.
    if (f.boolean("draft", false)) return std::nullopt;
    diag.warning({file, 1, 1}, "нет согласия на распространение персональных данных — профиль наставника не опубликован",
                 kConsentHint);
    return std::nullopt;
  }
  Fields c = f.map("consent");
  auto date = c.date("date");
  auto until = c.date("until");
  if (!date || !until) return std::nullopt;  // reported by validation (required fields)
  std::vector<std::string> covered = c.list("fields");  // codes; unknown ones reported by validation
  if (*until < *date) {
    diag.error(c.loc("until"), "срок согласия (until) раньше даты согласия (date)", "проверьте даты в поле consent");
    return std::nullopt;
  }
  if (*date > today) {
    diag.warning(c.loc("date"), "согласие на распространение персональных данных датировано " + date->ru() +
                                    ", позже даты сборки — профиль наставника не опубликован",
                 "проверьте дату согласия; профиль появится на сайте с этого дня");
    return std::nullopt;
  }
  if (*until < today) {
    diag.warning(c.loc("until"), "срок согласия на распространение персональных данных истёк " + until->ru() +
                                     " — профиль наставника не опубликован",
                 "получите новое согласие и укажите его даты в consent; до тех пор профиль не показывается нигде на сайте");
    return std::nullopt;
  }
  auto covers = [&](const char* name) { return std::find(covered.begin(), covered.end(), name) != covered.end(); };
  if (!covers("name")) {
    diag.warning(c.loc("fields"), "согласие не разрешает публиковать имя — профиль наставника не опубликован",
                 "добавьте name в consent.fields, если согласие это разрешает; без имени профиль не публикуется");
    return std::nullopt;
  }

  long left = until->days() - today.days();
  if (left <= kConsentWarningDays)
    diag.note(c.loc("until"), "согласие на распространение персональных данных действует до " + until->ru() +
                                  " (осталось " + std::to_string(left) + " " +
                                  plural_form(left, {"день", "дня", "дней"}) + ")",
              "заранее получите новое согласие: после этой даты профиль исчезнет с сайта при следующей сборке");
  Mentor m;
  m.slug = slug;
  m.consent = {*date, *until, covered};
  m.consent_loc = c.loc("until");
  m.name = f.text("name");
  m.status = f.text("status", "active");
  if (covers("position")) m.position = f.text("position");
  if (covers("subjects")) m.subjects = f.list("subjects");
  if (covers("category")) m.category = f.text("category");
  if (covers("experience")) {
    m.experience = f.integer("experience");
    if (m.experience && (*m.experience < 0 || *m.experience > 70)) {
      diag.error(f.loc("experience"), "стаж должен быть числом лет от 0 до 70", "например: experience: 12");
      m.experience.reset();
    }
  }
  if (covers("forms")) m.forms = f.list("forms");  // codes, checked by validation whatever the consent
  if (covers("roles")) m.roles = f.list("roles");
  if (covers("achievements")) m.achievements = f.list("achievements");
  if (covers("regional_register")) m.regional_register = f.boolean("regional_register", false);
  if (covers("email")) m.email = f.text("email");
  m.biography = covers("biography");
  if (covers("photo") && f.has("photo")) {
    std::string rel = f.text("photo");
    fs::path p = fs::path(source_dir) / rel;
    std::string norm = p.lexically_normal().generic_string();
    m.photo_loc = f.loc("photo");
    if (norm.rfind("content/mentors/", 0) != 0) {
      diag.error(m.photo_loc, "фотография наставника должна лежать в папке content/mentors/",
                 "перенесите файл, например в content/mentors/foto/, и укажите путь от файла наставника: "
                 "photo: foto/" + slug + ".jpg");
    } else if (std::error_code ec; !fs::is_regular_file(fs::path(root) / norm, ec)) {
      diag.error(m.photo_loc, "нет файла фотографии «" + rel + "»",
                 "путь пишется от папки файла наставника, например photo: foto/" + slug + ".jpg");
    } else if (item_file_allowed(root, source_dir, norm, rel, m.photo_loc, diag)) {
      m.photo = norm;
    }
  }
  return m;
}

const Page* published_mentor(const Library& lib, std::string_view slug) {
  const Page* p = lib.find_url("mentors/" + std::string(slug) + "/");
  return p && p->kind == PageKind::mentor ? p : nullptr;
}

long long PairCounts::total_pairs() const {
  long long n = 0;
  for (const auto& c : counts) n += c.pairs;
  return n;
}

long long PairCounts::total_groups() const {
  long long n = 0;
  for (const auto& c : counts) n += c.groups;
  return n;
}

const Schema& pairs_schema() { return schema_of("pairs"); }

std::optional<PairCounts> load_pair_counts(const std::string& root, Diagnostics& diag) {
  std::error_code ec;
  if (!fs::exists(fs::path(root) / kPairsFile, ec)) return std::nullopt;
  auto text = read_source_text(root, kPairsFile, diag);
  if (!text) return std::nullopt;
  auto read = read_fields(*text, pairs_schema(), {kPairsFile, 1}, diag);
  if (!read) return std::nullopt;
  const Fields& f = *read;
  PairCounts out;
  out.as_of = f.date("as_of");
  for (const auto& item : f.maps("counts")) {
    PairCount c;
    c.form = item.text("form");
    if (!find_mentoring_form(c.form)) continue;  // reported by validation
    c.pairs = item.integer("pairs").value_or(0);
    c.groups = item.integer("groups").value_or(0);
    if (c.pairs < 0 || c.groups < 0) {
      diag.error(item.loc(c.pairs < 0 ? "pairs" : "groups"), "число пар и групп не может быть отрицательным",
                 "укажите число, например pairs: 12");
      continue;
    }
    if (std::any_of(out.counts.begin(), out.counts.end(), [&](const PairCount& o) { return o.form == c.form; })) {
      diag.error(item.loc("form"), "форма «" + c.form + "» указана дважды", "объедините числа в одну запись");
      continue;
    }
    out.counts.push_back(c);
  }
  // In the order of the target model's forms.
  std::stable_sort(out.counts.begin(), out.counts.end(), [](const PairCount& a, const PairCount& b) {
    return find_mentoring_form(a.form) < find_mentoring_form(b.form);
  });
  return out;
}

std::string mentor_subject_url(const std::string& subject) { return "mentors/predmet/" + slugify(subject) + "/"; }
std::string mentor_form_url(const std::string& form_code) {
  const MentoringForm* f = find_mentoring_form(form_code);
  return "mentors/forma/" + (f ? f->slug : slugify(form_code)) + "/";
}

Verdict read_mentor_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag) {
  // Withheld: nothing of the file goes further than this function.
  std::string slug = slugify(fs::path(source.path).stem().string());
  auto mentor = read_mentor(f, slug, source.dir, lib.config.root, lib.options.today, diag);
  if (!mentor) return Verdict::withhold;
  page.title = mentor->name;
  page.description = mentor->position;
  if (!mentor->biography) page.body_md.clear();
  page.date.reset();
  page.updated.reset();
  page.mentor = std::make_shared<Mentor>(std::move(*mentor));
  return Verdict::publish;
}

std::optional<std::string> mentor_page_url(const Page& page, const ItemSource& source, Diagnostics& diag) {
  if (source.stem.find('/', 8) != std::string::npos) {
    diag.error({page.source}, "файл наставника лежит во вложенной папке",
               "кладите профили прямо в content/mentors/, например content/mentors/petrova.md");
    return std::nullopt;
  }
  if (page.mentor->slug.empty()) {
    diag.error({page.source}, "из имени файла не получается адрес страницы",
               "назовите файл фамилией латиницей или кириллицей, например petrova.md");
    return std::nullopt;
  }
  return "mentors/" + page.mentor->slug + "/";
}

static Page mentor_filter_page(const std::string& facet, const std::string& value, const std::string& url) {
  Page filtered;
  filtered.kind = PageKind::mentor_list;
  filtered.facet = facet;
  filtered.facet_value = value;
  filtered.url = url;
  filtered.output_file = url + "index.html";
  return filtered;
}

void add_mentor_lists(Library& lib, std::optional<Page> intro, Diagnostics&) {
  std::map<std::string, std::string> subjects;  // url -> subject as first written
  std::set<std::string> forms;
  bool any = false;
  for (const auto& p : lib.pages) {
    if (p.kind != PageKind::mentor) continue;
    any = true;
    if (p.mentor->status != "active") continue;
    for (const auto& s : p.mentor->subjects)
      if (!slugify(s).empty()) subjects.emplace(mentor_subject_url(s), s);
    for (const auto& f : p.mentor->forms) forms.insert(f);
  }
  if (!any && !intro) return;
  for (const auto& [url, subject] : subjects) lib.pages.push_back(mentor_filter_page("subject", subject, url));
  for (const auto& form : forms) lib.pages.push_back(mentor_filter_page("form", form, mentor_form_url(form)));
  add_list_page(lib, intro, PageKind::mentor_list, "mentors/", true);
}

}  // namespace nastavnik
