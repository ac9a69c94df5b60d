// GOV.UK breadcrumbs: the trail of links from the service's home to the current page's
// parent, at the top of pages deep in a hierarchy. Mirrors govuk-frontend's govukBreadcrumbs
// macro; an item without href is shown as the current page.
//
// Example:
//   Html trail = breadcrumbs({.items = {{.text = "Cases", .href = "/cases"}, {.text =
//   "NS-2024-007"}}});
#pragma once

#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct BreadcrumbsItem {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string href;  // empty: the current page (aria-current="page")
  Attributes attributes;
};

struct BreadcrumbsOptions {
  std::vector<BreadcrumbsItem> items;
  bool collapse_on_mobile = false;
  std::string label_text = "Breadcrumb";  // the <nav>'s aria-label
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html breadcrumbs(const BreadcrumbsOptions& options);

}  // namespace casereview::web::govuk
