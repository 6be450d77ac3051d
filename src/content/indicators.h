#pragma once
// Monitoring indicators (content/indicators.yaml): targets and actual values
// by date, and the yearly effectiveness evaluation of the mentoring
// programme as the district programmes set it (criteria scored 0/1/2;
// 15–18 optimal, 9–14 acceptable, 0–8 unacceptable for nine criteria).
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "source/fields.h"

namespace nastavnik {

struct IndicatorPoint {
  Date date;
  double value = 0;
};

struct Indicator {
  std::string title, unit, source, note;
  bool increase = true;  // direction: the target is reached from below (≥) or from above (≤)
  std::vector<IndicatorPoint> targets, actual;  // sorted by date
  // The target the latest actual value is measured against: the first
  // target dated on or after it, else the last target.
  std::optional<IndicatorPoint> current_target() const;
  std::optional<bool> reached() const;  // nullopt without actual values or targets
};

struct EvaluationYear {
  std::string year;          // «2025-2026»
  std::vector<int> scores;   // one per criterion, 0..2
  std::string note;
  int total() const;
  int max = 0;               // 2 × criteria
  std::string level() const; // optimal | acceptable | unacceptable
};

struct Indicators {
  std::string title, description;
  std::vector<Indicator> items;
  std::vector<std::string> criteria;
  std::vector<EvaluationYear> years;
};

const Schema& indicators_schema();
Indicators read_indicators(const Fields& f, Diagnostics& diag);

// Level thresholds scale with the number of criteria: for nine (18 points)
// 15–18 optimal, 9–14 acceptable, 0–8 unacceptable.
std::string evaluation_level(int total, int max);

}  // namespace nastavnik
