// The editor's changes: saving a form (with conflict detection and the
// checks of `check` first), deleting to the recycle folder, undoing.
#include <filesystem>

#include "base/hash.h"
#include "base/text.h"
#include "content/schemas.h"
#include "editor/editor_call.h"
#include "editor/form_html.h"
#include "editor/history.h"
#include "editor/node_path.h"
#include "editor/pages.h"
#include "editor/safe_files.h"
#include "editor/validate.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

bool has_errors(const std::vector<Diagnostic>& diags) {
  for (const auto& d : diags)
    if (d.severity == Severity::error) return true;
  return false;
}

// Both versions side by side, when the file changed on disk after the form
// was opened: nothing is written until the person chooses.
std::string conflict_panel(const std::string& disk, const std::string& mine, const std::string& reopen) {
  return "<section class=\"conflict\" aria-labelledby=\"conflict-title\">\n<h2 id=\"conflict-title\">Файл изменён, пока "
         "была открыта форма</h2>\n<p>Кто-то (или другая программа) сохранил этот файл после того, как вы открыли форму. "
         "Ваши изменения пока не записаны. Сравните версии и выберите:</p>\n<ul>\n<li>«Сохранить» внизу формы запишет "
         "вашу версию (версия с диска сохранится в истории, её можно будет вернуть кнопкой «Отменить»);</li>\n"
         "<li><a href=\"" + esc(reopen) + "\">открыть версию с диска</a> — ваши изменения будут отброшены.</li>\n</ul>\n"
         "<div class=\"versions\">\n<div><h3>Сейчас на диске</h3>\n<pre>" + esc(disk) + "</pre></div>\n"
         "<div><h3>Ваша версия</h3>\n<pre>" + esc(mine) + "</pre></div>\n</div>\n</section>\n";
}

}  // namespace

void Editor::save(Call& c, const TypeSchema& type) {
  auto t = target_of(c, type, true);
  if (!t) return;
  std::lock_guard lock(write_mutex_);
  Diagnostics diag(settings_.root);
  auto disk = read_source_doc(settings_.root, t->item.rel, diag);
  if (!disk) return send_error(c.res, 409, "Файл " + t->item.rel + " на диске сейчас не читается; исправьте его в текстовом редакторе.");
  if (t->is_new) disk->markdown = type.extension != ".yaml";
  std::string base = c.form.get("_base");
  bool conflict = t->is_new ? disk->exists : base != hex64(disk->hash);
  std::vector<Diagnostic> problems;
  if (!store_uploads(c, type, *t, problems)) return;
  SourceDoc edited = *disk;
  YamlNode* target = &edited.fields;
  const Schema* schema = &type.fields;
  if (!t->node.empty()) {
    auto ref = node_at(edited.fields, type.fields, t->node, true);
    if (!ref) return send_error(c.res, 404, "Такого пункта в файле нет.");
    target = ref->node;
    schema = ref->schema;
  }
  merge_form(c.form, *schema, "f.", *target);
  if (edited.markdown && t->node.empty() && c.form.has("body")) edited.body = c.form.get("body");
  std::string text = compose_source_doc(edited, type.fields);
  Config config = index_.current()->config.value_or(Config{});
  config.root = settings_.root;
  auto messages = validate_candidate(config, settings_.options.today, type, t->item.rel, text);
  messages.insert(messages.end(), problems.begin(), problems.end());
  Diagnostics reparse(settings_.root);
  SourceDoc placed = parse_source_doc(t->item.rel, text, reparse).value_or(edited);
  placed.hash = disk->exists ? disk->hash : 0;
  placed.exists = disk->exists;
  std::string title = editor_page_title(type, *t, placed);
  if (conflict) {
    c.res.status = 409;
    std::string reopen = disk->exists ? edit_url(type.type, t->item.id, t->node) : type_url(type.type);
    return send_page(c.res, c.session, title, type.type,
                     form_page(c, type, *t, placed, messages, conflict_panel(disk->text, text, reopen)));
  }
  if (c.param("action") == "preview" || has_errors(messages) || !problems.empty()) {
    if (c.param("action") != "preview") c.res.status = 422;
    std::string notice = c.param("action") == "preview" ? "Ничего не сохранено: это предпросмотр."
                                                         : "Не сохранено: исправьте ошибки, отмеченные у полей.";
    return send_page(c.res, c.session, title, type.type, form_page(c, type, *t, placed, messages, {}), notice);
  }
  if (!keep_version(settings_.root, t->item.rel) || !safe_write(settings_.root, t->item.rel, text))
    return send_error(c.res, 500, "Не удалось записать " + t->item.rel + ": проверьте права на запись в папку сайта.");
  c.res.set_redirect(edit_url(type.type, t->item.id, t->node) + "&saved=1", 303);
}

