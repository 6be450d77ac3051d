#pragma once
// Normative documents (приказ, положение, дорожная карта, программа …) with
// the attached file and the electronic-signature details that school sites
// must show.
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "content/document_text.h"
#include "content/pdf_facts.h"
#include "content/signature_file.h"
#include "content/item_type.h"
#include "source/fields.h"

namespace nastavnik {

struct Attachment {
  std::string output;      // path in the output folder: "documents/files/prikaz.pdf"
  std::string format;      // "PDF", "DOCX"
  unsigned long long size = 0;
};

struct Signature {
  std::string signer, position, certificate;
  DateTime signed_at;
  std::optional<Date> valid_from, valid_to;
  std::optional<Attachment> file;  // a detached signature (.sig, .p7s), if published
  std::optional<SignatureFileInfo> file_info;  // what that file says (examine_document)
};

struct Document {
  std::string type;   // order | regulation | roadmap | programme | plan | recommendations | report | other
  std::string level;  // federal | regional | municipal | school
  std::string number;
  std::optional<Date> date;
  std::string issuer;
  std::optional<Attachment> file;
  std::string external_url;  // the official publication, e.g. on pravo.gov.ru
  std::optional<Signature> signature;
  std::string form;                  // copy | electronic (decree № 1802), "" when not said and not signed
  std::optional<PdfFacts> pdf;       // an attached PDF's facts (examine_document)
  std::optional<Attachment> text_file;  // the editor's text version (.txt, .md, .docx)
  DocumentText text;                 // the HTML version's text, from the file or the editor
  int text_line = 0;                 // the line of the field `text`, for its Markdown's messages
};

const std::vector<std::string>& document_levels();  // in display order
const std::vector<std::string>& document_types();
const Schema& document_schema();

// Builds a Document from validated front matter. `source_dir` is the folder
// of the .md file relative to the site root ("content/documents"); attached
// files are looked up relative to it and must exist.
Document read_document(const Fields& f, const std::string& root, const std::string& source_dir, Diagnostics& diag);

// Resolves an attached file named in field `name` relative to `source_dir`;
// reports a missing file or an internet address at the field.
std::optional<Attachment> read_attachment(const Fields& f, const std::string& name, const std::string& root,
                                          const std::string& source_dir, Diagnostics& diag);

// Upper-case extension as a file format label: "PDF".
std::string file_format(const std::string& path);

// As a content type (item_types.h): its pages read, placed and listed.
Verdict read_document_page(const Fields& f, const ItemSource& source, const Library& lib, Page& page, Diagnostics& diag);
void add_document_lists(Library& lib, std::optional<Page> intro, Diagnostics& diag);

}  // namespace nastavnik
