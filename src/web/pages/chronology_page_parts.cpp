// The chronology pages' shared parts: see chronology_page_parts.hpp.
#include "web/pages/chronology_page_parts.hpp"

#include "web/components/tag.hpp"

namespace casereview::web {

Html chronology_status_tag(const ChronologyRequest& request) {
  switch (request.status) {
    case ChronologyStatus::requested:
      return govuk::tag({.text = "Requested", .classes = "govuk-tag--blue"});
    case ChronologyStatus::submitted:
      return govuk::tag({.text = request.involvement == Involvement::no_involvement
                                     ? "No involvement"
                                     : "Submitted",
                         .classes = "govuk-tag--green"});
    case ChronologyStatus::returned:
      return govuk::tag({.text = std::string(chronology_status_text(request.status)),
                         .classes = "govuk-tag--orange"});
  }
  return Html();
}

std::string entry_when_text(const ChronologyEntry& entry) {
  std::string text = entry.date.text();
  if (entry.time) text += ", " + entry.time->text();
  if (entry.end_date) text += ", to " + entry.end_date->text();
  return text;
}

Html agency_marker(const std::string& code) {
  return govuk::tag({.text = code, .classes = "govuk-tag--grey"});
}

Html flag_tag(ChronologyFlag flag) {
  return govuk::tag(
      {.text = std::string(chronology_flag_text(flag)), .classes = "govuk-tag--yellow"});
}

std::vector<govuk::TableCell> merged_entry_head() {
  return {{.text = "Date"},
          {.text = "Agency"},
          {.text = "Source and subject"},
          {.text = "Event, action, outcome and significance"}};
}

std::vector<govuk::TableCell> merged_entry_cells(const MergedChronologyRow& row) {
  const ChronologyEntry& entry = row.entry;
  std::string source = entry.source + (entry.subject.empty() ? "" : ", about " + entry.subject);
  Html what = escape(entry.event);
  auto add = [&](const char* label, const std::string& value) {
    if (value.empty()) return;
    what += Html::trusted("<br><span class=\"govuk-!-font-weight-bold\">") + escape(label) +
            Html::trusted(":</span> ") + escape(value);
  };
  add("Action", entry.action);
  add("Outcome", entry.outcome);
  add("Significance", entry.significance);
  return {{.text = entry_when_text(entry)},
          {.html = agency_marker(row.agency_marker) + Html::trusted(" ") + escape(row.agency_name)},
          {.text = source},
          {.html = what}};
}

}  // namespace casereview::web
