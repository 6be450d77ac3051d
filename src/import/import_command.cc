#include "import/import_command.h"

#include <filesystem>
#include <ostream>

#include "base/text.h"
#include "import/roadmap_import.h"
#include "import/roadmap_update.h"
#include "import/roadmap_yaml.h"
#include "import/source_reader.h"

namespace nastavnik {

namespace {

namespace fs = std::filesystem;

std::string default_output(const ImportOptions& o) {
  if (!o.output.empty()) return o.output;
  if (!o.update.empty()) return o.update;
  std::string slug = slugify(fs::path(o.path).stem().string());
  return "content/roadmap/" + (slug.empty() ? std::string("roadmap") : slug) + ".yaml";
}

// Refuses to write over a folder, or over a file without --force or --update.
bool may_write(const ImportOptions& o, const std::string& output, std::ostream& err) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return true;
  if (!fs::is_regular_file(output, ec)) {
    err << "nastavnik import: ошибка: " << output << " — не обычный файл, записать туда нельзя\n"
        << "  подсказка: укажите через -o путь к файлу .yaml, например content/roadmap/plan.yaml\n";
    return false;
  }
  if (o.force || (!o.update.empty() && fs::equivalent(output, o.update, ec))) return true;
  err << "nastavnik import: ошибка: файл " << output << " уже есть — он не перезаписан\n"
      << "  подсказка: чтобы сохранить отметки о выполнении, добавьте --update " << output
      << "; чтобы заменить файл целиком — --force\n";
  return false;
}

void print_explanation(const ImportedRoadmap& r, const std::string& path, std::ostream& out) {
  out << "Разбор «" << path << "»:\n";
  for (const auto& e : r.explanation) out << "  " << e.where << ": " << e.kind << " — " << e.reason << "\n";
}

void print_summary(const ImportedRoadmap& r, const std::string& output, std::ostream& out) {
  int sections = r.titled_sections();
  out << "Перенесено: " << sections << " " << plural_form(sections, {"раздел", "раздела", "разделов"}) << ", "
      << r.items() << " " << plural_form(r.items(), {"пункт", "пункта", "пунктов"}) << " → " << output << "\n";
  if (!r.notes.empty())
    out << "Проверьте " << r.notes.size() << " "
        << plural_form(static_cast<long long>(r.notes.size()), {"примечание", "примечания", "примечаний"}) << " выше.\n";
}

// Merges the old file's progress in; false when the old file is unusable.
bool update_from(const ImportOptions& o, ImportedRoadmap& r, std::ostream& out, std::ostream& err) {
  Diagnostics diag(".");
  std::string error;
  auto old = read_recorded_roadmap(o.update, diag, error);
  if (!old) {
    diag.print(err, false);
    err << "nastavnik import: ошибка: " << error << "\n";
    return false;
  }
  auto sum = merge_progress(r, *old, fs::path(o.path).filename().string());
  for (const auto& line : sum.changes) out << "  " << line << "\n";
  out << "Обновлено: без изменений " << sum.unchanged << ", изменено " << sum.changed << ", добавлено " << sum.added
      << ", убрано " << sum.removed << "; отметки о выполнении сохранены у " << sum.kept_progress << " "
      << plural_form(sum.kept_progress, {"пункта", "пунктов", "пунктов"}) << ".\n";
  return true;
}

}  // namespace

int run_import_roadmap(const ImportOptions& o, std::ostream& out, std::ostream& err) {
  std::string output = default_output(o);
  if (!o.explain && !may_write(o, output, err)) return 1;
  std::string error;
  auto doc = read_source(o.path, error);
  std::optional<ImportedRoadmap> r;
  if (doc) r = import_roadmap(doc->blocks, o.year, fs::path(o.path).stem().string(), error);
  if (!r) {
    err << "nastavnik import: ошибка: " << error << "\n";
    return 1;
  }
  r->notes.insert(r->notes.begin(), doc->notes.begin(), doc->notes.end());
  for (const auto& note : r->notes) err << o.path << ": примечание: " << note << "\n";
  if (o.explain) {
    print_explanation(*r, o.path, out);
    out << "Файл не записан: --explain только показывает разбор.\n";
    return 0;
  }
  if (!o.update.empty() && !update_from(o, *r, out, err)) return 1;
  std::error_code ec;
  fs::path dir = fs::path(output).parent_path();
  if (!dir.empty()) fs::create_directories(dir, ec);
  if (!write_file(output, roadmap_to_yaml(*r, fs::path(o.path).filename().string()))) {
    err << "nastavnik import: ошибка: не удалось записать " << output << "\n";
    return 1;
  }
  print_summary(*r, output, out);
  return 0;
}

}  // namespace nastavnik
