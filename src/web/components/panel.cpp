// govukPanel from govuk-frontend's components/panel/template.njk.
#include "web/components/panel.hpp"

#include <algorithm>

#include "web/components/button.hpp"

namespace casereview::web::govuk {

namespace {

void write_action(MarkupWriter& out, const PanelAction& action) {
  if (action.href.empty() || action.type == "button") {
    out.html(button({.text = action.text,
                     .type = std::string(or_default(action.type, "button")),
                     .href = action.href,
                     .classes = class_list({"govuk-button--inverse", action.classes}),
                     .attributes = action.attributes}));
  } else {
    out.literal("<a")
        .attribute("class", class_list({"govuk-link govuk-link--inverse", action.classes}))
        .attribute("href", action.href)
        .attributes(action.attributes)
        .literal(">")
        .text(action.text)
        .literal("</a>");
  }
  out.literal("\n");
}

}  // namespace

Html panel(const PanelOptions& options) {
  bool interruption = options.classes.find("govuk-panel--interruption") != std::string::npos;
  std::string heading = "h" + std::to_string(std::clamp(options.heading_level, 1, 6));
  MarkupWriter out;
  out.literal("<div")
      .attribute("class",
                 class_list({"govuk-panel", interruption ? "" : "govuk-panel--confirmation",
                             options.classes}))
      .attributes(options.attributes)
      .literal(">\n<")
      .literal(heading)
      .literal(" class=\"govuk-panel__title\">\n")
      .html(html_or_text(options.title_html, options.title_text))
      .literal("\n</")
      .literal(heading)
      .literal(">\n");
  if (!options.html.empty() || !options.text.empty()) {
    out.literal("<div class=\"govuk-panel__body\">\n")
        .html(html_or_text(options.html, options.text))
        .literal("\n</div>\n");
  }
  if (interruption && options.actions) {
    out.literal("<div")
        .attribute("class", class_list({"govuk-panel__actions", options.actions->classes}))
        .attributes(options.actions->attributes)
        .literal(">");
    if (!options.actions->items.empty()) {
      out.literal("<div class=\"govuk-button-group\">\n");
      for (const PanelAction& action : options.actions->items) write_action(out, action);
      out.literal("</div>");
    }
    out.literal("</div>\n");
  }
  out.literal("</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
