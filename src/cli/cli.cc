#include "cli/cli.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "base/parallel.h"
#include "import/import_command.h"
#include "cli/fix_encoding.h"
#include "cli/list.h"
#include "cli/scaffold.h"
#include "cli/status.h"
#include "content/config.h"
#include "content/loader.h"
#include "content/schema_docs.h"
#include "content/schema_json.h"
#include "content/schemas.h"
#include "serve/server.h"
#include "output/build.h"
#include "publish/help.h"
#include "publish/prepublish.h"
#include "publish/publish.h"
#include "base/text.h"
#include "version.h"

namespace nastavnik {

namespace {

constexpr int kOk = 0, kContentError = 1, kUsageError = 2;

const char* kMainHelp =
    "Наставник — генератор раздела «Наставничество» для сайта школы.\n"
    "\n"
    "Использование: nastavnik КОМАНДА [ПАРАМЕТРЫ]\n"
    "\n"
    "Команды:\n"
    "  build   собрать сайт из папки с site.yaml в папку site/\n"
    "  serve   собрать, показать сайт в браузере и обновлять его при правках\n"
    "  check   проверить все файлы и ссылки, ничего не записывая\n"
    "  new     создать заготовку материала: nastavnik new news \"Заголовок\"\n"
    "  init    создать новый раздел: nastavnik init ПАПКА\n"
    "  list    показать, на что можно сослаться, и как написать ссылку\n"
    "  status  что требует внимания: сроки дорожной карты, согласия, отчёты, практики\n"
    "  import  перенести дорожную карту из Word или таблицы: nastavnik import roadmap ФАЙЛ.docx\n"
    "  publish опубликовать раздел на сайте школы (SFTP, FTP, папка), в архив или набор для Госвеба\n"
    "  schema  описание полей материалов: nastavnik schema event\n"
    "\n"
    "  nastavnik КОМАНДА --help   подробно о команде\n"
    "  nastavnik --version        версия\n"
    "\n"
    "Код выхода: 0 — успешно, 1 — ошибки в материалах, 2 — ошибка в команде.\n";

const std::map<std::string, std::string> kCommandHelp = {
    {"schema",
     "Использование: nastavnik schema [ВИД] [--json | --markdown]\n"
     "\n"
     "Показывает поля материалов: для каждого поля — что в нём писать, обязательно ли\n"
     "оно, значение по умолчанию, подсказку и допустимые значения по-русски.\n"
     "Без ВИДА — все виды материалов (news, event, mentor, practice …).\n"
     "\n"
     "      --json       то же для программ (формы редактора): JSON\n"
     "      --markdown   таблицы, как в docs/fields.md (по умолчанию)\n"},
    {"build",
     "Использование: nastavnik build [-s ПАПКА] [-o ПАПКА] [--today ГГГГ-ММ-ДД] [--drafts] [-j N] [--strict]\n"
     "\n"
     "Собирает сайт. Результат появляется в папке только после успешной сборки;\n"
     "при ошибках прежняя папка остаётся как была.\n"
     "\n"
     "  -s, --source ПАПКА   папка сайта с site.yaml (по умолчанию текущая)\n"
     "  -o, --output ПАПКА   куда записать сайт (по умолчанию site/ в папке сайта)\n"
     "      --today ДАТА     считать сегодняшней эту дату (для проверки и тестов)\n"
     "      --drafts         включить черновики (только для просмотра у себя): сборка идёт\n"
     "                       в папку preview/, а не в site/, которую публикуют\n"
     "  -j, --jobs N         число потоков (по умолчанию — все ядра)\n"
     "      --strict         считать предупреждения ошибками\n"
     "      --full           перестроить все страницы, не глядя на прошлую сборку\n"
     "      --fix            перекодировать в UTF-8 файлы, сохранённые в Windows-1251 или UTF-16\n"
     "  -q, --quiet          не печатать итог сборки\n"
     "\n"
     "Повторная сборка перестраивает только страницы, которых коснулись изменения;\n"
     "полная проверка всех материалов — команда check.\n"},
    {"serve",
     "Использование: nastavnik serve [-s ПАПКА] [-o ПАПКА] [--port 8080] [--bind 127.0.0.1] [--today ГГГГ-ММ-ДД]\n"
     "\n"
     "Собирает сайт и показывает его в браузере по адресу http://127.0.0.1:8080/…\n"
     "Следит за файлами сайта: после сохранения правки перестраиваются только\n"
     "затронутые страницы, и открытые страницы обновляются сами. Ошибка в файле\n"
     "показывается поверх страницы; пока она не исправлена, виден прежний сайт.\n"
     "Редактор материалов в браузере — по адресу http://127.0.0.1:8080/_editor/.\n"
     "\n"
     "  -s, --source ПАПКА   папка сайта с site.yaml (по умолчанию текущая)\n"
     "  -o, --output ПАПКА   куда собирать (по умолчанию site/ в папке сайта)\n"
     "      --port N         порт (по умолчанию 8080)\n"
     "      --bind АДРЕС     адрес (по умолчанию 127.0.0.1 — только этот компьютер);\n"
     "                       с другим адресом редактор работает только с паролем\n"
     "      --password-file ФАЙЛ  пароль редактора (первая строка файла); без него\n"
     "                       при --bind пароль спрашивается при запуске\n"
     "      --no-editor      не запускать редактор, только предпросмотр\n"
     "      --today ДАТА     считать сегодняшней эту дату\n"
     "      --drafts         показывать черновики (сборка идёт в папку preview/, не в site/)\n"
     "  -j, --jobs N         число потоков\n"},
    {"check",
     "Использование: nastavnik check [-s ПАПКА] [--strict] [--today ГГГГ-ММ-ДД] [--drafts]\n"
     "\n"
     "Проверяет все материалы, поля, файлы и ссылки, ничего не записывая.\n"
     "\n"
     "  -s, --source ПАПКА   папка сайта с site.yaml (по умолчанию текущая)\n"
     "      --strict         считать предупреждения ошибками\n"
     "      --today ДАТА     считать сегодняшней эту дату\n"
     "      --drafts         проверять и черновики\n"
     "      --fix            перекодировать в UTF-8 файлы, сохранённые в Windows-1251 или UTF-16\n"},
    {"new",
     "Использование: nastavnik new ВИД \"Заголовок\" [-s ПАПКА]\n"
     "\n"
     "Создаёт файл-заготовку со всеми полями материала и подсказками к ним.\n"
     "Имя файла — заголовок латиницей: «Положение о наставничестве» →\n"
     "polozhenie-o-nastavnichestve.md. Заготовка — черновик (draft: да): на сайте\n"
     "её нет, пока вы не напишете draft: нет.\n"
     "\n"
     "Виды: news (новость), event (мероприятие), document (документ), page (страница),\n"
     "      mentor (наставник: публикуется только после записи согласия в поле consent),\n"
     "      practice (практика для банка лучших практик)\n"},
    {"list",
     "Использование: nastavnik list [ВИД] [-s ПАПКА]\n"
     "\n"
     "Показывает всё, на что можно сослаться, — страницы, разделы, документы,\n"
     "файлы — и как написать ссылку: [слова ссылки](/documents/prikaz.md).\n"
     "\n"
     "Виды: section (разделы), document, event, news, mentor, page, practice,\n"
     "      roadmap, file (файлы); можно по-русски: документы, новости, файлы.\n"},
    {"status",
     "Использование: nastavnik status [-s ПАПКА] [--today ГГГГ-ММ-ДД]\n"
     "\n"
     "Что требует внимания: просроченные пункты дорожной карты и пункты со сроком\n"
     "в ближайшие две недели, согласия наставников, которые скоро закончатся или\n"
     "уже закончились, прошедшие мероприятия без отчёта, практики на рассмотрении,\n"
     "страницы, которые давно не обновлялись (срок — stale_days в site.yaml,\n"
     "по умолчанию 90 дней), незаполненные места заготовок и черновики.\n"},
    {"import",
     "Использование: nastavnik import roadmap ФАЙЛ [-o ФАЙЛ.yaml] [--year 2023-2024]\n"
     "                 [--force | --update СТАРЫЙ.yaml] [--explain]\n"
     "\n"
     "Переносит дорожную карту из документа Word (.docx), текста с табуляциями\n"
     "(.tsv, .txt), таблицы CSV или Markdown в файл дорожной карты сайта.\n"
     "Находит строку заголовков по названиям колонок («Мероприятие», «Сроки»,\n"
     "«Ответственные», «Форма представления результата», «Показатели\n"
     "эффективности»), раскладывает ячейки по смыслу (и объединённые ячейки Word),\n"
     "узнаёт строки разделов, склеивает строки, разорванные переносом страницы,\n"
     "сохраняет нумерацию и утверждающий приказ. Текст в Windows-1251 перекодирует.\n"
     "Все пункты получают status: planned. Обо всём, что не удалось разложить\n"
     "по полям, сообщает.\n"
     "\n"
     "  -o, --output ФАЙЛ    куда записать (по умолчанию content/roadmap/<имя файла>.yaml)\n"
     "      --year ГОД       учебный год для месяцев без года: 2023-2024\n"
     "      --force          перезаписать существующий файл\n"
     "      --update ФАЙЛ    обновить карту из новой редакции документа, сохранив\n"
     "                       отметки о выполнении (status, completed, evidence);\n"
     "                       новые пункты добавляются, убранные отмечаются cancelled\n"
     "      --explain        показать, как разобрана каждая строка таблицы и почему\n"
     "                       (файл не записывается)\n"},
    {"publish", publish_help()},
    {"init",
     "Использование: nastavnik init ПАПКА [--name ТЕКСТ] [--short-name ТЕКСТ] [--address ТЕКСТ]\n"
     "                 [--email АДРЕС] [--url АДРЕС] [--force] [--ask]\n"
     "\n"
     "Создаёт весь раздел, который сразу собирается: site.yaml с меню («Нормативные\n"
     "документы», «Дорожная карта», «Наши наставники», «Методическая копилка»,\n"
     "«Мероприятия», «Новости», «Обратная связь»), вступления к разделам, страницу\n"
     "обратной связи и пример дорожной карты. В терминале спрашивает название\n"
     "школы, адрес, почту и адрес раздела; в скриптах их задают параметрами.\n"
     "\n"
     "      --name ТЕКСТ        полное название школы\n"
     "      --short-name ТЕКСТ  краткое название\n"
     "      --address ТЕКСТ     адрес школы\n"
     "      --email АДРЕС       электронная почта школы\n"
     "      --url АДРЕС         адрес раздела на сайте школы (base_url)\n"
     "      --ask               задать вопросы, даже если ввод не с терминала\n"
     "      --force             записать в папку, где уже есть файлы (файлы раздела\n"
     "                          с теми же именами будут заменены)\n"},
};

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // canonical long name -> value
  std::map<std::string, bool> flags;
  bool help = false;
};

struct OptionSpec {
  std::string long_name;
  char short_name;
  bool takes_value;
};

const std::map<std::string, std::vector<OptionSpec>> kOptions = {
    {"build",
     {{"source", 's', true}, {"output", 'o', true}, {"today", 0, true}, {"drafts", 0, false}, {"jobs", 'j', true},
      {"strict", 0, false}, {"quiet", 'q', false}, {"full", 0, false}, {"fix", 0, false}}},
    {"check",
     {{"source", 's', true}, {"today", 0, true}, {"drafts", 0, false}, {"strict", 0, false}, {"jobs", 'j', true},
      {"fix", 0, false}}},
    {"new", {{"source", 's', true}, {"today", 0, true}}},
    {"list", {{"source", 's', true}, {"today", 0, true}, {"drafts", 0, false}}},
    {"status", {{"source", 's', true}, {"today", 0, true}}},
    {"serve",
     {{"source", 's', true}, {"output", 'o', true}, {"port", 'p', true}, {"bind", 0, true}, {"password-file", 0, true}, {"no-editor", 0, false}, {"today", 0, true},
      {"drafts", 0, false}, {"jobs", 'j', true}}},
    {"init",
     {{"today", 0, true}, {"force", 0, false}, {"ask", 0, false}, {"name", 0, true}, {"short-name", 0, true},
      {"address", 0, true}, {"email", 0, true}, {"url", 0, true}}},
    {"schema", {{"json", 0, false}, {"markdown", 0, false}}},
    {"import", {{"output", 'o', true}, {"year", 0, true}, {"force", 0, false}, {"update", 0, true}, {"explain", 0, false}}},
    {"publish",
     {{"source", 's', true}, {"output", 'o', true}, {"today", 0, true}, {"jobs", 'j', true}, {"dry-run", 'n', false},
      {"zip", 0, true}, {"kit", 0, true}, {"posts", 0, false}, {"overwrite", 0, false}, {"drafts", 0, false},
      {"quiet", 'q', false}}},
};

// Parses the options of `command`; returns an error message on bad usage.
std::optional<std::string> parse_options(const std::vector<std::string>& words, Args& args) {
  const auto& specs = kOptions.at(args.command);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "--help" || w == "-h") {
      args.help = true;
      continue;
    }
    if (w.size() < 2 || w[0] != '-' || w == "--") {
      args.positional.push_back(w);
      continue;
    }
    std::string name, value;
    bool has_value = false;
    const OptionSpec* spec = nullptr;
    if (w[1] == '-') {
      name = w.substr(2);
      size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      for (const auto& s : specs)
        if (s.long_name == name) spec = &s;
    } else {
      for (const auto& s : specs)
        if (s.short_name == w[1]) spec = &s;
      if (spec && w.size() > 2) {
        value = w.substr(2);
        has_value = true;
      }
    }
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& s : specs) names.push_back("--" + s.long_name);
      auto guess = nearest(w, names);
      return "неизвестный параметр «" + w + "»" + (guess ? ", возможно, имелось в виду «" + *guess + "»" : std::string());
    }
    if (spec->takes_value) {
      if (!has_value) {
        if (i + 1 >= words.size()) return "после «" + w + "» нужно значение";
        value = words[++i];
      }
      args.values[spec->long_name] = value;
    } else {
      if (has_value) return "параметр «--" + spec->long_name + "» не принимает значения";
      args.flags[spec->long_name] = true;
    }
  }
  return std::nullopt;
}

