// GOV.UK tag: a short coloured label for the status of something ("Overdue", "Completed"),
// used in tables, summary lists and task lists. Mirrors govuk-frontend's govukTag macro; the
// colour comes from a modifier class such as "govuk-tag--red" in `classes`.
//
// Example:
//   Html status = tag({.text = "Due soon", .classes = "govuk-tag--yellow"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct TagOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
  Attributes attributes;
};

// Never fails; renders an empty tag when both text and html are empty.
Html tag(const TagOptions& options);

}  // namespace casereview::web::govuk
