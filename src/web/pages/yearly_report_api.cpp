// The yearly report's API (Rule YR-1): see yearly_report_api.hpp.
#include "web/pages/yearly_report_api.hpp"

#include "app/reports/yearly_figures.hpp"
#include "domain/uk_time.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Poco::Dynamic::Var optional_number(std::optional<double> value) {
  if (!value) return Poco::Dynamic::Var();
  return *value;
}

Object notifications_json(const NotificationFigures& n) {
  Object o = json_object();
  o->set("count", n.count);
  o->set("sent", n.sent);
  o->set("sent_on_time", n.sent_on_time);
  o->set("median_working_days", optional_number(n.median_working_days));
  return o;
}

Object rapid_reviews_json(const RapidReviewFigures& r) {
  Object outcomes = json_object();
  outcomes->set("no_review", r.no_review);
  outcomes->set("learning_review", r.learning_review);
  outcomes->set("local_cspr", r.local_cspr);
  outcomes->set("national_review", r.national_review);
  Object o = json_object();
  o->set("count", r.count);
  o->set("on_time", r.on_time);
  o->set("decided", r.decided);
  o->set("outcomes", outcomes);
  o->set("became_review", r.became_review());
  o->set("panel_agreed", r.panel_agreed);
  return o;
}

Object reviews_json(const ReviewFigures& v) {
  Array pauses = new Poco::JSON::Array();
  for (const PauseReasonCount& each : v.pauses_of_late_reviews) {
    Object item = json_object();
    item->set("reason", each.reason);
    item->set("pauses", each.pauses);
    pauses->add(item);
  }
  Object o = json_object();
  o->set("commissioned", v.commissioned);
  o->set("in_progress", v.in_progress);
  o->set("completed", v.completed);
  o->set("published", v.published);
  o->set("median_months_to_publication", optional_number(v.median_months_to_publication));
  o->set("past_timescale", v.past_timescale);
  o->set("pauses_of_late_reviews", pauses);
  return o;
}

Array breakdown_json(const std::vector<ActionBreakdown>& rows, const std::string& key) {
  Array array = new Poco::JSON::Array();
  for (const ActionBreakdown& row : rows) {
    Object item = json_object();
    item->set(key, row.label);
    item->set("open", row.open);
    item->set("closed", row.closed);
    item->set("overdue", row.overdue);
    array->add(item);
  }
  return array;
}

Object actions_json(const ActionFigures& a) {
  Object o = json_object();
  o->set("open", a.open);
  o->set("closed", a.closed);
  o->set("overdue", a.overdue);
  o->set("closed_by_due_date", a.closed_by_due_date);
  o->set("closed_with_impact", a.closed_with_impact);
  o->set("closed_completion_only", a.closed_completion_only());
  o->set("assurance_checks_done", a.assurance_checks_done);
  o->set("assurance_checks_planned", a.assurance_checks_planned);
  o->set("by_agency", breakdown_json(a.by_agency, "agency"));
  o->set("by_kind", breakdown_json(a.by_kind, "kind"));
  return o;
}

Object training_json(const TrainingFigures& t) {
  Array by_agency = new Poco::JSON::Array();
  for (const AgencyCount& each : t.trained_by_agency) {
    Object item = json_object();
    item->set("agency", each.agency);
    item->set("people", each.people);
    by_agency->add(item);
  }
  Object o = json_object();
  o->set("sessions", t.sessions);
  o->set("places", t.places);
  o->set("bookings", t.bookings);
  o->set("attended", t.attended);
  o->set("did_not_attend", t.did_not_attend);
  o->set("late_cancellations", t.late_cancellations);
  o->set("certificates", t.certificates);
  o->set("evaluations", t.evaluations);
  o->set("mean_usefulness", optional_number(t.mean_usefulness));
  o->set("trained_on_review_courses", t.trained_on_review_courses);
  o->set("trained_by_agency", by_agency);
  return o;
}

Array themes_json(const std::vector<ThemeFigures>& themes) {
  Array array = new Poco::JSON::Array();
  for (const ThemeFigures& theme : themes) {
    Object item = json_object();
    item->set("theme", theme.theme);
    item->set("entries", theme.entries);
    item->set("cases", theme.cases);
    item->set("previous_entries", theme.previous_entries);
    item->set("earlier_entries", theme.earlier_entries);
    array->add(item);
  }
  return array;
}

Object period_json(const ReportPeriod& period) {
  Object o = json_object();
  o->set("from", period.from.to_iso_string());
  o->set("to", period.to.to_iso_string());
  return o;
}

// Every figure of one period; with_details adds the breakdowns and themes a partnership's own
// report has.
Object figures_json(const YearlyFigures& figures, bool with_details) {
  Object o = json_object();
  o->set("period", period_json(figures.period));
  o->set("notifications", notifications_json(figures.notifications));
  o->set("rapid_reviews", rapid_reviews_json(figures.rapid_reviews));
  o->set("reviews", reviews_json(figures.reviews));
  Object actions = actions_json(figures.actions);
  Object training = training_json(figures.training);
  if (!with_details) {
    actions->remove("by_agency");
    actions->remove("by_kind");
    training->remove("trained_by_agency");
  }
  o->set("actions", actions);
  o->set("training", training);
  if (with_details) o->set("themes", themes_json(figures.themes));
  return o;
}

// The period in ?from=&to=; both missing: the last April-to-March year that has ended.
Result<ReportPeriod> period_of(const Request& request, const Services& services) {
  const auto from = request.query_value("from");
  const auto to = request.query_value("to");
  if (!from && !to) return last_complete_year(uk_date(services.app.clock.now()));
  return period_from_text(from.value_or(""), to.value_or(""));
}

// GET /api/v1/yearly-report
Response yearly_report_call(const Request& request, Services& services) {
  auto period = period_of(request, services);
  if (!period) return error_response(period.error(), request, services);
  auto report = yearly_report(services.app, request.caller(), period.value());
  if (!report) return error_response(report.error(), request, services);
  Object document = figures_json(report.value().current, true);
  document->set("partnership", report.value().partnership);
  document->set("previous", figures_json(report.value().previous, true));
  return Response::json(json_text(document));
}

// GET /api/v1/yearly-report/national
Response national_figures_call(const Request& request, Services& services) {
  auto period = period_of(request, services);
  if (!period) return error_response(period.error(), request, services);
  auto national = national_figures(services.app, request.caller(), period.value());
  if (!national) return error_response(national.error(), request, services);
  Array partnerships = new Poco::JSON::Array();
  for (const PartnershipFigures& row : national.value().partnerships) {
    Object item = figures_json(row.figures, false);
    item->set("partnership_id", static_cast<Poco::Int64>(row.partnership_id));
    item->set("partnership", row.partnership);
    partnerships->add(item);
  }
  Object document = json_object();
  document->set("period", period_json(period.value()));
  document->set("partnerships", partnerships);
  document->set("themes", themes_json(national.value().themes));
  return Response::json(json_text(document));
}

}  // namespace

void add_yearly_report_api_routes(Router& router) {
  router.add("GET", "/api/v1/yearly-report", Permission::report_yearly, yearly_report_call);
  router.add("GET", "/api/v1/yearly-report/national", Permission::view_national_figures,
             national_figures_call);
}

}  // namespace casereview::web
