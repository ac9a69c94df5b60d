// GOV.UK pagination: links to the previous and next pages and, for a list of results, to the
// numbered pages around the current one. Without numbered pages the previous and next links are
// shown one above the other, each with an optional label saying where it goes ("block" style),
// for a series of content pages. Mirrors govuk-frontend's govukPagination macro.
//
// Example:
//   Html pages = pagination({.items = {{.number = "1", .href = "/cases?page=1"},
//                                      {.number = "2", .href = "/cases?page=2", .current = true},
//                                      {.ellipsis = true},
//                                      {.number = "9", .href = "/cases?page=9"}},
//                            .previous = PaginationLink{.href = "/cases?page=1"},
//                            .next = PaginationLink{.href = "/cases?page=3"}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct PaginationItem {
  std::string number;                // the link's text, usually the page number; escaped
  std::string visually_hidden_text;  // the link's aria-label; "Page <number>" when empty
  std::string href;
  bool current = false;  // the page being shown (aria-current="page")
  bool ellipsis =
      false;  // set: an ellipsis ("⋯") between numbers, and the other options are unused
  Attributes attributes;  // added to the link
};

// The `previous` or `next` option.
struct PaginationLink {
  // The link's text, escaped; ignored when html is set. "Previous page" or "Next page", with
  // "page" visually hidden, when both are empty.
  std::string text;
  Html html;
  std::string label_text;  // shown under the link in block style only; escaped
  std::string href;        // the link is not shown when empty
  Attributes attributes;
};

struct PaginationOptions {
  std::vector<PaginationItem> items;  // empty: block style, when there is a previous or next link
  std::optional<PaginationLink> previous;
  std::optional<PaginationLink> next;
  std::string landmark_label;  // the <nav>'s aria-label; "Pagination" when empty
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html pagination(const PaginationOptions& options);

}  // namespace casereview::web::govuk