Date system_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool use_color(std::ostream& err) {
  return &err == &std::cerr && ::isatty(2) && std::getenv("NO_COLOR") == nullptr;
}

int usage_error(std::ostream& err, const std::string& command, const std::string& message) {
  err << "nastavnik" << (command.empty() ? "" : " " + command) << ": ошибка: " << message << "\n";
  err << "Подробнее: nastavnik " << (command.empty() ? "" : command + " ") << "--help\n";
  return kUsageError;
}

// Reads --today and --jobs shared by several commands.
std::optional<std::string> common_options(const Args& args, BuildOptions& options) {
  options.today = system_today();
  if (auto it = args.values.find("today"); it != args.values.end()) {
    auto d = parse_date(it->second);
    if (!d) return "неверная дата в --today: «" + it->second + "» (нужно ГГГГ-ММ-ДД, например 2025-03-02)";
    options.today = *d;
  }
  options.jobs = default_jobs();
  if (auto it = args.values.find("jobs"); it != args.values.end()) {
    try {
      options.jobs = std::stoi(it->second);
    } catch (...) {
      options.jobs = 0;
    }
    if (options.jobs < 1 || options.jobs > 256) return "число потоков -j должно быть от 1 до 256";
  }
  options.drafts = args.flags.count("drafts") > 0;
  return std::nullopt;
}

