#include "import/roadmap_update.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/text.h"
#include "content/roadmap.h"
#include "source/capped_read.h"
#include "source/import_text.h"
#include "source/fields.h"

namespace nastavnik {

namespace {

// The one place that reads a roadmap file's fields (the YAML reader's API
// may change: keep every use of it here).
ImportedItem item_from(const Fields& f) {
  ImportedItem i;
  i.number = f.text("number");
  i.title = f.text("title");
  i.content = f.text("content");
  i.result = f.text("result");
  i.indicators = f.text("indicators");
  i.responsible = f.list("responsible");
  i.deadline = f.text("deadline");
  i.status = f.text("status", "planned");
  if (auto d = f.date("completed")) i.completed = d->iso();
  i.evidence = f.list("evidence");
  i.note = f.text("note");
  return i;
}

RecordedRoadmap recorded_from(const Fields& f) {
  RecordedRoadmap r;
  r.description = f.text("description");
  r.period = f.text("period");
  if (auto w = f.integer("weight")) r.weight = std::to_string(*w);
  Fields a = f.map("approval");
  r.approval.title = a.text("title");
  r.approval.number = a.text("number");
  if (auto d = a.date("date")) r.approval.date = d->iso();
  r.approval.document = a.text("document");
  for (const auto& s : f.maps("sections"))
    for (const auto& i : s.maps("items")) r.items.push_back({s.text("title"), item_from(i)});
  for (const auto& i : f.maps("items")) r.items.push_back({"", item_from(i)});
  return r;
}

std::vector<std::string> word_stems(const std::string& text) {
  std::vector<std::string> out;
  std::u32string word;
  auto flush = [&] {
    if (word.size() >= 2) out.push_back(utf8_encode(word.substr(0, 6)));  // endings ignored
    word.clear();
  };
  for (char32_t c : utf8_decode(to_lower(text))) {
    bool letter = (c >= U'а' && c <= U'я') || c == U'ё' || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
    if (letter) word += c;
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::optional<RecordedRoadmap> read_recorded_roadmap(const std::string& path, Diagnostics& diag, std::string& error) {
  auto text = read_capped(path, kImportFileCap, error);
  if (!text) return std::nullopt;
  auto read = read_fields(*text, roadmap_schema(), {path, 1}, diag);
  if (!read) {
    error = "файл «" + path + "» не читается как YAML — он не изменён";
    return std::nullopt;
  }
  const Fields& f = *read;
  if (diag.error_count() > 0) {
    error = "в файле «" + path + "» есть ошибки (см. выше) — исправьте их, и обновление сохранит отметки";
    return std::nullopt;
  }
  return recorded_from(f);
}

double text_similarity(const std::string& a, const std::string& b) {
  auto x = word_stems(a), y = word_stems(b);
  if (x.empty() && y.empty()) return 1;
  std::vector<std::string> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(x.size() + y.size());
}

namespace {

std::string label(const ImportedItem& i) {
  return (i.number.empty() ? std::string() : i.number + " ") + "«" + clip(i.title, 120) + "»";
}

bool has_progress(const ImportedItem& i) { return i.status != "planned" || !i.completed.empty() || !i.evidence.empty(); }

// For every fresh item, the index of its old item or -1: same number and
// alike text first, then alike text under any number (items renumbered),
// then the same number with an edited text.
std::vector<int> match_items(const std::vector<ImportedItem*>& fresh, const std::vector<RecordedItem>& old) {
  std::vector<int> match(fresh.size(), -1);
  std::vector<bool> taken(old.size(), false);
  std::vector<std::vector<double>> sim(fresh.size(), std::vector<double>(old.size()));
  for (size_t f = 0; f < fresh.size(); ++f)
    for (size_t o = 0; o < old.size(); ++o) sim[f][o] = text_similarity(fresh[f]->title, old[o].item.title);
  auto pass = [&](double threshold, bool same_number) {
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t f = 0; f < fresh.size(); ++f)
      for (size_t o = 0; o < old.size(); ++o)
        if (match[f] < 0 && !taken[o] && sim[f][o] >= threshold &&
            (!same_number || (!fresh[f]->number.empty() && fresh[f]->number == old[o].item.number)))
          pairs.emplace_back(sim[f][o], f, o);
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto& [score, f, o] : pairs)
      if (match[f] < 0 && !taken[o]) match[f] = static_cast<int>(o), taken[o] = true;
  };
  pass(0.5, true);
  pass(0.6, false);
  pass(0.2, true);
  return match;
}

// The words of a text, punctuation and line breaks aside: a Word file and its
// TSV copy differ in those only.
std::string wording(const std::string& text) {
  std::string out;
  for (char32_t c : utf8_decode(text)) {
    bool letter = (c >= U'А' && c <= U'я') || c == U'ё' || c == U'Ё' || (c >= U'a' && c <= U'z') ||
                  (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    if (letter) utf8_append(out, c);
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return std::string(trim(out));
}

std::string wording(const std::vector<std::string>& list) {
  std::string all;
  for (const auto& s : list) all += s + " ";
  return wording(all);
}

// What differs between an old item and its new version, for the report.
std::vector<std::string> differences(const ImportedItem& old, const ImportedItem& now) {
  std::vector<std::string> out;
  if (old.number != now.number) out.push_back("номер " + (old.number.empty() ? "—" : old.number) + " → " + now.number);
  if (wording(old.title) != wording(now.title)) out.push_back("было «" + clip(old.title, 120) + "»");
  if (wording(old.deadline) != wording(now.deadline)) out.push_back("срок: «" + old.deadline + "» → «" + now.deadline + "»");
  if (wording(old.responsible) != wording(now.responsible)) out.push_back("ответственные");
  if (wording(old.content) != wording(now.content)) out.push_back("содержание");
  if (wording(old.result) != wording(now.result) || wording(old.indicators) != wording(now.indicators))
    out.push_back("результат");
  return out;
}

void carry(ImportedItem& now, const ImportedItem& old) {
  now.status = old.status;
  now.completed = old.completed;
  now.evidence = old.evidence;
  if (now.note.empty()) now.note = old.note;
}

const char* kRemovedMark = "Пункта нет в новой редакции";

ImportedItem removed_item(const ImportedItem& old, const std::string& source_name) {
  ImportedItem i = old;
  std::string was = old.status == "planned" ? "" : " (была отметка " + old.status + (old.completed.empty() ? "" : ", " + old.completed) + ")";
  std::string note = std::string(kRemovedMark) + " «" + source_name + "» — отмечен отменённым при обновлении" + was;
  i.note = i.note.empty() ? note : i.note + "; " + note;
  i.status = "cancelled";
  i.completed.clear();
  return i;
}

std::vector<ImportedSection>::iterator section_for(ImportedRoadmap& r, const std::string& title) {
  for (auto it = r.sections.begin(); it != r.sections.end(); ++it)
    if (it->title == title) return it;
  return r.sections.end() - 1;
}

}  // namespace

UpdateSummary merge_progress(ImportedRoadmap& fresh, const RecordedRoadmap& old, const std::string& source_name) {
  UpdateSummary sum;
  std::vector<ImportedItem*> items;
  for (auto& s : fresh.sections)
    for (auto& i : s.items) items.push_back(&i);
  auto match = match_items(items, old.items);
  std::vector<bool> used(old.items.size(), false);
  for (size_t f = 0; f < items.size(); ++f) {
    ImportedItem& now = *items[f];
    if (match[f] < 0) {
      ++sum.added;
      sum.changes.push_back("добавлен пункт " + label(now));
      continue;
    }
    const ImportedItem& was = old.items[match[f]].item;
    used[match[f]] = true;
    carry(now, was);
    sum.kept_progress += has_progress(was);
    auto diff = differences(was, now);
    if (diff.empty()) {
      ++sum.unchanged;
      continue;
    }
    ++sum.changed;
    std::string line = "изменён пункт " + label(now) + ": ";
    for (size_t k = 0; k < diff.size(); ++k) line += (k ? "; " : "") + diff[k];
    if (has_progress(was)) line += " — отметка «" + was.status + "» сохранена";
    sum.changes.push_back(line);
  }
  for (size_t o = 0; o < old.items.size(); ++o) {
    if (used[o]) continue;
    // Marked at an earlier update: kept as it is, no news.
    if (old.items[o].item.note.find(kRemovedMark) != std::string::npos) {
      section_for(fresh, old.items[o].section)->items.push_back(old.items[o].item);
      continue;
    }
    ++sum.removed;
    section_for(fresh, old.items[o].section)->items.push_back(removed_item(old.items[o].item, source_name));
    sum.changes.push_back("пункта " + label(old.items[o].item) + " нет в новой редакции — оставлен в файле со статусом cancelled");
  }
  fresh.description = old.description;
  fresh.period = old.period;
  fresh.weight = old.weight;
  if (fresh.approval.empty()) fresh.approval = old.approval;
  fresh.approval.document = old.approval.document;
  return sum;
}

}  // namespace nastavnik
