// The editor's lists and forms: one item of a type, read, shown, saved.
#include <httplib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base/file_names.h"
#include "base/hash.h"
#include "base/text.h"
#include "content/schemas.h"
#include "editor/catalogue.h"
#include "editor/editor.h"
#include "editor/editor_call.h"
#include "editor/form_html.h"
#include "editor/history.h"
#include "editor/node_path.h"
#include "editor/pages.h"
#include "editor/validate.h"
#include "editor/yaml_writer.h"
#include "render/markdown.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

std::string scalar(const YamlNode& map, const std::string& key) {
  const YamlNode* v = map.is_map() ? map.get(key) : nullptr;
  return v && v->is_scalar() ? v->text : std::string();
}

const FieldSpec* field(const Schema& schema, const std::string& key) {
  for (const auto& f : schema)
    if (f.name == key) return &f;
  return nullptr;
}

std::string status_of(const TypeSchema& type, const YamlNode& fields) {
  std::string out;
  if (const FieldSpec* s = field(type.fields, "status"); s && s->values) {
    std::string v = scalar(fields, "status");
    if (v.empty()) v = s->default_value;
    const ChoiceValue* c = s->match(v);
    out = c ? c->label : v;
  }
  if (type.type == "mentor") {
    std::string until = fields.get("consent") ? scalar(*fields.get("consent"), "until") : std::string();
    out += (out.empty() ? "" : "; ") + (until.empty() ? std::string("нет согласия — не публикуется") : "согласие до " + until);
  }
  std::string draft = to_lower(scalar(fields, "draft"));
  if (draft == "да" || draft == "true" || draft == "yes") out += (out.empty() ? "" : "; ") + std::string("черновик");
  return out;
}

std::string title_of(const TypeSchema& type, const ItemFile& item, const YamlNode& fields) {
  std::string t = scalar(fields, "title");
  if (t.empty()) t = scalar(fields, "name");
  if (type.type == "intro") return intro_title(item.id) + (t.empty() ? "" : ": " + t);
  if (t.empty() && !is_folder_type(type)) return type.label;
  return t;
}

std::string date_of(const YamlNode& fields) {
  for (const char* k : {"date", "start", "review_date", "published", "as_of"})
    if (std::string v = scalar(fields, k); !v.empty()) return v;
  return {};
}

std::string notice_for(const httplib::Request& req) {
  if (req.has_param("saved")) return "Сохранено. Предпросмотр сайта обновится через мгновение.";
  if (req.has_param("undone")) return "Последнее сохранение отменено: восстановлена предыдущая версия.";
  if (req.has_param("deleted")) return "Удалено: файл перемещён в корзину, его можно восстановить.";
  if (req.has_param("restored")) return "Восстановлено из корзины.";
  return {};
}


// Messages of the whole file, re-based on an item inside it ("sections.0.items.3.").
FieldMessages rebase(const FieldMessages& all, const std::string& node) {
  if (node.empty()) return all;
  FieldMessages out;
  std::string prefix = node + ".";
  for (const auto& [path, diags] : all) {
    if (path.rfind(prefix, 0) == 0) out[path.substr(prefix.size())] = diags;
    else if (path == node) out[""] = diags;
  }
  return out;
}

std::string type_of_source(const std::string& source, std::string& id) {
  if (source == "content/_index.md") {
    id = "home";
    return "intro";
  }
  for (const auto& t : editor_types()) {
    const TypeSchema& s = type_schema(t);
    if (!s.file.empty() && s.file == source) {
      id = "";
      return t;
    }
    if (s.folder.empty() || source.rfind(s.folder + "/", 0) != 0) continue;
    std::string rest = source.substr(s.folder.size() + 1);
    if (rest == "_index.md") {
      id = s.folder.substr(std::string("content/").size());
      return "intro";
    }
    id = rest.substr(0, rest.rfind('.'));
    return t;
  }
  return {};
}

std::vector<LinkOption> link_options(const Library* lib, const std::string& rel) {
  std::vector<LinkOption> out;
  if (!lib) return out;
  std::string dir = fs::path(rel).parent_path().generic_string();
  std::set<std::string> seen;
  for (const auto& p : lib->pages) {
    const char* kind = p.kind == PageKind::document ? "Документ"
                       : p.kind == PageKind::news   ? "Новость"
                       : p.kind == PageKind::event  ? "Мероприятие"
                       : p.kind == PageKind::page   ? "Страница"
                       : p.kind == PageKind::practice ? "Практика" : nullptr;
    if (!kind || p.source.empty() || p.source == rel || !seen.insert(p.source).second) continue;
    out.push_back({fs::path(p.source).lexically_relative(dir).generic_string(), std::string(kind) + ": " + p.title});
  }
  std::sort(out.begin(), out.end(), [](const LinkOption& a, const LinkOption& b) { return a.label < b.label; });
  return out;
}

