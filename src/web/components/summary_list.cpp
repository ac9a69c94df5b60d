// govukSummaryList from govuk-frontend's components/summary-list/template.njk.
#include "web/components/summary_list.hpp"

#include <algorithm>

namespace casereview::web::govuk {

namespace {

void write_action_link(MarkupWriter& out, const SummaryListAction& action,
                       const SummaryCardTitle* card_title) {
  out.literal("<a")
      .attribute("class", class_list({"govuk-link", action.classes}))
      .attribute("href", action.href)
      .attributes(action.attributes)
      .literal(">")
      .html(html_or_text(action.html, action.text));
  if (!action.visually_hidden_text.empty() || card_title != nullptr) {
    out.literal("<span class=\"govuk-visually-hidden\">");
    if (!action.visually_hidden_text.empty()) out.literal(" ").text(action.visually_hidden_text);
    if (card_title != nullptr)
      out.literal(" (").html(html_or_text(card_title->html, card_title->text)).literal(")");
    out.literal("</span>");
  }
  out.literal("</a>");
}

// A row's actions: one action is a bare link, several are a list.
void write_row_actions(MarkupWriter& out, const SummaryListActions& actions,
                       const SummaryCardTitle* card_title) {
  out.literal("<dd")
      .attribute("class", class_list({"govuk-summary-list__actions", actions.classes}))
      .literal(">\n");
  if (actions.items.size() == 1) {
    write_action_link(out, actions.items.front(), card_title);
  } else {
    out.literal("<ul class=\"govuk-summary-list__actions-list\">\n");
    for (const SummaryListAction& action : actions.items) {
      out.literal("<li class=\"govuk-summary-list__actions-list-item\">");
      write_action_link(out, action, card_title);
      out.literal("</li>\n");
    }
    out.literal("</ul>");
  }
  out.literal("\n</dd>\n");
}

void write_cell(MarkupWriter& out, std::string_view tag, std::string_view base_class,
                const SummaryListCell& cell) {
  out.literal("<")
      .literal(tag)
      .attribute("class", class_list({base_class, cell.classes}))
      .literal(">\n")
      .html(html_or_text(cell.html, cell.text))
      .literal("\n</")
      .literal(tag)
      .literal(">\n");
}

Html list(const SummaryListOptions& options) {
  const SummaryCardTitle* card_title =
      options.card && options.card->title ? &*options.card->title : nullptr;
  bool any_row_has_actions =
      std::any_of(options.rows.begin(), options.rows.end(),
                  [](const SummaryListRow& row) { return !row.actions.items.empty(); });
  MarkupWriter out;
  out.literal("<dl")
      .attribute("class", class_list({"govuk-summary-list", options.classes}))
      .attributes(options.attributes)
      .literal(">\n");
  for (const SummaryListRow& row : options.rows) {
    bool has_actions = !row.actions.items.empty();
    out.literal("<div")
        .attribute("class", class_list({"govuk-summary-list__row",
                                        any_row_has_actions && !has_actions
                                            ? "govuk-summary-list__row--no-actions"
                                            : "",
                                        row.classes}))
        .literal(">\n");
    write_cell(out, "dt", "govuk-summary-list__key", row.key);
    write_cell(out, "dd", "govuk-summary-list__value", row.value);
    if (has_actions) write_row_actions(out, row.actions, card_title);
    out.literal("</div>\n");
  }
  out.literal("</dl>");
  return std::move(out).finish();
}

Html card(const SummaryCard& card, const Html& content) {
  const SummaryCardTitle* title = card.title ? &*card.title : nullptr;
  MarkupWriter out;
  out.literal("<div")
      .attribute("class", class_list({"govuk-summary-card", card.classes}))
      .attributes(card.attributes)
      .literal(">\n<div class=\"govuk-summary-card__title-wrapper\">\n");
  if (title != nullptr) {
    std::string heading = "h" + std::to_string(std::clamp(title->heading_level, 1, 6));
    out.literal("<")
        .literal(heading)
        .attribute("class", class_list({"govuk-summary-card__title", title->classes}))
        .literal(">\n")
        .html(html_or_text(title->html, title->text))
        .literal("\n</")
        .literal(heading)
        .literal(">\n");
  }
  const std::vector<SummaryListAction>& actions = card.actions.items;
  std::string actions_class = class_list({"govuk-summary-card__actions", card.actions.classes});
  if (actions.size() == 1) {
    out.literal("<div").attribute("class", actions_class).literal(">\n");
    write_action_link(out, actions.front(), title);
    out.literal("\n</div>\n");
  } else if (!actions.empty()) {
    out.literal("<ul").attribute("class", actions_class).literal(">\n");
    for (const SummaryListAction& action : actions) {
      out.literal("<li class=\"govuk-summary-card__action\">\n");
      write_action_link(out, action, title);
      out.literal("\n</li>\n");
    }
    out.literal("</ul>\n");
  }
  out.literal("</div>\n<div class=\"govuk-summary-card__content\">\n")
      .html(content)
      .literal("\n</div>\n</div>");
  return std::move(out).finish();
}

}  // namespace

Html summary_list(const SummaryListOptions& options) {
  Html rendered = list(options);
  return options.card ? card(*options.card, rendered) : rendered;
}

}  // namespace casereview::web::govuk
