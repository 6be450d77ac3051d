#include "content/people.h"

#include "base/text.h"
#include "content/library.h"
#include "content/mentor.h"

namespace nastavnik {

namespace {

// A file name written as it is: Latin letters, digits, hyphens.
bool is_slug(const std::string& s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '-' || c == '_')) return false;
  return true;
}

// A person written as a map: mentor, or name with position and consent.
std::optional<PersonRef> read_person_map(const Fields& f, const FieldSpec& spec, const YamlNode& item,
                                         const PersonWords& words, const SourceLoc& where, Diagnostics& diag) {
  Fields pf = f.nested(item, spec.fields, diag);
  PersonRef p{pf.text("mentor"), pf.text("name"), pf.text("position"), pf.date("consent"), where};
  if (p.mentor.empty() && p.name.empty()) {
    diag.error(where, "у " + words.genitive + " нет ни наставника (mentor), ни имени (name)",
               "укажите mentor: имя-файла-наставника или name: Фамилия Имя Отчество");
    return std::nullopt;
  }
  if (!p.mentor.empty() && !is_slug(p.mentor)) {
    diag.error(pf.loc("mentor"), "в поле mentor нужно имя файла наставника латиницей, а не «" + p.mentor + "»",
               "например: mentor: ivanova-mariya для content/mentors/ivanova-mariya.md");
    p.mentor.clear();
  }
  if (!p.name.empty() && !p.consent)
    diag.warning(pf.loc("name"),
                 "имя " + words.genitive + " «" + p.name + "» не будет опубликовано: нет даты согласия на распространение",
                 "получите письменное согласие (152-ФЗ, ст. 10.1) и укажите его дату: consent: 2026-09-01");
  return p;
}

}  // namespace

std::vector<PersonRef> read_people(const Fields& f, std::string_view key, const PersonWords& words, Diagnostics& diag) {
  std::vector<PersonRef> out;
  const YamlNode* node = f.raw(key);
  const FieldSpec* spec = f.spec(key);
  if (!node || node->is_null() || !spec) return out;
  std::vector<const YamlNode*> items;
  if (node->is_sequence())
    for (const auto& item : node->items) items.push_back(&item);
  else
    items.push_back(node);
  for (size_t i = 0; i < items.size(); ++i) {
    const YamlNode& item = *items[i];
    SourceLoc where = f.loc(key, i);
    if (item.is_scalar()) {
      std::string v(trim(item.text));
      if (is_slug(v)) {
        out.push_back({v, "", "", std::nullopt, where});
        continue;
      }
      diag.error(where, words.nominative + " «" + v + "» записан как имя без согласия на публикацию",
                 "укажите наставника именем его файла (mentor: ivanova-mariya) или запишите " + words.genitive +
                     " полями «- name: …» и «consent: дата согласия на распространение»");
    } else if (item.is_map()) {
      if (auto p = read_person_map(f, *spec, item, words, where, diag)) out.push_back(std::move(*p));
    } else {
      diag.error(where, words.nominative + " записан непонятно",
                 "каждого " + words.genitive + " начните с «- » на новой строке");
    }
  }
  return out;
}

std::vector<ShownPerson> shown_people(const Library& lib, const std::vector<PersonRef>& people) {
  std::vector<ShownPerson> out;
  for (const auto& a : people) {
    ShownPerson s;
    s.position = a.position;
    if (!a.mentor.empty()) {
      if (const Page* m = published_mentor(lib, slugify(a.mentor)); m && !m->draft) {
        s.mentor_url = m->url;
        s.name = m->title;
        if (s.position.empty() && m->mentor) s.position = m->mentor->position;
      }
    }
    if (s.name.empty() && !a.name.empty() && a.consent) s.name = a.name;
    if (!s.name.empty()) out.push_back(std::move(s));
  }
  return out;
}

void warn_unknown_mentor(const Library& lib, const std::string& written, const SourceLoc& loc, const std::string& hint,
                         Diagnostics& diag) {
  const auto& mentors = lib.slugs_in("mentors");
  if (mentors.count(slugify(written))) return;
  auto guess = nearest(written, std::vector<std::string>(mentors.begin(), mentors.end()));
  diag.warning(loc, "нет наставника «" + written + "»: файла content/mentors/" + written + ".md нет",
               guess ? "возможно, имелось в виду «" + *guess + "»" : hint);
}

std::string person_line(const ShownPerson& p) { return p.position.empty() ? p.name : p.name + ", " + p.position; }

}  // namespace nastavnik
