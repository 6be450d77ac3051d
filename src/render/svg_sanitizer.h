#pragma once
// SVG pictures are documents a browser runs: a <script>, an onload= handler
// or a javascript: link inside one runs on the site's own address when the
// picture is opened. Published SVG keeps its drawing and loses what runs or
// loads something: scripts, event handlers, <foreignObject> (HTML inside),
// links and references to anything but a fragment of the picture itself,
// external style sheets and url()s, animations that rewrite links, and
// processing instructions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

struct SanitizedSvg {
  std::string svg;                   // the picture as it is published
  std::vector<std::string> removed;  // what was taken out, in Russian («<script>», «обработчик onload»)
};

// nullopt when the data is not a well-formed SVG document (then it is not
// published: a broken picture cannot be checked).
std::optional<SanitizedSvg> sanitize_svg(std::string_view data);

}  // namespace nastavnik
