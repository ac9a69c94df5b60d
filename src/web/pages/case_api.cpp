#include "web/pages/case_api.hpp"

#include <algorithm>

#include "app/accounts.hpp"
#include "app/cases/agency_responses.hpp"
#include "app/cases/case_views.hpp"
#include "app/cases/notifications.hpp"
#include "app/cases/panel_decisions.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

Response json_response(const Object& document, int status = 200) {
  return Response::json(json_text(document), status);
}

Poco::Dynamic::Var date_or_null(const std::optional<CivilDate>& date) {
  if (!date) return Poco::Dynamic::Var();
  return date->to_iso_string();
}

Array strings(const std::vector<std::string>& items) {
  Array array = new Poco::JSON::Array();
  for (const std::string& item : items) array->add(item);
  return array;
}

// [{"id", "code", "name"}] of the agencies.
Array agencies_json(const std::vector<Agency>& agencies) {
  Array list = new Poco::JSON::Array();
  for (const Agency& agency : agencies) {
    Object item = json_object();
    item->set("id", static_cast<Poco::Int64>(agency.id));
    item->set("code", agency.code);
    item->set("name", agency.name);
    list->add(item);
  }
  return list;
}

Object deadline_json(const DeadlineView& deadline) {
  Object item = json_object();
  item->set("kind", std::string(deadline_kind_name(deadline.kind)));
  item->set("label", deadline.label);
  item->set("due_on", deadline.due_on.to_iso_string());
  item->set("done_on", date_or_null(deadline.done_on));
  item->set("status", std::string(deadline_status_name(deadline.status)));
  item->set("working_days_left", deadline.working_days_left
                                     ? Poco::Dynamic::Var(*deadline.working_days_left)
                                     : Poco::Dynamic::Var());
  return item;
}

Object request_json(const AgencyRequestView& request) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(request.id));
  item->set("agency_id", static_cast<Poco::Int64>(request.agency_id));
  item->set("agency_code", request.agency_code);
  item->set("agency_name", request.agency_name);
  item->set("requested_on", request.requested_on.to_iso_string());
  item->set("due_on", request.deadline.due_on.to_iso_string());
  item->set("status", std::string(deadline_status_name(request.deadline.status)));
  item->set("state", std::string(agency_response_state_name(request.state)));
  item->set("summary", request.summary);
  return item;
}

Object requests_json(const std::vector<AgencyRequestView>& requests) {
  Array list = new Poco::JSON::Array();
  for (const AgencyRequestView& request : requests) list->add(request_json(request));
  Object document = json_object();
  document->set("agency_requests", list);
  return document;
}

Object rapid_review_json(const RapidReviewRecord& record, const std::vector<FieldError>& gaps) {
  Object document = json_object();
  document->set("facts_established", record.facts_established);
  document->set("immediate_action", record.immediate_action);
  document->set("key_practice_episodes", record.key_practice_episodes);
  document->set("what_could_be_improved", record.what_could_be_improved);
  document->set("equality_considerations", record.equality_considerations);
  Object criteria = json_object();
  for (Criterion criterion : all_criteria) {
    const CriterionAnswer& answer = record.answer(criterion);
    Object item = json_object();
    item->set("met", answer.met ? Poco::Dynamic::Var(*answer.met) : Poco::Dynamic::Var());
    item->set("rationale", answer.rationale);
    criteria->set(std::string(criterion_name(criterion)), item);
  }
  document->set("criteria", criteria);
  document->set("recommendation",
                record.recommendation
                    ? Poco::Dynamic::Var(std::string(review_outcome_name(*record.recommendation)))
                    : Poco::Dynamic::Var());
  document->set("recommendation_rationale", record.recommendation_rationale);
  Array missing = new Poco::JSON::Array();
  for (const FieldError& gap : gaps) {
    Object item = json_object();
    item->set("field", gap.field);
    item->set("message", gap.message);
    missing->add(item);
  }
  document->set("gaps", missing);
  return document;
}

