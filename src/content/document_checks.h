#pragma once
// Every published document checked when the site is built (decree № 102 of
// 07.02.2026, order № 1493): a scan without a text layer, an untagged PDF, a
// PDF without a title, an encrypted or copy-protected PDF, a .doc/.odt
// without an accessible alternative, a detached signature that is not a
// CMS/PKCS#7 structure or names another signer — each a warning (an error
// with --strict) at the document's field, naming the file and the fix. Also
// reads what the pages show: the file's facts, its text for the HTML
// version, the signature file's signer.
#include <string>

#include "base/diagnostics.h"
#include "content/document.h"
#include "source/fields.h"

namespace nastavnik {

// Fills d.pdf, d.text and d.signature->file_info from the files `d` names
// (already resolved by read_document), and reports what is missing.
void examine_document(Document& d, const Fields& f, const std::string& root, const std::string& source_dir,
                      Diagnostics& diag);

}  // namespace nastavnik
