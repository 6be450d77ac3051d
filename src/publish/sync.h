#pragma once
// Brings a target in line with a built section: reads the manifest there,
// plans (plan.h), and carries the plan out so that it can be interrupted at
// any point and resumed by running it again.
//
// Before the first change the manifest on the target is rewritten as
// incomplete, listing every path this publish may create; after the last
// deletion it is rewritten complete, listing exactly the build's files. Every
// file goes up under a temporary name (`.name.nastavnik-tmp`) and is renamed
// into place; leftovers of an interrupted publish are removed by the next.
#include <string>

#include "publish/manifest.h"
#include "publish/plan.h"
#include "publish/progress.h"
#include "publish/target.h"

namespace nastavnik {

struct SyncOptions {
  std::string local_dir;  // the built section
  std::string base_url;   // recorded in the manifest
  bool dry_run = false;
  bool overwrite = false; // replace files nastavnik did not publish (conflicts)
};

struct SyncResult {
  Plan plan;
  ManifestState manifest = ManifestState::missing;  // as found on the target
  bool resumed = false;         // the previous publish had been interrupted
  int uploaded = 0;
  unsigned long long uploaded_bytes = 0;
  int deleted = 0;
  int temporary_removed = 0;    // leftovers of an interrupted publish
  bool done = false;            // false: dry run, or stopped at conflicts
};

// The temporary name a file goes up under.
std::string temporary_name(const std::string& path);

// Throws TargetError on a failure of the target (nothing is left half-done
// that a rerun would not finish).
SyncResult sync_to_target(Target& target, const FileSet& local, const SyncOptions& options, TransferProgress& progress);

}  // namespace nastavnik