// `-o ""` or `-s ""`: a folder option given an empty value.
std::optional<std::string> empty_folder_option(const Args& args) {
  for (const char* name : {"source", "output"})
    if (auto it = args.values.find(name); it != args.values.end() && it->second.empty())
      return std::string("пустое имя папки в --") + name + "; укажите папку, например " +
             (name == std::string("source") ? "-s ." : "-o site");
  return std::nullopt;
}

// The output folder: -o, or site/ in the source folder; a drafts build goes
// to preview/ instead and never into site/, the folder that gets published.
std::optional<std::string> output_folder(const Args& args, const std::string& source, bool drafts, std::string& output) {
  std::string site = source + "/site";
  output = args.values.count("output") ? args.values.at("output") : drafts ? source + "/preview" : site;
  if (!drafts) return std::nullopt;
  std::error_code ec;
  if (std::filesystem::weakly_canonical(std::filesystem::absolute(output), ec) ==
      std::filesystem::weakly_canonical(std::filesystem::absolute(site), ec))
    return "черновики не собираются в папку site/ — её публикуют; без -o они соберутся в папку preview/";
  return std::nullopt;
}

void print_summary(std::ostream& err, const Diagnostics& diag, bool color) {
  diag.print(err, color);
  int errors = diag.error_count(), warnings = diag.warning_count();
  if (errors || warnings) {
    err << "Итого: " << errors << " " << plural_form(errors, {"ошибка", "ошибки", "ошибок"}) << ", " << warnings << " "
        << plural_form(warnings, {"предупреждение", "предупреждения", "предупреждений"}) << ".\n";
  }
}

