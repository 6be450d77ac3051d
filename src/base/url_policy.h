#pragma once
// The one allow-list of URL schemes for every link an editor writes: menu
// links, Markdown links and images, covers, roadmap evidence and approval
// links. A link may lead to a page or file of the site (a relative or
// site-root path, a #fragment) or start with http:, https:, mailto: or tel:.
// Everything else — javascript:, data:, vbscript:, file: and any scheme not
// named here — is refused, however it is disguised: the scheme is read the
// way a browser reads it (HTML character references decoded, tabs and line
// breaks inside dropped, control characters and spaces at the ends
// trimmed, letters case-folded), so `JaVa&#x09;Script:` is still javascript:.
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace nastavnik {

// The scheme of `href` as a browser would take it, lower-case ("javascript"),
// or "" when it has none (a relative or site-root path, "//host/…", "#top").
std::string url_scheme(std::string_view href);

// True when `href` may be published as a link or an image source.
bool url_allowed(std::string_view href);

// Reports a refused `href` at `loc` (in Russian, with a hint) and returns
// false; returns true and reports nothing for an allowed one.
bool check_url(std::string_view href, const SourceLoc& loc, Diagnostics& diag);

// `href` as it can be shown in a message: control characters written out
// (\t, \x01), long values shortened.
std::string printable_url(std::string_view href);

}  // namespace nastavnik
