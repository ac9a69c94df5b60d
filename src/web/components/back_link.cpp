// govukBackLink from govuk-frontend's components/back-link/template.njk.
#include "web/components/back_link.hpp"

namespace casereview::web::govuk {

Html back_link(const BackLinkOptions& options) {
  MarkupWriter out;
  out.literal("<a")
      .attribute("href", or_default(options.href, "#"))
      .attribute("class", class_list({"govuk-back-link", options.classes}))
      .attributes(options.attributes)
      .literal(">")
      .html(html_or_text(options.html, or_default(options.text, "Back")))
      .literal("</a>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
