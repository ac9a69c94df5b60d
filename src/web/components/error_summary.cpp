// govukErrorSummary from govuk-frontend's components/error-summary/template.njk.
#include "web/components/error_summary.hpp"

namespace casereview::web::govuk {

Html error_summary(const ErrorSummaryOptions& options) {
  MarkupWriter out;
  out.literal("<div").attribute("class", class_list({"govuk-error-summary", options.classes}));
  if (options.disable_auto_focus) {
    out.attribute("data-disable-auto-focus", *options.disable_auto_focus ? "true" : "false");
  }
  out.attributes(options.attributes)
      .literal(
          " data-module=\"govuk-error-summary\">\n<div role=\"alert\">\n<h2 "
          "class=\"govuk-error-summary__title\">\n")
      .html(html_or_text(options.title_html, options.title_text))
      .literal("\n</h2>\n<div class=\"govuk-error-summary__body\">\n");
  if (!options.description_html.empty() || !options.description_text.empty()) {
    out.literal("<p>\n")
        .html(html_or_text(options.description_html, options.description_text))
        .literal("\n</p>\n");
  }
  if (!options.error_list.empty()) {
    out.literal("<ul class=\"govuk-list govuk-error-summary__list\">\n");
    for (const ErrorSummaryItem& item : options.error_list) {
      out.literal("<li>\n");
      if (!item.href.empty()) {
        out.literal("<a")
            .attribute("href", item.href)
            .attributes(item.attributes)
            .literal(">")
            .html(html_or_text(item.html, item.text))
            .literal("</a>");
      } else {
        out.html(html_or_text(item.html, item.text));
      }
      out.literal("\n</li>\n");
    }
    out.literal("</ul>\n");
  }
  out.literal("</div>\n</div>\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