int cmd_build(const Args& args, std::ostream& out, std::ostream& err, bool write) {
  if (!args.positional.empty())
    return usage_error(err, args.command, "лишний аргумент «" + args.positional[0] + "»; папку сайта укажите через -s");
  SiteRequest req;
  req.source = args.values.count("source") ? args.values.at("source") : ".";
  if (auto e = empty_folder_option(args)) return usage_error(err, args.command, *e);
  req.write = write;
  req.strict = args.flags.count("strict") > 0;
  req.incremental = args.flags.count("full") == 0;
  if (auto e = common_options(args, req.options)) return usage_error(err, args.command, *e);
  if (auto e = output_folder(args, req.source, req.options.drafts, req.output)) return usage_error(err, args.command, *e);
  if (args.flags.count("fix")) fix_encodings(req.source, out);
  Diagnostics diag(req.source);
  diag.set_strict(args.flags.count("strict") > 0);
  SiteStats stats;
  bool ok = build_site(req, diag, stats);
  // `check` also checks what publishing would refuse or warn about.
  if (ok && !write) check_before_publishing(req.source, req.options, diag);
  print_summary(err, diag, use_color(err));
  if (!ok || diag.failed()) {
    err << (write ? "Сайт не собран: исправьте ошибки выше. Прежняя версия сайта не изменена.\n"
                  : "Проверка не пройдена: исправьте ошибки выше.\n");
    return kContentError;
  }
  if (!args.flags.count("quiet")) {
    if (write && stats.unchanged)
      out << "Без изменений: сайт в " << req.output << " актуален (проверено за " << stats.milliseconds << " мс).\n";
    else if (write)
      out << "Готово: " << stats.pages << " " << plural_form(stats.pages, {"страница", "страницы", "страниц"})
          << " (перестроено " << stats.rendered << "), изменено " << stats.written << " "
          << plural_form(stats.written, {"файл", "файла", "файлов"}) << " из " << stats.files << " за "
          << stats.milliseconds << " мс → " << req.output << "\n";
    else
      out << "Проверено: " << stats.pages << " " << plural_form(stats.pages, {"страница", "страницы", "страниц"})
          << ", ошибок нет.\n";
    if (stats.images_processed + stats.images_cached > 0)
      out << "Фотографии: обработано " << stats.images_processed << ", из кэша " << stats.images_cached << ".\n";
  }
  return kOk;
}

