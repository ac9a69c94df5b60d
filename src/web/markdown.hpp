// Markdown written by users (course bodies, later review summaries) turned into GOV.UK-styled HTML.
// It lives in web/ because the result is page markup: use cases store and validate the Markdown
// text; only pages render it. Emails are plain text and quote the Markdown as written.
//
// Parsing is cmark-gfm (CommonMark as GitHub reads it) with the table, strikethrough and autolink
// extensions. The HTML is written here by walking cmark's tree, escaping every piece of text, so:
//   - raw HTML in the Markdown (blocks and inline tags) is left out, never passed through;
//   - a link or image whose address is not http, https, mailto or relative (javascript:, data:,
//     vbscript:, file: …) loses its address: a link becomes its plain text, an image its alt text;
//   - each element gets the Design System's classes:
//       heading level 1 → h1.govuk-heading-l, 2 → h2.govuk-heading-m, 3 to 6 → govuk-heading-s
//         (chosen by the level written, after the offset below),
//       paragraph → p.govuk-body, bullet list → ul.govuk-list.govuk-list--bullet,
//       numbered list → ol.govuk-list.govuk-list--number, link → a.govuk-link,
//       block quote → div.govuk-inset-text, thematic break → hr.govuk-section-break
//         .govuk-section-break--l.govuk-section-break--visible,
//       table → table.govuk-table with thead.govuk-table__head, tbody.govuk-table__body,
//         tr.govuk-table__row, th.govuk-table__header (scope="col"), td.govuk-table__cell
//         (right-aligned columns add govuk-table__header--numeric / govuk-table__cell--numeric),
//       emphasis → em, strong → strong, strikethrough → del, code → code, code block → pre > code,
//       hard line break → br.
//
// Example (a course page, whose title is the page's own h1):
//   Html body = web::render_markdown(course.body, {.heading_offset = 1});  // "#" becomes h2
//
// Thread-safety: may be called from any thread at once (cmark-gfm's extension registry is set up
// once, under a std::call_once).
#pragma once

#include <string_view>

#include "web/html.hpp"

namespace casereview::web {

struct MarkdownOptions {
  // Added to every heading's level, the result kept within 1 to 6. A page with its own h1 passes 1
  // so that "# Section" becomes an h2.
  int heading_offset = 0;
};

// The HTML for `markdown` (UTF-8; invalid bytes become U+FFFD). Never fails on any input; empty
// input gives empty markup. Throws std::bad_alloc only if memory runs out.
Html render_markdown(std::string_view markdown, const MarkdownOptions& options = {});

}  // namespace casereview::web
