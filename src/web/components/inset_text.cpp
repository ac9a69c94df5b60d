// govukInsetText from govuk-frontend's components/inset-text/template.njk.
#include "web/components/inset_text.hpp"

namespace casereview::web::govuk {

Html inset_text(const InsetTextOptions& options) {
  MarkupWriter out;
  out.literal("<div")
      .attribute_if_not_empty("id", options.id)
      .attribute("class", class_list({"govuk-inset-text", options.classes}))
      .attributes(options.attributes)
      .literal(">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