Object case_json(const CaseDetail& detail) {
  const CaseRecord& record = detail.record;
  const bool notification_only = detail.visibility == CaseVisibility::notification;
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(record.id));
  document->set("reference", record.reference);
  document->set("partnership", detail.partnership_name);
  document->set("stage", std::string(case_stage_name(record.stage)));
  Array children = new Poco::JSON::Array();
  for (const ChildView& child : detail.children) {
    Object item = json_object();
    item->set("pseudonym", child.pseudonym);
    if (child.identity) {
      item->set("given_name", child.identity->given_name);
      item->set("family_name", child.identity->family_name);
      item->set("date_of_birth", child.identity->date_of_birth.to_iso_string());
      item->set("sex", std::string(child_sex_name(child.identity->sex)));
      item->set("ethnicity", child.identity->ethnicity);
      item->set("home_local_authority", child.identity->home_local_authority);
    }
    children->add(item);
  }
  document->set("children", children);
  const NotificationFacts& facts = record.facts;
  document->set("aware_on", facts.aware_on.to_iso_string());
  document->set("incident_on", facts.incident_on.to_iso_string());
  document->set("incident", std::string(incident_kind_name(facts.incident)));
  document->set("abuse_or_neglect", std::string(abuse_or_neglect_name(facts.abuse_or_neglect)));
  std::vector<std::string> categories;
  for (AbuseCategory category : facts.categories)
    categories.emplace_back(abuse_category_name(category));
  document->set("categories", strings(categories));
  document->set("looked_after", facts.looked_after);
  document->set("care_leaver", facts.care_leaver);
  document->set("police_involved", facts.police_involved);
  Array agency_ids = new Poco::JSON::Array();
  for (Id id : record.agency_ids) agency_ids->add(static_cast<Poco::Int64>(id));
  document->set("agency_ids", agency_ids);
  document->set("outline", facts.outline);
  document->set("notify_by", record.notify_by.to_iso_string());
  document->set("sent_on", date_or_null(record.sent_on));
  document->set("partners_told_on", date_or_null(record.partners_told_on));
  document->set("rapid_review_due", date_or_null(record.rapid_review_due));
  Array deadlines = new Poco::JSON::Array();
  for (const DeadlineView& deadline : detail.deadlines) deadlines->add(deadline_json(deadline));
  document->set("deadlines", deadlines);
  if (!notification_only) {
    document->set("agency_requests", requests_json(detail.agency_requests)->get("agency_requests"));
    document->set("rapid_review", rapid_review_json(record.rapid_review, detail.rapid_review_gaps));
    Array sign_offs = new Poco::JSON::Array();
    for (const SignOff& signature : record.sign_offs) {
      Object item = json_object();
      item->set("partner", std::string(statutory_partner_name(signature.partner)));
      item->set("name", signature.name);
      item->set("signed_on", signature.signed_on.to_iso_string());
      sign_offs->add(item);
    }
    document->set("sign_offs", sign_offs);
    document->set("submitted_on", date_or_null(record.submitted_on));
    if (record.decision) {
      Object decision = json_object();
      decision->set("panel_view", std::string(panel_view_name(record.decision->view)));
      decision->set("outcome", std::string(review_outcome_name(record.decision->outcome)));
      decision->set("reason", record.decision->reason);
      decision->set("decided_on", record.decision->decided_on.to_iso_string());
      decision->set("theme",
                    detail.theme ? Poco::Dynamic::Var(detail.theme->name) : Poco::Dynamic::Var());
      document->set("decision", decision);
    } else {
      document->set("decision", Poco::Dynamic::Var());
    }
  }
  Array timeline = new Poco::JSON::Array();
  for (const TimelineEntry& entry : detail.timeline) {
    Object item = json_object();
    item->set("kind", std::string(case_event_kind_name(entry.event.kind)));
    item->set("text", entry.text);
    item->set("at", format_instant(entry.event.at));
    item->set("on", date_or_null(entry.event.on));
    item->set("by", entry.event.user_name);
    timeline->add(item);
  }
  document->set("timeline", timeline);
  return document;
}

