#pragma once
// Normative documents (приказ, положение, дорожная карта, программа …) with
// the attached file and the electronic-signature details that school sites
// must show.
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
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
  std::optional<Attachment> file;  // a detached signature (.sig), if published
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

}  // namespace nastavnik
