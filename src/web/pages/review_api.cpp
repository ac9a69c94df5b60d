// The review's API handlers: see the header.
#include "web/pages/review_api.hpp"

#include "app/reviews/commissioning.hpp"
#include "app/reviews/monitoring.hpp"
#include "app/reviews/reviewers.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

Poco::Dynamic::Var date_or_null(const std::optional<CivilDate>& date) {
  if (!date) return Poco::Dynamic::Var();
  return date->to_iso_string();
}

// The review as the API shows it: the record (Rule REV-1) and its clock on the day (Rule REV-2).
Object review_json(const ReviewView& view) {
  const ReviewRecord& review = view.review;
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(review.id));
  document->set("case_id", static_cast<Poco::Int64>(review.case_id));
  document->set("kind", std::string(review_outcome_name(review.kind)));
  document->set("stage", std::string(review_stage_name(review.stage)));
  document->set("due_on", view.clock.due_on.to_iso_string());
  document->set("days_paused", view.clock.days_paused);
  document->set("status", std::string(review_clock_status_name(view.clock.status)));
  document->set("methodology", review.methodology);
  document->set("methodology_other", review.methodology_other);
  document->set("scope_from", review.scope_from.to_iso_string());
  document->set("scope_to", review.scope_to.to_iso_string());
  Array agencies = new Poco::JSON::Array();
  for (const Agency& agency : view.agencies) {
    Object item = json_object();
    item->set("id", static_cast<Poco::Int64>(agency.id));
    item->set("name", agency.name);
    agencies->add(item);
  }
  document->set("agencies", agencies);
  document->set("rationale", review.rationale);
  document->set("terms_of_reference", review.terms_of_reference);
  document->set("panel_reviewer", review.panel_reviewer);
  document->set("decided_on", review.decided_on.to_iso_string());
  document->set("commissioned_at", format_instant(review.commissioned_at));
  document->set("commissioned_by", view.commissioned_by_name);
  Array pauses = new Poco::JSON::Array();
  for (const ReviewPause& pause : review.pauses) {
    Object item = json_object();
    item->set("reason", std::string(pause_reason_name(pause.reason)));
    item->set("reason_text", pause.other_reason);
    item->set("paused_on", pause.paused_on.to_iso_string());
    item->set("resumed_on", date_or_null(pause.resumed_on));
    pauses->add(item);
  }
  document->set("pauses", pauses);
  // Rule REV-3: the checks, oldest first, and when the next is due (derived on reading).
  Array checks = new Poco::JSON::Array();
  for (const MonitoringCheck& check : review.monitoring_checks) {
    Object item = json_object();
    item->set("id", static_cast<Poco::Int64>(check.id));
    item->set("checked_on", check.checked_on.to_iso_string());
    item->set("outcome", std::string(monitoring_outcome_name(check.outcome)));
    item->set("note", check.note);
    item->set("draft_requested", check.draft == DraftRequest::requested);
    item->set("recorded_by", view.name(check.recorded_by));
    checks->add(item);
  }
  document->set("monitoring_checks", checks);
  Object next = json_object();
  next->set("due_on", view.next_check.due_on.to_iso_string());
  next->set("status", std::string(monitoring_check_status_name(view.next_check.status)));
  document->set("next_monitoring_check", next);
  // Rule REV-4: the reviewers, with the independence check's verdict and any exception.
  Array reviewers = new Poco::JSON::Array();
  for (const ReviewerAppointment& appointed : review.reviewers) {
    Object item = json_object();
    item->set("role", std::string(reviewer_role_name(appointed.role)));
    item->set("user_id", static_cast<Poco::Int64>(appointed.user_id));
    item->set("name", view.name(appointed.user_id));
    item->set("independence", std::string(independence_verdict_name(appointed.verdict)));
    item->set("conflicts", appointed.conflicts);
    item->set("exception_reason", appointed.exception_reason);
    item->set("appointed_at", format_instant(appointed.appointed_at));
    reviewers->add(item);
  }
  document->set("reviewers", reviewers);
  return document;
}

Response answer(const Result<ReviewView>& view, const Request& request, Services& services,
                int status = 200) {
  if (!view) return error_response(view.error(), request, services);
  return Response::json(json_text(review_json(view.value())), status);
}

// POST /api/v1/cases/{case_id}/review
Response commission(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  auto ids = json_ids(json, "agency_ids");
  if (!ids) return error_response(ids.error(), request, services);
  CommissionInput input{.methodology = json_string(json, "methodology"),
                        .methodology_other = json_string(json, "methodology_other"),
                        .scope_from = json_string(json, "scope_from"),
                        .scope_to = json_string(json, "scope_to"),
                        .agency_ids = ids.value(),
                        .rationale = json_string(json, "rationale"),
                        .terms_of_reference = json_string(json, "terms_of_reference"),
                        .panel_reviewer = json_string(json, "panel_reviewer")};
  return answer(commission_review(services.app, request.caller(), case_id_of(request), input),
                request, services, 201);
}