void Editor::remove(Call& c, const TypeSchema& type) {
  auto t = target_of(c, type, true);
  if (!t) return;
  std::lock_guard lock(write_mutex_);
  if (!t->node.empty()) {
    Diagnostics diag(settings_.root);
    auto doc = read_source_doc(settings_.root, t->item.rel, diag);
    if (!doc || !erase_node(doc->fields, type.fields, t->node)) return send_error(c.res, 404, "Такого пункта в файле нет.");
    std::string text = compose_source_doc(*doc, type.fields);
    if (!keep_version(settings_.root, t->item.rel) || !safe_write(settings_.root, t->item.rel, text))
      return send_error(c.res, 500, "Не удалось записать " + t->item.rel + ".");
    return c.res.set_redirect(edit_url(type.type, t->item.id) + "&saved=1", 303);
  }
  if (!is_folder_type(type)) return send_error(c.res, 400, "Этот файл нельзя удалить из редактора.");
  if (!keep_version(settings_.root, t->item.rel) || !recycle(settings_.root, t->item.rel))
    return send_error(c.res, 500, "Не удалось переместить " + t->item.rel + " в корзину.");
  c.res.set_redirect(type_url(type.type) + "?deleted=1", 303);
}

void Editor::undo(Call& c, const TypeSchema& type) {
  std::string id = c.param("id");
  std::optional<ItemFile> item = find_item(settings_.root, type, id);
  if (!item) return send_error(c.res, 404, "Такого материала нет.");
  std::lock_guard lock(write_mutex_);
  std::string error;
  if (!undo_last(settings_.root, item->rel, error)) return send_error(c.res, 409, "Не отменено: " + error + ".");
  if (!safe_exists(settings_.root, item->rel)) return c.res.set_redirect(type_url(type.type) + "?deleted=1", 303);
  c.res.set_redirect(edit_url(type.type, item->id) + "&undone=1", 303);
}

void Editor::recycle_page(Call& c) {
  auto items = recycled(settings_.root);
  std::string content = "<p>Удалённые материалы хранятся в папке .nastavnik/recycle сайта. Восстановленный файл "
                        "возвращается на прежнее место.</p>\n";
  if (items.empty()) content += "<p>Корзина пуста.</p>\n";
  else content += "<ul class=\"recycled\">\n";
  for (const auto& r : items)
    content += "<li><form method=\"post\" action=\"/_editor/restore\">" + csrf_field(c.session.csrf) +
               "<input type=\"hidden\" name=\"item\" value=\"" + esc(r.id) + "\">" + esc(r.rel) + ", удалён " +
               esc(stamp_text(r.stamp)) + " <button type=\"submit\">Восстановить</button></form></li>\n";
  if (!items.empty()) content += "</ul>\n";
  std::string notice = c.req.has_param("restored") ? "Восстановлено." : "";
  send_page(c.res, c.session, "Корзина", "recycle", content, notice);
}

void Editor::restore_item(Call& c) {
  std::lock_guard lock(write_mutex_);
  std::string error;
  if (!restore(settings_.root, c.form.get("item"), error)) return send_error(c.res, 409, "Не восстановлено: " + error + ".");
  c.res.set_redirect("/_editor/recycle?restored=1", 303);
}

}  // namespace nastavnik