int cmd_serve(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.positional.empty())
    return usage_error(err, "serve", "лишний аргумент «" + args.positional[0] + "»; папку сайта укажите через -s");
  ServeOptions opts;
  opts.site.source = args.values.count("source") ? args.values.at("source") : ".";
  if (auto e = empty_folder_option(args)) return usage_error(err, "serve", *e);
  if (auto e = common_options(args, opts.site.options)) return usage_error(err, "serve", *e);
  if (auto e = output_folder(args, opts.site.source, opts.site.options.drafts, opts.site.output))
    return usage_error(err, "serve", *e);
  if (args.values.count("bind")) opts.bind = args.values.at("bind");
  if (args.values.count("password-file")) opts.password_file = args.values.at("password-file");
  opts.editor = !args.flags.count("no-editor");
  if (args.values.count("port")) {
    try {
      opts.port = std::stoi(args.values.at("port"));
    } catch (...) {
      opts.port = -1;
    }
    if (opts.port < 1 || opts.port > 65535) return usage_error(err, "serve", "порт должен быть числом от 1 до 65535");
  }
  return serve(opts, out, err);
}

int cmd_new(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() != 2)
    return usage_error(err, "new", "нужны вид и заголовок в кавычках: nastavnik new page \"Вопросы родителей\"");
  BuildOptions options;
  if (auto e = common_options(args, options)) return usage_error(err, "new", *e);
  std::string root = args.values.count("source") ? args.values.at("source") : ".";
  ScaffoldResult r = scaffold_new(root, args.positional[0], args.positional[1], options.today);
  if (!r.ok) {
    err << "nastavnik new: ошибка: " << r.error << "\n";
    if (!r.hint.empty()) err << "  подсказка: " << r.hint << "\n";
    const auto& kinds = scaffold_kinds();
    bool known = std::find(kinds.begin(), kinds.end(), args.positional[0]) != kinds.end();
    return known ? kContentError : kUsageError;
  }
  out << "Создан файл " << r.path << "\n";
  return kOk;
}

