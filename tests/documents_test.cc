// The documents a site publishes, read as the checks and the pages read them:
// PDF facts (text layer, tags, title, protection) on the fixtures made by
// tests/fixtures/documents/make_documents.py, the text of Word files and PDFs
// for the HTML version, detached signatures parsed as CMS.
#include <catch2/catch.hpp>

#include "content/document_text.h"
#include "content/pdf_facts.h"
#include "content/signature_file.h"
#include "import/docx_reader.h"
#include "render/document_html.h"

using namespace nastavnik;

namespace {

std::string fixture(const std::string& name) { return std::string(NASTAVNIK_SOURCE_DIR) + "/tests/fixtures/documents/" + name; }
std::string demo(const std::string& name) { return std::string(NASTAVNIK_SOURCE_DIR) + "/content/documents/files/" + name; }

std::vector<std::string> texts_of(const DocumentText& t, TextBlock::Kind kind) {
  std::vector<std::string> out;
  for (const auto& b : t.blocks)
    if (b.kind == kind) out.push_back(b.text);
  return out;
}

}  // namespace

TEST_CASE("pdf: a tagged PDF with a title, an untagged one, one without a real title, a scan, a copy-protected one") {
  PdfFacts tagged = inspect_pdf(demo("prikaz-86-o.pdf"));
  CHECK(tagged.readable);
  CHECK(tagged.pages == 1);
  CHECK(tagged.has_text());
  CHECK(tagged.tagged);
  CHECK(tagged.title == "Приказ № 86-о «О внедрении целевой модели наставничества»");
  CHECK_FALSE(tagged.encrypted);

  PdfFacts untagged = inspect_pdf(fixture("untagged.pdf"));
  CHECK(untagged.has_text());
  CHECK_FALSE(untagged.tagged);
  CHECK_FALSE(untagged.title.empty());

  // «Microsoft Word - prikaz_86-o.docx» is a file name, not a title.
  PdfFacts untitled = inspect_pdf(fixture("no-title.pdf"));
  CHECK(untitled.tagged);
  CHECK(untitled.title.empty());

  PdfFacts scan = inspect_pdf(fixture("scan.pdf"));
  CHECK(scan.readable);
  CHECK(scan.pages == 1);
  CHECK(scan.text_chars == 0);
  CHECK_FALSE(scan.has_text());
  CHECK(pdf_lines(fixture("scan.pdf")).empty());

  PdfFacts locked = inspect_pdf(fixture("copy-protected.pdf"));
  CHECK(locked.readable);  // an owner password only: it opens
  CHECK(locked.encrypted);
  CHECK(locked.copy_protected);
  CHECK(locked.has_text());

  PdfFacts broken = inspect_pdf(fixture("make_documents.py"));
  CHECK_FALSE(broken.readable);
  CHECK_FALSE(broken.encrypted);
}

TEST_CASE("pdf text: headings by their bigger font, paragraphs by the gaps, numbered points kept, the table's words there") {
  DocumentText t = text_from_pdf_lines(pdf_lines(demo("prikaz-86-o.pdf")));
  auto headings = texts_of(t, TextBlock::Kind::heading);
  REQUIRE(headings.size() >= 3);
  CHECK(headings[0] == "ПРИКАЗ № 86-о от 31.08.2026");
  CHECK(headings[1] == "О внедрении целевой модели наставничества в 2026/2027 учебном году");
  CHECK(headings[2] == "Состав наставнических пар на начало года");
  std::string plain = t.plain();
  CHECK(plain.find("Назначить куратором внедрения целевой модели наставничества заместителя директора по "
                   "учебно-воспитательной работе Лебедеву Ирину Павловну.") != std::string::npos);
  CHECK(plain.find("ученик – ученик") != std::string::npos);
  CHECK(plain.find("Директор Н. С. Ковалёва") != std::string::npos);
  // The first paragraph is not glued to the heading under it.
  auto paragraphs = texts_of(t, TextBlock::Kind::paragraph);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0].rfind("Муниципальное бюджетное общеобразовательное учреждение", 0) == 0);
}

