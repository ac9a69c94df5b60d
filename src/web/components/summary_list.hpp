// GOV.UK summary list: key–value rows ("Date of birth: 13 August 2015") with optional "Change"
// links, for showing a record and for "check your answers" pages; with `card` set it becomes a
// summary card with a title and card-level actions. Mirrors govuk-frontend's govukSummaryList
// macro.
//
// Example:
//   Html answers = summary_list({.rows = {
//       {.key = {.text = "Case reference"}, .value = {.text = reference},
//        .actions = {.items = {{.href = "/cases/7/reference", .text = "Change",
//                               .visually_hidden_text = "case reference"}}}}}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct SummaryListAction {
  std::string href;
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string visually_hidden_text;  // completes the link text for screen readers ("Change name")
  std::string classes;
  Attributes attributes;
};

struct SummaryListActions {
  std::vector<SummaryListAction> items;
  std::string classes;
};

// The key or value of a row.
struct SummaryListCell {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
};

struct SummaryListRow {
  std::string classes;
  SummaryListCell key;
  SummaryListCell value;
  SummaryListActions actions;
};

struct SummaryCardTitle {
  std::string text;  // escaped; ignored when html is set
  Html html;
  int heading_level = 2;  // 1 to 6
  std::string classes;
};

struct SummaryCard {
  std::optional<SummaryCardTitle> title;  // also added, hidden, to every action link's text
  SummaryListActions actions;
  std::string classes;
  Attributes attributes;
};

struct SummaryListOptions {
  std::vector<SummaryListRow> rows;
  std::optional<SummaryCard> card;  // set: wrap the list in a summary card
  std::string classes;
  Attributes attributes;
};

// Never fails. A heading level outside 1..6 is clamped into that range.
Html summary_list(const SummaryListOptions& options);

}  // namespace casereview::web::govuk
