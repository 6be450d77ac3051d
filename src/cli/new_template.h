#pragma once
// The file `nastavnik new TYPE "Заголовок"` writes, made from the type's
// schema (schemas/TYPE.yaml): every field in the schema's order, each with
// its Russian label and help as a comment, Russian values, nested blocks
// (the cover, the signature, the consent) with empty values, and `draft: да`
// so that a half-filled file is never published by the next build.
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "content/placeholders.h"
#include "source/schema.h"

namespace nastavnik {

// Types `new` can make: the schemas kept one Markdown file an item.
std::vector<const TypeSchema*> new_template_types();
const TypeSchema* find_new_template_type(std::string_view name);

// The text of a new file of `type` titled `title`. Dates are taken from
// `today` (an event starts a week later).
std::string new_template(const TypeSchema& type, const std::string& title, const Date& today);

}  // namespace nastavnik
