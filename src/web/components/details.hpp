// GOV.UK details: a short link-like summary that expands to show more (help the reader may
// not need). Mirrors govuk-frontend's govukDetails macro; the Nunjucks `caller` block is the
// `html` option here.
//
// Example:
//   Html help = details({.summary_text = "What counts as serious harm?", .html = explanation});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct DetailsOptions {
  std::string summary_text;  // escaped; ignored when summary_html is set
  Html summary_html;
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string id;
  bool open = false;  // expanded when the page loads
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html details(const DetailsOptions& options);

}  // namespace casereview::web::govuk
