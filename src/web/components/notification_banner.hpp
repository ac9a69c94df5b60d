// GOV.UK notification banner: tells users about something that is not related to the page's
// content (an important notice) or confirms that an action worked (type "success", announced
// to screen readers and focused when the page loads). Mirrors govuk-frontend's
// govukNotificationBanner macro; the Nunjucks `caller` block is the `html` option here.
//
// Example:
//   Html banner = notification_banner({.text = "Case NS-2024-007 was created", .type = "success"});
#pragma once

#include <optional>
#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct NotificationBannerOptions {
  std::string text;        // escaped, shown as a heading; ignored when html is set
  Html html;               // the banner's content as given
  std::string title_text;  // "Important", or "Success" for type "success", when both title options
                           // are empty
  Html title_html;
  int title_heading_level = 2;             // 1 to 6
  std::string type;                        // "success" or empty
  std::string role;                        // "region", or "alert" for type "success", when empty
  std::string title_id;                    // "govuk-notification-banner-title" when empty
  std::optional<bool> disable_auto_focus;  // unset: no data-disable-auto-focus attribute
  std::string classes;
  Attributes attributes;
};

// Never fails. A heading level outside 1..6 is clamped into that range.
Html notification_banner(const NotificationBannerOptions& options);

}  // namespace casereview::web::govuk
