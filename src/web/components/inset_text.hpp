// GOV.UK inset text: sets a paragraph apart with a grey bar on its left, for a quotation or a
// note the reader should not miss. Mirrors govuk-frontend's govukInsetText macro; the Nunjucks
// `caller` block is the `html` option here.
//
// Example:
//   Html note = inset_text({.text = "The review must be completed within 6 months."});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct InsetTextOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string id;
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html inset_text(const InsetTextOptions& options);

}  // namespace casereview::web::govuk
