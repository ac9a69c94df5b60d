// govukGenericHeader from govuk-frontend's components/generic-header/template.njk. The
// template's private `_namespace` option (used by the crown header) is not offered.
#include "web/components/generic_header.hpp"

namespace casereview::web::govuk {

Html generic_header(const GenericHeaderOptions& options) {
  MarkupWriter out;
  out.literal("<div")
      .attribute("class", class_list({"govuk-generic-header", options.classes}))
      .attributes(options.attributes)
      .literal(">\n<div")
      .attribute("class",
                 class_list({"govuk-generic-header__container",
                             or_default(options.container_classes, "govuk-width-container")}))
      .literal(">\n<div class=\"govuk-generic-header__logo\">\n<a")
      .attribute("href", or_default(options.url, "/"))
      .literal(" class=\"govuk-generic-header__homepage-link\">\n")
      .html(html_or_text(options.logo_html, options.logo_text))
      .literal("\n</a>\n</div>\n</div>\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