// The body: Markdown with a toolbar (added by the script), and the text
// rendered by the build's renderer when asked.
std::string body_field(const std::string& body, const FieldMessages& placed, bool preview) {
  auto it = placed.find("body");
  bool msgs = it != placed.end();
  std::string out = "<div class=\"field field-body\">\n<label for=\"f-body\">Текст страницы</label>\n"
                    "<div class=\"md-toolbar\" data-for=\"f-body\" hidden></div>\n"
                    "<textarea id=\"f-body\" name=\"body\" rows=\"16\" class=\"markdown\" aria-describedby=\"f-body-help" +
                    std::string(msgs ? " f-body-msg" : "") + "\">" + esc(body) + "</textarea>\n"
                    "<p class=\"help\" id=\"f-body-help\">Разметка Markdown: пустая строка — новый абзац, "
                    "«## » — подзаголовок, «- » — пункт списка, **жирный**, [текст ссылки](адрес). Текст из Word "
                    "можно вставить: абзацы, списки и таблицы сохранятся.</p>\n";
  if (msgs) out += render_messages(it->second, "f-body-msg");
  out += "<section class=\"md-preview\" id=\"f-body-preview\" aria-label=\"Текст оформленным\"" +
         std::string(preview ? "" : " hidden") + ">\n";
  if (preview) out += render_markdown(body, {}, {});
  return out + "</section>\n</div>\n";
}

// Below the form: undo the last save, delete the item (or the roadmap item).
std::string item_actions(const std::string& csrf, const TypeSchema& type, const Editor::Target& t, const SourceDoc& doc,
                         const std::string& root) {
  if (t.is_new || !doc.exists) return {};
  std::string hidden = csrf_field(csrf) + "<input type=\"hidden\" name=\"id\" value=\"" + esc(t.item.id) + "\">\n" +
                       "<input type=\"hidden\" name=\"node\" value=\"" + esc(t.node) + "\">\n";
  std::string out = "<div class=\"item-actions\">\n";
  auto kept = versions(root, t.item.rel);
  if (!kept.empty() && t.node.empty())
    out += "<form method=\"post\" action=\"" + type_url(type.type) + "undo\">\n" + hidden +
           "<button type=\"submit\">Отменить последнее сохранение</button>\n<p class=\"help\">Вернёт версию от " +
           esc(stamp_text(kept.front().stamp)) + ".</p>\n</form>\n";
  if (is_folder_type(type) || !t.node.empty())
    out += "<form method=\"post\" action=\"" + type_url(type.type) + "delete\" class=\"delete\">\n" + hidden +
           "<button type=\"submit\" class=\"danger\">" + (t.node.empty() ? "Удалить в корзину" : "Удалить этот пункт") +
           "</button>\n</form>\n";
  return out + "</div>\n";
}

// Fields a condition makes required (a practice's template before
// approval) that are still empty, with links to them.
std::string missing_for_condition(const Schema& schema, const YamlNode& values) {
  std::map<std::string, std::vector<const FieldSpec*>> missing;  // "status: approved" -> fields
  for (const auto& f : schema) {
    if (!f.required_when) continue;
    const YamlNode* v = values.is_map() ? values.get(f.name) : nullptr;
    bool empty = !v || v->is_null() || (v->is_scalar() && trim(v->text).empty()) ||
                 (v->is_sequence() && v->items.empty()) || (v->is_map() && v->entries.empty());
    if (empty) missing[f.required_when->field + "=" + f.required_when->equals.front()].push_back(&f);
  }
  std::string out;
  for (const auto& [when, fields] : missing) {
    std::string field = when.substr(0, when.find('=')), code = when.substr(when.find('=') + 1);
    const FieldSpec* other = nullptr;
    for (const auto& f : schema)
      if (f.name == field) other = &f;
    const ChoiceValue* v = other ? other->match(code) : nullptr;
    out += "<section class=\"review\" aria-labelledby=\"review-title\">\n<h2 id=\"review-title\">Чего не хватает для «" +
           esc(v ? v->label : code) + "»</h2>\n<p>Перед тем как установить «" + esc(other ? lower_first(other->label) : field) +
           ": " + esc(v ? v->label : code) + "», заполните поля шаблона (" + std::to_string(fields.size()) + "):</p>\n<ul class=\"missing\">\n";
    for (const FieldSpec* f : fields)
      out += "<li><a href=\"#" + control_id(f->name) + "\">" + esc(f->label.empty() ? f->name : f->label) + "</a></li>\n";
    out += "</ul>\n</section>\n";
  }
  return out;
}

}  // namespace

