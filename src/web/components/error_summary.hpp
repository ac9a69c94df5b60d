// GOV.UK error summary: the box at the top of a page listing every problem with the submitted
// form, each linking to its field. Mirrors govuk-frontend's govukErrorSummary macro; the
// Nunjucks `caller` block is the `description_html` option here.
//
// Example:
//   Html summary = error_summary({.title_text = "There is a problem",
//                                 .error_list = {{.text = "Enter the case reference", .href =
//                                 "#reference"}}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct ErrorSummaryItem {
  std::string href;  // usually "#" + the field's id; without it the item is plain text
  std::string text;  // escaped; ignored when html is set
  Html html;
  Attributes attributes;  // added to the link
};

struct ErrorSummaryOptions {
  std::string title_text;  // escaped; ignored when title_html is set
  Html title_html;
  std::string description_text;  // escaped; ignored when description_html is set
  Html description_html;
  std::vector<ErrorSummaryItem> error_list;
  std::optional<bool> disable_auto_focus;  // unset: no data-disable-auto-focus attribute
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html error_summary(const ErrorSummaryOptions& options);

}  // namespace casereview::web::govuk
