#include "web/pages/case_page_parts.hpp"

#include <algorithm>
#include <cctype>

#include "web/components/character_count.hpp"
#include "web/components/date_input.hpp"
#include "web/components/radios.hpp"
#include "web/components/tag.hpp"
#include "web/components/textarea.hpp"

namespace casereview::web::cases {

namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string padded(const std::string& digits, std::size_t width) {
  const bool numeric = !digits.empty() && std::all_of(digits.begin(), digits.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
  if (!numeric || digits.size() >= width) return digits;
  return std::string(width - digits.size(), '0') + digits;
}

}  // namespace

std::string day_month_year_or(const std::optional<CivilDate>& date, const std::string& otherwise) {
  return date ? day_month_year(*date) : otherwise;
}

Html stage_tag(CaseStage stage) {
  std::string classes;
  switch (stage) {
    case CaseStage::notification:
      classes = "govuk-tag--light-blue";
      break;
    case CaseStage::rapid_review:
      classes = "govuk-tag--blue";
      break;
    case CaseStage::awaiting_panel_decision:
      classes = "govuk-tag--purple";
      break;
    case CaseStage::review_to_be_commissioned:
      classes = "govuk-tag--turquoise";
      break;
    case CaseStage::review_in_progress:
      classes = "govuk-tag--green";
      break;
    case CaseStage::closed:
      classes = "govuk-tag--grey";
      break;
    case CaseStage::recorded_only:
      classes = "govuk-tag--grey";
      break;
  }
  return govuk::tag({.text = std::string(case_stage_text(stage)), .classes = classes});
}

Html deadline_tag(DeadlineStatus status) {
  std::string classes;
  switch (status) {
    case DeadlineStatus::on_track:
      classes = "govuk-tag--green";
      break;
    case DeadlineStatus::due_soon:
      classes = "govuk-tag--yellow";
      break;
    case DeadlineStatus::overdue:
      classes = "govuk-tag--red";
      break;
    case DeadlineStatus::met:
      classes = "govuk-tag--green";
      break;
    case DeadlineStatus::missed:
      classes = "govuk-tag--red";
      break;
  }
  return govuk::tag({.text = std::string(deadline_status_text(status)), .classes = classes});
}

std::string working_days_left_text(const std::optional<int>& left) {
  if (!left) return "";
  if (*left == 0) return "Due today";
  if (*left == 1) return "1 working day left";
  if (*left > 1) return std::to_string(*left) + " working days left";
  if (*left == -1) return "1 working day overdue";
  return std::to_string(-*left) + " working days overdue";
}

std::string date_from_form(const Request& request, const std::string& name) {
  const auto day = request.form_value(name + "-day");
  const auto month = request.form_value(name + "-month");
  const auto year = request.form_value(name + "-year");
  if (!day && !month && !year) return request.form_value(name).value_or("");
  const std::string d = trimmed(day.value_or("")), m = trimmed(month.value_or("")),
                    y = trimmed(year.value_or(""));
  if (d.empty() && m.empty() && y.empty()) return "";
  return y + "-" + padded(m, 2) + "-" + padded(d, 2);
}

Html date_question(const DateQuestion& question, const FormErrors& errors) {
  std::string parts[3];
  std::size_t start = 0;
  for (int index = 0; index < 3; ++index) {
    const std::size_t dash = index < 2 ? question.value.find('-', start) : std::string::npos;
    parts[index] =
        question.value.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  const std::string id = field_id(question.name);
  govuk::DateInputOptions options;
  options.id = id;
  options.name_prefix = question.name;
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = question.legend,
                 .classes = question.is_page_heading ? "govuk-fieldset__legend--l"
                                                     : "govuk-fieldset__legend--s",
                 .is_page_heading = question.is_page_heading}};
  options.hint = govuk::HintOptions{.text = question.hint};
  options.error_message = errors.for_field(question.name);
  // The year comes first in YYYY-MM-DD; the inputs are day, month, year.
  options.values = {{question.name + "-day", parts[2]},
                    {question.name + "-month", parts[1]},
                    {question.name + "-year", parts[0]}};
  options.day =
      govuk::DateInputItem{.id = id + "-day", .name = "day", .classes = "govuk-input--width-2"};
  options.month =
      govuk::DateInputItem{.id = id + "-month", .name = "month", .classes = "govuk-input--width-2"};
  options.year =
      govuk::DateInputItem{.id = id + "-year", .name = "year", .classes = "govuk-input--width-4"};
  return govuk::date_input(options);
}

Html text_list(const std::vector<std::string>& items, const std::string& classes) {
  Html list = Html::trusted("<ul class=\"govuk-list") +
              (classes.empty() ? Html() : Html::trusted(" ") + escape(classes)) +
              Html::trusted("\">");
  for (const std::string& item : items)
    list += Html::trusted("<li>") + escape(item) + Html::trusted("</li>\n");
  return list + Html::trusted("</ul>");
}

Html yes_no_question(const std::string& name, const std::string& legend, const std::string& value,
                     const FormErrors& errors, bool is_page_heading) {
  govuk::RadiosOptions options;
  options.name = name;
  options.id_prefix = field_id(name);
  options.value = value;
  options.classes = "govuk-radios--inline";
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {
          .text = legend,
          .classes = is_page_heading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--s",
          .is_page_heading = is_page_heading}};
  options.error_message = errors.for_field(name);
  options.items = {{.text = "Yes", .value = "yes"}, {.text = "No", .value = "no"}};
  return govuk::radios(options);
}

std::optional<bool> yes_no(const std::string& text) {
  if (text == "yes") return true;
  if (text == "no") return false;
  return std::nullopt;
}

std::string yes_no_text(const std::optional<bool>& value) {
  if (!value) return "";
  return *value ? "yes" : "no";
}

Html text_question(const std::string& name, const std::string& label, const std::string& value,
                   std::size_t limit, const FormErrors& errors, const std::string& hint, int rows) {
  govuk::CharacterCountOptions options;
  options.name = name;
  options.id = field_id(name);
  options.rows = rows;
  options.value = value;
  options.maxlength = static_cast<int>(limit);
  options.label = {.text = label, .classes = "govuk-label--s"};
  if (!hint.empty()) options.hint = govuk::HintOptions{.text = hint};
  options.error_message = errors.for_field(name);
  return govuk::character_count(options);
}

}  // namespace casereview::web::cases
