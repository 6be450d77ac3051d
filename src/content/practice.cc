#include "content/practice.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "content/library.h"
#include "content/mentor.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "content/schemas.h"

namespace nastavnik {

const std::vector<PracticeForm>& practice_forms() {
  static const std::vector<PracticeForm> forms = [] {
    std::vector<PracticeForm> out;
    for (const auto& v : value_list("practice_forms")) out.push_back({v.code, v.label, v.slug, v.role_models});
    return out;
  }();
  return forms;
}

const PracticeForm* find_practice_form(const std::string& code) {
  for (const auto& f : practice_forms())
    if (f.code == code) return &f;
  return nullptr;
}

const std::vector<PracticeLevel>& practice_levels() {
  static const std::vector<PracticeLevel> levels = [] {
    std::vector<PracticeLevel> out;
    for (const auto& v : value_list("education_levels")) out.push_back({v.code, v.label, v.name});
    return out;
  }();
  return levels;
}

const PracticeLevel* find_practice_level(const std::string& code) {
  for (const auto& l : practice_levels())
    if (l.code == code) return &l;
  return nullptr;
}

const std::vector<std::string>& practice_statuses() {
  static const std::vector<std::string> s = value_codes("practice_statuses");
  return s;
}

const Schema& practice_schema() { return schema_of("practice"); }

static const FieldSpec& field_spec(const std::string& name) {
  for (const auto& f : practice_schema())
    if (f.name == name) return f;
  std::abort();
}

const std::vector<std::string>& practice_required_fields() {
  // The description template: what an approved practice must have.
  static const std::vector<std::string> fields = [] {
    std::vector<std::string> out;
    for (const auto& f : practice_schema())
      if (f.required_when && f.required_when->field == "status") out.push_back(f.name);
    return out;
  }();
  return fields;
}

static std::string normalise_role(const std::string& s) { return normalise_choice(s); }

static PracticeText long_text(const Fields& f, const std::string& name) {
  PracticeText t;
  t.text = f.text(name);
  if (!t.text.empty()) {
    t.line = f.text_line(name);
  }
  return t;
}

static std::vector<FacetValue> compute_facets(const Practice& p);

Practice read_practice(const Fields& f, const std::string& title, const std::string& body, const std::string& root,
                       const std::string& source_dir, const std::string& source, Diagnostics& diag) {
  Practice p;
  p.status = f.text("status", "draft");
  if (f.boolean("draft", false)) p.status = "draft";
  p.reviewer = f.text("reviewer");
  p.review_date = f.date("review_date");
  p.summary = f.text("summary", f.text("description"));
  p.organisation = f.text("organisation");
  p.authors = read_people(f, "authors", {"автор", "автора"}, diag);
  p.form = f.text("form");
  p.role_model = f.text("role_model");
  p.levels = f.list("levels");  // codes; unknown levels are reported by validation
  p.subjects = f.list("subjects");
  p.problem = long_text(f, "problem");
  p.goal = long_text(f, "goal");
  p.tasks = f.list("tasks");
  p.audience = f.text("audience");
  p.participants = f.integer("participants");
  if (p.participants && *p.participants < 0)
    diag.error(f.loc("participants"), "число участников не может быть отрицательным", "например: participants: 24");
  for (const auto& s : f.maps("stages")) p.stages.push_back({s.text("title"), s.text("period"), s.text("description")});
  p.methods = long_text(f, "methods");
  p.resources = long_text(f, "resources");
  p.results = long_text(f, "results");
  p.novelty = long_text(f, "novelty");
  p.reuse = long_text(f, "reuse");
  p.indicators = f.list("indicators");
  for (const auto& a : f.maps("attachments")) {
    auto file = read_attachment(a, "file", root, source_dir, diag);
    if (!file) continue;
    static const std::set<std::string> formats = {"PDF", "DOCX", "DOC", "PPTX", "PPT", "XLSX", "ODT", "ODP", "ODS", "ZIP"};
    if (!formats.count(file->format))
      diag.warning(a.loc("file"), "файл формата «" + file->format + "» не всякий откроет",
                   "приложите PDF, DOCX или PPTX");
    p.attachments.push_back({*file, a.text("title")});
  }
  p.year = f.text("year");
  if (!p.year.empty()) {
    bool ok = p.year.size() == 4 || p.year.size() == 9;
    for (size_t i = 0; ok && i < p.year.size(); ++i) ok = i == 4 ? p.year[i] == '-' : std::isdigit(static_cast<unsigned char>(p.year[i]));
    if (ok && p.year.size() == 9) ok = std::stoi(p.year.substr(5)) == std::stoi(p.year.substr(0, 4)) + 1;
    if (!ok) {
      diag.error(f.loc("year"), "поле «year»: «" + p.year + "» — не год и не учебный год",
                 "например: year: 2026 или year: 2025-2026");
      p.year.clear();
    }
  }
  p.tags = f.list("tags");
  if (const PracticeForm* form = find_practice_form(p.form); form && !p.role_model.empty()) {
    std::string mine = normalise_role(p.role_model);
    bool known = false;
    std::vector<std::string> names;
    for (const auto& r : form->role_models) {
      known = known || normalise_role(r) == mine;
      names.push_back(normalise_role(r));
    }
    if (!known) {
      auto guess = nearest(mine, names);
      std::string list;
      for (const auto& r : form->role_models) list += (list.empty() ? "«" : ", «") + r + "»";
      diag.warning(f.loc("role_model"), "ролевой модели «" + p.role_model + "» нет среди моделей формы «" + form->label + "»",
                   (guess ? "возможно, имелось в виду «" + *guess + "»; " : std::string()) + "модели формы: " + list);
    }
  }

  // The description template, field by field.
  auto filled = [&](const std::string& name) {
    if (name == "authors") return !p.authors.empty();
    if (name == "levels") return !p.levels.empty();
    if (name == "tasks") return !p.tasks.empty();
    if (name == "indicators") return !p.indicators.empty();
    if (name == "stages") return !p.stages.empty();
    if (name == "participants") return p.participants.has_value();
    if (name == "year") return !p.year.empty();
    if (name == "review_date") return p.review_date.has_value();
    if (name == "form") return find_practice_form(p.form) != nullptr;
    if (name == "summary") return !p.summary.empty();
    return f.has(name);
  };
  for (const auto& name : practice_required_fields())
    if (!filled(name)) p.missing.push_back(name);
  // An approved practice without them is reported by validation (required_when).
  if (p.status == "review") {
    std::string lacks;
    for (const auto& name : p.missing)
      if (name != "reviewer" && name != "review_date") lacks += (lacks.empty() ? "" : ", ") + name;
    diag.note(f.loc("status"), "практика ждёт рассмотрения: " + title +
                                   (lacks.empty() ? std::string() : "; не заполнены поля: " + lacks),
              "после проверки укажите status: approved, reviewer и review_date");
  }
  (void)body;
  (void)source;
  p.facets = compute_facets(p);
  return p;
}

const std::vector<std::string>& practice_facet_names() {
  static const std::vector<std::string> names = {"form", "level", "subject", "tag", "year"};
  return names;
}

const std::vector<FacetValue>& practice_facets(const Practice& p) { return p.facets; }

static std::vector<FacetValue> compute_facets(const Practice& p) {
  std::vector<FacetValue> out;
  if (const PracticeForm* f = find_practice_form(p.form)) out.push_back({"form", f->slug, f->label});
  for (const auto& code : p.levels)
    if (const PracticeLevel* l = find_practice_level(code)) out.push_back({"level", l->code, l->label});
  for (const auto& s : p.subjects)
    if (!slugify(s).empty()) out.push_back({"subject", slugify(s), s});
  for (const auto& t : p.tags)
    if (!slugify(t).empty()) out.push_back({"tag", slugify(t), t});
  if (!p.year.empty()) out.push_back({"year", p.year, p.year});
  // One value once per facet (two spellings of one subject).
  std::vector<FacetValue> unique;
  for (auto& v : out)
    if (std::none_of(unique.begin(), unique.end(), [&](const FacetValue& u) { return u.facet == v.facet && u.slug == v.slug; }))
      unique.push_back(std::move(v));
  return unique;
}

std::string facet_url(const std::string& facet, const std::string& slug) {
  return std::string(kPracticesUrl) + facet + "/" + slug + "/";
}

static void sort_practices(std::vector<const Page*>& v) {
  std::stable_sort(v.begin(), v.end(), [](const Page* a, const Page* b) {
    if (a->weight != b->weight) return a->weight < b->weight;
    if (a->practice->year != b->practice->year) return a->practice->year > b->practice->year;
    if (a->title != b->title) return a->title < b->title;
    return a->url < b->url;
  });
}

std::vector<const Page*> bank_practices(const Library& lib) {
  auto v = lib.of_kind(PageKind::practice);
  sort_practices(v);
  return v;
}

std::vector<const Page*> published_practices(const Library& lib) {
  std::vector<const Page*> v;
  for (const Page* p : bank_practices(lib))
    if (!p->draft && p->practice->status == "approved") v.push_back(p);
  return v;
}

void add_practice_pages(Library& lib, std::optional<Page> intro, Diagnostics&) {
  // Facet values of the practices in the bank, first spelling wins.
  std::map<std::pair<std::string, std::string>, std::string> values;
  bool any = false;
  for (const auto& p : lib.pages) {
    if (p.kind != PageKind::practice) continue;
    any = true;
    for (const auto& v : practice_facets(*p.practice)) values.emplace(std::make_pair(v.facet, v.slug), v.label);
  }
  if (!any && !intro) return;
  add_list_page(lib, intro, PageKind::practice_list, kPracticesUrl, true);
  for (const auto& [key, label] : values) {
    Page facet;
    facet.kind = PageKind::practice_facet;
    facet.facet = key.first;
    facet.facet_value = key.second;
    facet.title = label;
    facet.url = facet_url(key.first, key.second);
    facet.output_file = facet.url + "index.html";
    lib.pages.push_back(std::move(facet));
  }
  if (any) {
    Page collection;
    collection.kind = PageKind::practice_collection;
    collection.url = kPracticesCollectionUrl;
    collection.output_file = collection.url + "index.html";
    lib.pages.push_back(std::move(collection));
    lib.outputs.insert(kPracticesJson);
    lib.outputs.insert(kPracticesCsv);
  }
}

// ---- Exports ----------------------------------------------------------

namespace {

std::string json_list(const std::vector<std::string>& items) {
  std::string s = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s += ", ";
    s += json_string(items[i]);
  }
  return s + "]";
}

struct ExportRow {
  std::vector<std::pair<std::string, std::string>> cells;  // CSV header -> text
};

std::string absolute(const Library& lib, const std::string& path) { return lib.config.base_url + url_encode_path(path); }


std::string stage_line(const PracticeStage& s) {
  std::string line = s.title;
  if (!s.period.empty()) line += " (" + s.period + ")";
  if (!s.description.empty()) line += ": " + s.description;
  return line;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? "\n" : "") + items[i];
  return s;
}

