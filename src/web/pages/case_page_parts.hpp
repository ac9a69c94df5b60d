// What the case journeys' pages share (notification, case, rapid review, agency requests, Panel,
// dashboard): dates as people read them, the GOV.UK tags for stages and deadline statuses, and
// date, yes/no and text questions whose values and messages come from a use case's Error (as
// FormErrors, web/forms.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"
#include "domain/result.hpp"
#include "web/forms.hpp"
#include "web/html.hpp"
#include "web/http.hpp"

namespace casereview::web::cases {

// "20 December 2023" (day_month_year), or `otherwise` when there is no date.
std::string day_month_year_or(const std::optional<CivilDate>& date, const std::string& otherwise);

Html stage_tag(CaseStage stage);
// Overdue red, due within 3 working days yellow, on track green; met green, missed red.
Html deadline_tag(DeadlineStatus status);
// "3 working days left", "Due today", "2 working days overdue", or "" when not counted.
std::string working_days_left_text(const std::optional<int>& working_days_left);

// The YYYY-MM-DD text a date question's three inputs ("<name>-day", "-month", "-year") make, or
// the form's "<name>" field when the inputs were not sent. Blank parts give ""; anything else is
// passed on for the use case to check ("2026-02-31" is refused there as not a real date).
std::string date_from_form(const Request& request, const std::string& name);

struct DateQuestion {
  std::string name;    // the field: inputs "<name>-day", "-month", "-year"
  std::string legend;  // the question
  std::string hint = "For example, 27 3 2026";
  std::string value;  // YYYY-MM-DD (or what was typed, as date_from_form made it)
  bool is_page_heading = false;
};
Html date_question(const DateQuestion& question, const FormErrors& errors);

// Yes/No radios with values "yes" and "no"; `value` "" checks neither.
Html yes_no_question(const std::string& name, const std::string& legend, const std::string& value,
                     const FormErrors& errors, bool is_page_heading = false);
// "yes" → true, "no" → false, anything else → nullopt.
std::optional<bool> yes_no(const std::string& text);
std::string yes_no_text(const std::optional<bool>& value);  // "yes", "no" or ""

// <ul class="govuk-list"> of the items (with `classes` added, e.g. "govuk-list--bullet").
Html text_list(const std::vector<std::string>& items, const std::string& classes = "");

// A textarea question named `name`, its value and its error, with the GOV.UK character count of
// its `limit` (the same constant the use case checks, from domain/messages.hpp).
Html text_question(const std::string& name, const std::string& label, const std::string& value,
                   std::size_t limit, const FormErrors& errors, const std::string& hint = "",
                   int rows = 5);

}  // namespace casereview::web::cases