// GET /api/v1/agencies: the caller's partnership's agencies, [{"id", "code", "name"}]; none for
// someone in no partnership (national roles, practitioners).
Response agencies(const Request& request, Services& services) {
  if (!request.actor->partnership_id) return Response::json("[]");
  auto found = list_agencies(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  return Response::json(json_text(agencies_json(found.value())));
}

// POST /api/v1/notifications
Response record(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  NotificationInput input{.aware_on = json_string(json, "aware_on"),
                          .incident_on = json_string(json, "incident_on"),
                          .incident = json_string(json, "incident"),
                          .abuse_or_neglect = json_string(json, "abuse_or_neglect"),
                          .categories = json_strings(json, "categories"),
                          .looked_after = json_boolean(json, "looked_after"),
                          .care_leaver = json_boolean(json, "care_leaver"),
                          .police_involved = json_boolean(json, "police_involved"),
                          .outline = json_string(json, "outline")};
  for (const Object& child : json_objects(json, "children")) {
    input.children.push_back({.given_name = json_string(child, "given_name"),
                              .family_name = json_string(child, "family_name"),
                              .date_of_birth = json_string(child, "date_of_birth"),
                              .sex = json_string(child, "sex"),
                              .ethnicity = json_string(child, "ethnicity"),
                              .home_local_authority = json_string(child, "home_local_authority")});
  }
  auto ids = json_ids(json, "agency_ids");
  if (!ids) return error_response(ids.error(), request, services);
  input.agency_ids = ids.value();
  auto recorded = record_notification(services.app, request.caller(), input);
  if (!recorded) return error_response(recorded.error(), request, services);
  services.mail_queued();
  const RecordedNotification& notification = recorded.value();
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(notification.id));
  document->set("reference", notification.reference);
  document->set("notify_by", notification.notify_by.to_iso_string());
  Array children = new Poco::JSON::Array();
  for (const ChildPseudonym& child : notification.children) {
    Object item = json_object();
    item->set("pseudonym", child.pseudonym);
    children->add(item);
  }
  document->set("children", children);
  document->set("stage", std::string(case_stage_name(notification.stage)));
  document->set("recorded_only", notification.recorded_only);
  Response response = json_response(document, 201);
  response.set_header("Location", "/api/v1/cases/" + std::to_string(notification.id));
  return response;
}

// POST /api/v1/notifications/{case_id}/sent
Response sent(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto outcome =
      record_notification_sent(services.app, request.caller(), case_id_of(request),
                               {.sent_on = json_string(body.value(), "sent_on"),
                                .late_reason = json_string(body.value(), "late_reason")});
  if (!outcome) return error_response(outcome.error(), request, services);
  services.mail_queued();
  Object document = json_object();
  document->set("stage", std::string(case_stage_name(outcome.value().stage)));
  document->set("rapid_review_due", date_or_null(outcome.value().rapid_review_due));
  document->set("late", outcome.value().late);
  return json_response(document);
}

// POST /api/v1/notifications/{case_id}/partners-told
Response partners_told(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto outcome = record_partners_told(services.app, request.caller(), case_id_of(request),
                                      {.told_on = json_string(body.value(), "told_on"),
                                       .late_reason = json_string(body.value(), "late_reason")});
  if (!outcome) return error_response(outcome.error(), request, services);
  Object document = json_object();
  document->set("late", outcome.value().late);
  return json_response(document);
}

