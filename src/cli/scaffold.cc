#include "cli/scaffold.h"

#include <filesystem>

#include "base/file_names.h"
#include "base/text.h"
#include "cli/new_template.h"
#include "content/schemas.h"
#include "import/roadmap_yaml.h"

namespace fs = std::filesystem;

namespace nastavnik {

const std::vector<std::string>& scaffold_kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> out;
    for (const TypeSchema* t : new_template_types()) out.push_back(t->type);
    return out;
  }();
  return kinds;
}

ScaffoldResult scaffold_new(const std::string& root, const std::string& kind, const std::string& title, const Date& today) {
  ScaffoldResult r;
  const TypeSchema* type = find_new_template_type(kind);
  if (!type) {
    std::string known;
    for (const auto& k : scaffold_kinds()) known += (known.empty() ? "" : ", ") + k;
    r.error = "неизвестный вид материала «" + kind + "»";
    auto guess = nearest(kind, scaffold_kinds());
    r.hint = (guess ? "возможно, имелось в виду «" + *guess + "»; " : std::string()) + "доступны: " + known;
    return r;
  }
  std::string slug = cap_slug(slugify(title));
  if (slug.empty()) {
    r.error = "из заголовка «" + title + "» не получается имя файла";
    r.hint = "в заголовке должны быть буквы или цифры";
    return r;
  }
  const std::string& folder = type->folder;
  std::string text = new_template(*type, title, today);
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

namespace {

std::string answer_or(const std::string& answer, const std::string& sample) { return answer.empty() ? sample : answer; }

// site.yaml of a new section: the answers given, samples (which `status`
// lists as not filled in) for the rest.
std::string init_site_yaml(const InitAnswers& a, int year) {
  std::string url = answer_or(a.base_url, "https://school.example.ru/nastavnichestvo/");
  if (url.back() != '/') url += '/';
  std::string menu;
  for (const auto& [title, link] : init_menu()) menu += "  - title: " + title + "\n    link: " + link + "\n";
  return "# Настройки раздела «Наставничество». Строки с # — подсказки, на сайт не попадают.\n"
         "# Что ещё не заполнено, покажет команда: nastavnik status\n"
         "title: Наставничество\n"
         "description: Целевая модель наставничества в нашей школе\n"
         "# Адрес, по которому раздел будет открываться на сайте школы (с подпапкой).\n"
         "base_url: " + url + "\n"
         "timezone: Europe/Moscow\n"
         "academic_year: " + std::to_string(year) + "-" + std::to_string(year + 1) + "\n"
         "# Логотип школы: положите картинку в папку static/ и впишите её путь, например static/logo.png.\n"
         "logo:\n"
         "# Через сколько дней без изменений nastavnik status напомнит проверить страницу.\n"
         "stale_days: 90\n"
         "organisation:\n"
         "  full_name: " + yaml_quoted(answer_or(a.full_name, "Муниципальное бюджетное общеобразовательное учреждение "
                                                             "«Средняя общеобразовательная школа № 1»")) + "\n"
         "  short_name: " + yaml_quoted(answer_or(a.short_name, "МБОУ «СОШ № 1»")) + "\n"
         "  address: " + yaml_quoted(answer_or(a.address, "000000, г. Город, ул. Школьная, д. 1")) + "\n"
         "  phone: " + yaml_quoted(answer_or(a.phone, "+7 (000) 000-00-00")) + "\n"
         "  email: " + answer_or(a.email, "school@example.ru") + "\n"
         "  website: " + answer_or(a.website, "https://school.example.ru/") + "\n"
         "# Куратор внедрения целевой модели наставничества — показывается на главной странице раздела.\n"
         "curator:\n"
         "  name: " + std::string(kPlaceholderFullName) + "\n"
         "  position: заместитель директора, куратор внедрения целевой модели наставничества\n"
         "  email: " + answer_or(a.email, "school@example.ru") + "\n"
         "# Меню раздела. Адреса для ссылок показывает команда: nastavnik list\n"
         "menu:\n" + menu;
}

std::string intro(const std::string& title, const std::string& text) {
  return "---\ntitle: " + yaml_quoted(title) + "\n---\n\n" + text + "\n";
}

// A roadmap to start from: the item every seed roadmap has. The school's
// own roadmap replaces it (nastavnik import roadmap).
std::string init_roadmap(int year) {
  std::string y1 = std::to_string(year), y2 = std::to_string(year + 1);
  return "# " + std::string(kPlaceholder) + ": это пример. Замените его дорожной картой школы —\n"
         "# nastavnik import roadmap ФАЙЛ.docx — и удалите этот файл.\n"
         "title: \"Дорожная карта внедрения целевой модели наставничества на " + y1 + "-" + y2 + " учебный год\"\n"
         "academic_year: " + y1 + "-" + y2 + "\n"
         "items:\n"
         "  - number: \"1\"\n"
         "    title: \"Создание, наполнение и обновление раздела «Наставничество» на сайте школы\"\n"
         "    result: Раздел на сайте\n"
         "    responsible: [куратор]\n"
         "    deadline: в течение года\n"
         "    status: выполняется\n"
         "  - number: \"2\"\n"
         "    title: Формирование базы наставников и наставляемых\n"
         "    responsible: [куратор]\n"
         "    deadline: в течение года\n"
         "  - number: \"3\"\n"
         "    title: Проведение Дня наставника\n"
         "    responsible: [куратор]\n"
         "    deadline: ежегодно\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> init_menu() {
  std::vector<std::pair<std::string, std::string>> menu = {
      {"О наставничестве", "/"},           {"Нормативные документы", "/documents/"},
      {"Дорожная карта", "/roadmap/"},     {"Наши наставники", "/mentors/"},
      {"Методическая копилка", "/practices/"}, {"Мероприятия", "/events/"},
      {"Новости", "/news/"},               {"Конкурсы", "/competitions/"},
      {"Обратная связь", "/pages/kontakty.md"}};
  return menu;
}

ScaffoldResult init_site(const std::string& dir, const Date& today, bool force, const InitAnswers& answers) {
  ScaffoldResult r;
  r.path = dir;
  std::error_code ec;
  if (!force && fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    r.error = "папка «" + dir + "» уже существует и не пуста";
    r.hint = "укажите новую папку: nastavnik init moy-sayt";
    return r;
  }
  int year = today.month >= 9 ? today.year : today.year - 1;
  std::string mark(kPlaceholder);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"site.yaml", init_site_yaml(answers, year)},
      {"content/_index.md",
       intro("Наставничество", mark + ": расскажите, как в школе устроено наставничество: цели, формы "
                                     "наставничества, кто куратор и как стать наставником или наставляемым.")},
      {"content/documents/_index.md",
       intro("Нормативные документы", "Документы о наставничестве: федеральные, региональные, муниципальные и школьные.")},
      {"content/mentors/_index.md",
       intro("Наши наставники", "Педагоги, которые сопровождают коллег и обучающихся.")},
      {"content/practices/_index.md",
       intro("Методическая копилка", "Лучшие практики наставничества нашей школы.")},
      {"content/events/_index.md", intro("Мероприятия", "Встречи, семинары и конкурсы для наставников и наставляемых.")},
      {"content/news/_index.md", intro("Новости", "Наставничество сегодня: новости раздела.")},
      {"content/competitions/_index.md",
       intro("Конкурсы", "Конкурсы профессионального мастерства наставников и наставнических пар.")},
      {"content/pages/kontakty.md",
       intro("Обратная связь",
             "По вопросам наставничества обращайтесь к куратору — его телефон, почта и часы приёма указаны "
             "на главной странице раздела.\n\n" + mark + ": как задать вопрос или предложить тему встречи.")},
      {"content/roadmap/dorozhnaya-karta.yaml", init_roadmap(year)},
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
