#pragma once
// A detached electronic signature published beside a document (.sig, .p7s):
// a CMS / PKCS#7 SignedData structure, read with OpenSSL. ГОСТ algorithms
// are not verified (Debian's OpenSSL has no ГОСТ engine); what the file says
// about its signer is shown where it can be read.
#include <optional>
#include <string>

namespace nastavnik {

struct SignatureFileInfo {
  bool is_cms = false;          // parsed as CMS SignedData (DER, PEM or base64 DER)
  std::string signer;           // surname and given names (SN, G) or common name (CN) of the signer's certificate
  std::string title;            // the certificate's title (T), e.g. «Директор»
  std::string organisation;     // O
  std::string serial;           // the certificate's serial number, upper-case hex
  std::string signing_time;     // the signed attribute signingTime, "YYYY-MM-DD HH:MM" (UTC)
  std::string not_before, not_after;  // the certificate's validity, "YYYY-MM-DD"
  enum class Check { not_checked, matches, differs };
  Check content = Check::not_checked;  // the digest over the document, where OpenSSL knows the algorithms
};

// Reads `sig_path`; `document_path` is the signed file (for the digest check).
SignatureFileInfo read_signature_file(const std::string& sig_path, const std::string& document_path);

}  // namespace nastavnik