// GET /api/v1/cases/{case_id}/review
Response show(const Request& request, Services& services) {
  return answer(find_review(services.app, request.caller(), case_id_of(request)), request,
                services);
}

// POST /api/v1/cases/{case_id}/review/pause
Response pause(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  PauseInput input{.reason = json_string(body.value(), "reason"),
                   .reason_text = json_string(body.value(), "reason_text"),
                   .on = json_string(body.value(), "on")};
  return answer(pause_review(services.app, request.caller(), case_id_of(request), input), request,
                services);
}

// POST /api/v1/cases/{case_id}/review/resume
Response resume(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  ResumeInput input{.on = json_string(body.value(), "on")};
  return answer(resume_review(services.app, request.caller(), case_id_of(request), input), request,
                services);
}

// POST /api/v1/cases/{case_id}/review/monitoring-checks (Rule REV-3)
Response record_check(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  const std::optional<bool> draft = json_boolean(json, "draft_requested");
  MonitoringCheckInput input{.checked_on = json_string(json, "checked_on"),
                             .outcome = json_string(json, "outcome"),
                             .note = json_string(json, "note"),
                             .draft_requested = !draft ? "" : (*draft ? "yes" : "no")};
  return answer(record_monitoring_check(services.app, request.caller(), case_id_of(request), input),
                request, services, 201);
}

// POST /api/v1/cases/{case_id}/review/reviewers (Rule REV-4)
Response appoint(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  std::optional<Id> user_id;
  if (json->has("user_id") && json->get("user_id").isInteger())
    user_id = json->getValue<Poco::Int64>("user_id");
  AppointInput input{.user_id = user_id,
                     .role = json_string(json, "role"),
                     .exception_reason = json_string(json, "exception_reason")};
  return answer(appoint_reviewer(services.app, request.caller(), case_id_of(request), input),
                request, services, 201);
}

// The caller's affiliations as the API shows them (Rule REV-4).
Response affiliations_answer(const Result<std::vector<DeclaredAffiliation>>& found,
                             const Request& request, Services& services) {
  if (!found) return error_response(found.error(), request, services);
  Array list = new Poco::JSON::Array();
  for (const DeclaredAffiliation& affiliation : found.value()) {
    Object item = json_object();
    item->set("agency_id",
              affiliation.agency_id
                  ? Poco::Dynamic::Var(static_cast<Poco::Int64>(*affiliation.agency_id))
                  : Poco::Dynamic::Var());
    item->set("organisation", affiliation.organisation);
    item->set("from", affiliation.from.to_iso_string());
    item->set("to", date_or_null(affiliation.to));
    list->add(item);
  }
  Object document = json_object();
  document->set("affiliations", list);
  return Response::json(json_text(document));
}

// GET /api/v1/account/affiliations
Response show_affiliations(const Request& request, Services& services) {
  return affiliations_answer(my_affiliations(services.app, request.caller()), request, services);
}

// PUT /api/v1/account/affiliations {affiliations: [{agency_id?, organisation, from, to}]}: replaces
// the list.
Response replace_affiliations(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  std::vector<AffiliationInput> inputs;
  for (const Object& item : json_objects(body.value(), "affiliations")) {
    AffiliationInput input{.organisation = json_string(item, "organisation"),
                           .from = json_string(item, "from"),
                           .to = json_string(item, "to")};
    if (item->has("agency_id") && item->get("agency_id").isInteger())
      input.agency_id = item->getValue<Poco::Int64>("agency_id");
    inputs.push_back(std::move(input));
  }
  return affiliations_answer(replace_my_affiliations(services.app, request.caller(), inputs),
                             request, services);
}

}  // namespace

void add_review_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/review", Permission::run_reviews, commission);
  // Reviewers appointed to the case read it too: the use case decides who sees it.
  router.add("GET", "/api/v1/cases/{case_id:int}/review", Permission::signed_in, show);
  router.add("POST", "/api/v1/cases/{case_id:int}/review/pause", Permission::run_reviews, pause);
  router.add("POST", "/api/v1/cases/{case_id:int}/review/resume", Permission::run_reviews, resume);
  router.add("POST", "/api/v1/cases/{case_id:int}/review/monitoring-checks",
             Permission::run_reviews, record_check);
  router.add("POST", "/api/v1/cases/{case_id:int}/review/reviewers", Permission::run_reviews,
             appoint);
  router.add("GET", "/api/v1/account/affiliations", Permission::declare_affiliations,
             show_affiliations);
  router.add("PUT", "/api/v1/account/affiliations", Permission::declare_affiliations,
             replace_affiliations);
}

}  // namespace casereview::web
