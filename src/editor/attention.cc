// «Что требует внимания»: filled in by attention_items (attention.h).
#include "editor/editor_call.h"
#include "editor/pages.h"

namespace nastavnik {

void Editor::attention(Call& c) {
  send_page(c.res, c.session, "Что требует внимания", "attention", "<p>Пока ничего.</p>\n");
}

}  // namespace nastavnik
