// govukButton from govuk-frontend's components/button/template.njk.
#include "web/components/button.hpp"

namespace casereview::web::govuk {

namespace {

constexpr std::string_view start_icon =
    "\n<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" "
    "height=\"19\" "
    "viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">\n"
    "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/>\n"
    "</svg>";

// The attributes shared by the <a> and <button> forms.
void write_common_attributes(MarkupWriter& out, const ButtonOptions& options) {
  out.attribute("class", class_list({"govuk-button", options.classes,
                                     options.is_start_button ? "govuk-button--start" : ""}))
      .literal(" data-module=\"govuk-button\"")
      .attributes(options.attributes)
      .attribute_if_not_empty("id", options.id);
}

// Start buttons lay out their content with flexbox, which drops whitespace between elements,
// so their HTML content is wrapped in a <span>.
void write_content(MarkupWriter& out, const ButtonOptions& options) {
  out.literal("\n");
  if (!options.html.empty() && options.is_start_button) {
    out.literal("<span>").html(options.html).literal("</span>");
  } else {
    out.html(html_or_text(options.html, options.text));
  }
  if (options.is_start_button) out.literal(start_icon);
  out.literal("\n");
}

}  // namespace

Html button(const ButtonOptions& options) {
  MarkupWriter out;
  if (!options.href.empty()) {
    out.literal("<a")
        .attribute("href", options.href)
        .literal(" role=\"button\" draggable=\"false\"");
    write_common_attributes(out, options);
    out.literal(">");
    write_content(out, options);
    out.literal("</a>");
    return std::move(out).finish();
  }
  out.literal("<button").attribute("type", or_default(options.type, "submit"));
  out.attribute_if_not_empty("value", options.value).attribute_if_not_empty("name", options.name);
  if (options.disabled) out.literal(" disabled aria-disabled=\"true\"");
  if (options.prevent_double_click) {
    out.attribute("data-prevent-double-click", *options.prevent_double_click ? "true" : "false");
  }
  write_common_attributes(out, options);
  out.literal(">");
  write_content(out, options);
  out.literal("</button>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
