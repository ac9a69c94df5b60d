// govukTag from govuk-frontend's components/tag/template.njk.
#include "web/components/tag.hpp"

namespace casereview::web::govuk {

Html tag(const TagOptions& options) {
  MarkupWriter out;
  out.literal("<strong")
      .attribute("class", class_list({"govuk-tag", options.classes}))
      .attributes(options.attributes)
      .literal(">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</strong>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