// GET /api/v1/cases: the dashboard's rows.
Response list_cases(const Request& request, Services& services) {
  DashboardFilter filter;
  std::vector<FieldError> problems;
  if (auto stage = request.query_value("stage"); stage && !stage->empty()) {
    filter.stage = case_stage_from_name(*stage);
    if (!filter.stage) problems.push_back({"stage", "Give a stage such as rapid_review"});
  }
  if (auto status = request.query_value("status"); status && !status->empty()) {
    filter.status = deadline_status_from_name(*status);
    if (!filter.status) problems.push_back({"status", "Give overdue, due_soon or on_track"});
  }
  if (!problems.empty()) return error_response(Error::invalid(problems), request, services);
  auto rows = case_dashboard(services.app, request.caller(), filter);
  if (!rows) return error_response(rows.error(), request, services);
  Array list = new Poco::JSON::Array();
  for (const DashboardRow& row : rows.value()) {
    Object item = json_object();
    item->set("id", static_cast<Poco::Int64>(row.id));
    item->set("reference", row.reference);
    item->set("pseudonyms", strings(row.pseudonyms));
    item->set("stage", std::string(case_stage_name(row.stage)));
    item->set("next_deadline", row.next_deadline
                                   ? Poco::Dynamic::Var(deadline_json(*row.next_deadline))
                                   : Poco::Dynamic::Var());
    item->set("status", row.status
                            ? Poco::Dynamic::Var(std::string(deadline_status_name(*row.status)))
                            : Poco::Dynamic::Var());
    item->set("outstanding_agency_responses", row.outstanding_agency_responses);
    item->set("overdue_agency_responses", row.overdue_agency_responses);
    list->add(item);
  }
  Object document = json_object();
  document->set("cases", list);
  return json_response(document);
}

// GET /api/v1/cases/{case_id}[?names=shown]
Response show_case(const Request& request, Services& services) {
  const NameDisplay names = request.query_value("names").value_or("") == "shown"
                                ? NameDisplay::shown
                                : NameDisplay::hidden;
  auto found = view_case(services.app, request.caller(), case_id_of(request), names);
  if (!found) return error_response(found.error(), request, services);
  return json_response(case_json(found.value()));
}

// POST /api/v1/cases/{case_id}/allocation
Response allocate(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Id lead = request.actor->user_id;
  if (body.value()->has("lead_user_id")) {
    const Poco::Dynamic::Var member = body.value()->get("lead_user_id");
    lead = member.isInteger() ? member.convert<Id>() : 0;
  }
  Status allocated = allocate_rapid_review(services.app, request.caller(), case_id_of(request),
                                           {.lead_user_id = lead});
  if (!allocated) return error_response(allocated.error(), request, services);
  Object document = json_object();
  document->set("lead_user_id", static_cast<Poco::Int64>(lead));
  return json_response(document);
}

// POST /api/v1/cases/{case_id}/agencies: {"agency_id"} joins the case; answers its agencies.
Response add_agency(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Id agency_id = 0;
  if (body.value()->has("agency_id") && body.value()->get("agency_id").isInteger())
    agency_id = body.value()->get("agency_id").convert<Id>();
  auto added = add_case_agency(services.app, request.caller(), case_id_of(request),
                               {.agency_id = agency_id});
  if (!added) return error_response(added.error(), request, services);
  Object document = json_object();
  document->set("agencies", agencies_json(added.value()));
  return json_response(document, 201);
}

// GET /api/v1/cases/{case_id}/agency-requests
Response list_requests(const Request& request, Services& services) {
  auto requests = list_agency_requests(services.app, request.caller(), case_id_of(request));
  if (!requests) return error_response(requests.error(), request, services);
  return json_response(requests_json(requests.value()));
}

// POST /api/v1/cases/{case_id}/agency-requests
Response make_requests(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto ids = json_ids(body.value(), "agency_ids");
  if (!ids) return error_response(ids.error(), request, services);
  auto requests = request_agency_responses(services.app, request.caller(), case_id_of(request),
                                           {.agency_ids = ids.value()});
  if (!requests) return error_response(requests.error(), request, services);
  services.mail_queued();
  return json_response(requests_json(requests.value()), 201);
}

