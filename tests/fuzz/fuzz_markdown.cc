// libFuzzer target: Markdown with our extensions and the link hook the
// renderer installs (every link and image goes through resolve_link and the
// URL allow-list); no link that comes out may carry a refused scheme.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/url_policy.h"
#include "content/links.h"
#include "fuzz_library.h"
#include "render/markdown.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Library lib = fuzz::small_library();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool unsafe : {false, true}) {
    Diagnostics diag;
    MarkdownHooks hooks;
    hooks.rewrite_url = [&](const std::string& url, int line, int col) {
      if (line < 1 || col < 1) __builtin_trap();
      std::string out = resolve_link(lib, "content/pages", "kontakty/", url, {"content/pages/a.md", line, col}, diag);
      if (!url_allowed(out)) __builtin_trap();
      return out;
    };
    hooks.warn = [&](int line, int col, const std::string& message, const std::string& hint) {
      diag.warning({"content/pages/a.md", line, col}, message, hint);
    };
    std::string html = render_markdown(text, {unsafe}, hooks);
    (void)html;
  }
  return 0;
}
