#pragma once
// The rules the theme's texts and the docs cite (schemas/legal.yaml, compiled
// into the binary): orders, decrees, laws with their dates in force, so that
// the next change of the rules is one edit of that file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace nastavnik {

struct LegalAct {
  std::string id, kind, number, title, subject, replaced_by, amends, matters;
  std::optional<Date> date, from, to;

  // «приказ Рособрнадзора от 04.08.2023 № 1493»
  std::string cite() const;
  // In force on `day`: started (or no start known) and not ended.
  bool in_force(const Date& day) const;
};

// Every act of schemas/legal.yaml, in the file's order.
const std::vector<LegalAct>& legal_acts();
// The act with this id; a missing one is a programming error and aborts.
const LegalAct& legal_act(std::string_view id);

// DD.MM.YYYY, as Russian legal texts write dates.
std::string legal_date(const Date& d);

}  // namespace nastavnik
