// Documents checked when the site is built (decree № 102 of 2026, order
// № 1493): the warnings `check` and `build` give for each kind of file, with
// file:line:col and the fix, errors under --strict; the badge on the page;
// the HTML version of a document's text, found by the site search; a
// detached signature published beside the document and read.
#include <catch2/catch.hpp>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-20";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

fs::path demo_file(const std::string& name) { return fs::path(demo_source_dir()) / "content/documents/files" / name; }
fs::path fixture_file(const std::string& name) { return fs::path(demo_source_dir()) / "tests/fixtures/documents" / name; }

void put(const TempDir& site, const fs::path& from, const std::string& name) {
  fs::create_directories(site.path() / "content/documents/files");
  fs::copy_file(from, site.path() / "content/documents/files" / name, fs::copy_options::overwrite_existing);
}

// A document of the school with `extra` front matter after `file:`.
void document(const TempDir& site, const std::string& slug, const std::string& file, const std::string& extra = "") {
  site.write("content/documents/" + slug + ".md", "---\ntitle: Документ " + slug +
                                                      "\ntype: order\nlevel: school\ndate: 2026-08-31\nfile: files/" + file +
                                                      "\n" + extra + "---\n\nОписание.\n");
}

// Every line of `err` that is a warning or an error, in order.
std::vector<std::string> diagnostics(const std::string& err) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < err.size()) {
    size_t end = err.find('\n', at);
    std::string line = err.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (contains(line, ": предупреждение: ") || contains(line, ": ошибка: ")) out.push_back(line);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("documents: each kind of inaccessible file is a warning naming the file and the fix, an error with --strict") {
  TempDir src;
  write_minimal_site(src);
  put(src, fixture_file("scan.pdf"), "scan.pdf");
  put(src, fixture_file("untagged.pdf"), "untagged.pdf");
  put(src, fixture_file("no-title.pdf"), "no-title.pdf");
  put(src, fixture_file("copy-protected.pdf"), "copy-protected.pdf");
  src.write("content/documents/files/old.doc", std::string("\xD0\xCF\x11\xE0", 4) + std::string(200, '\0'));
  document(src, "scan", "scan.pdf");
  document(src, "untagged", "untagged.pdf");
  document(src, "no-title", "no-title.pdf");
  document(src, "copy-protected", "copy-protected.pdf");
  document(src, "old", "old.doc");

  auto r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto lines = diagnostics(r.err);
  CHECK(lines.size() == 6);
  const std::string w = ":6:7: предупреждение: файл «files/";
  CHECK(contains(r.err, "content/documents/scan.md" + w + "scan.pdf» — скан без текстового слоя: текст документа нельзя найти, "
                        "скопировать и прочитать программой экранного доступа"));
  CHECK(contains(r.err, "распознайте текст (OCR"));
  CHECK(contains(r.err, "content/documents/untagged.md" + w + "untagged.pdf» — PDF без тегов структуры"));
  CHECK(contains(r.err, "«Теги структуры документа для специальных возможностей»"));
  CHECK(contains(r.err, "content/documents/no-title.md" + w + "no-title.pdf» — у PDF нет названия"));
  CHECK(contains(r.err, "content/documents/copy-protected.md" + w + "copy-protected.pdf» — PDF защищён от копирования текста"));
  CHECK(contains(r.err, "content/documents/copy-protected.md" + w + "copy-protected.pdf» — PDF без тегов структуры"));
  CHECK(contains(r.err, "content/documents/old.md" + w + "old.doc» (DOC) не открывается в браузере"));
  CHECK(contains(r.err, "text_file"));

  // The same from build, and --strict turns them into errors.
  TempDir out;
  auto built = run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "site").string(), "--today", kToday, "-q"});
  CHECK(built.exit_code == 0);
  CHECK(diagnostics(built.err) == lines);
  auto strict = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday, "--strict"});
  CHECK(strict.exit_code == 1);
  CHECK(diagnostics(strict.err).size() == 6);

  // Badges tell readers what the file is.
  auto files = snapshot(out.path() / "site");
  CHECK(contains(files["documents/scan/index.html"], "Скачать PDF, 51\u00a0КБ, скан без текста</a>"));
  CHECK(contains(files["documents/untagged/index.html"], "Скачать PDF с текстом, 1 страница, "));
  CHECK(contains(files["documents/copy-protected/index.html"], ", защищён от копирования</a>"));
  // A scan has no text of its own to show; an untagged PDF with text has.
  CHECK_FALSE(contains(files["documents/scan/index.html"], "id=\"document-text\""));
  CHECK(contains(files["documents/untagged/index.html"], "id=\"document-text\""));
}