std::string editor_page_title(const TypeSchema& type, const Editor::Target& t, const SourceDoc& doc) {
  if (t.is_new) return "Добавить: " + lower_first(type.label);
  const YamlNode* title = doc.fields.get("title");
  if (!title) title = doc.fields.get("name");
  std::string name = title && title->is_scalar() ? title->text : std::string();
  if (type.type == "intro") return intro_title(t.item.id) + ": вступительный текст";
  if (!t.node.empty()) return type.label + ": пункт";
  return name.empty() ? type.label : type.label + ": " + name;
}

void Editor::home(Call& c) {
  std::string content = "<p>Здесь можно добавить и изменить материалы раздела без правки файлов вручную. "
                        "Каждое сохранение проверяется, прежняя версия сохраняется, удалённое попадает в корзину.</p>\n"
                        "<ul class=\"type-list\">\n";
  for (const auto& t : editor_types()) {
    const TypeSchema& s = type_schema(t);
    size_t n = is_folder_type(s) ? list_items(settings_.root, s).size() : 0;
    content += "<li><a href=\"" + type_url(t) + "\">" + esc(s.plural.empty() ? s.label : s.plural) + "</a>" +
               (is_folder_type(s) ? " — " + std::to_string(n) : "") + "</li>\n";
  }
  content += "</ul>\n<p><a href=\"/_editor/attention\">Что требует внимания</a></p>\n";
  send_page(c.res, c.session, "Редактор раздела", "home", content, notice_for(c.req));
}

void Editor::list(Call& c, const TypeSchema& type) {
  auto items = list_items(settings_.root, type);
  if (!is_folder_type(type) && type.type != "intro") {
    c.res.set_redirect(edit_url(type.type, ""));
    return;
  }
  auto snap = index_.current();
  std::vector<ListRow> rows;
  for (const auto& item : items) {
    Diagnostics quiet(settings_.root);
    auto doc = read_source_doc(settings_.root, item.rel, quiet);
    ListRow r;
    r.id = item.id;
    r.link = edit_url(type.type, item.id);
    if (doc) {
      r.title = title_of(type, item, doc->fields);
      r.date = date_of(doc->fields);
      r.status = doc->exists ? status_of(type, doc->fields) : "ещё нет";
    }
    if (auto it = snap->by_file.find(item.rel); it != snap->by_file.end()) r.problems = it->second;
    for (const auto& d : quiet.all()) r.problems.push_back(d);
    rows.push_back(std::move(r));
  }
  // Newest first where items have dates (news, events, documents).
  std::stable_sort(rows.begin(), rows.end(), [](const ListRow& a, const ListRow& b) { return a.date > b.date; });
  send_page(c.res, c.session, type.plural.empty() ? type.label : type.plural, type.type, list_content(type, rows),
            notice_for(c.req));
}

std::optional<Editor::Target> Editor::target_of(Call& c, const TypeSchema& type, bool for_save) {
  Target t;
  t.node = c.param("node");
  std::string id = c.param("id");
  bool creating = for_save ? c.param("_new") == "1" : c.req.path.size() >= 4 && c.req.path.substr(c.req.path.size() - 4) == "/new";
  if (creating) {
    t.is_new = true;
    t.node.clear();
    if (!for_save) return t;
    std::string slug(trim(c.param("slug")));
    if (slug.empty()) slug = cap_slug(slugify(c.form.get("f.title").empty() ? c.form.get("f.name") : c.form.get("f.title")));
    std::string why;
    auto item = new_item(type, slug, why);
    if (!item) {
      send_error(c.res, 400, "Файл не создан: " + why + ".");
      return std::nullopt;
    }
    t.item = *item;
    return t;
  }
  auto item = find_item(settings_.root, type, id);
  if (!item) {
    send_error(c.res, 404, "Такого материала нет (возможно, его файл переименован или удалён).");
    return std::nullopt;
  }
  t.item = *item;
  return t;
}

