#include "content/legal.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "base/embedded.h"
#include "content/schemas.h"
#include "source/fields.h"

namespace nastavnik {

namespace {

std::vector<LegalAct> load() {
  Diagnostics diag;
  std::vector<LegalAct> acts;
  for (const auto& file : embedded_schemas()) {
    if (file.path != "legal.yaml") continue;
    static const Schema schema = {FieldSpec{"acts", FieldType::map_list, true, schema_of("legal_act")}};
    auto f = read_fields(file.data, schema, {"schemas/legal.yaml", 1}, diag);
    if (!f) break;
    for (const auto& a : f->maps("acts")) {
      LegalAct act;
      act.id = a.text("id");
      act.kind = a.text("kind");
      act.number = a.text("number");
      act.title = a.text("title");
      act.subject = a.text("subject");
      act.replaced_by = a.text("replaced_by");
      act.amends = a.text("amends");
      act.matters = a.text("matters");
      act.date = a.date("date");
      act.from = a.date("from");
      act.to = a.date("to");
      acts.push_back(std::move(act));
    }
  }
  if (acts.empty() || diag.error_count() || diag.warning_count()) {
    diag.print(std::cerr, false);
    std::cerr << "nastavnik: встроенный список нормативных актов (schemas/legal.yaml) повреждён — это ошибка программы\n";
    std::abort();
  }
  return acts;
}

}  // namespace

std::string legal_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day, d.month, d.year);
  return buf;
}

std::string LegalAct::cite() const {
  return kind + (date ? " от " + legal_date(*date) : "") + " № " + number;
}

bool LegalAct::in_force(const Date& day) const { return (!from || !(day < *from)) && (!to || !(*to < day)); }

const std::vector<LegalAct>& legal_acts() {
  static const std::vector<LegalAct> acts = load();
  return acts;
}

const LegalAct& legal_act(std::string_view id) {
  for (const auto& a : legal_acts())
    if (a.id == id) return a;
  std::cerr << "nastavnik: нет нормативного акта «" << id << "» в schemas/legal.yaml\n";
  std::abort();
}

}  // namespace nastavnik
