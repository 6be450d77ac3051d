#pragma once
// Checks before publishing, run by `check` and before every `publish`:
// placeholders left from `nastavnik init` and `nastavnik new` (an example
// base_url, «Фамилия Имя Отчество», template sentences), robots.txt and
// sitemap.xml in a subfolder (search engines read them only at the site's
// root), a base_url whose folder is not the target's, files over the usual
// upload limits of hostings and constructors, and a drafts build.
#include <string>

#include "base/diagnostics.h"
#include "content/library.h"
#include "publish/settings.h"
#include "publish/target_address.h"

namespace nastavnik {

struct PrepublishInput {
  const Library* library = nullptr;      // loaded without drafts
  const PublishSettings* settings = nullptr;
  const TargetAddress* target = nullptr; // where the section goes, when known
  std::string output;                    // the built section to look into ("" for `check`)
};

void check_before_publishing(const PrepublishInput& input, Diagnostics& diag);

// `check`'s part: loads the library (without drafts) and site.yaml's publish
// settings itself and checks against site.yaml's target, if any.
void check_before_publishing(const std::string& source, const BuildOptions& options, Diagnostics& diag);

}  // namespace nastavnik