std::string level_labels(const Practice& p) {
  std::vector<std::string> v;
  for (const auto& code : p.levels)
    if (const PracticeLevel* l = find_practice_level(code)) v.push_back(l->label);
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
  return s;
}

std::string csv_cell(const std::string& text) {
  std::string s = defuse_spreadsheet_formula(text);
  bool quote = s != text || s.find_first_of(";\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void write_practices_json(const Library& lib, const TextSink& out) {
  const Config& c = lib.config;
  std::string j = "{\n  \"version\": " + std::to_string(kPracticesJsonVersion) + ",\n";
  j += "  \"generator\": \"nastavnik\",\n";
  j += "  \"generated\": " + json_string(lib.options.today.iso()) + ",\n";
  j += "  \"site\": {\"title\": " + json_string(c.title) + ", \"organisation\": " + json_string(c.organisation.full_name) +
       ", \"url\": " + json_string(c.base_url) + "},\n";
  j += "  \"practices\": [";
  bool first = true;
  for (const Page* page : published_practices(lib)) {
    out(j);
    j.clear();
    const Practice& p = *page->practice;
    std::string id = page->url.substr(std::string(kPracticesUrl).size());
    if (!id.empty() && id.back() == '/') id.pop_back();
    j += first ? "\n    {" : ",\n    {";
    first = false;
    auto field = [&](const std::string& name, const std::string& value, bool last = false) {
      j += "\n      ";
      append_json_string(j, name);
      j += ": ";
      j += value;
      if (!last) j += ',';
    };
    auto text = [&](const std::string& name, std::string_view value) {
      j += "\n      ";
      append_json_string(j, name);
      j += ": ";
      append_json_string(j, value);
      j += ',';
    };
    text("id", id);
    text("url", absolute(lib, page->url));
    text("title", page->title);
    text("summary", p.summary);
    text("organisation", p.organisation);
    std::string authors = "[";
    auto shown = shown_people(lib, p.authors);
    for (size_t i = 0; i < shown.size(); ++i) {
      const auto& a = shown[i];
      authors += (i ? ", " : "") + std::string("{\"name\": ") + json_string(a.name) +
                 ", \"position\": " + json_string(a.position) +
                 ", \"url\": " + (a.mentor_url.empty() ? "null" : json_string(absolute(lib, a.mentor_url))) + "}";
    }
    field("authors", authors + "]");
    const PracticeForm* form = find_practice_form(p.form);
    text("form", p.form);
    text("form_label", form ? form->label : "");
    text("role_model", p.role_model);
    field("levels", json_list(p.levels));
    field("subjects", json_list(p.subjects));
    text("problem", p.problem.text);
    text("goal", p.goal.text);
    field("tasks", json_list(p.tasks));
    text("audience", p.audience);
    field("participants", p.participants ? std::to_string(*p.participants) : "null");
    std::string stages = "[";
    for (size_t i = 0; i < p.stages.size(); ++i)
      stages += (i ? ", " : "") + std::string("{\"title\": ") + json_string(p.stages[i].title) +
                ", \"period\": " + json_string(p.stages[i].period) + ", \"description\": " +
                json_string(p.stages[i].description) + "}";
    field("stages", stages + "]");
    text("methods", p.methods.text);
    text("resources", p.resources.text);
    text("results", p.results.text);
    field("indicators", json_list(p.indicators));
    text("novelty", p.novelty.text);
    text("reuse", p.reuse.text);
    std::string files = "[";
    for (size_t i = 0; i < p.attachments.size(); ++i) {
      const auto& a = p.attachments[i];
      files += (i ? ", " : "") + std::string("{\"title\": ") + json_string(a.title) +
               ", \"url\": " + json_string(absolute(lib, a.file.output)) + ", \"format\": " + json_string(a.file.format) +
               ", \"size\": " + std::to_string(a.file.size) + "}";
    }
    field("attachments", files + "]");
    text("year", p.year);
    field("tags", json_list(p.tags));
    text("status", p.status);
    text("reviewer", p.reviewer);
    field("review_date", p.review_date ? json_string(p.review_date->iso()) : "null", true);
    j += "\n    }";
  }
  j += first ? "]\n}\n" : "\n  ]\n}\n";
  out(j);
}

void write_practices_csv(const Library& lib, const TextSink& sink) {
  static const std::vector<std::string> header = {
      "Адрес", "Название", "Аннотация", "Организация", "Авторы", "Форма наставничества", "Ролевая модель",
      "Уровни образования", "Предметы", "Проблема", "Цель", "Задачи", "Целевая аудитория", "Число участников",
      "Этапы и сроки", "Содержание и методы", "Ресурсы", "Результаты", "Показатели", "Новизна",
      "Возможности тиражирования", "Приложения", "Год", "Теги", "Рецензент", "Дата рассмотрения"};
  std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM: Excel reads the file as UTF-8
  auto row = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ';';
      out += csv_cell(cells[i]);
    }
    out += "\r\n";
  };
  row(header);
  for (const Page* page : published_practices(lib)) {
    sink(out);
    out.clear();
    const Practice& p = *page->practice;
    std::vector<std::string> authors, stages, files;
    for (const auto& a : shown_people(lib, p.authors)) authors.push_back(person_line(a));
    for (const auto& s : p.stages) stages.push_back(stage_line(s));
    for (const auto& a : p.attachments) files.push_back(absolute(lib, a.file.output));
    const PracticeForm* form = find_practice_form(p.form);
    std::string subjects, tags;
    for (const auto& s : p.subjects) subjects += (subjects.empty() ? "" : ", ") + s;
    for (const auto& t : p.tags) tags += (tags.empty() ? "" : ", ") + t;
    row({absolute(lib, page->url), page->title, p.summary, p.organisation, join_lines(authors), form ? form->label : "",
         p.role_model, level_labels(p), subjects, p.problem.text, p.goal.text, join_lines(p.tasks), p.audience,
         p.participants ? std::to_string(*p.participants) : "", join_lines(stages), p.methods.text, p.resources.text,
         p.results.text, join_lines(p.indicators), p.novelty.text, p.reuse.text, join_lines(files), p.year, tags,
         p.reviewer, p.review_date ? p.review_date->iso() : ""});
  }
  sink(out);
}

