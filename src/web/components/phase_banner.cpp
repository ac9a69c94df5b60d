// govukPhaseBanner from govuk-frontend's components/phase-banner/template.njk.
#include "web/components/phase_banner.hpp"

#include "web/components/tag.hpp"

namespace casereview::web::govuk {

Html phase_banner(const PhaseBannerOptions& options) {
  MarkupWriter out;
  out.literal("<div")
      .attribute("class", class_list({"govuk-phase-banner govuk-width-container", options.classes}))
      .attributes(options.attributes)
      .literal(">\n<p class=\"govuk-phase-banner__content\">\n")
      .html(tag({.text = options.tag.text,
                 .html = options.tag.html,
                 .classes = class_list({"govuk-phase-banner__content__tag", options.tag.classes}),
                 .attributes = {}}))
      .literal("\n<span class=\"govuk-phase-banner__text\">\n")
      .html(html_or_text(options.html, options.text))
      .literal("\n</span>\n</p>\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
