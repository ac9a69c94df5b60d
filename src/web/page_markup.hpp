// The small pieces of GOV.UK page markup that every journey's pages share, defined once: the page
// heading (with an optional caption), the grid columns, body paragraphs, links, section headings,
// hidden form fields and the success banner a page shows after a change. Components proper (with
// govuk-frontend's options) live in web/components/; the form pieces (error summary, CSRF field,
// inputs that show a use case's errors) in web/forms.hpp.
//
// Example:
//   page.content = two_thirds(heading("Your account") + section_heading("Your details") +
//                             paragraph(user.name) + link("/account/details", "Change"));
//
// All text is escaped. Pure functions of their arguments: safe from any thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "web/html.hpp"

namespace casereview::web {

// <h1 class="govuk-heading-l">, with a govuk-caption-l above it when `caption` is given.
Html heading(const std::string& text, const std::string& caption = "");
// <div class="govuk-grid-row"> with one two-thirds or full-width column around `content`.
Html two_thirds(const Html& content);
Html full_width(const Html& content);

// <p class="govuk-body">text</p>
Html paragraph(const std::string& text);
// <a class="govuk-link" href="…">text</a>
Html link(const std::string& href, const std::string& text);
// <p class="govuk-body"><a class="govuk-link" href="…">text</a></p>
Html paragraph_link(const std::string& href, const std::string& text);
// <h2 class="govuk-heading-m">, with an id attribute when `id` is given.
Html section_heading(const std::string& text, const std::string& id = "");
// A section heading and its content; nothing at all when the content is empty.
Html section(const std::string& title, const Html& content);
// <input type="hidden" name="…" value="…">
Html hidden_input(const std::string& name, const std::string& value);

// GOV.UK pagination of a list of `page_count` pages, `current` among them (from 1): the first and
// last pages, those within 2 of the current one, ellipses between, and previous and next links;
// `href` gives each page's address. Nothing when there is only one page.
Html page_numbers(std::size_t current, std::size_t page_count,
                  const std::function<std::string(std::size_t)>& href);

// A success notification banner with `text` as its heading, or nothing when `text` is empty.
Html success_banner(const std::string& text);

}  // namespace casereview::web
