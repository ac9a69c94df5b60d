#include "web/components/bar_chart.hpp"

#include <algorithm>
#include <cmath>

#include "web/components/markup.hpp"

namespace casereview::web::govuk {

namespace {

// The bar's share of the width as an SVG length, to a tenth of a percent.
std::string width_of(const BarChartBar& bar, double scale) {
  const double share = scale > 0 ? std::clamp(bar.value / scale, 0.0, 1.0) : 0.0;
  const long long tenths = std::llround(share * 1000);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

}  // namespace

Html bar_chart(const BarChartOptions& options) {
  MarkupWriter out;
  out.literal("<figure").attribute("class", "cr-chart").attribute("id", options.id).literal(">");
  out.literal("<figcaption class=\"govuk-heading-s govuk-!-margin-bottom-1\">")
      .html(escape(options.caption))
      .literal("</figcaption>");
  if (!options.key.empty())
    out.literal("<p class=\"govuk-body-s\">").html(escape(options.key)).literal("</p>");
  out.literal("<dl class=\"cr-chart__groups\">");
  for (const BarChartGroup& group : options.groups) {
    out.literal("<div class=\"cr-chart__group\"><dt class=\"cr-chart__label\">")
        .html(escape(group.label))
        .literal("</dt>");
    for (const BarChartBar& bar : group.bars) {
      const std::string series =
          bar.second_series ? "cr-chart__bar cr-chart__bar--second" : "cr-chart__bar";
      out.literal("<dd class=\"cr-chart__value\"><span class=\"govuk-body-s\">")
          .html(escape(bar.text))
          .literal(
              "</span><svg class=\"cr-chart__svg\" aria-hidden=\"true\" focusable=\"false\" "
              "xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"1em\">")
          .literal("<rect")
          .attribute("class", series)
          .attribute("x", "1")
          .attribute("y", "1")
          .attribute("width", width_of(bar, options.scale))
          .attribute("height", "0.8em")
          .literal("/></svg></dd>");
    }
    out.literal("</div>");
  }
  out.literal("</dl></figure>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
