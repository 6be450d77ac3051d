// libFuzzer target: URL handling — the scheme allow-list, links written in
// content resolved against a library (resolve_link), relative_url and
// percent_decode. Properties: an allowed link stays allowed after rewriting;
// a refused one is reported and comes back harmless.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/url_policy.h"
#include "content/links.h"
#include "fuzz_library.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Library lib = fuzz::small_library();
  std::string input(reinterpret_cast<const char*>(data), size);
  // The first line is the page's folder, the rest the link.
  size_t nl = input.find('\n');
  std::string from = nl == std::string::npos ? "kontakty/" : input.substr(0, nl);
  std::string href = nl == std::string::npos ? input : input.substr(nl + 1);

  bool allowed = url_allowed(href);
  (void)url_scheme(href);
  (void)printable_url(href);
  Diagnostics diag;
  std::string out = resolve_link(lib, "content/pages", "kontakty/", href, {"a.md", 1, 1}, diag);
  if (!url_allowed(out)) __builtin_trap();
  if (!allowed && diag.error_count() == 0) __builtin_trap();
  (void)percent_decode(href);
  (void)is_external_url(href);
  (void)relative_url(from, href);
  (void)root_prefix(from);
  (void)resolve_target(lib, "content/pages", href);
  return 0;
}