// The questions `init` asks on a terminal, with the flag that answers each.
struct InitQuestion {
  const char* flag;
  const char* question;
  std::string InitAnswers::*answer;
};
const std::vector<InitQuestion> kInitQuestions = {
    {"name", "Полное название школы (как в уставе)", &InitAnswers::full_name},
    {"short-name", "Краткое название (например, МБОУ «СОШ № 1»)", &InitAnswers::short_name},
    {"address", "Адрес школы с индексом", &InitAnswers::address},
    {"email", "Электронная почта школы", &InitAnswers::email},
    {"url", "Адрес раздела на сайте школы (например, https://school1.ru/nastavnichestvo/)", &InitAnswers::base_url},
};

// Answers from the flags; the rest asked on the terminal (or with --ask),
// an empty answer leaving the sample value.
InitAnswers init_answers(const Args& args, std::istream& in, std::ostream& out) {
  InitAnswers a;
  bool ask = args.flags.count("ask") || ::isatty(0);
  if (ask) out << "Ответьте на несколько вопросов (Enter — пропустить, заполните потом в site.yaml).\n";
  for (const auto& q : kInitQuestions) {
    if (auto it = args.values.find(q.flag); it != args.values.end()) {
      a.*q.answer = it->second;
    } else if (ask) {
      out << q.question << ": " << std::flush;
      std::string line;
      if (std::getline(in, line)) a.*q.answer = std::string(trim(line));
    }
  }
  return a;
}

std::optional<std::string> check_init_answers(const InitAnswers& a) {
  if (!a.base_url.empty() && a.base_url.rfind("https://", 0) != 0 && a.base_url.rfind("http://", 0) != 0)
    return "адрес раздела должен начинаться с https:// или http://, например https://school1.ru/nastavnichestvo/";
  if (!a.email.empty() && a.email.find('@') == std::string::npos)
    return "«" + a.email + "» — не адрес электронной почты";
  return std::nullopt;
}

int cmd_init(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() != 1 || args.positional[0].empty())
    return usage_error(err, "init", "укажите папку нового сайта: nastavnik init moy-sayt");
  BuildOptions options;
  if (auto e = common_options(args, options)) return usage_error(err, "init", *e);
  const std::string& dir = args.positional[0];
  std::error_code ec;
  bool force = args.flags.count("force") > 0;
  if (!force && std::filesystem::exists(dir, ec) &&
      !(std::filesystem::is_directory(dir, ec) && std::filesystem::is_empty(dir, ec)))
    return usage_error(err, "init", "папка «" + dir + "» уже существует и не пуста — в ней ничего не изменено; " +
                                        "укажите новую папку или добавьте --force, чтобы записать сайт поверх");
  InitAnswers answers = init_answers(args, std::cin, out);
  if (auto e = check_init_answers(answers)) return usage_error(err, "init", *e);
  ScaffoldResult r = init_site(dir, options.today, force, answers);
  if (!r.ok) {
    err << "nastavnik init: ошибка: " << r.error << "\n";
    if (!r.hint.empty()) err << "  подсказка: " << r.hint << "\n";
    return kContentError;
  }
  // The address serve will show: its path is the one of base_url.
  Diagnostics quiet(dir);
  auto config = load_config(dir, quiet);
  std::string path = config ? config->base_url.substr(config->base_origin.size()) : "/";
  out << "Создан раздел в папке " << r.path << ".\n"
      << "Дальше:\n"
      << "  cd " << r.path << "\n"
      << "  nastavnik serve     — посмотреть раздел в браузере: http://127.0.0.1:8080" << path << "\n"
      << "  nastavnik status    — что ещё заполнить\n";
  return kOk;
}

