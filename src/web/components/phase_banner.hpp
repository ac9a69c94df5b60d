// GOV.UK phase banner: says that the service is new (alpha or beta) and invites feedback.
// Mirrors govuk-frontend's govukPhaseBanner macro; the phase is shown with a tag.
//
// Example:
//   Html banner = phase_banner({
//       .html = Html::trusted("This is a new service. <a class=\"govuk-link\"
//       href=\"/feedback\">Give feedback</a>."), .tag = {.text = "Beta"}});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct PhaseBannerTag {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
};

struct PhaseBannerOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  PhaseBannerTag tag;
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html phase_banner(const PhaseBannerOptions& options);

}  // namespace casereview::web::govuk
