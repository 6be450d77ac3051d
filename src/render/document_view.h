#pragma once
// What a document's page and card show about its file beyond the download
// link: a badge telling readers what the file is («PDF, 1,2 МБ, скан без
// текста», «PDF с текстом, 12 страниц, 40 КБ»), the form of publication
// (copy or electronic document), what a detached signature file says.
#include <kainjow/mustache.hpp>

#include <string>

#include "content/document.h"
#include "render/theme.h"

namespace nastavnik {

// `size` is the file's size as the theme writes it («1,2 МБ»).
std::string document_badge(const Document& d, const Attachment& file, const std::string& size, const Theme& theme);

// The signature file's signer, certificate and check, or false when unread.
kainjow::mustache::data signature_file_data(const Signature& s, const Theme& theme);

}  // namespace nastavnik
