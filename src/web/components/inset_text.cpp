// govukInsetText from govuk-frontend's components/inset-text/template.njk.
#include "web/components/inset_text.hpp"

namespace casereview::web::govuk {

Html inset_text(const InsetTextOptions& options) {
  return content_div("govuk-inset-text", options.id, options.classes, options.attributes,
                     options.html, options.text);
}

}  // namespace casereview::web::govuk
