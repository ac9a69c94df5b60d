// govukDetails from govuk-frontend's components/details/template.njk.
#include "web/components/details.hpp"

namespace casereview::web::govuk {

Html details(const DetailsOptions& options) {
  MarkupWriter out;
  out.literal("<details")
      .attribute_if_not_empty("id", options.id)
      .attribute("class", class_list({"govuk-details", options.classes}))
      .attributes(options.attributes);
  if (options.open) out.literal(" open");
  out.literal(
         ">\n<summary class=\"govuk-details__summary\">\n<span "
         "class=\"govuk-details__summary-text\">\n")
      .html(html_or_text(options.summary_html, options.summary_text))
      .literal("\n</span>\n</summary>\n<div class=\"govuk-details__text\">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</div>\n</details>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
