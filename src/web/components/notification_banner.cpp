// govukNotificationBanner from govuk-frontend's components/notification-banner/template.njk.
#include "web/components/notification_banner.hpp"

#include <algorithm>

namespace casereview::web::govuk {

Html notification_banner(const NotificationBannerOptions& options) {
  bool success = options.type == "success";
  std::string_view role = or_default(options.role, success ? "alert" : "region");
  std::string_view title_id = or_default(options.title_id, "govuk-notification-banner-title");
  Html title = !options.title_html.empty()   ? options.title_html
               : !options.title_text.empty() ? escape(options.title_text)
               : success                     ? escape("Success")
                                             : escape("Important");
  std::string heading = "h" + std::to_string(std::clamp(options.title_heading_level, 1, 6));

  MarkupWriter out;
  out.literal("<div")
      .attribute("class",
                 class_list({"govuk-notification-banner",
                             success ? "govuk-notification-banner--success" : "", options.classes}))
      .attribute("role", role)
      .attribute("aria-labelledby", title_id)
      .literal(" data-module=\"govuk-notification-banner\"");
  if (options.disable_auto_focus) {
    out.attribute("data-disable-auto-focus", *options.disable_auto_focus ? "true" : "false");
  }
  out.attributes(options.attributes)
      .literal(">\n<div class=\"govuk-notification-banner__header\">\n<")
      .literal(heading)
      .literal(" class=\"govuk-notification-banner__title\"")
      .attribute("id", title_id)
      .literal(">\n")
      .html(title)
      .literal("\n</")
      .literal(heading)
      .literal(">\n</div>\n<div class=\"govuk-notification-banner__content\">\n");
  if (!options.html.empty()) {
    out.html(options.html);
  } else if (!options.text.empty()) {
    out.literal("<p class=\"govuk-notification-banner__heading\">\n")
        .text(options.text)
        .literal("\n</p>");
  }
  out.literal("\n</div>\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
