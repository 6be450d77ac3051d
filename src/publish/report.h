#pragma once
// What publish prints: the plan (--dry-run, or conflicts that stop it) and
// the summary at the end, in Russian.
#include <iosfwd>
#include <string>

#include "publish/sync.h"

namespace nastavnik {

// «загрузить 3 новых файла, заменить 5, удалить 1» with the names.
void print_plan(std::ostream& out, const Plan& plan);
void print_conflicts(std::ostream& err, const Plan& plan, const std::string& target);
void print_summary(std::ostream& out, const SyncResult& result, const std::string& target, long long milliseconds);

}  // namespace nastavnik