std::string Editor::form_page(Call& c, const TypeSchema& type, const Target& t, const SourceDoc& doc,
                              const std::vector<Diagnostic>& messages, const std::string& conflict) {
  SourceDoc shown = doc;
  const Schema* schema = &type.fields;
  const YamlNode* values = &shown.fields;
  if (!t.node.empty()) {
    auto ref = node_at(shown.fields, type.fields, t.node, true);
    if (!ref) return {};
    schema = ref->schema;
    values = ref->node;
  }
  FieldMessages placed = rebase(place_messages(messages, doc, type.fields), t.node);
  FormContext ctx;
  ctx.messages = &placed;
  auto snap = index_.current();
  std::string rel = t.item.rel.empty() ? type.folder + "/new.md" : t.item.rel;
  ctx.links = link_options(snap->lib.get(), rel);
  ctx.item_page = edit_url(type.type, t.item.id) + "&node=";
  if (type.type == "mentor") {
    ctx.consent_known = true;
    const FieldSpec* consent = field(type.fields, "consent");
    const FieldSpec* covered = consent ? field(consent->fields, "fields") : nullptr;
    const YamlNode* given = values->is_map() ? values->get("consent") : nullptr;
    const YamlNode* list = given && given->is_map() ? given->get("fields") : nullptr;
    if (covered && list && list->is_sequence())
      for (const auto& i : list->items)
        if (const ChoiceValue* v = covered->match(i.text)) ctx.consented.push_back(v->code);
  }
  std::string out = conflict;
  if (auto it = placed.find(""); it != placed.end()) out += render_messages(it->second);
  out += "<form method=\"post\" action=\"" + type_url(type.type) + "save\" enctype=\"multipart/form-data\" "
         "class=\"editor-form\" novalidate>\n" + csrf_field(c.session.csrf) +
         "<input type=\"hidden\" name=\"id\" value=\"" + esc(t.item.id) + "\">\n"
         "<input type=\"hidden\" name=\"node\" value=\"" + esc(t.node) + "\">\n"
         "<input type=\"hidden\" name=\"_base\" value=\"" + (doc.exists ? hex64(doc.hash) : "new") + "\">\n";
  if (t.is_new) {
    out += "<input type=\"hidden\" name=\"_new\" value=\"1\">\n<div class=\"field\">\n<label for=\"f-slug\">Имя файла</label>\n"
           "<input type=\"text\" id=\"f-slug\" name=\"slug\" value=\"" + esc(c.param("slug")) +
           "\" aria-describedby=\"f-slug-help\" pattern=\"[a-z0-9-]*\" class=\"slug\">\n"
           "<p class=\"help\" id=\"f-slug-help\">Латинскими буквами через дефис; если оставить пустым, получится из "
           "заголовка (например, «Встреча наставников» — vstrecha-nastavnikov). Из него же получится адрес страницы.</p>\n</div>\n";
  }
  if (t.node.empty()) out += missing_for_condition(*schema, *values);
  out += render_fields(*schema, *values, "", ctx);
  if (shown.markdown && t.node.empty()) out += body_field(shown.body, placed, c.param("action") == "preview");
  out += "<div class=\"actions\">\n<button type=\"submit\" name=\"action\" value=\"save\" class=\"primary\">Сохранить</button>\n";
  if (shown.markdown && t.node.empty())
    out += "<button type=\"submit\" name=\"action\" value=\"preview\" class=\"nojs-preview\">Показать текст оформленным</button>\n";
  out += "</div>\n</form>\n";
  if (!ctx.links.empty()) {
    out += "<datalist id=\"site-links\">\n";
    for (const auto& l : ctx.links) out += "<option value=\"" + esc(l.link) + "\">" + esc(l.label) + "</option>\n";
    out += "</datalist>\n";
  }
  return out + item_actions(c.session.csrf, type, t, doc, settings_.root);
}

void Editor::form(Call& c, const TypeSchema& type) {
  auto t = target_of(c, type, false);
  if (!t) return;
  Diagnostics diag(settings_.root);
  auto doc = t->is_new ? std::optional<SourceDoc>(SourceDoc{}) : read_source_doc(settings_.root, t->item.rel, diag);
  if (t->is_new) {
    doc->fields = YamlNode{};
    doc->fields.kind = YamlNode::Kind::map;
    doc->markdown = type.extension != ".yaml";
  }
  if (!doc) {
    std::string content = "<p>Файл " + esc(t->item.rel) + " не читается, поэтому форму не открыть. Исправьте его в "
                          "текстовом редакторе:</p>\n" + render_messages(diag.all());
    return send_page(c.res, c.session, type.label, type.type, content);
  }
  if (!t->node.empty() && !node_at(doc->fields, type.fields, t->node, true))
    return send_error(c.res, 404, "Такого пункта в файле нет.");
  std::vector<Diagnostic> messages;
  if (doc->exists) {
    auto snap = index_.current();
    if (auto it = snap->by_file.find(t->item.rel); it != snap->by_file.end()) messages = it->second;
  }
  send_page(c.res, c.session, editor_page_title(type, *t, *doc), type.type, form_page(c, type, *t, *doc, messages, {}),
            notice_for(c.req));
}

void Editor::open(Call& c) {
  std::string url = c.param("url");
  std::string base = settings_.site_path;
  if (url.rfind(base, 0) == 0) url = url.substr(base.size());
  if (url.size() >= 10 && url.substr(url.size() - 10) == "index.html") url.resize(url.size() - 10);
  auto snap = index_.current();
  const Page* page = snap->lib ? snap->lib->find_url(url) : nullptr;
  std::string id, type = page && !page->source.empty() ? type_of_source(page->source, id) : std::string();
  if (type.empty()) return c.res.set_redirect(kEditorRoot);
  c.res.set_redirect(edit_url(type, id));
}

}  // namespace nastavnik