Verdict read_practice_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag) {
  auto practice = std::make_shared<Practice>(
      read_practice(f, page.title, page.body_md, lib.config.root, source.dir, source.path, diag));
  if (page.description.empty()) page.description = practice->summary;
  for (const auto& a : practice->attachments) page.attachments.push_back(a.file.output);
  page.practice = practice;
  return practice->status == "approved" ? Verdict::publish : Verdict::draft;
}

std::optional<std::string> practice_page_url(const Page& page, const ItemSource& source, Diagnostics& diag) {
  auto url = item_url(source.stem, page.source, diag, "prikaz-15.md");
  if (!url) return url;
  std::string name = url->substr(std::string(kPracticesUrl).size());
  name.pop_back();
  const auto& facets = practice_facet_names();
  if (std::find(facets.begin(), facets.end(), name) != facets.end() || name == "sbornik" || name == "search") {
    diag.error({page.source}, "имя «" + name + "» занято страницами банка практик",
               "переименуйте файл, например в " + name + "-praktika.md");
    return std::nullopt;
  }
  return url;
}

void check_practice_authors(Library& lib, Diagnostics& diag) {
  for (const auto& p : lib.pages)
    if (p.kind == PageKind::practice)
      for (const auto& a : p.practice->authors)
        if (!a.mentor.empty())
          warn_unknown_mentor(lib, a.mentor, a.loc,
                              "укажите имя файла наставника без .md или запишите автора полями name и consent", diag);
}

}  // namespace nastavnik
