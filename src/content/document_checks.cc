#include "content/document_checks.h"

#include <filesystem>

#include "base/text.h"
#include "import/docx_reader.h"
#include "import/import_text.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

// The document's file as the editor wrote it, and where.
struct Where {
  SourceLoc loc;
  std::string name;  // «files/prikaz.pdf»
};

const char* kAlternativeHint = "или дайте текстовую версию: поле text_file (файл .txt, .md или .docx рядом с описанием) или text";

void check_pdf(const PdfFacts& p, bool has_alternative, const Where& w, Diagnostics& diag) {
  auto warn = [&](const std::string& what, const std::string& fix) { diag.warning(w.loc, "файл «" + w.name + "» — " + what, fix); };
  if (!p.readable) {
    if (p.encrypted)
      warn("PDF открывается только по паролю: посетители сайта его не прочитают",
           "сохраните PDF без пароля на открытие и приложите заново");
    else
      warn("не читается как PDF (файл повреждён или это не PDF)", "откройте его в программе просмотра PDF и сохраните заново");
    return;
  }
  if (p.copy_protected)
    warn("PDF защищён от копирования текста: текст нельзя скопировать, программы экранного доступа могут его не прочитать",
         "сохраните PDF без ограничений (в Word — без пароля, в Acrobat — «Защита» → «Удалить защиту»)");
  else if (p.encrypted)
    warn("PDF зашифрован (с паролем на ограничения)", "сохраните PDF без пароля и ограничений");
  if (!p.has_text()) {
    if (!has_alternative)
      warn("скан без текстового слоя: текст документа нельзя найти, скопировать и прочитать программой экранного доступа",
           std::string("распознайте текст (OCR, например «Распознать текст» в программе сканирования) и приложите PDF с текстом, ") +
               kAlternativeHint);
    return;  // a scan is untagged and untitled too: one warning says it all
  }
  if (!p.tagged)
    warn("PDF без тегов структуры (не «PDF с тегами» по ГОСТ Р 70176-2022): программы экранного доступа не найдут в нём "
         "заголовков, списков и таблиц",
         "сохраните документ из Word как PDF с тегами: «Файл» → «Сохранить как» → PDF → «Параметры» → «Теги структуры "
         "документа для специальных возможностей»");
  if (p.title.empty())
    warn("у PDF нет названия (Title в свойствах файла): программы экранного доступа и вкладка браузера покажут вместо него "
         "имя файла",
         "в Word: «Файл» → «Сведения» → «Название», затем сохраните PDF заново");
}

std::string extension(const std::string& path) { return to_lower(fs::path(path).extension().string()); }

// The text of a file the site publishes: Word, a PDF's text layer, plain
// text, Markdown.
DocumentText text_of(const std::string& path, const std::optional<PdfFacts>& pdf) {
  std::string ext = extension(path);
  if (ext == ".docx") {
    std::string error;
    auto blocks = blocks_from_docx(path, error);
    return blocks ? text_from_docx_blocks(*blocks) : DocumentText{};
  }
  if (ext == ".pdf") return pdf && pdf->has_text() ? text_from_pdf_lines(pdf_lines(path)) : DocumentText{};
  if (ext == ".txt" || ext == ".md") {
    auto bytes = read_file(path);
    if (!bytes) return {};
    std::string text = sanitize_utf8(*bytes);
    if (ext == ".txt") return text_from_plain(text);
    DocumentText t;
    t.origin = DocumentText::Origin::editor;
    t.markdown = text;
    return t;
  }
  return {};
}

