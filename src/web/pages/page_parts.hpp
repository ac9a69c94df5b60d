// Small pieces of page markup that every journey's pages share: the page heading (with an
// optional caption above it) and the GOV.UK grid columns.
#pragma once

#include <string>

#include "web/html.hpp"

namespace casereview::web {

// <h1 class="govuk-heading-l">, with a govuk-caption-l above it when `caption` is given.
Html heading(const std::string& text, const std::string& caption = "");
Html two_thirds(const Html& content);
Html full_width(const Html& content);

}  // namespace casereview::web
