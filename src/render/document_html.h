#pragma once
// The HTML version of a document's text (content/document_text.h): its
// headings one level under the page's own (h3…h5 below the section's h2),
// lists nested as in the file, tables with their first row as the header,
// every line break of a paragraph kept.
#include <string>

#include "content/document_text.h"

namespace nastavnik {

// The blocks as HTML; the editor's Markdown is rendered by the caller.
std::string document_text_html(const DocumentText& text);

}  // namespace nastavnik