TEST_CASE("docx text: Word's heading styles (a Russian Word's ids «1», «2»), list paragraphs and a table") {
  std::string error;
  auto blocks = blocks_from_docx(demo("polozhenie-o-nastavnichestve.docx"), error);
  INFO(error);
  REQUIRE(blocks);
  DocumentText t = text_from_docx_blocks(*blocks);
  CHECK(texts_of(t, TextBlock::Kind::heading) ==
        std::vector<std::string>{"Положение о системе наставничества педагогических работников и обучающихся", "1. Общие положения",
                                 "2. Права и обязанности наставника", "3. Меры поощрения"});
  CHECK(t.blocks[0].level == 1);
  CHECK(t.blocks[2].level == 2);
  CHECK(texts_of(t, TextBlock::Kind::list_item) ==
        std::vector<std::string>{"учитель – учитель;", "ученик – ученик;", "работодатель – ученик."});
  REQUIRE(t.blocks.back().kind == TextBlock::Kind::table);
  CHECK(t.blocks.back().rows.size() == 3);
  CHECK(t.blocks.back().rows[2] == std::vector<std::string>{"Публикация в рубрике «Наши наставники»", "Куратор с согласия наставника"});

  std::string html = document_text_html(t);
  CHECK(html.find("<h3>Положение о системе наставничества") != std::string::npos);
  CHECK(html.find("<h4>1. Общие положения</h4>") != std::string::npos);
  CHECK(html.find("<ul>\n<li>учитель – учитель;</li>\n<li>ученик – ученик;</li>\n<li>работодатель – ученик.</li></ul>") !=
        std::string::npos);
  CHECK(html.find("<thead><tr><th scope=\"col\">Мера поощрения</th><th scope=\"col\">Кто принимает решение</th></tr></thead>") !=
        std::string::npos);
}

TEST_CASE("document HTML: nested lists close in order, line breaks kept, text escaped") {
  DocumentText t = text_from_plain("Первый абзац\nвторая строка\n\n- пункт <1>\n- пункт 2\n\nИтог & подпись");
  REQUIRE(t.blocks.size() == 4);
  t.blocks[2].level = 1;  // «пункт 2» one level deeper
  CHECK(document_text_html(t) ==
        "<p>Первый абзац<br>вторая строка</p>\n<ul>\n<li>пункт &lt;1&gt;<ul>\n<li>пункт 2</li></ul>\n</li></ul>\n"
        "<p>Итог &amp; подпись</p>\n");
}

TEST_CASE("signature: a detached CMS signature names its signer and matches its file, anything else is told apart") {
  SignatureFileInfo sig = read_signature_file(demo("prikaz-86-o.pdf.sig"), demo("prikaz-86-o.pdf"));
  CHECK(sig.is_cms);
  CHECK(sig.signer == "Ковалёва Наталья Сергеевна");
  CHECK(sig.title == "Директор");
  CHECK(sig.organisation == "МБОУ «СОШ № 7» г. Северозёрска");
  CHECK(sig.serial == "01DA7F3C0E2B4A90000000A31C5E0002");
  CHECK(sig.content == SignatureFileInfo::Check::matches);
  // The same signature over another file.
  CHECK(read_signature_file(demo("prikaz-86-o.pdf.sig"), demo("prikaz-uo-412.pdf")).content ==
        SignatureFileInfo::Check::differs);
  CHECK_FALSE(read_signature_file(fixture("not-a-signature.sig"), demo("prikaz-86-o.pdf")).is_cms);
  CHECK_FALSE(read_signature_file(demo("prikaz-86-o.pdf"), demo("prikaz-86-o.pdf")).is_cms);
}

#include "base/text.h"
#include "content/legal.h"

TEST_CASE("legal references: one data file with dates in force, README cites the acts in force, never a repealed one") {
  const LegalAct& o1493 = legal_act("order_1493");
  CHECK(o1493.cite() == "приказ Рособрнадзора от 04.08.2023 № 1493");
  CHECK(o1493.in_force(Date{2026, 11, 20}));
  CHECK_FALSE(o1493.in_force(Date{2024, 8, 31}));
  CHECK_FALSE(o1493.in_force(Date{2028, 3, 2}));
  // The order 1493 replaced stays as history only, out of force.
  int replaced = 0;
  for (const auto& act : legal_acts())
    if (act.replaced_by == "order_1493") {
      ++replaced;
      CHECK_FALSE(act.in_force(Date{2026, 11, 20}));
      CHECK(act.in_force(Date{2024, 8, 31}));
    }
  CHECK(replaced == 1);
  CHECK(legal_act("decree_102").from == Date{2026, 3, 1});
  CHECK(legal_act("order_1353").amends == "order_1493");

  auto readme = read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/README.md");
  REQUIRE(readme);
  size_t start = readme->find("## Rules the section follows"), end = readme->find("\n## ", start + 1);
  REQUIRE(start != std::string::npos);
  std::string rules = readme->substr(start, end - start);
  // Line breaks in the Markdown are spaces.
  for (auto& c : rules)
    if (c == '\n') c = ' ';
  while (rules.find("  ") != std::string::npos) rules.replace(rules.find("  "), 2, " ");
  for (const auto& act : legal_acts()) {
    INFO(act.id);
    if (act.in_force(Date{2026, 11, 20})) {
      CHECK(rules.find(act.cite()) != std::string::npos);
      if (act.from) CHECK(rules.find("from " + legal_date(*act.from)) != std::string::npos);
    } else {
      CHECK(readme->find("№ " + act.number) == std::string::npos);
    }
  }
}