// GET /api/v1/cases/{case_id}/agency-requests/{request_id}: the asked agency's contributors, while
// the request is open, with the children's identities (Rule NTK-1); 404 for anyone else and after.
Response show_request(const Request& request, Services& services) {
  auto found = view_agency_request(services.app, request.caller(), request.path_id("request_id"),
                                   NameDisplay::shown);
  if (!found) return error_response(found.error(), request, services);
  const AgencyRequestDetail& detail = found.value();
  if (detail.case_id != case_id_of(request) || !detail.can_edit) {
    return error_response(Error::of(ErrorCode::not_found, "There is no such open request"), request,
                          services);
  }
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(detail.request.id));
  document->set("case_id", static_cast<Poco::Int64>(detail.case_id));
  document->set("reference", detail.request.reference);
  document->set("agency_name", detail.agency_name);
  document->set("incident", std::string(incident_kind_name(detail.incident)));
  document->set("incident_on", detail.incident_on.to_iso_string());
  document->set("outline", detail.outline);
  document->set("requested_on", detail.request.requested_on.to_iso_string());
  document->set("due_on", detail.request.deadline.due_on.to_iso_string());
  document->set("status", std::string(deadline_status_name(detail.request.deadline.status)));
  document->set("state", std::string(agency_response_state_name(detail.request.state)));
  document->set("summary", detail.summary);
  Array children = new Poco::JSON::Array();
  for (const ChildToIdentify& child : detail.children) {
    Object item = json_object();
    item->set("pseudonym", child.pseudonym);
    item->set("given_name", child.given_name);
    item->set("family_name", child.family_name);
    item->set("date_of_birth", child.date_of_birth.to_iso_string());
    item->set("home_local_authority", child.home_local_authority);
    children->add(item);
  }
  document->set("children", children);
  return json_response(document);
}

// PUT /api/v1/cases/{case_id}/agency-requests/{request_id}/response: {"summary", "submit"}.
Response respond(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Id request_id = request.path_id("request_id");
  auto found = view_agency_request(services.app, request.caller(), request_id);
  if (!found) return error_response(found.error(), request, services);
  if (found.value().case_id != case_id_of(request)) {
    return error_response(Error::of(ErrorCode::not_found, "There is no such request"), request,
                          services);
  }
  const AgencyResponseInput input{.summary = json_string(body.value(), "summary")};
  const bool submitting = json_boolean(body.value(), "submit").value_or(false);
  Status outcome =
      submitting ? submit_agency_response(services.app, request.caller(), request_id, input)
                 : save_agency_response_draft(services.app, request.caller(), request_id, input);
  if (!outcome) return error_response(outcome.error(), request, services);
  services.mail_queued();
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(request_id));
  document->set("state", submitting ? "submitted" : "draft");
  document->set("summary", input.summary);
  return json_response(document);
}

// PUT /api/v1/cases/{case_id}/rapid-review
Response save_record(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  RapidReviewRecordInput input{
      .facts_established = json_string(json, "facts_established"),
      .immediate_action = json_string(json, "immediate_action"),
      .key_practice_episodes = json_string(json, "key_practice_episodes"),
      .what_could_be_improved = json_string(json, "what_could_be_improved"),
      .equality_considerations = json_string(json, "equality_considerations"),
      .recommendation = json_string(json, "recommendation"),
      .recommendation_rationale = json_string(json, "recommendation_rationale")};
  Object criteria = json->has("criteria") ? json->getObject("criteria") : nullptr;
  for (std::size_t index = 0; criteria && index < all_criteria.size(); ++index) {
    Object answer = criteria->getObject(std::string(criterion_name(all_criteria[index])));
    if (answer)
      input.criteria[index] = {.met = json_boolean(answer, "met"),
                               .rationale = json_string(answer, "rationale")};
  }
  auto saved = save_rapid_review(services.app, request.caller(), case_id_of(request), input);
  if (!saved) return error_response(saved.error(), request, services);
  Object document = rapid_review_json(saved.value().record, saved.value().gaps);
  document->set("sign_offs_cleared", saved.value().sign_offs_cleared);
  return json_response(document);
}

