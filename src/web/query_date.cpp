#include "web/query_date.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "domain/text.hpp"
#include "web/components/date_input.hpp"

namespace casereview::web {

namespace {

// "End date" → "end date".
std::string lowercase_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::optional<int> whole_number(const std::string& text, std::size_t most_digits) {
  if (text.empty() || text.size() > most_digits ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(text);
}

}  // namespace

QueryDate read_query_date(const Request& request, const std::string& prefix,
                          const std::string& legend) {
  QueryDate question{.prefix = prefix, .legend = legend};
  question.day = trimmed(request.query_value(prefix + "-day").value_or(""));
  question.month = trimmed(request.query_value(prefix + "-month").value_or(""));
  question.year = trimmed(request.query_value(prefix + "-year").value_or(""));
  if (question.blank()) return question;
  std::string missing;
  for (const auto& [name, value] : {std::pair<std::string, std::string>{"day", question.day},
                                    {"month", question.month},
                                    {"year", question.year}}) {
    if (!value.empty()) continue;
    question.parts_wrong.push_back(name);
    missing += (missing.empty() ? "" : " and ") + name;
  }
  if (!missing.empty()) {
    question.error = legend + " must include a " + missing;
    return question;
  }
  const auto day = whole_number(question.day, 2);
  const auto month = whole_number(question.month, 2);
  const auto year = whole_number(question.year, 4);
  if (year && question.year.size() != 4) {
    question.parts_wrong = {"year"};
    question.error = "The year of the " + lowercase_first(legend) + " must include 4 numbers";
    return question;
  }
  question.date = day && month && year ? CivilDate::from_ymd(*year, *month, *day) : std::nullopt;
  if (!question.date) question.error = legend + " must be a real date";
  return question;
}

Html query_date_field(const QueryDate& question, const std::string& hint) {
  govuk::DateInputOptions options;
  options.id = question.prefix;
  options.name_prefix = question.prefix;
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = question.legend, .classes = "govuk-fieldset__legend--s"}};
  options.hint = govuk::HintOptions{.text = hint};
  if (!question.error.empty())
    options.error_message = govuk::ErrorMessageOptions{.text = question.error};
  options.values = {{question.prefix + "-day", question.day},
                    {question.prefix + "-month", question.month},
                    {question.prefix + "-year", question.year}};
  if (!question.error.empty() && !question.parts_wrong.empty()) {
    auto wrong = [&](const std::string& part) {
      return std::find(question.parts_wrong.begin(), question.parts_wrong.end(), part) !=
             question.parts_wrong.end();
    };
    options.day = govuk::DateInputItem{
        .name = "day", .error = wrong("day"), .classes = "govuk-input--width-2"};
    options.month = govuk::DateInputItem{
        .name = "month", .error = wrong("month"), .classes = "govuk-input--width-2"};
    options.year = govuk::DateInputItem{
        .name = "year", .error = wrong("year"), .classes = "govuk-input--width-4"};
  }
  return govuk::date_input(options);
}

QueryPeriod read_query_period(const Request& request, const ReportPeriod& when_blank) {
  QueryPeriod asked{read_query_date(request, "from", "Start date"),
                    read_query_date(request, "to", "End date")};
  if (!asked.asked()) {
    asked.period = when_blank;
    return asked;
  }
  for (QueryDate* question : {&asked.from, &asked.to}) {
    if (question->blank())
      question->error = question->prefix == "from" ? "Enter the start date" : "Enter the end date";
  }
  if (asked.from.date && asked.to.date) {
    Result<ReportPeriod> period =
        period_from_text(asked.from.date->to_iso_string(), asked.to.date->to_iso_string());
    if (period) {
      asked.period = period.value();
    } else {
      asked.to.error = period.error().fields.front().message;
      asked.to.parts_wrong.clear();
    }
  }
  for (const QueryDate& question : {asked.from, asked.to}) {
    if (!question.error.empty())
      asked.problems.push_back({.href = "#" + question.first_wrong_part(), .text = question.error});
  }
  return asked;
}

Error period_error(const std::vector<govuk::ErrorSummaryItem>& problems) {
  std::vector<FieldError> fields;
  for (const auto& item : problems) fields.push_back({item.href.substr(1), item.text});
  return Error::invalid(std::move(fields));
}

std::string period_query_parts(const ReportPeriod& period) {
  auto parts = [](const std::string& prefix, CivilDate date) {
    return prefix + "-day=" + std::to_string(date.day()) + "&" + prefix +
           "-month=" + std::to_string(date.month()) + "&" + prefix +
           "-year=" + std::to_string(date.year());
  };
  return parts("from", period.from) + "&" + parts("to", period.to);
}

QueryDate query_date_of(const std::string& prefix, const std::string& legend, CivilDate date) {
  return QueryDate{.prefix = prefix,
                   .legend = legend,
                   .day = std::to_string(date.day()),
                   .month = std::to_string(date.month()),
                   .year = std::to_string(date.year()),
                   .date = date};
}

}  // namespace casereview::web
