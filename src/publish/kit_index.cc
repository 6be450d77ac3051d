#include "publish/kit_index.h"

#include "base/text.h"
#include "publish/progress.h"

namespace nastavnik {

namespace {

const char* kStyle = R"css(
:root { color-scheme: light; --text: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #c05600; outline-offset: 2px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.375rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.125rem; margin: 0 0 0.25rem; }
.lead { color: var(--muted); }
.summary { font-weight: 600; }
.pages, .posts { list-style: none; padding: 0; margin: 0; counter-reset: page; }
.pages > li, .posts > li { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
.pages > li.same { background: #f6f6f6; }
.pages > li > h3::before { counter-increment: page; content: counter(page) ". "; color: var(--muted); }
.address { margin: 0.25rem 0; overflow-wrap: anywhere; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.5rem 0; }
button { font: inherit; font-weight: 600; padding: 0.4rem 1rem; border: 2px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; min-height: 44px; }
button.done { background: #fff; color: var(--accent); }
.mark { display: inline-block; font-size: 0.875rem; font-weight: 600; padding: 0 0.5rem; border-radius: 4px; border: 1px solid; vertical-align: 0.1em; margin-left: 0.25rem; }
.mark-added { color: #0a5a2a; background: #e6f4ea; }
.mark-changed { color: #7a4100; background: #fff1dc; }
.mark-same { color: var(--muted); background: #fff; }
.mark-remove { color: #8a1111; background: #fdecec; }
.files ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.fragment { border-left: 4px solid var(--line); padding: 0.25rem 1rem; margin-top: 0.5rem; overflow-x: auto; }
.fragment img { max-width: min(100%, 16rem); height: auto; }
.fragment table { border-collapse: collapse; }
.fragment td, .fragment th { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.post-text { white-space: pre-wrap; font: inherit; background: #f6f6f6; padding: 0.75rem; border-radius: 4px; margin: 0.5rem 0; }
.thumb { max-width: 12rem; height: auto; display: block; margin: 0.5rem 0; }
.status-line { position: sticky; bottom: 0; margin: 0; background: #0a5a2a; color: #fff; padding: 0.5rem 1rem; }
.status-line:empty { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.js .nojs { display: none; }
)css";

const char* kScript = R"js(
(function () {
  document.documentElement.classList.add('js');
  var status = document.getElementById('copy-status');
  function say(text) { status.textContent = text; }
  // Without the Clipboard API: the shown text selected and copied the old way.
  function copySelected(element) {
    var details = element.closest('details');
    if (details) details.open = true;
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    selection.removeAllRanges();
    return ok;
  }
  // The fragment as plain text, for editors that take no formatting
  // (innerText gives nothing inside a closed <details>).
  function plainText(node) {
    var out = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) { out += child.textContent.replace(/\s+/g, ' '); return; }
      if (child.nodeType !== 1) return;
      var tag = child.tagName;
      if (tag === 'BR') { out += '\n'; return; }
      var inner = plainText(child);
      if (tag === 'LI') out += '• ' + inner.trim() + '\n';
      else if (tag === 'TD' || tag === 'TH') out += inner.trim() + '\t';
      else if (/^(P|H[2-6]|TR|UL|OL|TABLE|PRE|BLOCKQUOTE|CAPTION)$/.test(tag)) out += inner.trim() + '\n\n';
      else out += inner;
    });
    return out;
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var shown = document.getElementById(button.getAttribute('data-shown'));
      var html = source.tagName === 'TEMPLATE' ? source.innerHTML : null;
      var text = html === null ? source.textContent : plainText(source.content).replace(/\n{3,}/g, '\n\n').trim();
      var name = button.getAttribute('data-name');
      function done() {
        button.classList.add('done');
        say('Скопировано: ' + name + '. Вставьте в редактор сайта: Ctrl+V.');
      }
      function failed() {
        if (copySelected(shown)) done();
        else say('Не удалось скопировать ' + name + ': выделите текст и нажмите Ctrl+C.');
      }
      if (!navigator.clipboard || !window.ClipboardItem) return failed();
      var items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
      if (html !== null) items['text/html'] = new Blob([html], { type: 'text/html' });
      navigator.clipboard.write([new ClipboardItem(items)]).then(done, failed);
    });
  });
})();
)js";

std::string mark(Change change, bool has_previous) {
  if (!has_previous || change == Change::added) return "<span class=\"mark mark-added\">новое</span>";
  if (change == Change::changed) return "<span class=\"mark mark-changed\">изменено</span>";
  return "<span class=\"mark mark-same\">без изменений</span>";
}

const char* change_class(Change change, bool has_previous) {
  if (!has_previous || change == Change::added) return "added";
  return change == Change::changed ? "changed" : "same";
}

// The fragment as shown in the index: its pictures from the kit's folder
// (the copied fragment keeps the addresses on the school's site).
std::string shown_fragment(const KitPage& page, const std::string& base_url) {
  std::string html = page.html, from = "src=\"" + html_escape(base_url), to = "src=\"";
  for (size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size()))
    html.replace(at, from.size(), to);
  return html;
}

std::string file_list(const KitPage& page, const Kit& kit) {
  if (page.files.empty() && page.removed_files.empty()) return "";
  std::string out = "<div class=\"files\"><p>Файлы — прикрепите к странице:</p>\n<ul>\n";
  for (const auto& name : page.files) {
    const KitFile& f = kit.files.at(name);
    out += "<li><a href=\"" + html_escape(url_encode_path(name)) + "\">" + html_escape(name.substr(name.find('/') + 1)) +
           "</a>, " + human_size(f.size) + (kit.has_previous && f.change != Change::same ? " " + mark(f.change, true) : "") +
           "</li>\n";
  }
  for (const auto& name : page.removed_files)
    out += "<li>" + html_escape(name.substr(name.find('/') + 1)) +
           " <span class=\"mark mark-remove\">удалить со страницы</span></li>\n";
  return out + "</ul></div>\n";
}

std::string page_item(const KitPage& page, size_t n, const Kit& kit) {
  std::string id = std::to_string(n), title = html_escape(page.title);
  std::string out = "<li class=\"page " + std::string(change_class(page.change, kit.has_previous)) + "\">\n";
  out += "<h3>" + title + " " + mark(page.change, kit.has_previous) + "</h3>\n";
  out += "<p class=\"address\">Адрес на сайте: <a href=\"" + html_escape(page.address) + "\">" +
         html_escape(page.address) + "</a></p>\n";
  out += "<p class=\"actions\"><button type=\"button\" data-copy=\"fragment-" + id + "\" data-shown=\"shown-" + id +
         "\" data-name=\"«" + title + "»\" hidden>Копировать<span class=\"visually-hidden\"> текст страницы «" + title +
         "»</span></button> <a href=\"" + html_escape(url_encode_path(page.file)) + "\">HTML-код страницы<span "
         "class=\"visually-hidden\"> «" + title + "»</span></a></p>\n";
  out += file_list(page, kit);
  out += "<template id=\"fragment-" + id + "\">" + page.html + "</template>\n";
  out += "<details><summary>Текст страницы<span class=\"visually-hidden\"> «" + title +
         "»</span></summary>\n<div class=\"fragment\" id=\"shown-" + id + "\">\n" +
         shown_fragment(page, kit.base_url) + "</div></details>\n</li>\n";
  return out;
}

std::string summary(const Kit& kit) {
  int added = 0, changed = 0, same = 0;
  for (const auto& p : kit.pages)
    (!kit.has_previous || p.change == Change::added ? added : p.change == Change::changed ? changed : same)++;
  long long n = static_cast<long long>(kit.pages.size());
  std::string out = std::to_string(n) + " " + plural_form(n, {"страница", "страницы", "страниц"}) + ": ";
  if (!kit.has_previous) return out + "все новые — это первый набор.";
  out += "новых " + std::to_string(added) + ", изменено " + std::to_string(changed) + ", без изменений " +
         std::to_string(same);
  if (!kit.removed.empty()) out += "; удалить с сайта: " + std::to_string(kit.removed.size());
  return out + ".";
}

std::string instructions(const Kit& kit) {
  return "<section aria-labelledby=\"how\">\n<h2 id=\"how\">Как работать с набором</h2>\n<ol>\n"
         "<li>Идите по списку сверху вниз. Страницы с пометками «новое» и «изменено» создайте или обновите; "
         "«без изменений» пропустите.</li>\n"
         "<li>В конструкторе сайта (Госвеб, конструктор школьных сайтов) создайте страницу или откройте "
         "существующую и впишите её заголовок из списка.</li>\n"
         "<li>Нажмите «Копировать» и вставьте текст в визуальный редактор страницы (Ctrl+V): заголовки, списки, "
         "таблицы и ссылки сохранятся.</li>\n"
         "<li>Прикрепите к странице её файлы (они лежат в папке fayly рядом с этим файлом). Ссылки в тексте ведут "
         "на адреса " + html_escape(kit.base_url) + "fayly/…; если конструктор даёт файлу свой адрес, замените "
         "ссылку на него.</li>\n"
         "<li>Страницы из списка «Удалить с сайта» уберите с сайта школы — на них могут быть персональные данные, "
         "согласие на публикацию которых закончилось.</li>\n</ol>\n"
         "<p class=\"nojs\">Кнопки «Копировать» работают с включённым JavaScript. Без него раскройте «Текст "
         "страницы», выделите его и скопируйте (Ctrl+C) — или откройте «HTML-код страницы» и вставьте его в "
         "редактор в режиме «HTML» («Исходный код»).</p>\n</section>\n";
}

std::string posts_section(const Kit& kit) {
  std::string out = "<section aria-labelledby=\"posts\">\n<h2 id=\"posts\">Посты для группы ВКонтакте</h2>\n";
  if (kit.posts.empty())
    return out + "<p>Новых новостей и мероприятий с прошлого набора нет — постов тоже нет.</p>\n</section>\n";
  out += "<p>О новостях и мероприятиях, появившихся с прошлого набора. Тексты и картинки лежат и в папке posty.</p>\n"
         "<ol class=\"posts\">\n";
  for (size_t i = 0; i < kit.posts.size(); ++i) {
    const KitPost& p = kit.posts[i];
    std::string id = std::to_string(i + 1), title = html_escape(p.post.title);
    out += "<li>\n<h3>" + title + "</h3>\n<pre class=\"post-text\" id=\"post-" + id + "\">" + html_escape(p.post.text) +
           "</pre>\n<p class=\"actions\"><button type=\"button\" data-copy=\"post-" + id + "\" data-shown=\"post-" + id +
           "\" data-name=\"«" + title + "» (пост)\" hidden>Копировать текст поста<span class=\"visually-hidden\"> «" +
           title + "»</span></button></p>\n";
    if (!p.picture.empty())
      out += "<p><img class=\"thumb\" src=\"" + html_escape(url_encode_path(p.picture)) + "\" alt=\"" +
             html_escape(p.post.picture_alt) + "\"><a href=\"" + html_escape(url_encode_path(p.picture)) +
             "\">Картинка к посту: " + html_escape(p.picture.substr(p.picture.find('/') + 1)) + "</a></p>\n";
    out += "</li>\n";
  }
  return out + "</ol>\n</section>\n";
}

}  // namespace

std::string render_kit_index(const Kit& kit) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Набор для вставки: «" +
                    html_escape(kit.title) + "» — " + html_escape(kit.organisation) + "</title>\n<style>" + kStyle +
                    "</style>\n</head>\n<body>\n<div class=\"wrap\">\n<header>\n<h1>Набор для вставки на сайт школы</h1>\n";
  out += "<p class=\"lead\">Раздел «" + html_escape(kit.title) + "», " + html_escape(kit.organisation) + ". Собран " +
         html_escape(kit.built) + "; адрес раздела: <a href=\"" + html_escape(kit.base_url) + "\">" +
         html_escape(kit.base_url) + "</a></p>\n<p class=\"summary\">" + summary(kit) + "</p>\n</header>\n<main>\n";
  out += instructions(kit);
  out += "<section aria-labelledby=\"pages\">\n<h2 id=\"pages\">Страницы</h2>\n<ol class=\"pages\">\n";
  for (size_t i = 0; i < kit.pages.size(); ++i) out += page_item(kit.pages[i], i + 1, kit);
  out += "</ol>\n</section>\n";
  if (!kit.removed.empty()) {
    out += "<section aria-labelledby=\"remove\">\n<h2 id=\"remove\">Удалить с сайта</h2>\n<ul>\n";
    for (const auto& r : kit.removed)
      out += "<li>«" + html_escape(r.title) + "» — " + html_escape(r.address) +
             " <span class=\"mark mark-remove\">удалить страницу</span></li>\n";
    out += "</ul>\n</section>\n";
  }
  out += posts_section(kit);
  out += "</main>\n</div>\n<p class=\"status-line\" id=\"copy-status\" role=\"status\" aria-live=\"polite\"></p>\n<script>" +
         std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace nastavnik
