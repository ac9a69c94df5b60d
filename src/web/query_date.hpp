// A date asked in a GET form (a search or a period) as the GOV.UK date input's three parts: read
// from the query, checked with the Design System's date input messages ("Start date must include a
// month", "… must be a real date", "The year of the start date must include 4 numbers"), and shown
// again with the parts in error marked. Used by the audit log's search, and for a period by the
// yearly report and the training charges report.
//
// Example:
//   QueryDate from = read_query_date(request, "from", "Start date");
//   if (!from.error.empty()) … error summary links to "#" + from.first_wrong_part() …
//   Html field = query_date_field(from, "For example, 1 4 2025.");
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"
#include "domain/yearly_report.hpp"
#include "web/components/error_summary.hpp"
#include "web/html.hpp"
#include "web/http.hpp"

namespace casereview::web {

// One date question: its three parts as typed, and what is wrong with them.
struct QueryDate {
  std::string prefix;  // "from": parts "from-day", "from-month", "from-year"
  std::string legend;  // "Start date", also how error messages name it
  std::string day, month, year;
  std::string error;                     // empty when the parts are fine
  std::vector<std::string> parts_wrong;  // "day", "month", "year"; empty: all of them
  std::optional<CivilDate> date;         // nothing when every part is empty, or on error

  bool blank() const { return day.empty() && month.empty() && year.empty(); }
  std::string first_wrong_part() const {
    return prefix + "-" + (parts_wrong.empty() ? "day" : parts_wrong.front());
  }
};

// Reads the parts from the query and checks them; every part empty is no date and no error.
QueryDate read_query_date(const Request& request, const std::string& prefix,
                          const std::string& legend);

// The question as a GOV.UK date input with its legend, hint and any error.
Html query_date_field(const QueryDate& question, const std::string& hint);

// A period asked as two dates, "from" ("Start date") and "to" ("End date"): the period when both
// are real and in order (period_from_text), else what is wrong, one error summary item per date.
struct QueryPeriod {
  QueryDate from;
  QueryDate to;
  std::optional<ReportPeriod> period;
  std::vector<govuk::ErrorSummaryItem> problems;
  bool asked() const { return !from.blank() || !to.blank(); }
};

// Reads the period from the query; both dates blank gives `when_blank`.
QueryPeriod read_query_period(const Request& request, const ReportPeriod& when_blank);

// The problems as an error naming each date's first wrong part ("from-day"), for a download or
// an API call asked badly.
Error period_error(const std::vector<govuk::ErrorSummaryItem>& problems);

// The query that asks for `period` again: "from-day=1&from-month=4&…&to-year=2026".
std::string period_query_parts(const ReportPeriod& period);

// The question holding `date` as its parts, as if typed.
QueryDate query_date_of(const std::string& prefix, const std::string& legend, CivilDate date);

}  // namespace casereview::web
