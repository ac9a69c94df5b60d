// GOV.UK service navigation: the bar under the header with the service's name and its main
// navigation links (collapsed behind a "Menu" button on small screens when JavaScript runs).
// Mirrors govuk-frontend's govukServiceNavigation macro, including its slots for extra markup.
//
// Example:
//   Html navigation = service_navigation({
//       .service_name = "Case reviews", .service_url = "/",
//       .navigation = {{.current = true, .text = "Cases", .href = "/cases"},
//                      {.text = "Training", .href = "/training"}}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct ServiceNavigationItem {
  bool current = false;  // the page being shown: aria-current="page" (takes precedence over active)
  bool active = false;   // within this section: aria-current="true"
  Html html;
  std::string text;  // escaped; ignored when html is set
  std::string href;  // without an href the item is plain text
  Attributes attributes;
};

// The `end` slot: markup after the navigation; align "inline" puts it on the navigation's line.
struct ServiceNavigationEndSlot {
  Html html;
  std::string align;
};

struct ServiceNavigationSlots {
  Html start;
  ServiceNavigationEndSlot end;
  Html navigation_start;  // <li> elements before the first item
  Html navigation_end;    // <li> elements after the last item
};

struct ServiceNavigationOptions {
  std::string classes;
  Attributes attributes;
  std::string aria_label = "Service information";  // labels the <section> when it is used
  std::string menu_button_text;                    // "Menu" when empty
  std::string menu_button_label;                   // aria-label of the toggle when it differs
  std::string navigation_label;                    // menu_button_text when empty
  std::string navigation_id;                       // "navigation" when empty
  std::string navigation_classes;
  std::optional<bool> collapse_navigation_on_mobile;  // unset: collapse when more than one item
  std::string service_name;
  std::string service_url;
  std::vector<ServiceNavigationItem> navigation;
  ServiceNavigationSlots slots;
};

// Never fails. Items with neither href, text nor html render as an empty <li>, as in the template.
Html service_navigation(const ServiceNavigationOptions& options);

}  // namespace casereview::web::govuk
