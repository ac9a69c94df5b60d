// The action plans' API (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4) under /api/v1:
// the same use cases as the pages (app/actions/*.hpp), JSON in and out, errors as RFC 9457
// problems.
//   POST /api/v1/recommendations/{id}/actions {text, agency_id, owner_user_id?, kind,
//        success_measure, start_on, due_on, course_ids?} → 201 the action {id, status, rag, …}
//   GET  /api/v1/actions?case_id=&agency_id=&owner_user_id=&kind=&status=&rag=&overdue=true&page=
//        → {actions: [{id, case_id, recommendation_number, text, agency_id, owner, kind, due_on,
//        status, rag, last_update_on}], page, page_count, total}
//   GET  /api/v1/actions/{id} → the action with its updates, evidence, decisions, due-date
//        changes and assurance checks
//   POST /api/v1/actions/{id}/updates {text, status?} → 201 the update
//   POST /api/v1/actions/{id}/evidence (multipart: kind, text, file; or JSON {kind, text}) → 201
//   GET  /api/v1/action-evidence/{id}/file → the file, as an attachment
//   POST /api/v1/actions/{id}/completion → the action, awaiting sign-off
//   POST /api/v1/actions/{id}/sign-off {decision: accept|return, reason} → the action
//   POST /api/v1/actions/{id}/due-date {due_on, reason} → 201 the change asked for
//   POST /api/v1/actions/{id}/due-date/decision {agree: bool} → the action
//   POST /api/v1/actions/{id}/assurance-checks {method, description, due_on} → 201 the check
//   POST /api/v1/actions/{id}/assurance-checks/{check_id}/result {result} → the check
#include "web/pages/action_api.hpp"

#include "app/actions/action_plans.hpp"
#include "app/actions/action_progress.hpp"
#include "web/json.hpp"
#include "web/pages/action_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Poco::Int64 int64(Id id) { return static_cast<Poco::Int64>(id); }

Object action_json(const ActionListing& listing, Rag rag) {
  const Action& action = listing.action;
  Object item = json_object();
  item->set("id", int64(action.id));
  item->set("case_id", int64(action.case_id));
  item->set("case_reference", listing.case_reference);
  item->set("recommendation_id", int64(action.recommendation_id));
  item->set("recommendation_number", action.recommendation_number);
  item->set("text", action.text);
  item->set("agency_id", int64(action.agency_id));
  item->set("agency_name", listing.agency_name);
  Object owner = json_object();
  owner->set("id", int64(action.owner_user_id));
  owner->set("name", listing.owner_name);
  item->set("owner", owner);
  item->set("kind", std::string(action_kind_name(action.kind)));
  item->set("success_measure", action.success_measure);
  item->set("start_on", action.start_on.to_iso_string());
  item->set("due_on", action.due_on.to_iso_string());
  if (action.proposed_due_on) item->set("proposed_due_on", action.proposed_due_on->to_iso_string());
  item->set("status", std::string(action_status_name(action.status)));
  item->set("rag", std::string(rag_name(rag)));
  item->set("last_update_on", action.last_update_on.to_iso_string());
  if (action.closed_at) item->set("closed_at", format_instant(*action.closed_at));
  return item;
}

Object update_json(const ActionUpdate& update) {
  Object item = json_object();
  item->set("id", int64(update.id));
  item->set("text", update.text);
  if (update.status) item->set("status", std::string(action_status_name(*update.status)));
  item->set("by", int64(update.by));
  item->set("at", format_instant(update.at));
  return item;
}

Object evidence_json(const ActionEvidence& evidence) {
  Object item = json_object();
  item->set("id", int64(evidence.id));
  item->set("kind", std::string(evidence_kind_name(evidence.kind)));
  item->set("text", evidence.text);
  if (!evidence.file_name.empty()) {
    Object file = json_object();
    file->set("name", evidence.file_name);
    file->set("content_type", evidence.content_type);
    file->set("size", static_cast<Poco::Int64>(evidence.file_size));
    file->set("href", "/api/v1/action-evidence/" + std::to_string(evidence.id) + "/file");
    item->set("file", file);
  }
  item->set("by", int64(evidence.by));
  item->set("at", format_instant(evidence.at));
  return item;
}

Object change_json(const DueDateChange& change) {
  Object item = json_object();
  item->set("id", int64(change.id));
  item->set("from_due_on", change.from_due_on.to_iso_string());
  item->set("to_due_on", change.to_due_on.to_iso_string());
  item->set("reason", change.reason);
  item->set("requested_by", int64(change.requested_by));
  item->set("requested_at", format_instant(change.requested_at));
  if (change.agreed) item->set("agreed", *change.agreed);
  if (change.decided_at) item->set("decided_at", format_instant(*change.decided_at));
  return item;
}

