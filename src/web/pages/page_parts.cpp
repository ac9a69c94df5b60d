#include "web/pages/page_parts.hpp"

namespace casereview::web {

Html heading(const std::string& text, const std::string& caption) {
  Html caption_html;
  if (!caption.empty()) {
    caption_html = Html::trusted("<span class=\"govuk-caption-l\">") + escape(caption) +
                   Html::trusted("</span>");
  }
  return caption_html + Html::trusted("<h1 class=\"govuk-heading-l\">") + escape(text) +
         Html::trusted("</h1>");
}

Html two_thirds(const Html& content) {
  return Html::trusted(
             "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">") +
         content + Html::trusted("</div></div>");
}

Html full_width(const Html& content) {
  return Html::trusted("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-full\">") +
         content + Html::trusted("</div></div>");
}

}  // namespace casereview::web
