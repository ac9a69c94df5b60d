// govukHint from govuk-frontend's components/hint/template.njk.
#include "web/components/hint.hpp"

namespace casereview::web::govuk {

Html hint(const HintOptions& options) {
  return content_div("govuk-hint", options.id, options.classes, options.attributes, options.html,
                     options.text);
}

}  // namespace casereview::web::govuk
