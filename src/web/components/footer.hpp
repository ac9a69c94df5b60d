// GOV.UK footer: the bottom of every page, with optional navigation sections, "meta" support
// links (accessibility statement, cookies, privacy), a content licence and a copyright link.
// Mirrors govuk-frontend's govukFooter macro.
//
// Like the template, the footer always shows the crown logo and links the copyright notice to
// the National Archives' Crown copyright page; only the text of the notice can be changed.
// Services that are not GOV.UK should set `content_licence` to nullopt (no Open Government
// Licence statement) or to their own licence, and give their own `copyright` text.
//
// Example:
//   Html page_footer = footer({
//       .meta = FooterMeta{.items = {{.text = "Accessibility statement", .href =
//       "/accessibility"}}}, .content_licence = std::nullopt, .copyright = {.text = "© Northshire
//       Safeguarding Partnership"}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct FooterLink {
  std::string text;
  std::string href;
  Attributes attributes;
};

struct FooterMeta {
  std::string visually_hidden_title;  // "Support links" when empty
  Html html;                          // shown below the links; ignored when empty
  std::string text;                   // escaped; ignored when html is set
  std::vector<FooterLink> items;
};

struct FooterNavigation {
  std::string title;
  int columns = 0;                // 0: one column
  std::string width;              // a grid width such as "one-third"; "full" when empty
  std::vector<FooterLink> items;  // items missing text or href are left out
};

// Text or markup replacing a default statement. Both empty means "use the default".
struct FooterStatement {
  std::string text;  // escaped; ignored when html is set
  Html html;
};

struct FooterOptions {
  std::optional<FooterMeta> meta;  // nullopt: no meta section heading or links
  std::vector<FooterNavigation> navigation;
  // nullopt: no licence logo or statement (the template's `contentLicence: null`).
  // Empty statement (the default): the Open Government Licence v3.0 statement.
  std::optional<FooterStatement> content_licence = FooterStatement{};
  FooterStatement copyright;  // empty: "© Crown copyright"
  // Not a macro option: false for services that are not GOV.UK, which must not use the crown.
  // Leaves out the crown, the Open Government Licence logo and the Crown copyright link; a
  // content_licence statement is still shown, as plain text.
  bool crown_branding = true;
  std::string container_classes;
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html footer(const FooterOptions& options);

}  // namespace casereview::web::govuk