// The site's content, loaded as a build would (for list and status).
std::optional<Library> load_site(const std::string& root, const BuildOptions& options, Diagnostics& diag) {
  auto config = load_config(root, diag);
  if (!config) return std::nullopt;
  return load_library(*config, options, diag);
}

// Content errors do not stop list and status; they are only pointed at.
void mention_errors(const Diagnostics& diag, std::ostream& err) {
  if (diag.error_count() > 0)
    err << "В материалах есть ошибки (" << diag.error_count() << "): подробности — nastavnik check.\n";
}

int cmd_list(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() > 1) return usage_error(err, "list", "укажите один вид: nastavnik list documents");
  std::string group;
  if (!args.positional.empty() && (group = list_group(args.positional[0])).empty())
    return usage_error(err, "list", "неизвестный вид «" + args.positional[0] +
                                        "»; виды: section, document, event, news, mentor, page, practice, roadmap, file");
  BuildOptions options;
  if (auto e = common_options(args, options)) return usage_error(err, "list", *e);
  std::string root = args.values.count("source") ? args.values.at("source") : ".";
  Diagnostics diag(root);
  auto lib = load_site(root, options, diag);
  if (!lib) {
    print_summary(err, diag, use_color(err));
    return kContentError;
  }
  print_link_targets(*lib, group, out);
  mention_errors(diag, err);
  return kOk;
}

int cmd_status(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.positional.empty())
    return usage_error(err, "status", "лишний аргумент «" + args.positional[0] + "»; папку сайта укажите через -s");
  BuildOptions options;
  if (auto e = common_options(args, options)) return usage_error(err, "status", *e);
  options.drafts = true;  // drafts and practices on review are listed too
  std::string root = args.values.count("source") ? args.values.at("source") : ".";
  Diagnostics diag(root);
  auto lib = load_site(root, options, diag);
  if (!lib) {
    print_summary(err, diag, use_color(err));
    return kContentError;
  }
  print_status(site_status(*lib, options.today), *lib, out);
  mention_errors(diag, err);
  return kOk;
}

int cmd_import(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() != 2 || args.positional[0] != "roadmap")
    return usage_error(err, "import", "нужно: nastavnik import roadmap ФАЙЛ (.docx, .tsv, .txt, .csv или .md)");
  ImportOptions o;
  o.path = args.positional[1];
  if (args.values.count("year")) {
    static const std::regex re(R"((\d{4})[-/–](\d{4}))");
    std::smatch m;
    const std::string& year = args.values.at("year");
    if (!std::regex_match(year, m, re) || std::stoi(m[2]) != std::stoi(m[1]) + 1)
      return usage_error(err, "import", "учебный год в --year пишется как 2023-2024");
    o.year = m[1].str() + "-" + m[2].str();
  }
  if (args.values.count("output")) o.output = args.values.at("output");
  if (args.values.count("update")) o.update = args.values.at("update");
  o.force = args.flags.count("force");
  o.explain = args.flags.count("explain");
  if (o.force && !o.update.empty())
    return usage_error(err, "import", "--force заменяет файл целиком, --update сохраняет отметки: укажите одно из двух");
  return run_import_roadmap(o, out, err);
}

