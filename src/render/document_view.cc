#include "render/document_view.h"

#include "base/text.h"

namespace nastavnik {

std::string document_badge(const Document& d, const Attachment& file, const std::string& size, const Theme& theme) {
  if (!d.pdf || !d.pdf->readable) return file.format + ", " + size;
  const PdfFacts& p = *d.pdf;
  std::string badge;
  if (p.has_text()) {
    badge = file.format + " " + theme.str("documents.badge.with_text") + ", " + std::to_string(p.pages) + " " +
            plural_form(p.pages, theme.list("documents.badge.pages")) + ", " + size;
  } else {
    badge = file.format + ", " + size + ", " + theme.str("documents.badge.scan");
  }
  if (p.copy_protected) badge += ", " + theme.str("documents.badge.protected");
  return badge;
}

kainjow::mustache::data signature_file_data(const Signature& s, const Theme& theme) {
  using data = kainjow::mustache::data;
  if (!s.file_info || !s.file_info->is_cms) return data(false);
  const SignatureFileInfo& i = *s.file_info;
  data d{data::type::object};
  auto text_or_false = [](const std::string& t) { return t.empty() ? data(false) : data(t); };
  d.set("signer", text_or_false(i.signer));
  d.set("title", text_or_false(i.title));
  d.set("organisation", text_or_false(i.organisation));
  d.set("serial", text_or_false(i.serial));
  d.set("signing_time", text_or_false(i.signing_time.empty() ? "" : i.signing_time + " UTC"));
  d.set("valid", text_or_false(i.not_before.empty() ? "" : i.not_before + " — " + i.not_after));
  d.set("matches", data(i.content == SignatureFileInfo::Check::matches));
  return d;
}

}  // namespace nastavnik
