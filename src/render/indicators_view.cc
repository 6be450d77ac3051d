// The indicators page: a chart of actual against target values for each
// indicator (inline SVG, with a data table as its text alternative) and the
// yearly effectiveness evaluation.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/renderer.h"
#include "base/text.h"

namespace nastavnik {

using kainjow::mustache::data;

namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::string coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

}  // namespace

// Actual values as a solid line with dots, targets as dashed markers.
static std::string indicator_svg(const Indicator& ind, const std::string& id, const Theme& theme) {
  std::vector<IndicatorPoint> all = ind.targets;
  all.insert(all.end(), ind.actual.begin(), ind.actual.end());
  if (all.empty()) return {};
  Date first = all.front().date, last = all.front().date;
  double top = 0;
  for (const auto& p : all) {
    first = std::min(first, p.date);
    last = std::max(last, p.date);
    top = std::max(top, p.value);
  }
  if (ind.unit == "%") top = std::max(top, 100.0);
  top = top <= 0 ? 1 : top * 1.1;
  const double w = 600, h = 220, left = 44, right = 16, up = 12, down = 30;
  long d0 = first.days(), d1 = std::max(first.days() + 1, last.days());
  auto x = [&](const Date& d) { return left + (w - left - right) * (d.days() - d0) / double(d1 - d0); };
  auto y = [&](double v) { return up + (h - up - down) * (1 - v / top); };
  const DateWords& words = theme.date_words();
  std::string desc;
  if (!ind.actual.empty())
    desc += theme.str("indicators.actual") + ": " + num(ind.actual.back().value) + (ind.unit.empty() ? "" : " " + ind.unit) +
            " (" + format_date_ru(ind.actual.back().date, words) + "). ";
  if (auto t = ind.current_target())
    desc += theme.str("indicators.target") + ": " + num(t->value) + (ind.unit.empty() ? "" : " " + ind.unit) + " (" +
            format_date_ru(t->date, words) + ").";
  std::string s = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 220\" width=\"600\" height=\"220\" "
                  "role=\"img\" aria-labelledby=\"" + id + "-t " + id + "-d\" font-size=\"12\" fill=\"#1a1a1a\">";
  s += "<title id=\"" + id + "-t\">" + html_escape(ind.title) + "</title><desc id=\"" + id + "-d\">" + html_escape(desc) + "</desc>";
  // Axes with three value marks.
  for (int k = 0; k <= 2; ++k) {
    double v = top / 1.1 * k / 2;
    s += "<line x1=\"" + coord(left) + "\" x2=\"" + coord(w - right) + "\" y1=\"" + coord(y(v)) + "\" y2=\"" + coord(y(v)) +
         "\" stroke=\"#c9d3df\"/><text x=\"" + coord(left - 4) + "\" y=\"" + coord(y(v) + 4) + "\" text-anchor=\"end\">" +
         num(v) + "</text>";
  }
  s += "<text x=\"" + coord(left) + "\" y=\"" + coord(h - 8) + "\">" + first.iso().substr(0, 7) + "</text>";
  s += "<text x=\"" + coord(w - right) + "\" y=\"" + coord(h - 8) + "\" text-anchor=\"end\">" + last.iso().substr(0, 7) + "</text>";
  if (!ind.targets.empty()) {
    std::string pts;
    for (const auto& t : ind.targets) pts += coord(x(t.date)) + "," + coord(y(t.value)) + " ";
    s += "<g class=\"chart-target\" stroke=\"#a15c00\" fill=\"none\" stroke-width=\"2\"><polyline points=\"" + pts +
         "\" stroke-dasharray=\"6 4\"/>";
    for (const auto& t : ind.targets)
      s += "<path d=\"M" + coord(x(t.date)) + " " + coord(y(t.value) - 6) + "l6 6-6 6-6-6z\"/>";
    s += "</g>";
  }
  if (!ind.actual.empty()) {
    std::string pts;
    for (const auto& a : ind.actual) pts += coord(x(a.date)) + "," + coord(y(a.value)) + " ";
    s += "<g class=\"chart-actual\" stroke=\"#1b4f8c\" fill=\"#1b4f8c\" stroke-width=\"3\"><polyline fill=\"none\" points=\"" +
         pts + "\"/>";
    for (const auto& a : ind.actual) s += "<circle cx=\"" + coord(x(a.date)) + "\" cy=\"" + coord(y(a.value)) + "\" r=\"4\"/>";
    s += "</g>";
  }
  return s + "</svg>";
}

void Renderer::indicators_data(const Page& page, data& d) const {
  const Indicators& r = *page.indicators;
  const DateWords& words = theme_.date_words();
  data items{data::type::list};
  int index = 0;
  for (const auto& ind : r.items) {
    ++index;
    std::string id = "ind-" + std::to_string(index);
    data it{data::type::object};
    set_field(it, "id", id);
    set_field(it, "title", ind.title);
    set_field(it, "unit", ind.unit.empty() ? data(false) : data(ind.unit));
    set_field(it, "source", ind.source.empty() ? data(false) : data(ind.source));
    set_field(it, "note", ind.note.empty() ? data(false) : data(ind.note));
    set_field(it, "chart", indicator_svg(ind, id, theme_));
    auto reached = ind.reached();
    set_field(it, "status", reached ? data(theme_.str(*reached ? "indicators.reached" : "indicators.not_reached")) : data(false));
    set_field(it, "reached", reached && *reached);
    // The table of values: the chart's text alternative.
    std::vector<Date> dates;
    for (const auto& p : ind.targets) dates.push_back(p.date);
    for (const auto& p : ind.actual) dates.push_back(p.date);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    data rows{data::type::list};
    for (const auto& date : dates) {
      data row{data::type::object};
      set_field(row, "date", format_date_ru(date, words));
      auto find = [&](const std::vector<IndicatorPoint>& v) -> data {
        for (const auto& p : v)
          if (p.date == date) return data(num(p.value));
        return data("—");
      };
      set_field(row, "target", find(ind.targets));
      set_field(row, "actual", find(ind.actual));
      append_item(rows, std::move(row));
    }
    set_field(it, "rows", std::move(rows));
    append_item(items, std::move(it));
  }
  set_field(d, "indicators", items);
  set_field(d, "has_indicators", !r.items.empty());
  data criteria{data::type::list};
  for (const auto& c : r.criteria) append_item(criteria, data(c));
  set_field(d, "criteria", criteria);
  data years{data::type::list};
  for (const auto& y : r.years) {
    data yd{data::type::object};
    set_field(yd, "year", y.year);
    set_field(yd, "total", std::to_string(y.total()));
    set_field(yd, "max", std::to_string(y.max));
    set_field(yd, "level", y.level());
    set_field(yd, "level_label", theme_.str("indicators.level." + y.level()));
    set_field(yd, "note", y.note.empty() ? data(false) : data(y.note));
    data scores{data::type::list};
    for (size_t k = 0; k < y.scores.size(); ++k) {
      data sc{data::type::object};
      set_field(sc, "criterion", k < r.criteria.size() ? r.criteria[k] : std::string());
      set_field(sc, "score", std::to_string(y.scores[k]));
      append_item(scores, std::move(sc));
    }
    set_field(yd, "scores", std::move(scores));
    append_item(years, std::move(yd));
  }
  set_field(d, "years", years);
  set_field(d, "has_evaluation", !r.years.empty());
}

}  // namespace nastavnik
