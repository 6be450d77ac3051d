#include "content/indicators.h"

#include "content/schemas.h"

#include <algorithm>
#include <cmath>

namespace nastavnik {

const Schema& indicators_schema() { return schema_of("indicators"); }

std::optional<IndicatorPoint> Indicator::current_target() const {
  if (targets.empty()) return std::nullopt;
  if (actual.empty()) return targets.front();
  const Date& last = actual.back().date;
  for (const auto& t : targets)
    if (t.date >= last) return t;
  return targets.back();
}

std::optional<bool> Indicator::reached() const {
  auto t = current_target();
  if (!t || actual.empty()) return std::nullopt;
  double v = actual.back().value;
  return increase ? v >= t->value : v <= t->value;
}

int EvaluationYear::total() const {
  int s = 0;
  for (int v : scores) s += v;
  return s;
}

std::string evaluation_level(int total, int max) {
  if (max <= 0) return "unacceptable";
  // 15/18 and 9/18 of the maximum, rounded up as the seed's whole points.
  int optimal = (max * 15 + 17) / 18, acceptable = (max * 9 + 17) / 18;
  if (total >= optimal) return "optimal";
  if (total >= acceptable) return "acceptable";
  return "unacceptable";
}

std::string EvaluationYear::level() const { return evaluation_level(total(), max); }

static std::vector<IndicatorPoint> read_points(const Fields& f, const std::string& name, Diagnostics& diag) {
  std::vector<IndicatorPoint> out;
  for (const auto& p : f.maps(name)) {
    auto date = p.date("date");
    std::string text = p.text("value");
    std::replace(text.begin(), text.end(), ',', '.');
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(text, &used);
    } catch (...) {
      used = 0;
    }
    if (used == 0 || used != text.size()) {
      diag.error(p.loc("value"), "значение «" + p.text("value") + "» — не число", "например: value: 72 или value: 72,5");
      continue;
    }
    if (date) out.push_back({*date, v});
  }
  std::sort(out.begin(), out.end(), [](const IndicatorPoint& a, const IndicatorPoint& b) { return a.date < b.date; });
  return out;
}

Indicators read_indicators(const Fields& f, Diagnostics& diag) {
  Indicators r;
  r.title = f.text("title");
  r.description = f.text("description");
  for (const auto& i : f.maps("indicators")) {
    Indicator ind;
    ind.title = i.text("title");
    ind.unit = i.text("unit");
    ind.source = i.text("source");
    ind.note = i.text("note");
    ind.increase = i.text("direction", "increase") != "decrease";
    ind.targets = read_points(i, "targets", diag);
    ind.actual = read_points(i, "actual", diag);
    if (ind.targets.empty())
      diag.warning(i.loc(), "у показателя «" + ind.title + "» нет целевых значений", "добавьте targets: - date: … value: …");
    r.items.push_back(std::move(ind));
  }
  Fields e = f.map("evaluation");
  r.criteria = e.list("criteria");
  for (const auto& y : e.maps("years")) {
    EvaluationYear year;
    year.year = y.text("year");
    year.note = y.text("note");
    year.max = 2 * static_cast<int>(r.criteria.size());
    for (const auto& s : y.list("scores")) {
      if (s != "0" && s != "1" && s != "2") {
        diag.error(y.loc("scores"), "оценка «" + s + "» — критерий оценивается 0, 1 или 2 баллами",
                   "2 — проявляется в полной мере, 1 — частично, 0 — не проявляется");
        year.scores.push_back(0);
        continue;
      }
      year.scores.push_back(s[0] - '0');
    }
    if (year.scores.size() != r.criteria.size())
      diag.error(y.loc("scores"),
                 "за " + year.year + " " + std::to_string(year.scores.size()) + " оценок, а критериев " +
                     std::to_string(r.criteria.size()),
                 "поставьте по одной оценке на каждый критерий из criteria, в том же порядке");
    r.years.push_back(std::move(year));
  }
  return r;
}

}  // namespace nastavnik
