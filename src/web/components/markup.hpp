// Shared building blocks for the GOV.UK components in this folder: the `attributes` option that
// every component takes, class-list joining, the "html if given, else escaped text" rule the
// Nunjucks templates use, and MarkupWriter, which assembles a component's markup so that our
// own literal markup, escaped text and trusted Html are kept apart by the type of each call.
//
// Example:
//   MarkupWriter out;
//   out.literal("<strong").attribute("class", class_list({"govuk-tag", options.classes}))
//      .attributes(options.attributes).literal(">")
//      .html(html_or_text(options.html, options.text)).literal("</strong>");
//   return std::move(out).finish();
//
// Nothing here throws except on allocation failure. Values are plain data.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/html.hpp"

namespace casereview::web::govuk {

// The `attributes` macro option: extra HTML attributes, rendered in order as ` name="value"`
// with both name and value escaped. (govuk-frontend's optional/boolean attribute form is not
// modelled: every attribute given is rendered with its value.)
using Attributes = std::vector<std::pair<std::string, std::string>>;

// Joins the non-empty names with single spaces: class_list({"govuk-tag", ""}) == "govuk-tag".
std::string class_list(std::initializer_list<std::string_view> names);

// `html` when it is not empty, otherwise `text` escaped: the templates' rule
// `params.html | safe if params.html else params.text`.
Html html_or_text(const Html& html, std::string_view text);

// `value` when it is not empty, otherwise `fallback`: Nunjucks' `value | default(fallback, true)`.
std::string_view or_default(std::string_view value, std::string_view fallback);

// Appends markup piece by piece. literal() is only for markup written in our own source.
class MarkupWriter {
 public:
  MarkupWriter& literal(std::string_view markup) {
    markup_ += markup;
    return *this;
  }
  MarkupWriter& text(std::string_view text);
  MarkupWriter& html(const Html& html) {
    markup_ += html.str();
    return *this;
  }
  // ` name="value"`, the value escaped (the name is ours, so it is written as given).
  MarkupWriter& attribute(std::string_view name, std::string_view value);
  // attribute(name, value) when value is not empty; nothing otherwise.
  MarkupWriter& attribute_if_not_empty(std::string_view name, std::string_view value);
  // The `attributes` option: each pair as ` name="value"`, both escaped, in order.
  MarkupWriter& attributes(const Attributes& attributes);

  Html finish() && { return Html::trusted(std::move(markup_)); }

 private:
  std::string markup_;
};

// `<div id class attributes>` with the html, or else the text escaped, on a line of its own: the
// whole of govukHint ("govuk-hint") and govukInsetText ("govuk-inset-text").
Html content_div(std::string_view block_class, std::string_view id, std::string_view classes,
                 const Attributes& attributes, const Html& html, std::string_view text);

}  // namespace casereview::web::govuk
