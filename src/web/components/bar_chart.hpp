// A bar chart drawn on the server (ours; the Design System has none): a figure with a caption, and
// for each group a label, then each bar as a line of text ("2025 to 2026: 80%") above an SVG bar of
// that length. The words carry everything the bars show, so the chart needs no JavaScript, reads
// the same to a screen reader (the SVG bars are decoration, hidden from it), reflows at 320 pixels
// and grows with the text size (the bars' height is in em). Bars of the first series are solid and
// of the second outlined, so the series differ by more than colour (WCAG 1.4.1); both take the
// link colour, white in the high-contrast scheme.
//
// Example:
//   Html chart = bar_chart({.id = "timeliness", .caption = "How quickly, as a percentage",
//                           .scale = 100,
//                           .groups = {{.label = "Notifications sent within 5 working days",
//                                       .bars = {{.text = "2025 to 2026: 80%", .value = 80},
//                                                {.text = "2024 to 2025: 75%", .value = 75,
//                                                 .second_series = true}}}}});
#pragma once

#include <string>
#include <vector>

#include "web/html.hpp"

namespace casereview::web::govuk {

struct BarChartBar {
  std::string text;  // what the bar shows, in words; escaped
  double value = 0;  // drawn as value / scale of the width, clamped to 0..1
  bool second_series = false;
};

struct BarChartGroup {
  std::string label;  // escaped
  std::vector<BarChartBar> bars;
};

struct BarChartOptions {
  std::string id;       // the figure's id
  std::string caption;  // escaped
  std::string key;      // escaped; how to tell the series apart, shown under the caption
  double scale = 100;   // the value of a full-width bar; 0 draws every bar empty
  std::vector<BarChartGroup> groups;
};

// Never fails.
Html bar_chart(const BarChartOptions& options);

}  // namespace casereview::web::govuk
