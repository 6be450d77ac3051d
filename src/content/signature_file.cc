#include "content/signature_file.h"

#include <openssl/pem.h>  // before cms.h: PEM_read_bio_CMS is declared by a pem.h macro
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "base/text.h"
#include "import/import_text.h"

namespace nastavnik {

namespace {

using Cms = std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free_all)>;

Bio memory(const std::string& bytes) { return Bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())), BIO_free_all); }

// DER (what CryptoPro and openssl write by default), PEM, or base64 without
// the PEM armour (CryptoPro's «в кодировке Base64»).
Cms parse(const std::string& bytes) {
  Cms cms(d2i_CMS_bio(memory(bytes).get(), nullptr), CMS_ContentInfo_free);
  if (!cms) cms.reset(PEM_read_bio_CMS(memory(bytes).get(), nullptr, nullptr, nullptr));
  if (!cms) {
    Bio b64(BIO_new(BIO_f_base64()), BIO_free_all);
    BIO_push(b64.get(), BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
    cms.reset(d2i_CMS_bio(b64.get(), nullptr));
  }
  ERR_clear_error();
  if (cms && OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) cms.reset();
  return cms;
}

std::string name_entry(X509_NAME* name, int nid) {
  int i = X509_NAME_get_index_by_NID(name, nid, -1);
  if (i < 0) return "";
  unsigned char* utf8 = nullptr;
  int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
  if (n < 0) return "";
  std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(n));
  OPENSSL_free(utf8);
  return std::string(trim(sanitize_utf8(out)));
}

std::string time_text(const ASN1_TIME* t, bool with_time) {
  std::tm tm{};
  if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, with_time ? "%04d-%02d-%02d %02d:%02d" : "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min);
  return buf;
}

void read_certificate(X509* cert, SignatureFileInfo& info) {
  X509_NAME* subject = X509_get_subject_name(cert);
  std::string surname = name_entry(subject, NID_surname), given = name_entry(subject, NID_givenName);
  info.signer = !surname.empty() ? surname + (given.empty() ? "" : " " + given) : name_entry(subject, NID_commonName);
  info.title = name_entry(subject, NID_title);
  info.organisation = name_entry(subject, NID_organizationName);
  if (BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
    char* hex = BN_bn2hex(bn);
    info.serial = hex ? hex : "";
    OPENSSL_free(hex);
    BN_free(bn);
  }
  info.not_before = time_text(X509_get0_notBefore(cert), false);
  info.not_after = time_text(X509_get0_notAfter(cert), false);
}

// Whether OpenSSL can check this signer at all: it knows the digest and can
// read the public key (a ГОСТ key cannot be read without the engine).
bool checkable(CMS_SignerInfo* si, X509* cert) {
  X509_ALGOR* digest = nullptr;
  CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
  const ASN1_OBJECT* oid = nullptr;
  if (digest) X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
  bool ok = oid && EVP_get_digestbynid(OBJ_obj2nid(oid)) && X509_get0_pubkey(cert);
  ERR_clear_error();
  return ok;
}

SignatureFileInfo::Check check_content(CMS_ContentInfo* cms, const std::string& document_path) {
  auto content = read_file(document_path);
  if (!content) return SignatureFileInfo::Check::not_checked;
  int ok = CMS_verify(cms, nullptr, nullptr, memory(*content).get(), nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY);
  ERR_clear_error();
  return ok == 1 ? SignatureFileInfo::Check::matches : SignatureFileInfo::Check::differs;
}

}  // namespace

SignatureFileInfo read_signature_file(const std::string& sig_path, const std::string& document_path) {
  SignatureFileInfo info;
  auto bytes = read_file(sig_path);
  if (!bytes) return info;
  Cms cms = parse(*bytes);
  if (!cms) return info;
  info.is_cms = true;
  STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
  STACK_OF(X509)* certs = CMS_get1_certs(cms.get());
  CMS_SignerInfo* si = signers && sk_CMS_SignerInfo_num(signers) > 0 ? sk_CMS_SignerInfo_value(signers, 0) : nullptr;
  X509* cert = nullptr;
  for (int i = 0; si && certs && i < sk_X509_num(certs) && !cert; ++i)
    if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0) cert = sk_X509_value(certs, i);
  if (si) {
    int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (at >= 0) {
      ASN1_TYPE* v = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, at), 0);
      if (v && (v->type == V_ASN1_UTCTIME || v->type == V_ASN1_GENERALIZEDTIME))
        info.signing_time = time_text(reinterpret_cast<const ASN1_TIME*>(v->value.asn1_string), true);
    }
  }
  if (cert) {
    read_certificate(cert, info);
    if (checkable(si, cert)) info.content = check_content(cms.get(), document_path);
  }
  sk_X509_pop_free(certs, X509_free);
  ERR_clear_error();
  return info;
}

}  // namespace nastavnik
