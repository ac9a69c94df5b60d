// govukPagination from govuk-frontend's components/pagination/template.njk.
#include "web/components/pagination.hpp"

#include <string_view>

namespace casereview::web::govuk {

namespace {

constexpr std::string_view previous_arrow =
    "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" "
    "xmlns=\"http://www.w3.org/2000/svg\" "
    "height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">\n"
    "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 "
    "1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293"
    "-1.414-1.414z\"></path>\n"
    "</svg>\n";

constexpr std::string_view next_arrow =
    "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" "
    "xmlns=\"http://www.w3.org/2000/svg\" "
    "height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">\n"
    "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 "
    "1.4492 6.7441-6.4062"
    "-6.7246-6.7266z\"></path>\n"
    "</svg>\n";

enum class Direction { previous, next };

bool has_link(const std::optional<PaginationLink>& link) { return link && !link->href.empty(); }

// The template's `_arrowLink` macro with the content its callers give it.
void write_arrow_link(MarkupWriter& out, const PaginationLink& link, Direction direction,
                      bool block_level) {
  bool is_previous = direction == Direction::previous;
  std::string_view type = is_previous ? "prev" : "next";
  out.literal("<div class=\"govuk-pagination__")
      .literal(type)
      .literal("\">\n<a class=\"govuk-link govuk-pagination__link\"")
      .attribute("href", link.href)
      .attribute("rel", type)
      .attributes(link.attributes)
      .literal(">\n");
  if (block_level || is_previous) out.literal(is_previous ? previous_arrow : next_arrow);
  out.literal("<span")
      .attribute("class", class_list({"govuk-pagination__link-title",
                                      block_level && link.label_text.empty()
                                          ? "govuk-pagination__link-title--decorated"
                                          : ""}))
      .literal(">\n");
  if (!link.html.empty() || !link.text.empty()) {
    out.html(html_or_text(link.html, link.text));
  } else {
    out.literal(is_previous ? "Previous" : "Next")
        .literal("<span class=\"govuk-visually-hidden\"> page</span>");
  }
  out.literal("\n</span>\n");
  if (!link.label_text.empty() && block_level) {
    out.literal(
           "<span class=\"govuk-visually-hidden\">:</span>\n<span "
           "class=\"govuk-pagination__link-label\">")
        .text(link.label_text)
        .literal("</span>\n");
  }
  if (!block_level && !is_previous) out.literal(next_arrow);
  out.literal("</a>\n</div>\n");
}

// The template's `_pageItem` macro.
void write_page_item(MarkupWriter& out, const PaginationItem& item) {
  out.literal("<li")
      .attribute("class", class_list({"govuk-pagination__item",
                                      item.current ? "govuk-pagination__item--current" : "",
                                      item.ellipsis ? "govuk-pagination__item--ellipsis" : ""}))
      .literal(">\n");
  if (item.ellipsis) {
    out.literal("&ctdot;\n");
  } else {
    out.literal("<a class=\"govuk-link govuk-pagination__link\"")
        .attribute("href", item.href)
        .attribute("aria-label", item.visually_hidden_text.empty() ? "Page " + item.number
                                                                   : item.visually_hidden_text);
    if (item.current) out.literal(" aria-current=\"page\"");
    out.attributes(item.attributes).literal(">\n").text(item.number).literal("\n</a>\n");
  }
  out.literal("</li>\n");
}

}  // namespace

Html pagination(const PaginationOptions& options) {
  bool block_level = options.items.empty() && (options.next || options.previous);
  MarkupWriter out;
  out.literal("<nav")
      .attribute("class",
                 class_list({"govuk-pagination", block_level ? "govuk-pagination--block" : "",
                             options.classes}))
      .attribute("aria-label", or_default(options.landmark_label, "Pagination"))
      .attributes(options.attributes)
      .literal(">\n");
  if (has_link(options.previous))
    write_arrow_link(out, *options.previous, Direction::previous, block_level);
  if (!options.items.empty()) {
    out.literal("<ul class=\"govuk-pagination__list\">\n");
    for (const PaginationItem& item : options.items) write_page_item(out, item);
    out.literal("</ul>\n");
  }
  if (has_link(options.next)) write_arrow_link(out, *options.next, Direction::next, block_level);
  out.literal("</nav>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
