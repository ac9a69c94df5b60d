// govukServiceNavigation from govuk-frontend's components/service-navigation/template.njk.
#include "web/components/service_navigation.hpp"

namespace casereview::web::govuk {

namespace {

void write_item(MarkupWriter& out, const ServiceNavigationItem& item) {
  bool highlighted = item.active || item.current;
  Html content = html_or_text(item.html, item.text);
  Html inner = highlighted
                   ? Html::trusted("<strong class=\"govuk-service-navigation__active-fallback\">") +
                         content + Html::trusted("</strong>")
                   : content;
  std::string_view aria_current = item.current ? "page" : "true";

  out.literal("<li")
      .attribute("class", class_list({"govuk-service-navigation__item",
                                      highlighted ? "govuk-service-navigation__item--active" : ""}))
      .literal(">\n");
  if (!item.href.empty()) {
    out.literal("<a class=\"govuk-service-navigation__link\"").attribute("href", item.href);
    if (highlighted) out.attribute("aria-current", aria_current);
    out.attributes(item.attributes).literal(">\n").html(inner).literal("\n</a>\n");
  } else if (!item.html.empty() || !item.text.empty()) {
    out.literal("<span class=\"govuk-service-navigation__text\"");
    if (highlighted) out.attribute("aria-current", aria_current);
    out.literal(">\n").html(inner).literal("\n</span>\n");
  }
  out.literal("</li>\n");
}

}  // namespace

Html service_navigation(const ServiceNavigationOptions& options) {
  std::string_view menu_button_text = or_default(options.menu_button_text, "Menu");
  std::string_view navigation_id = or_default(options.navigation_id, "navigation");
  bool end_slot_inline = options.slots.end.align == "inline";
  bool collapse_on_mobile =
      options.collapse_navigation_on_mobile.value_or(options.navigation.size() > 1);
  bool has_navigation = !options.navigation.empty() || !options.slots.navigation_start.empty() ||
                        !options.slots.navigation_end.empty();
  bool use_section = !options.service_name.empty() || !options.slots.start.empty() ||
                     !options.slots.end.html.empty();

  MarkupWriter out;
  if (use_section) {
    out.literal("<section").attribute("aria-label", options.aria_label);
  } else {
    out.literal("<div");
  }
  out.attribute("class", class_list({"govuk-service-navigation", options.classes}))
      .literal(" data-module=\"govuk-service-navigation\"")
      .attributes(options.attributes)
      .literal(">\n<div")
      .attribute(
          "class",
          class_list({"govuk-width-container",
                      end_slot_inline ? "govuk-service-navigation__inlining-container" : ""}))
      .literal(">\n")
      .html(options.slots.start)
      .literal("<div class=\"govuk-service-navigation__container\">\n");

  if (!options.service_name.empty()) {
    out.literal("<span class=\"govuk-service-navigation__service-name\">\n");
    if (!options.service_url.empty()) {
      out.literal("<a")
          .attribute("href", options.service_url)
          .literal(" class=\"govuk-service-navigation__link\">\n")
          .text(options.service_name)
          .literal("\n</a>\n");
    } else {
      out.literal("<span class=\"govuk-service-navigation__text\">")
          .text(options.service_name)
          .literal("</span>\n");
    }
    out.literal("</span>\n");
  }

  if (has_navigation) {
    out.literal("<nav")
        .attribute("aria-label", or_default(options.navigation_label, menu_button_text))
        .attribute("class",
                   class_list({"govuk-service-navigation__wrapper", options.navigation_classes}))
        .literal(">\n");
    if (collapse_on_mobile) {
      out.literal(
             "<button type=\"button\" class=\"govuk-service-navigation__toggle "
             "govuk-js-service-navigation-toggle\"")
          .attribute("aria-controls", navigation_id);
      if (!options.menu_button_label.empty() && options.menu_button_label != menu_button_text) {
        out.attribute("aria-label", options.menu_button_label);
      }
      out.literal(" hidden aria-hidden=\"true\">\n")
          .text(menu_button_text)
          .literal("\n</button>\n");
    }
    out.literal("<ul class=\"govuk-service-navigation__list\"")
        .attribute("id", navigation_id)
        .literal(">\n")
        .html(options.slots.navigation_start);
    for (const ServiceNavigationItem& item : options.navigation) write_item(out, item);
    out.html(options.slots.navigation_end).literal("</ul>\n</nav>\n");
  }

  out.literal("</div>\n")
      .html(options.slots.end.html)
      .literal("</div>\n")
      .literal(use_section ? "</section>" : "</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
