// govukHint from govuk-frontend's components/hint/template.njk.
#include "web/components/hint.hpp"

namespace casereview::web::govuk {

Html hint(const HintOptions& options) {
  MarkupWriter out;
  out.literal("<div")
      .attribute_if_not_empty("id", options.id)
      .attribute("class", class_list({"govuk-hint", options.classes}))
      .attributes(options.attributes)
      .literal(">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
