#include "cli/status.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "base/text.h"
#include "cli/new_template.h"
#include "content/event.h"
#include "content/lists.h"
#include "content/mentor.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "source/fields.h"
#include "source/frontmatter.h"
#include "source/source_file.h"

namespace fs = std::filesystem;

namespace nastavnik {

namespace {

std::string quoted(const std::string& s) { return "«" + s + "»"; }

std::string days_text(long n) { return std::to_string(n) + " " + plural_form(n, {"день", "дня", "дней"}); }

StatusGroup roadmap_group(const Library& lib) {
  StatusGroup g{"Просроченные пункты дорожной карты",
                "отметьте выполненное (status: выполнено, completed: дата) или перенесите срок по решению школы", {}};
  for (const Page* p : roadmaps(lib))
    for (const auto& s : p->roadmap->sections)
      for (const auto& item : s.items)
        if (item.state == ItemState::overdue)
          g.entries.push_back({item.loc, (item.number.empty() ? "" : item.number + " ") + quoted(item.title) +
                                             " — срок " + quoted(item.deadline.text) + " прошёл"});
  return g;
}

StatusGroup due_soon_group(const Library& lib) {
  StatusGroup g{"Пункты дорожной карты со сроком в ближайшие " + days_text(kDueSoonDays),
                "подготовьте подтверждение (новость, документ) и ссылку на него в evidence", {}};
  for (const Page* p : roadmaps(lib))
    for (const auto& s : p->roadmap->sections)
      for (const auto& item : s.items)
        if (item.state == ItemState::due_soon)
          g.entries.push_back({item.loc, (item.number.empty() ? "" : item.number + " ") + quoted(item.title) +
                                             " — срок " + quoted(item.deadline.text)});
  return g;
}

struct ConsentState {
  SourceLoc loc;
  std::string name;
  std::optional<Date> until;  // none: no consent recorded
};

// Every mentor file's consent, read again from the file: a profile whose
// consent has ended is not in the library. Problems were reported by the
// load, so they are not reported twice.
std::vector<ConsentState> mentor_consents(const Library& lib) {
  std::vector<ConsentState> out;
  fs::path dir = fs::path(lib.config.root) / "content" / "mentors";
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".md" && e.path().filename() != "_index.md")
      files.push_back("content/mentors/" + e.path().filename().string());
  std::sort(files.begin(), files.end());
  for (const auto& rel : files) {
    Diagnostics quiet(lib.config.root);
    auto text = read_source_text(lib.config.root, rel, quiet);
    if (!text) continue;
    auto fm = split_front_matter({rel, std::move(*text)}, quiet);
    if (!fm) continue;
    auto f = read_fields(fm->yaml, mentor_schema(), {rel, fm->yaml_line}, quiet);
    if (!f || f->boolean("draft", false)) continue;
    Fields c = f->map("consent");
    if (!f->has("consent")) out.push_back({SourceLoc{rel, 0, 0}, f->text("name"), std::nullopt});
    else if (auto until = c.date("until")) out.push_back({c.loc("until"), f->text("name"), *until});
  }
  return out;
}

std::vector<StatusGroup> consent_groups(const Library& lib, const Date& today) {
  StatusGroup ending{"Согласия наставников, которые заканчиваются в ближайшие " + days_text(kConsentEndingDays),
                     "возьмите новое согласие на распространение и впишите его даты в consent — иначе профиль "
                     "исчезнет с сайта",
                     {}};
  StatusGroup ended{"Согласия, срок которых истёк (профили уже не публикуются)",
                    "возьмите новое согласие и впишите его даты в consent, или отметьте наставника как бывшего", {}};
  StatusGroup missing{"Наставники без согласия на распространение (профили не публикуются)",
                      "возьмите письменное согласие и заполните блок consent: дата, срок, что разрешено публиковать", {}};
  for (const auto& c : mentor_consents(lib)) {
    if (!c.until) {
      missing.entries.push_back({c.loc, c.name});
      continue;
    }
    long left = c.until->days() - today.days();
    if (left < 0) ended.entries.push_back({c.loc, c.name + " — согласие действовало по " + c.until->ru()});
    else if (left <= kConsentEndingDays)
      ending.entries.push_back({c.loc, c.name + " — согласие действует по " + c.until->ru() + " (осталось " +
                                           days_text(left) + ")"});
  }
  return {ending, ended, missing};
}

StatusGroup report_group(const Library& lib) {
  StatusGroup g{"Прошедшие мероприятия без отчёта",
                "добавьте в файл мероприятия поле report (что было, сколько участников) и фотографии", {}};
  for (const Page* p : past_events(lib))
    if (!p->draft && p->event->report_md.empty() && p->event->report_photos.empty())
      g.entries.push_back({SourceLoc{p->source, 0, 0}, quoted(p->title) + " — " + p->event->start.date.ru()});
  return g;
}

StatusGroup review_group(const Library& lib) {
  StatusGroup g{"Практики, которые ждут рассмотрения",
                "методист рассматривает практику и пишет status: одобрено, reviewer и review_date", {}};
  for (const Page* p : lib.of_kind(PageKind::practice))
    if (p->practice->status == "review") g.entries.push_back({SourceLoc{p->source, 0, 0}, quoted(p->title)});
  return g;
}

// When the file was last changed: its `updated` date or its modification
// time, whichever is later.
Date last_change(const Page& p, const std::string& root) {
  Date best = p.updated.value_or(p.date.value_or(Date{1970, 1, 1}));
  struct stat st;
  if (::stat((fs::path(root) / p.source).c_str(), &st) == 0) {
    Date m = Date::from_days(static_cast<long>(st.st_mtime / 86400));
    best = std::max(best, m);
  }
  return best;
}

StatusGroup stale_group(const Library& lib, const Date& today) {
  int days = lib.config.stale_days > 0 ? lib.config.stale_days : kDefaultStaleDays;
  StatusGroup g{"Страницы, которые не обновлялись дольше " + days_text(days),
                "проверьте, что сведения верны; после изменений в школе обновите страницу (правила размещения "
                "требуют этого в течение 10 рабочих дней) и впишите дату в updated",
                {}};
  for (const auto& p : lib.pages) {
    if (p.source.empty() || p.draft) continue;
    bool free_page = p.kind == PageKind::page || p.source.ends_with("_index.md");
    if (!free_page) continue;
    Date changed = last_change(p, lib.config.root);
    long age = today.days() - changed.days();
    if (age > days)
      g.entries.push_back({SourceLoc{p.source, 0, 0}, quoted(p.title.empty() ? p.source : p.title) + " — изменена " + changed.ru()});
  }
  return g;
}

// Text files of the site that `placeholders` are searched in.
std::vector<std::string> text_sources(const std::string& root) {
  std::vector<std::string> out = {"site.yaml"};
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(fs::path(root) / "content", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    auto ext = it->path().extension().string();
    if (it->is_regular_file(ec) && (ext == ".md" || ext == ".yaml" || ext == ".yml"))
      out.push_back(fs::relative(it->path(), root, ec).generic_string());
  }
  std::sort(out.begin() + 1, out.end());
  return out;
}

StatusGroup placeholder_group(const Library& lib) {
  StatusGroup g{"Незаполненные места из заготовок",
                "замените текст заготовки своим (или удалите строку, если поле не нужно)", {}};
  for (const auto& rel : text_sources(lib.config.root)) {
    auto text = read_file((fs::path(lib.config.root) / rel).string());
    if (!text) continue;
    int line = 1;
    for (const auto& l : split(*text, '\n')) {
      // Comments (the templates' help) may name sample values; only the marker counts there.
      bool comment = trim(l).starts_with("#");
      for (const auto& mark : template_placeholders())
        if (l.find(mark) != std::string::npos && (!comment || mark == kPlaceholder)) {
          g.entries.push_back({SourceLoc{rel, line, 0}, utf8_encode(utf8_decode(trim(l)).substr(0, 90))});
          break;
        }
      ++line;
    }
  }
  return g;
}

StatusGroup draft_group(const Library& lib) {
  StatusGroup g{"Черновики (на сайте их нет)", "когда материал готов, напишите в нём draft: нет", {}};
  for (const auto& p : lib.pages)
    if (p.draft && !p.source.empty() && !(p.practice && p.practice->status == "review"))
      g.entries.push_back({SourceLoc{p.source, 0, 0}, quoted(p.title)});
  return g;
}

}  // namespace

