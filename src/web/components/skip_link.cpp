// govukSkipLink from govuk-frontend's components/skip-link/template.njk.
#include "web/components/skip_link.hpp"

namespace casereview::web::govuk {

Html skip_link(const SkipLinkOptions& options) {
  MarkupWriter out;
  out.literal("<a")
      .attribute("href", or_default(options.href, "#content"))
      .attribute("class", class_list({"govuk-skip-link", options.classes}))
      .attributes(options.attributes)
      .literal(" data-module=\"govuk-skip-link\">")
      .html(html_or_text(options.html, options.text))
      .literal("</a>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
