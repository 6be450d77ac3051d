#include "cli/scaffold.h"

#include <filesystem>

#include "base/file_names.h"
#include "base/text.h"
#include "content/placeholders.h"

namespace fs = std::filesystem;

namespace nastavnik {

const std::vector<std::string>& scaffold_kinds() {
  static const std::vector<std::string> kinds = {"page", "document", "event", "news", "mentor", "practice"};
  return kinds;
}

static std::string yaml_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

ScaffoldResult scaffold_new(const std::string& root, const std::string& kind, const std::string& title, const Date& today) {
  ScaffoldResult r;
  std::string slug = cap_slug(slugify(title));
  if (slug.empty()) {
    r.error = "из заголовка «" + title + "» не получается имя файла";
    r.hint = "в заголовке должны быть буквы или цифры";
    return r;
  }
  std::string folder, text;
  if (kind == "page") {
    folder = "content/pages";
    text = "---\ntitle: " + yaml_quote(title) + "\ndescription: \"\"\n---\n\n" + std::string(kTemplatePageBody) + "\n";
  } else if (kind == "document") {
    folder = "content/documents";
    text = "---\ntitle: " + yaml_quote(title) +
           "\ntype: order        # law, directive, order, letter, regulation, roadmap, programme, plan, recommendations, report, other\n"
           "level: school      # federal, regional, municipal, school\n"
           "number: \"\"\ndate: " + today.iso() +
           "\nissuer: \"\"\nfile: files/" + slug + ".pdf\n---\n\n" + std::string(kTemplateDocumentBody) + "\n";
  } else if (kind == "event") {
    folder = "content/events";
    Date next = Date::from_days(today.days() + 7);
    text = "---\ntitle: " + yaml_quote(title) + "\nstart: " + next.iso() + " 15:00\nend: " + next.iso() +
           " 16:30\nplace: актовый зал\nformat: in_person   # in_person, online, mixed\n"
           "audience: наставники и наставляемые\nsummary: \"\"\n---\n\n" + std::string(kTemplateEventBody) + "\n";
  } else if (kind == "news") {
    folder = "content/news";
    text = "---\ntitle: " + yaml_quote(title) + "\ndate: " + today.iso() +
           "\nsummary: \"\"\ntags: []\n---\n\n" + std::string(kTemplateNewsBody) + "\n";
  } else if (kind == "mentor") {
    folder = "content/mentors";
    // No consent until the editor records the signed one: the profile stays
    // unpublished (with a warning) until then.
    text = "---\nname: " + yaml_quote(title) +
           "\nposition: \"\"\nsubjects: []\n"
           "category: first    # first, highest, methodologist, mentor_teacher\n"
           "experience: 0\n"
           "forms: [teacher_teacher]   # student_student, teacher_teacher, university_student, employer_student, "
           "employer_university_student\n"
           "roles: []\nachievements: []\nregional_register: false\n"
           "# photo: foto/" + slug + ".jpg\n"
           "email: \"\"\nstatus: active\n"
           "# Профиль публикуется только по согласию на распространение персональных\n"
           "# данных (152-ФЗ, ст. 10.1). Впишите его дату, срок и поля, которые оно\n"
           "# разрешает публиковать, и уберите # в начале строк:\n"
           "# consent:\n"
           "#   date: " + today.iso() + "\n"
           "#   until: " + today.iso() + "\n"
           "#   fields: [name, position, subjects, category, experience, forms, roles, achievements, "
           "regional_register, photo, biography, email]\n"
           "---\n\n" + std::string(kTemplateMentorBody) + "\n";
  } else if (kind == "practice") {
    folder = "content/practices";
    text = "---\ntitle: " + yaml_quote(title) +
           "\nstatus: draft        # draft, review, approved (only approved is published)\n"
           "reviewer: \"\"\nreview_date:\nsummary: \"\"\norganisation: \"\"\n"
           "authors: []   # - mentor: file-name-of-mentor  or  - name: …, position: …, consent: date of the written consent\n"
           "form: teacher_teacher   # student_student, teacher_teacher, university_student, employer_student, "
           "employer_university_student, personalised_programme\n"
           "role_model: \"\"\nlevels: [ooo]          # doo, noo, ooo, soo, spo, do\nsubjects: []\n"
           "problem: \"\"\ngoal: \"\"\ntasks: []\naudience: \"\"\nparticipants:\n"
           "stages: []    # - title: …, period: …, description: …\n"
           "methods: \"\"\nresources: \"\"\nresults: \"\"\nindicators: []\nnovelty: \"\"\nreuse: \"\"\n"
           "year: " + std::to_string(today.month >= 9 ? today.year : today.year - 1) + "-" +
           std::to_string(today.month >= 9 ? today.year + 1 : today.year) + "\ntags: []\n---\n\n"
           "Свободное описание практики (необязательно).\n";
  } else {
    std::string known;
    for (const auto& k : scaffold_kinds()) known += (known.empty() ? "" : ", ") + k;
    r.error = "неизвестный вид материала «" + kind + "»";
    auto guess = nearest(kind, scaffold_kinds());
    r.hint = (guess ? "возможно, имелось в виду «" + *guess + "»; " : std::string()) + "доступны: " + known;
    return r;
  }
  if (!fs::exists(fs::path(root) / "site.yaml")) {
    r.error = "в папке «" + root + "» нет site.yaml — это не папка сайта";
    r.hint = "перейдите в папку сайта или укажите её через -s ПАПКА";
    return r;
  }
  std::error_code ec;
  fs::create_directories(fs::path(root) / folder, ec);
  r.path = folder + "/" + slug + ".md";
  fs::path full = fs::path(root) / r.path;
  if (fs::exists(full)) {
    r.error = "файл " + r.path + " уже есть и не будет перезаписан";
    r.hint = "выберите другой заголовок или откройте существующий файл";
    return r;
  }
  if (!write_file(full.string(), text)) {
    r.error = "не удалось записать файл " + r.path;
    r.hint = "проверьте права на запись в папку сайта";
    return r;
  }
  r.ok = true;
  return r;
}

ScaffoldResult init_site(const std::string& dir, const Date& today, bool force) {
  ScaffoldResult r;
  r.path = dir;
  std::error_code ec;
  if (!force && fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    r.error = "папка «" + dir + "» уже существует и не пуста";
    r.hint = "укажите новую папку: nastavnik init moy-sayt";
    return r;
  }
  int year = today.month >= 9 ? today.year : today.year - 1;
  const std::vector<std::pair<std::string, std::string>> files = {
      {"site.yaml",
       "# Настройки раздела «Наставничество». Поля описаны в README генератора.\n"
       "title: Наставничество\n"
       "description: Целевая модель наставничества в нашей школе\n"
       "base_url: https://school.example.ru/nastavnichestvo/\n"
       "timezone: Europe/Moscow\n"
       "academic_year: " + std::to_string(year) + "-" + std::to_string(year + 1) + "\n"
       "organisation:\n"
       "  full_name: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»\n"
       "  short_name: МБОУ «СОШ № 1»\n"
       "  address: 000000, г. Город, ул. Школьная, д. 1\n"
       "  phone: +7 (000) 000-00-00\n"
       "  email: school@example.ru\n"
       "  website: https://school.example.ru/\n"
       "curator:\n"
       "  name: " + std::string(kPlaceholderFullName) + "\n"
       "  position: заместитель директора, куратор внедрения целевой модели наставничества\n"
       "  email: school@example.ru\n"
       "menu:\n"
       "  - title: О наставничестве\n"
       "    link: _index.md\n"
       "  - title: Контакты\n"
       "    link: pages/kontakty.md\n"},
      {"content/_index.md",
       "---\ntitle: Наставничество\n---\n\n" + std::string(kTemplateHomeBody) + "\n"},
      {"content/pages/kontakty.md",
       "---\ntitle: Куратор и контакты\n---\n\nПо вопросам наставничества обращайтесь к куратору.\n"},
      {"static/.keep", ""},
  };
  for (const auto& [rel, text] : files) {
    fs::path p = fs::path(dir) / rel;
    fs::create_directories(p.parent_path(), ec);
    if (!write_file(p.string(), text)) {
      r.error = "не удалось записать " + p.string();
      r.hint = "проверьте права на запись";
      return r;
    }
  }
  r.ok = true;
  return r;
}

}  // namespace nastavnik