std::vector<StatusGroup> site_status(const Library& lib, const Date& today) {
  std::vector<StatusGroup> out = {roadmap_group(lib), due_soon_group(lib)};
  for (auto& g : consent_groups(lib, today)) out.push_back(std::move(g));
  out.push_back(report_group(lib));
  out.push_back(review_group(lib));
  out.push_back(stale_group(lib, today));
  out.push_back(placeholder_group(lib));
  out.push_back(draft_group(lib));
  return out;
}

void print_status(const std::vector<StatusGroup>& groups, const Library& lib, std::ostream& out) {
  out << "Что требует внимания на " << lib.options.today.ru() << " — «" << lib.config.title << "», "
      << lib.config.organisation.short_name << "\n";
  int total = 0;
  for (const auto& g : groups) {
    if (g.entries.empty()) {
      out << "\n✓ " << g.title << ": нет\n";
      continue;
    }
    total += static_cast<int>(g.entries.size());
    out << "\n• " << g.title << " (" << g.entries.size() << "):\n";
    for (const auto& e : g.entries) {
      out << "    " << e.loc.file;
      if (e.loc.line > 0) out << ":" << e.loc.line;
      out << "  " << e.text << "\n";
    }
    out << "  Что сделать: " << g.advice << ".\n";
  }
  out << "\n"
      << (total ? "Всего пунктов: " + std::to_string(total) + "." : std::string("Всё в порядке: внимания ничего не требует."))
      << "\n";
}

}  // namespace nastavnik
