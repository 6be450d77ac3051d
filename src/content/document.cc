#include "content/document.h"

#include <algorithm>
#include <filesystem>

#include "base/text.h"
#include "content/document_checks.h"
#include "content/file_refs.h"
#include "content/schemas.h"

namespace fs = std::filesystem;

namespace nastavnik {

const std::vector<std::string>& document_levels() {
  static const std::vector<std::string> levels = value_codes("document_levels");
  return levels;
}

const std::vector<std::string>& document_types() {
  static const std::vector<std::string> types = value_codes("document_types");
  return types;
}

const Schema& document_schema() { return schema_of("document"); }

std::string file_format(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  for (auto& c : ext) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return ext;
}

std::optional<Attachment> read_attachment(const Fields& f, const std::string& name, const std::string& root,
                                            const std::string& source_dir, Diagnostics& diag) {
  if (!f.has(name)) return std::nullopt;
  std::string rel = f.text(name);
  if (rel.rfind("http://", 0) == 0 || rel.rfind("https://", 0) == 0) {
    diag.error(f.loc(name), "в поле «" + name + "» нужен файл из папки сайта, а не адрес в интернете",
               "положите файл рядом с описанием (.md); ссылку на публикацию в интернете укажите в тексте");
    return std::nullopt;
  }
  fs::path path = fs::path(source_dir) / rel;
  path = path.lexically_normal();
  std::string p = path.generic_string();
  std::error_code ec;
  if (p.rfind("content/", 0) != 0 || !fs::is_regular_file(fs::path(root) / path, ec)) {
    diag.error(f.loc(name), "файл «" + rel + "» не найден",
               "путь указывается от папки, где лежит файл с описанием (" + source_dir + "/); проверьте имя файла");
    return std::nullopt;
  }
  if (!item_file_allowed(root, source_dir, p, rel, f.loc(name), diag)) return std::nullopt;
  Attachment a;
  a.output = p.substr(std::string("content/").size());
  a.format = file_format(p);
  a.size = fs::file_size(fs::path(root) / path, ec);
  return a;
}

Document read_document(const Fields& f, const std::string& root, const std::string& source_dir, Diagnostics& diag) {
  Document d;
  d.type = f.text("type", "other");
  d.level = f.text("level", "school");
  d.number = f.text("number");
  d.date = f.date("date");
  d.issuer = f.text("issuer");
  d.external_url = f.text("url");
  d.file = read_attachment(f, "file", root, source_dir, diag);
  if (f.has("signature")) {
    Fields s = f.map("signature");
    Signature sig;
    sig.signer = s.text("signer");
    sig.position = s.text("position");
    sig.certificate = s.text("certificate");
    if (auto dt = s.datetime("signed_at")) sig.signed_at = *dt;
    sig.valid_from = s.date("valid_from");
    sig.valid_to = s.date("valid_to");
    sig.file = read_attachment(s, "file", root, source_dir, diag);
    if (sig.valid_from && sig.valid_to && sig.valid_to < sig.valid_from)
      diag.error(s.loc("valid_to"), "срок действия сертификата кончается раньше, чем начинается",
                 "проверьте даты valid_from и valid_to");
    if (sig.valid_to && sig.valid_to < sig.signed_at.date)
      diag.warning(s.loc("signed_at"), "документ подписан после окончания срока действия сертификата",
                   "проверьте дату подписания и срок действия сертификата");
    d.signature = sig;
  }
  if (!d.file && d.external_url.empty() && !f.boolean("draft", false))  // a draft may still lack it
    diag.warning(f.loc(), "у документа нет ни файла (file), ни ссылки на публикацию (url)",
                 "приложите файл документа: file: files/имя-файла.pdf");
  examine_document(d, f, root, source_dir, diag);
  return d;
}

Verdict read_document_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag) {
  page.document = std::make_shared<Document>(read_document(f, lib.config.root, source.dir, diag));
  return Verdict::publish;
}

void add_document_lists(Library& lib, std::optional<Page> intro, Diagnostics&) {
  bool any = std::any_of(lib.pages.begin(), lib.pages.end(), [](const Page& p) { return p.kind == PageKind::document; });
  add_list_page(lib, intro, PageKind::document_list, "documents/", any);
}

}  // namespace nastavnik