Object check_json(const AssuranceCheck& check) {
  Object item = json_object();
  item->set("id", int64(check.id));
  item->set("method", std::string(assurance_method_name(check.method)));
  item->set("description", check.description);
  item->set("due_on", check.due_on.to_iso_string());
  if (check.recorded_at) {
    item->set("result", check.result);
    item->set("recorded_at", format_instant(*check.recorded_at));
  }
  return item;
}

template <typename Item, typename ToJson>
Array array_of(const std::vector<Item>& items, ToJson to_json) {
  Array array = new Poco::JSON::Array();
  for (const Item& item : items) array->add(to_json(item));
  return array;
}

Id action_id_of(const Request& request) { return request.path_id("action_id"); }

// The action as it is now, with its colour: what every step that changes it answers.
Response action_now(const Request& request, Services& services, int status = 200) {
  auto detail = view_action(services.app, request.caller(), action_id_of(request));
  if (!detail) return error_response(detail.error(), request, services);
  return Response::json(json_text(action_json(detail.value().listing, detail.value().rag)), status);
}

// POST /api/v1/recommendations/{recommendation_id}/actions → 201 the action (Rule ACT-1)
Response create_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  auto agency = json_id(given, "agency_id");
  if (!agency) return error_response(agency.error(), request, services);
  auto owner = json_id(given, "owner_user_id", "owner");
  if (!owner) return error_response(owner.error(), request, services);
  auto courses = json_ids(given, "course_ids", "course");
  if (!courses) return error_response(courses.error(), request, services);
  ActionInput input{.text = json_string(given, "text"),
                    .kind = json_string(given, "kind"),
                    .success_measure = json_string(given, "success_measure"),
                    .start_on = json_string(given, "start_on"),
                    .due_on = json_string(given, "due_on"),
                    .owner_user_id = owner.value(),
                    .course_ids = courses.value()};
  if (agency.value()) input.agency_ids.push_back(*agency.value());
  auto made =
      create_actions(services.app, request.caller(), request.path_id("recommendation_id"), input);
  if (!made) return error_response(made.error(), request, services);
  auto detail = view_action(services.app, request.caller(), made.value().front().id);
  if (!detail) return error_response(detail.error(), request, services);
  return Response::json(json_text(action_json(detail.value().listing, detail.value().rag)), 201);
}

// GET /api/v1/actions?… (Rule ACT-3: each with its colour today)
Response list_call(const Request& request, Services& services) {
  auto filter = action_filter_from_query(request);
  if (!filter) return error_response(filter.error(), request, services);
  auto listed = list_actions(services.app, request.caller(), filter.value(), request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  Object document = json_object();
  Array actions = new Poco::JSON::Array();
  for (const ActionRow& row : listed.value().rows) actions->add(action_json(row.listing, row.rag));
  document->set("actions", actions);
  document->set("page", listed.value().page);
  document->set("page_count", listed.value().page_count);
  document->set("total", listed.value().total);
  return Response::json(json_text(document));
}

// GET /api/v1/actions/{action_id}
Response show_call(const Request& request, Services& services) {
  auto detail =
      view_action(services.app, request.caller(), action_id_of(request), request.page_number());
  if (!detail) return error_response(detail.error(), request, services);
  const ActionDetail& shown = detail.value();
  Object document = action_json(shown.listing, shown.rag);
  document->set("rag_reason", shown.rag_reason);
  document->set("recommendation_text", shown.recommendation.text);
  document->set("updates", array_of(shown.updates, update_json));
  document->set("updates_page", shown.page);
  document->set("updates_page_count", shown.page_count);
  document->set("evidence", array_of(shown.evidence, evidence_json));
  Array decisions = new Poco::JSON::Array();
  for (const ActionDecision& decision : shown.decisions) {
    Object item = json_object();
    item->set("decision", std::string(sign_off_decision_name(decision.decision)));
    item->set("reason", decision.reason);
    item->set("by", int64(decision.by));
    item->set("at", format_instant(decision.at));
    decisions->add(item);
  }
  document->set("decisions", decisions);
  document->set("due_date_changes", array_of(shown.due_date_changes, change_json));
  document->set("assurance_checks", array_of(shown.assurance_checks, check_json));
  if (shown.training) {
    Object training = json_object();
    Array courses = new Poco::JSON::Array();
    for (const auto& [id, title] : shown.training->courses) {
      Object course = json_object();
      course->set("id", int64(id));
      course->set("title", title);
      courses->add(course);
    }
    training->set("courses", courses);
    training->set("booked", shown.training->booked);
    training->set("attended", shown.training->attended);
    training->set("certificates", shown.training->certificates);
    document->set("training_evidence", training);
  }
  return Response::json(json_text(document));
}

// POST /api/v1/actions/{action_id}/updates → 201 the update (Rule ACT-2)
Response update_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto added =
      add_action_update(services.app, request.caller(), action_id_of(request),
                        json_string(body.value(), "text"), json_string(body.value(), "status"));
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(update_json(added.value())), 201);
}