// The editor's text version: `text` in the front matter or `text_file`.
DocumentText editor_text(Document& d, const Fields& f, const std::string& root, const std::string& source_dir,
                         Diagnostics& diag) {
  DocumentText t;
  if (f.has("text")) {
    t.origin = DocumentText::Origin::editor;
    t.markdown = f.text("text");
    d.text_line = f.text_line("text");
  } else if ((d.text_file = read_attachment(f, "text_file", root, source_dir, diag))) {
    std::string ext = extension(d.text_file->output);
    if (ext != ".txt" && ext != ".md" && ext != ".docx")
      diag.error(f.loc("text_file"), "текстовая версия «" + f.text("text_file") + "» должна быть файлом .txt, .md или .docx",
                 "сохраните текст документа как .txt (в кодировке UTF-8) или .docx");
    else t = text_of((fs::path(root) / "content" / d.text_file->output).string(), std::nullopt);
    if (ext == ".docx" || ext == ".txt") t.origin = DocumentText::Origin::editor;
    if (t.empty()) diag.warning(f.loc("text_file"), "в текстовой версии «" + f.text("text_file") + "» нет текста");
  }
  return t;
}

void check_file(Document& d, bool has_alternative, const Where& w, const std::string& path, Diagnostics& diag) {
  std::string ext = extension(path);
  if (ext == ".pdf") {
    d.pdf = inspect_pdf(path);
    check_pdf(*d.pdf, has_alternative, w, diag);
  } else if ((ext == ".doc" || ext == ".odt" || ext == ".rtf") && !has_alternative) {
    diag.warning(w.loc, "файл «" + w.name + "» (" + file_format(path) + ") не открывается в браузере, и его текст не попадает на сайт",
                 std::string("приложите документ как PDF с тегами или .docx (из него на странице будет текст документа), ") +
                     kAlternativeHint);
  }
  if (!has_alternative) d.text = text_of(path, d.pdf);
  if (ext == ".docx" && d.text.empty() && !has_alternative)
    diag.warning(w.loc, "в файле «" + w.name + "» не найден текст документа", "проверьте файл или дайте текстовую версию (text_file)");
}

void check_signature_file(Signature& s, const Fields& f, const std::string& root, const std::optional<Attachment>& doc,
                          Diagnostics& diag) {
  if (!s.file) return;
  Fields sf = f.map("signature");
  std::string name = sf.text("file");
  std::string ext = extension(name);
  std::string document = doc ? (fs::path(root) / "content" / doc->output).string() : "";
  s.file_info = read_signature_file((fs::path(root) / "content" / s.file->output).string(), document);
  const SignatureFileInfo& info = *s.file_info;
  if (ext != ".sig" && ext != ".p7s")
    diag.warning(sf.loc("file"), "файл подписи «" + name + "» назван не как открепленная подпись (.sig или .p7s)",
                 "дайте файлу подписи имя документа с расширением .sig, например prikaz.pdf.sig");
  if (!info.is_cms) {
    diag.warning(sf.loc("file"), "файл «" + name + "» — не электронная подпись: это не структура CMS/PKCS#7",
                 "приложите открепленную подпись, которую создала программа подписи (КриптоАРМ, КриптоПро): файл .sig или .p7s");
    return;
  }
  if (!info.signer.empty() && !s.signer.empty() && to_lower(info.signer) != to_lower(s.signer))
    diag.warning(sf.loc("signer"), "в файле подписи «" + name + "» подписал «" + info.signer + "», а в сведениях о подписи — «" + s.signer + "»",
                 "проверьте, что приложена подпись этого документа, и исправьте signer");
  if (info.content == SignatureFileInfo::Check::differs)
    diag.warning(sf.loc("file"), "подпись «" + name + "» не соответствует файлу документа: файл изменён после подписания или подпись от другого файла",
                 "подпишите опубликованный файл заново или приложите его подписанную версию");
}

}  // namespace

void examine_document(Document& d, const Fields& f, const std::string& root, const std::string& source_dir,
                      Diagnostics& diag) {
  d.form = f.text("form", d.signature ? "electronic" : "");
  d.text = editor_text(d, f, root, source_dir, diag);
  bool has_alternative = !d.text.empty();
  if (d.file)
    check_file(d, has_alternative, {f.loc("file"), f.text("file")}, (fs::path(root) / "content" / d.file->output).string(), diag);
  if (d.signature) check_signature_file(*d.signature, f, root, d.file, diag);
}

}  // namespace nastavnik
