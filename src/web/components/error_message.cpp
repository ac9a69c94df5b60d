// govukErrorMessage from govuk-frontend's components/error-message/template.njk.
#include "web/components/error_message.hpp"

namespace casereview::web::govuk {

Html error_message(const ErrorMessageOptions& options) {
  MarkupWriter out;
  out.literal("<p")
      .attribute_if_not_empty("id", options.id)
      .attribute("class", class_list({"govuk-error-message", options.classes}))
      .attributes(options.attributes)
      .literal(">\n");
  if (!options.visually_hidden_text.empty()) {
    out.literal("<span class=\"govuk-visually-hidden\">")
        .text(options.visually_hidden_text)
        .literal(":</span> ");
  }
  out.html(html_or_text(options.html, options.text)).literal("\n</p>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
