// GOV.UK fieldset: groups related fields (the parts of an address, a set of radios) under a
// legend, which can also be the page's <h1>. Mirrors govuk-frontend's govukFieldset macro; the
// Nunjucks `caller` block is the `html` option here.
//
// Example:
//   Html group = fieldset({.legend = {.text = "Where did the incident happen?",
//                                     .classes = "govuk-fieldset__legend--l", .is_page_heading =
//                                     true},
//                          .html = address_fields});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct FieldsetLegend {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
  bool is_page_heading = false;  // put the legend's content in <h1 class="govuk-fieldset__heading">
};

struct FieldsetOptions {
  std::string described_by;  // ids for aria-describedby, space-separated
  FieldsetLegend legend;     // no <legend> when its text and html are empty
  std::string classes;
  std::string role;
  Attributes attributes;
  Html html;  // the fieldset's content
};

// Never fails.
Html fieldset(const FieldsetOptions& options);

}  // namespace casereview::web::govuk