// POST /api/v1/cases/{case_id}/sign-offs: {"totp_code", "record_changed_at"?}, by a partner's
// signatory with their own token, for their own partner (Rule SIGN-1). The token alone is not the
// second factor: the body carries a current code from the signatory's authenticator app.
Response sign(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const SignOffInput input{.totp_code = json_string(body.value(), "totp_code"),
                           .record_changed_at = json_string(body.value(), "record_changed_at")};
  Status signed_off = record_sign_off(services.app, request.caller(), case_id_of(request), input);
  if (!signed_off) return error_response(signed_off.error(), request, services);
  auto view = view_for_sign_off(services.app, request.caller(), case_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  const std::optional<SignOff>& signature = view.value().signed_by_partner;
  Object document = json_object();
  document->set("partner", std::string(statutory_partner_name(view.value().partner)));
  document->set("name", signature ? signature->name : std::string());
  document->set("signed_on", signature ? signature->signed_on.to_iso_string() : std::string());
  return json_response(document, 201);
}

// POST /api/v1/cases/{case_id}/submission
Response submit(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const std::string submitted_on = json_string(body.value(), "submitted_on");
  Status submitted = submit_rapid_review(
      services.app, request.caller(), case_id_of(request),
      {.submitted_on = submitted_on,
       .reason_for_missing_responses = json_string(body.value(), "reason_for_missing_responses")});
  if (!submitted) return error_response(submitted.error(), request, services);
  services.mail_queued();
  Object document = json_object();
  document->set("stage", std::string(case_stage_name(CaseStage::awaiting_panel_decision)));
  document->set("submitted_on", submitted_on);
  return json_response(document);
}

// POST /api/v1/cases/{case_id}/decision
Response decide(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  PanelDecisionInput input{.panel_view = json_string(json, "panel_view"),
                           .outcome = json_string(json, "outcome"),
                           .reason = json_string(json, "reason"),
                           .decided_on = json_string(json, "decided_on"),
                           .new_theme = json_string(json, "new_theme")};
  if (json->has("theme_id") && json->get("theme_id").isInteger())
    input.theme_id = json->get("theme_id").convert<Id>();
  auto decided = record_panel_decision(services.app, request.caller(), case_id_of(request), input);
  if (!decided) return error_response(decided.error(), request, services);
  services.mail_queued();
  Object document = json_object();
  document->set("stage", std::string(case_stage_name(decided.value().stage)));
  if (decided.value().theme) {
    Object theme = json_object();
    theme->set("id", static_cast<Poco::Int64>(decided.value().theme->id));
    theme->set("name", decided.value().theme->name);
    document->set("theme", theme);
  } else {
    document->set("theme", Poco::Dynamic::Var());
  }
  return json_response(document, 201);
}

}  // namespace

void add_case_api_routes(Router& router) {
  router.add("GET", "/api/v1/agencies", Permission::signed_in, agencies);
  router.add("POST", "/api/v1/notifications", Permission::record_notifications, record);
  router.add("POST", "/api/v1/notifications/{case_id:int}/sent", Permission::record_notifications,
             sent);
  router.add("POST", "/api/v1/notifications/{case_id:int}/partners-told",
             Permission::record_notifications, partners_told);
  router.add("GET", "/api/v1/cases", Permission::view_cases, list_cases);
  // Panel users and inspectors see a case too (without names): the use case decides what each sees.
  router.add("GET", "/api/v1/cases/{case_id:int}", Permission::signed_in, show_case);
  router.add("POST", "/api/v1/cases/{case_id:int}/allocation", Permission::run_rapid_reviews,
             allocate);
  router.add("POST", "/api/v1/cases/{case_id:int}/agencies", Permission::run_rapid_reviews,
             add_agency);
  router.add("GET", "/api/v1/cases/{case_id:int}/agency-requests", Permission::run_rapid_reviews,
             list_requests);
  router.add("POST", "/api/v1/cases/{case_id:int}/agency-requests", Permission::run_rapid_reviews,
             make_requests);
  router.add("GET", "/api/v1/cases/{case_id:int}/agency-requests/{request_id:int}",
             Permission::respond_for_agency, show_request);
  router.add("PUT", "/api/v1/cases/{case_id:int}/agency-requests/{request_id:int}/response",
             Permission::respond_for_agency, respond);
  router.add("PUT", "/api/v1/cases/{case_id:int}/rapid-review", Permission::run_rapid_reviews,
             save_record);
  router.add("POST", "/api/v1/cases/{case_id:int}/sign-offs", Permission::sign_off_for_partner,
             sign);
  router.add("POST", "/api/v1/cases/{case_id:int}/submission", Permission::run_rapid_reviews,
             submit);
  router.add("POST", "/api/v1/cases/{case_id:int}/decision", Permission::decide_for_panel, decide);
}

}  // namespace casereview::web
