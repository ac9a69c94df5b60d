// What the case journeys' pages share (notification, case, rapid review, agency requests, Panel,
// dashboard): dates as people read them, the GOV.UK tags for stages and deadline statuses, date
// and yes/no questions whose values and messages come from a use case's Error, and the error
// summary for field names that are not HTML ids ("children[0].given_name" → id
// "children-0-given_name"; a date question links to its day input).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"
#include "domain/result.hpp"
#include "web/components/error_message.hpp"
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

// The HTML id of a field: "children[0].given_name" → "children-0-given_name".
std::string field_id(const std::string& field);

// The field errors of an invalid_input Error (none for other errors).
class FieldErrors {
 public:
  FieldErrors() = default;
  explicit FieldErrors(std::vector<FieldError> fields) : fields_(std::move(fields)) {}
  static FieldErrors of(const std::optional<Error>& error);

  bool empty() const { return fields_.empty(); }
  const std::vector<FieldError>& all() const { return fields_; }
  std::optional<govuk::ErrorMessageOptions> for_field(const std::string& field) const;
  // Only the errors whose field is in `names` or starts with one of `prefixes`.
  FieldErrors only(const std::set<std::string>& names,
                   const std::vector<std::string>& prefixes = {}) const;
  // The GOV.UK error summary; a field in `date_fields` (or ending in "date_of_birth") links to its
  // day input. Nothing when empty.
  Html summary(const std::set<std::string>& date_fields = {}) const;

 private:
  std::vector<FieldError> fields_;
};

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
Html date_question(const DateQuestion& question, const FieldErrors& errors);

// Yes/No radios with values "yes" and "no"; `value` "" checks neither.
Html yes_no_question(const std::string& name, const std::string& legend, const std::string& value,
                     const FieldErrors& errors, bool is_page_heading = false);
// "yes" → true, "no" → false, anything else → nullopt.
std::optional<bool> yes_no(const std::string& text);
std::string yes_no_text(const std::optional<bool>& value);  // "yes", "no" or ""

// A textarea question named `name`, its value and its error.
Html text_question(const std::string& name, const std::string& label, const std::string& value,
                   const FieldErrors& errors, const std::string& hint = "", int rows = 5);

}  // namespace casereview::web::cases
