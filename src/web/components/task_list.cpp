// govukTaskList from govuk-frontend's components/task-list/template.njk.
#include "web/components/task_list.hpp"

#include <cstddef>
#include <string_view>

namespace casereview::web::govuk {

namespace {

// The template's `_taskListItem` macro.
void write_item(MarkupWriter& out, std::string_view id_prefix, const TaskListItem& item,
                std::size_t position) {
  std::string id_start = std::string(id_prefix) + "-" + std::to_string(position);
  std::string hint_id = id_start + "-hint";
  std::string status_id = id_start + "-status";
  bool has_link = !item.href.empty();

  out.literal("<li")
      .attribute("class",
                 class_list({"govuk-task-list__item",
                             has_link ? "govuk-task-list__item--with-link" : "", item.classes}))
      .literal(">\n<div class=\"govuk-task-list__name-and-hint\">\n");
  if (has_link) {
    out.literal("<a")
        .attribute("class", class_list({"govuk-link govuk-task-list__link", item.title.classes}))
        .attribute("href", item.href)
        .attribute("aria-describedby", item.hint ? hint_id + " " + status_id : status_id)
        .literal(">\n");
  } else {
    out.literal("<div").attribute_if_not_empty("class", item.title.classes).literal(">\n");
  }
  out.html(html_or_text(item.title.html, item.title.text))
      .literal(has_link ? "\n</a>\n" : "\n</div>\n");
  if (item.hint) {
    out.literal("<div")
        .attribute("id", hint_id)
        .literal(" class=\"govuk-task-list__hint\">\n")
        .html(html_or_text(item.hint->html, item.hint->text))
        .literal("\n</div>\n");
  }
  out.literal("</div>\n<div")
      .attribute("class", class_list({"govuk-task-list__status", item.status.classes}))
      .attribute("id", status_id)
      .literal(">\n")
      .html(item.status.tag ? tag(*item.status.tag)
                            : html_or_text(item.status.html, item.status.text))
      .literal("\n</div>\n</li>\n");
}

}  // namespace

Html task_list(const TaskListOptions& options) {
  std::string_view id_prefix = or_default(options.id_prefix, "task-list");
  MarkupWriter out;
  out.literal("<ul")
      .attribute("class", class_list({"govuk-task-list", options.classes}))
      .attributes(options.attributes)
      .literal(">\n");
  for (std::size_t index = 0; index < options.items.size(); ++index) {
    write_item(out, id_prefix, options.items[index], index + 1);
  }
  out.literal("</ul>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
