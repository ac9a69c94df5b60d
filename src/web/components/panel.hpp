// GOV.UK panel: the large coloured box that confirms a journey is complete ("Notification
// sent") or, with the "govuk-panel--interruption" class, interrupts the user to check
// something before they go on, with action buttons. Mirrors govuk-frontend's govukPanel macro;
// the Nunjucks `caller` block is the `html` option here.
//
// Example:
//   Html done = panel({.title_text = "Notification sent",
//                      .html = Html::trusted("Your reference is<br>") + escape(reference)});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

// One action of an interruption panel: a button, or a link when it has an href and its type is
// not "button".
struct PanelAction {
  std::string text;
  std::string href;
  std::string type;  // the button's type; "button" when empty
  std::string classes;
  Attributes attributes;
};

struct PanelActions {
  std::string classes;
  Attributes attributes;
  std::vector<PanelAction> items;
};

struct PanelOptions {
  std::string title_text;  // escaped; ignored when title_html is set
  Html title_html;
  int heading_level = 1;  // 1 to 6
  std::string text;       // escaped; ignored when html is set
  Html html;
  std::optional<PanelActions> actions;  // shown only on interruption panels
  std::string classes;
  Attributes attributes;
};

// Never fails. A heading level outside 1..6 is clamped into that range.
Html panel(const PanelOptions& options);

}  // namespace casereview::web::govuk