// POST /api/v1/actions/{action_id}/evidence → 201 the evidence (Rule ACT-2): multipart with a
// file, or JSON text.
Response evidence_call(const Request& request, Services& services) {
  EvidenceInput input;
  if (request.header("content-type").rfind("multipart/form-data", 0) == 0) {
    input = evidence_from_form(request);
  } else {
    auto body = json_body(request);
    if (!body) return error_response(body.error(), request, services);
    input.kind = json_string(body.value(), "kind");
    input.text = json_string(body.value(), "text");
  }
  auto added = add_action_evidence(services.app, request.caller(), action_id_of(request), input);
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(evidence_json(added.value())), 201);
}

// GET /api/v1/action-evidence/{evidence_id}/file: always an attachment, never shown inline.
Response evidence_file_call(const Request& request, Services& services) {
  auto file = action_evidence_file(services.app, request.caller(), request.path_id("evidence_id"));
  if (!file) return error_response(file.error(), request, services);
  return evidence_download(std::move(file.value()));
}

// POST /api/v1/actions/{action_id}/completion (Rule ACT-2)
Response completion_call(const Request& request, Services& services) {
  auto proposed = propose_action_completion(services.app, request.caller(), action_id_of(request));
  if (!proposed) return error_response(proposed.error(), request, services);
  return action_now(request, services);
}

// POST /api/v1/actions/{action_id}/sign-off (Rule ACT-2)
Response sign_off_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto decided =
      sign_off_action(services.app, request.caller(), action_id_of(request),
                      json_string(body.value(), "decision"), json_string(body.value(), "reason"));
  if (!decided) return error_response(decided.error(), request, services);
  return action_now(request, services);
}

// POST /api/v1/actions/{action_id}/due-date → 201 the change asked for (Rule ACT-4)
Response due_date_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto asked =
      ask_for_due_date(services.app, request.caller(), action_id_of(request),
                       json_string(body.value(), "due_on"), json_string(body.value(), "reason"));
  if (!asked) return error_response(asked.error(), request, services);
  return Response::json(json_text(change_json(asked.value())), 201);
}

// POST /api/v1/actions/{action_id}/due-date/decision (Rule ACT-4)
Response due_date_decision_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const std::optional<bool> agree = json_boolean(body.value(), "agree");
  auto decided = decide_due_date(services.app, request.caller(), action_id_of(request),
                                 agree ? (*agree ? "true" : "false") : "");
  if (!decided) return error_response(decided.error(), request, services);
  return action_now(request, services);
}

// POST /api/v1/actions/{action_id}/assurance-checks → 201 the check (Rule ACT-2)
Response assurance_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto planned = plan_assurance_check(
      services.app, request.caller(), action_id_of(request), json_string(body.value(), "method"),
      json_string(body.value(), "description"), json_string(body.value(), "due_on"));
  if (!planned) return error_response(planned.error(), request, services);
  return Response::json(json_text(check_json(planned.value())), 201);
}

// POST /api/v1/actions/{action_id}/assurance-checks/{check_id}/result
Response assurance_result_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto recorded =
      record_assurance_result(services.app, request.caller(), action_id_of(request),
                              request.path_id("check_id"), json_string(body.value(), "result"));
  if (!recorded) return error_response(recorded.error(), request, services);
  return Response::json(json_text(check_json(recorded.value())));
}

}  // namespace

void add_action_api_routes(Router& router) {
  router.add("POST", "/api/v1/recommendations/{recommendation_id:int}/actions",
             Permission::oversee_actions, create_call);
  // The committee's and a lead's alike: the use cases decide which actions each sees.
  router.add("GET", "/api/v1/actions", Permission::view_actions, list_call);
  const std::string action = "/api/v1/actions/{action_id:int}";
  router.add("GET", action, Permission::view_actions, show_call);
  router.add("POST", action + "/updates", Permission::view_actions, update_call);
  router.add("POST", action + "/evidence", Permission::view_actions, evidence_call);
  router.accept_bodies_up_to(evidence_upload_limit);
  router.add("GET", "/api/v1/action-evidence/{evidence_id:int}/file", Permission::view_actions,
             evidence_file_call);
  router.add("POST", action + "/completion", Permission::view_actions, completion_call);
  router.add("POST", action + "/sign-off", Permission::oversee_actions, sign_off_call);
  router.add("POST", action + "/due-date", Permission::view_actions, due_date_call);
  router.add("POST", action + "/due-date/decision", Permission::oversee_actions,
             due_date_decision_call);
  router.add("POST", action + "/assurance-checks", Permission::oversee_actions, assurance_call);
  router.add("POST", action + "/assurance-checks/{check_id:int}/result",
             Permission::oversee_actions, assurance_result_call);
}

}  // namespace casereview::web
