// Implementation of the shared component helpers declared in markup.hpp.
#include "web/components/markup.hpp"

namespace casereview::web::govuk {

std::string class_list(std::initializer_list<std::string_view> names) {
  std::string joined;
  for (std::string_view name : names) {
    if (name.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += name;
  }
  return joined;
}

Html html_or_text(const Html& html, std::string_view text) {
  return html.empty() ? escape(text) : html;
}

std::string_view or_default(std::string_view value, std::string_view fallback) {
  return value.empty() ? fallback : value;
}

MarkupWriter& MarkupWriter::text(std::string_view text) {
  markup_ += escape_text(text);
  return *this;
}

MarkupWriter& MarkupWriter::attribute(std::string_view name, std::string_view value) {
  markup_ += ' ';
  markup_ += name;
  markup_ += "=\"";
  markup_ += escape_text(value);
  markup_ += '"';
  return *this;
}

MarkupWriter& MarkupWriter::attribute_if_not_empty(std::string_view name, std::string_view value) {
  if (!value.empty()) attribute(name, value);
  return *this;
}

MarkupWriter& MarkupWriter::attributes(const Attributes& attributes) {
  for (const auto& [name, value] : attributes) {
    markup_ += ' ';
    markup_ += escape_text(name);
    markup_ += "=\"";
    markup_ += escape_text(value);
    markup_ += '"';
  }
  return *this;
}

Html content_div(std::string_view block_class, std::string_view id, std::string_view classes,
                 const Attributes& attributes, const Html& html, std::string_view text) {
  MarkupWriter out;
  out.literal("<div")
      .attribute_if_not_empty("id", id)
      .attribute("class", class_list({block_class, classes}))
      .attributes(attributes)
      .literal(">\n")
      .html(html_or_text(html, text))
      .literal("\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
