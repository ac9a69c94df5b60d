#include "web/page_markup.hpp"

#include "web/components/notification_banner.hpp"
#include "web/components/pagination.hpp"

namespace casereview::web {

Html heading(const std::string& text, const std::string& caption) {
  Html caption_html;
  if (!caption.empty()) {
    caption_html = Html::trusted("<span class=\"govuk-caption-l\">") + escape(caption) +
                   Html::trusted("</span>");
  }
  return caption_html + Html::trusted("<h1 class=\"govuk-heading-l\">") + escape(text) +
         Html::trusted("</h1>");
}

Html two_thirds(const Html& content) {
  return Html::trusted(
             "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">") +
         content + Html::trusted("</div></div>");
}

Html full_width(const Html& content) {
  return Html::trusted("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-full\">") +
         content + Html::trusted("</div></div>");
}

Html paragraph(const std::string& text) {
  return Html::trusted("<p class=\"govuk-body\">") + escape(text) + Html::trusted("</p>");
}

Html link(const std::string& href, const std::string& text) {
  return Html::trusted("<a class=\"govuk-link\" href=\"") + escape(href) + Html::trusted("\">") +
         escape(text) + Html::trusted("</a>");
}

Html paragraph_link(const std::string& href, const std::string& text) {
  return Html::trusted("<p class=\"govuk-body\">") + link(href, text) + Html::trusted("</p>");
}

Html section_heading(const std::string& text, const std::string& id) {
  Html id_attribute;
  if (!id.empty()) id_attribute = Html::trusted(" id=\"") + escape(id) + Html::trusted("\"");
  return Html::trusted("<h2 class=\"govuk-heading-m\"") + id_attribute + Html::trusted(">") +
         escape(text) + Html::trusted("</h2>");
}

Html section(const std::string& title, const Html& content) {
  if (content.empty()) return Html();
  return section_heading(title) + content;
}

Html hidden_input(const std::string& name, const std::string& value) {
  return Html::trusted("<input type=\"hidden\" name=\"") + escape(name) +
         Html::trusted("\" value=\"") + escape(value) + Html::trusted("\">");
}

Html success_banner(const std::string& text) {
  if (text.empty()) return Html();
  return govuk::notification_banner({.text = text, .type = "success"});
}

Html page_numbers(std::size_t current, std::size_t page_count,
                  const std::function<std::string(std::size_t)>& href) {
  if (page_count <= 1) return Html();
  govuk::PaginationOptions options;
  for (std::size_t page = 1; page <= page_count; ++page) {
    const bool near =
        page == 1 || page == page_count || (page + 2 >= current && page <= current + 2);
    if (!near) {
      if (options.items.empty() || !options.items.back().ellipsis)
        options.items.push_back({.ellipsis = true});
      continue;
    }
    options.items.push_back(
        {.number = std::to_string(page), .href = href(page), .current = page == current});
  }
  if (current > 1) options.previous = govuk::PaginationLink{.href = href(current - 1)};
  if (current < page_count) options.next = govuk::PaginationLink{.href = href(current + 1)};
  return govuk::pagination(options);
}

}  // namespace casereview::web
