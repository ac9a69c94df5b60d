// govukWarningText from govuk-frontend's components/warning-text/template.njk.
#include "web/components/warning_text.hpp"

namespace casereview::web::govuk {

Html warning_text(const WarningTextOptions& options) {
  MarkupWriter out;
  out.literal("<div")
      .attribute("class", class_list({"govuk-warning-text", options.classes}))
      .attributes(options.attributes)
      .literal(
          ">\n<span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>\n"
          "<strong class=\"govuk-warning-text__text\">\n<span class=\"govuk-visually-hidden\">")
      .text(or_default(options.icon_fallback_text, "Warning"))
      .literal("</span>\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</strong>\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
