// GOV.UK label: the visible name of a form field, optionally also the page's <h1> when the
// page asks one question. Mirrors govuk-frontend's govukLabel macro; the form field components
// render it for you from their `label` option (setting `for_id` themselves).
//
// Example:
//   Html name_label = label({.text = "Case reference", .classes = "govuk-label--l",
//                            .is_page_heading = true, .for_id = "reference"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct LabelOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
  bool is_page_heading = false;  // wrap the label in <h1 class="govuk-label-wrapper">
  Attributes attributes;
  std::string for_id;  // the macro's `for`: the id of the field labelled
};

// Never fails. Renders nothing when both text and html are empty.
Html label(const LabelOptions& options);

}  // namespace casereview::web::govuk
