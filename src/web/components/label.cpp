// govukLabel from govuk-frontend's components/label/template.njk.
#include "web/components/label.hpp"

namespace casereview::web::govuk {

Html label(const LabelOptions& options) {
  if (options.html.empty() && options.text.empty()) return {};
  MarkupWriter out;
  if (options.is_page_heading) out.literal("<h1 class=\"govuk-label-wrapper\">\n");
  out.literal("<label")
      .attribute("class", class_list({"govuk-label", options.classes}))
      .attributes(options.attributes)
      .attribute_if_not_empty("for", options.for_id)
      .literal(">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</label>");
  if (options.is_page_heading) out.literal("\n</h1>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
