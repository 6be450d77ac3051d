#include "render/legal_view.h"

#include "content/legal.h"

namespace nastavnik {

kainjow::mustache::data legal_data(const Date& today) {
  using data = kainjow::mustache::data;
  data all{data::type::object};
  auto date_or_false = [](const std::optional<Date>& d) { return d ? data(legal_date(*d)) : data(false); };
  for (const auto& act : legal_acts()) {
    data a{data::type::object};
    a.set("cite", act.cite());
    a.set("subject", act.subject);
    a.set("title", act.title.empty() ? data(false) : data(act.title));
    a.set("matters", act.matters);
    a.set("from", date_or_false(act.from));
    a.set("to", date_or_false(act.to));
    a.set("in_force", data(act.in_force(today)));
    all.set(act.id, std::move(a));
  }
  return all;
}

}  // namespace nastavnik