int cmd_schema(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.positional.size() > 1)
    return usage_error(err, "schema", "лишний аргумент «" + args.positional[1] + "»: вид материала указывается один");
  bool json = args.flags.count("json") > 0;
  if (json && args.flags.count("markdown")) return usage_error(err, "schema", "выберите одно: --json или --markdown");
  if (args.positional.empty()) {
    if (json) out << all_schemas_json().dump(2) << "\n";
    else out << fields_reference_markdown();
    return kOk;
  }
  const std::string& name = args.positional[0];
  for (const auto& t : all_type_schemas())
    if (t.type == name) {
      if (json) out << type_schema_json(t).dump(2) << "\n";
      else out << type_schema_markdown(t);
      return kOk;
    }
  std::vector<std::string> names;
  for (const auto& t : all_type_schemas()) names.push_back(t.type);
  auto guess = nearest(name, names);
  return usage_error(err, "schema", "нет вида материалов «" + name + "»" +
                                        (guess ? ", возможно, имелось в виду «" + *guess + "»" : std::string()) +
                                        "; все виды: " + join(names, ", "));
}

int cmd_publish(const Args& args, std::ostream& out, std::ostream& err) {
  PublishRequest req;
  if (args.positional.size() > 1)
    return usage_error(err, "publish", "лишний аргумент «" + args.positional[1] + "»: адрес публикации указывается один");
  if (!args.positional.empty()) req.target = args.positional[0];
  req.source = args.values.count("source") ? args.values.at("source") : ".";
  req.output = args.values.count("output") ? args.values.at("output") : req.source + "/site";
  if (auto e = common_options(args, req.options)) return usage_error(err, "publish", *e);
  if (req.options.drafts)
    return usage_error(err, "publish",
                       "черновики не публикуются; посмотреть их можно у себя: nastavnik serve --drafts");
  if (args.values.count("zip")) req.zip = args.values.at("zip");
  if (args.values.count("kit")) req.kit = args.values.at("kit");
  req.posts = args.flags.count("posts") > 0;
  req.dry_run = args.flags.count("dry-run") > 0;
  req.overwrite = args.flags.count("overwrite") > 0;
  req.quiet = args.flags.count("quiet") > 0;
  int modes = !req.target.empty() + !req.zip.empty() + !req.kit.empty() + req.posts;
  if (modes > 1)
    return usage_error(err, "publish", "выберите одно: адрес публикации, --zip, --kit или --posts");
  if (req.dry_run && (!req.zip.empty() || !req.kit.empty() || req.posts))
    return usage_error(err, "publish", "--dry-run показывает план публикации на сервер; с --zip, --kit и --posts он не нужен");
  return run_publish(req, out, err, use_color(err));
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) {
    err << kMainHelp;
    return kUsageError;
  }
  const std::string& first = words[0];
  if (first == "--help" || first == "-h" || first == "help") {
    if (words.size() > 1 && kCommandHelp.count(words[1])) out << kCommandHelp.at(words[1]);
    else out << kMainHelp;
    return kOk;
  }
  if (first == "--version" || first == "-V") {
    out << "nastavnik " NASTAVNIK_VERSION "\n";
    return kOk;
  }
  Args args;
  args.command = first;
  if (!kOptions.count(first)) {
    std::vector<std::string> commands;
    for (const auto& [name, _] : kOptions) commands.push_back(name);
    auto guess = nearest(first, commands);
    return usage_error(err, "", "неизвестная команда «" + first + "»" +
                                    (guess ? ", возможно, имелось в виду «" + *guess + "»" : std::string()));
  }
  if (auto e = parse_options({words.begin() + 1, words.end()}, args)) return usage_error(err, first, *e);
  if (args.help) {
    out << kCommandHelp.at(first);
    return kOk;
  }
  if (first == "build") return cmd_build(args, out, err, true);
  if (first == "check") return cmd_build(args, out, err, false);
  if (first == "new") return cmd_new(args, out, err);
  if (first == "serve") return cmd_serve(args, out, err);
  if (first == "import") return cmd_import(args, out, err);
  if (first == "publish") return cmd_publish(args, out, err);
  if (first == "list") return cmd_list(args, out, err);
  if (first == "status") return cmd_status(args, out, err);
  if (first == "schema") return cmd_schema(args, out, err);
  return cmd_init(args, out, err);
}

}  // namespace nastavnik