TEST_CASE("documents: a text version given by the editor silences the scan's warning and becomes its HTML version") {
  TempDir src, out;
  write_minimal_site(src);
  put(src, fixture_file("scan.pdf"), "scan.pdf");
  put(src, fixture_file("scan.pdf"), "scan2.pdf");
  put(src, demo_file("prikaz-uo-412.txt"), "scan.txt");
  src.write("content/documents/files/empty.txt", "\n\n");
  document(src, "scan", "scan.pdf", "form: копия\ntext_file: files/scan.txt\n");
  document(src, "scan2", "scan2.pdf",
           "text: |\n  Приказ о назначении куратора.\n\n  - первый пункт с [ссылкой](../pages/kontakty.md);\n  - второй пункт.\n");
  document(src, "empty", "scan.pdf", "text_file: files/empty.txt\n");
  auto r = run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "site").string(), "--today", kToday, "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto lines = diagnostics(r.err);
  REQUIRE(lines.size() == 2);
  CHECK(contains(lines[0], "content/documents/empty.md:6:7: предупреждение: файл «files/scan.pdf» — скан без текстового слоя"));
  CHECK(contains(lines[1], "content/documents/empty.md:7:12: предупреждение: в текстовой версии «files/empty.txt» нет текста"));
  auto files = snapshot(out.path() / "site");
  const std::string& page = files["documents/scan/index.html"];
  CHECK(contains(page, "<dd>копия документа, подписанного на бумаге</dd>"));
  CHECK(contains(page, "<h2 id=\"document-text-title\">Текст документа</h2>"));
  CHECK(contains(page, "Текстовая версия документа."));
  CHECK(contains(page, "<li>руководителям общеобразовательных организаций назначить кураторов наставничества до 15.09.2026;</li>"));
  CHECK(contains(page, "href=\"../files/scan.txt\" download>Скачать текст (TXT,"));
  CHECK(contains(files["documents/scan2/index.html"], "<li>первый пункт с <a href=\"../../kontakty/"));
  CHECK(contains(files["documents/scan2/index.html"], "\">ссылкой</a>;</li>"));
  // The text is found by the site's search.
  std::string index;
  for (const auto& [path, text] : files)
    if (path.rfind("search/", 0) == 0) index += text;
  CHECK(contains(index, "кураторов"));
}

TEST_CASE("documents: the demo's scan, tagged PDF, .docx and signed order build without a warning, with badges and texts") {
  TempDir out;
  auto r = run_nastavnik({"build", "-s", demo_source_dir(), "-o", (out.path() / "site").string(), "--today", kToday, "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const auto& line : diagnostics(r.err)) CHECK_FALSE(contains(line, "content/documents/"));
  auto files = snapshot(out.path() / "site");
  // The signed order: a tagged PDF with its text, its .sig published beside it and read.
  const std::string& order = files["documents/prikaz-86-o/index.html"];
  CHECK(contains(order, "Скачать PDF с текстом, 1 страница, "));
  CHECK(contains(order, "<dd>электронный документ, подписанный электронной подписью</dd>"));
  CHECK(contains(order, "<h3>ПРИКАЗ № 86-о от 31.08.2026</h3>"));
  CHECK(contains(order, "href=\"../files/prikaz-86-o.pdf.sig\" download>Файл электронной подписи (SIG,"));
  CHECK(contains(order, "в нём указан владелец сертификата: Ковалёва Наталья Сергеевна, Директор; сертификат № "
                        "01DA7F3C0E2B4A90000000A31C5E0002; подпись соответствует файлу документа."));
  CHECK(files["documents/files/prikaz-86-o.pdf.sig"].size() > 500);
  // The regulation as .docx: its headings, list and table on the page.
  const std::string& regulation = files["documents/polozhenie-o-nastavnichestve/index.html"];
  CHECK(contains(regulation, "Скачать DOCX, "));
  CHECK(contains(regulation, "<h4>1. Общие положения</h4>"));
  CHECK(contains(regulation, "<th scope=\"col\">Мера поощрения</th>"));
  // The municipal order is a scan with the editor's text version.
  const std::string& scan = files["documents/prikaz-uo-412/index.html"];
  CHECK(contains(scan, "КБ, скан без текста</a>"));
  CHECK(contains(scan, "Текстовая версия документа."));
  // Cards on the list show the badges too.
  CHECK(contains(files["documents/index.html"], "Скачать DOCX, "));
  CHECK(contains(files["documents/index.html"], "скан без текста"));
}

TEST_CASE("documents: a signature file that is not CMS, one over another file, another signer, an electronic document unsigned") {
  TempDir src;
  write_minimal_site(src);
  put(src, demo_file("prikaz-86-o.pdf"), "a.pdf");
  put(src, demo_file("prikaz-ministerstva-215.pdf"), "b.pdf");
  put(src, fixture_file("not-a-signature.sig"), "a.pdf.sig");
  put(src, demo_file("prikaz-86-o.pdf.sig"), "b.pdf.sig");
  const std::string sig = "signature:\n  signer: Петров Пётр Петрович\n  position: директор\n  signed_at: 2026-08-31 10:00\n"
                          "  certificate: 01\n  file: files/";
  document(src, "a", "a.pdf", sig + "a.pdf.sig\n");
  document(src, "b", "b.pdf", sig + "b.pdf.sig\n");
  document(src, "c", "a.pdf", "form: электронный документ\n");
  auto r = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  INFO(r.err);
  CHECK(r.exit_code == 1);  // the unsigned electronic document
  auto lines = diagnostics(r.err);
  CHECK(lines.size() == 4);
  CHECK(contains(r.err, "content/documents/a.md:12:9: предупреждение: файл «files/a.pdf.sig» — не электронная подпись: это не "
                        "структура CMS/PKCS#7"));
  CHECK(contains(r.err, "content/documents/b.md:8:11: предупреждение: в файле подписи «files/b.pdf.sig» подписал «Ковалёва "
                        "Наталья Сергеевна», а в сведениях о подписи — «Петров Пётр Петрович»"));
  CHECK(contains(r.err, "content/documents/b.md:12:9: предупреждение: подпись «files/b.pdf.sig» не соответствует файлу документа"));
  CHECK(contains(r.err, "content/documents/c.md:"));
  CHECK(contains(r.err, "ошибка: "));
}
