#pragma once
// `nastavnik publish`: builds the section (as `build` does, never with
// drafts), runs the pre-publish checks, then sends it to the target given on
// the command line or in site.yaml (`publish: target:`), or writes an
// archive (--zip) or a paste kit (--kit), or prints social posts (--posts).
#include <iosfwd>
#include <string>

#include "content/library.h"

namespace nastavnik {

struct PublishRequest {
  std::string source = ".";
  std::string output;        // the build folder (default SRC/site)
  BuildOptions options;      // today, jobs (never drafts)
  std::string target;        // "" : from site.yaml
  std::string zip;           // --zip FILE
  std::string kit;           // --kit DIR
  bool posts = false;        // --posts
  bool dry_run = false;
  bool overwrite = false;
  bool quiet = false;
};

// Returns the exit status: 0 done, 1 not done (content errors, a failed
// check, a refused or failed transfer), 2 usage errors.
int run_publish(const PublishRequest& request, std::ostream& out, std::ostream& err, bool color);

}  // namespace nastavnik
