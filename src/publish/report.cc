#include "publish/report.h"

#include <ostream>

#include "base/text.h"
#include "publish/progress.h"

namespace nastavnik {

namespace {

std::string files(long long n) { return std::to_string(n) + " " + plural_form(n, {"файл", "файла", "файлов"}); }

void print_list(std::ostream& out, const char* title, const std::vector<std::string>& paths, char mark) {
  if (paths.empty()) return;
  out << "  " << title << ": " << paths.size() << "\n";
  for (const auto& p : paths) out << "    " << mark << " " << p << "\n";
}

}  // namespace

void print_plan(std::ostream& out, const Plan& plan) {
  out << "План: загрузить новых " << plan.add.size() << ", заменить " << plan.replace.size() << ", удалить "
      << plan.remove.size() << " (без изменений " << plan.unchanged << "; отправить " << human_size(plan.upload_bytes)
      << ").\n";
  print_list(out, "загрузить (новые)", plan.add, '+');
  print_list(out, "заменить (изменились)", plan.replace, '~');
  print_list(out, "удалить (их больше нет в разделе)", plan.remove, '-');
  print_list(out, "уже на месте (такие же файлы без записи в манифесте)", plan.adopted, '=');
  print_list(out, "не тронуты: на сервере другие файлы с такими же именами", plan.conflicts, '!');
}

void print_conflicts(std::ostream& err, const Plan& plan, const std::string& target) {
  err << "nastavnik publish: ошибка: в " << target << " уже есть " << files(static_cast<long long>(plan.conflicts.size()))
      << " с теми же именами, что у файлов раздела, но с другим содержимым, и они опубликованы не Наставником:\n";
  size_t shown = 0;
  for (const auto& p : plan.conflicts) {
    if (++shown > 20) {
      err << "    … и ещё " << plan.conflicts.size() - 20 << "\n";
      break;
    }
    err << "    ! " << p << "\n";
  }
  err << "  Ничего не изменено.\n"
      << "  подсказка: если это чужие файлы (например, главная страница сайта школы), укажите отдельную папку для "
         "раздела; если это прежняя версия раздела, а файл .nastavnik-manifest.json на сервере потерян, запустите "
         "публикацию с --overwrite — будут заменены только перечисленные файлы\n";
}

void print_summary(std::ostream& out, const SyncResult& r, const std::string& target, long long milliseconds) {
  if (r.plan.changes_nothing()) {
    out << "Без изменений: в " << target << " уже опубликована эта версия раздела (" << files(r.plan.unchanged)
        << ").\n";
  } else {
    out << "Опубликовано в " << target << ": отправлено " << files(r.uploaded) << " (" << human_size(r.uploaded_bytes)
        << ": новых " << r.plan.add.size() << ", заменено " << r.plan.replace.size() << "), удалено " << r.deleted
        << ", без изменений " << r.plan.unchanged << "; " << milliseconds / 1000 << "," << (milliseconds % 1000) / 100
        << " с.\n";
  }
  if (r.resumed) out << "Прерванная в прошлый раз публикация завершена.\n";
  if (r.temporary_removed > 0)
    out << "Удалено временных файлов прерванной публикации: " << r.temporary_removed << ".\n";
  if (!r.plan.adopted.empty())
    out << "Файлов, которые уже были на месте и теперь записаны в манифест: " << r.plan.adopted.size() << ".\n";
}

}  // namespace nastavnik
