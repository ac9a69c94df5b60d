// govukBreadcrumbs from govuk-frontend's components/breadcrumbs/template.njk.
#include "web/components/breadcrumbs.hpp"

namespace casereview::web::govuk {

Html breadcrumbs(const BreadcrumbsOptions& options) {
  MarkupWriter out;
  out.literal("<nav")
      .attribute(
          "class",
          class_list({"govuk-breadcrumbs", options.classes,
                      options.collapse_on_mobile ? "govuk-breadcrumbs--collapse-on-mobile" : ""}))
      .attributes(options.attributes)
      .attribute("aria-label", options.label_text)
      .literal(">\n<ol class=\"govuk-breadcrumbs__list\">\n");
  for (const BreadcrumbsItem& item : options.items) {
    if (!item.href.empty()) {
      out.literal(
             "<li class=\"govuk-breadcrumbs__list-item\">\n<a class=\"govuk-breadcrumbs__link\"")
          .attribute("href", item.href)
          .attributes(item.attributes)
          .literal(">")
          .html(html_or_text(item.html, item.text))
          .literal("</a>\n</li>\n");
    } else {
      out.literal("<li class=\"govuk-breadcrumbs__list-item\" aria-current=\"page\">")
          .html(html_or_text(item.html, item.text))
          .literal("</li>\n");
    }
  }
  out.literal("</ol>\n</nav>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
