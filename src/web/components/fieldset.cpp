// govukFieldset from govuk-frontend's components/fieldset/template.njk.
#include "web/components/fieldset.hpp"

namespace casereview::web::govuk {

Html fieldset(const FieldsetOptions& options) {
  MarkupWriter out;
  out.literal("<fieldset")
      .attribute("class", class_list({"govuk-fieldset", options.classes}))
      .attribute_if_not_empty("role", options.role)
      .attribute_if_not_empty("aria-describedby", options.described_by)
      .attributes(options.attributes)
      .literal(">\n");
  const FieldsetLegend& legend = options.legend;
  if (!legend.html.empty() || !legend.text.empty()) {
    out.literal("<legend")
        .attribute("class", class_list({"govuk-fieldset__legend", legend.classes}))
        .literal(">\n");
    if (legend.is_page_heading) out.literal("<h1 class=\"govuk-fieldset__heading\">\n");
    out.html(html_or_text(legend.html, legend.text));
    if (legend.is_page_heading) out.literal("\n</h1>");
    out.literal("\n</legend>\n");
  }
  out.html(options.html).literal("\n</fieldset>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
