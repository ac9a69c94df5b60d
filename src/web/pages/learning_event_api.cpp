// The learning event's API handlers: see the header.
#include "web/pages/learning_event_api.hpp"

#include <Poco/JSON/Parser.h>

#include "app/reviews/learning_events.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

std::optional<Id> json_id(const Object& object, const std::string& name) {
  if (object->has(name) && object->get(name).isInteger())
    return static_cast<Id>(object->getValue<Poco::Int64>(name));
  return std::nullopt;
}

Object event_json(const LearningEventView& view) {
  const LearningEvent& event = view.event;
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(event.id));
  document->set("case_id", static_cast<Poco::Int64>(event.case_id));
  document->set("starts_at", format_instant(event.starts_at));
  document->set("ends_at", format_instant(event.ends_at));
  document->set("delivery", event_delivery_name(event.delivery));
  document->set("joining_link", event.joining_link);
  document->set("venue", event.venue);
  document->set("status", std::string(learning_event_status_name(event.status)));
  document->set("cancellation_reason", event.cancellation_reason);
  document->set("sequence", event.sequence);
  Array invitations = new Poco::JSON::Array();
  for (const InvitationView& item : view.invitations) {
    const LearningEventInvitation& invitation = item.invitation;
    Object entry = json_object();
    entry->set("id", static_cast<Poco::Int64>(invitation.id));
    entry->set("name", invitation.name);
    entry->set("email", invitation.email);
    entry->set("agency_id", static_cast<Poco::Int64>(invitation.agency_id));
    entry->set("agency", item.agency_name);
    entry->set("role", invitation.role);
    entry->set("response", std::string(invitation_response_name(invitation.response)));
    switch (invitation.attendance) {
      case Attendance::not_recorded:
        entry->set("attended", Poco::Dynamic::Var());
        break;
      case Attendance::attended:
        entry->set("attended", true);
        break;
      case Attendance::absent:
        entry->set("attended", false);
        break;
    }
    invitations->add(entry);
  }
  document->set("invitations", invitations);
  return document;
}

Response event_answer(const Result<LearningEventView>& view, const Request& request,
                      Services& services, int status = 200) {
  if (!view) return error_response(view.error(), request, services);
  return Response::json(json_text(event_json(view.value())), status);
}

// A UK wall-clock date and time, "2027-01-14T09:30", split for the use case.
struct DateAndTime {
  std::string date;
  std::string time;
};
DateAndTime split(const std::string& text) {
  const auto t = text.find('T');
  if (t == std::string::npos) return {text, ""};
  std::string time = text.substr(t + 1);
  if (time.size() == 8 && time.substr(5) == ":00") time = time.substr(0, 5);
  return {text.substr(0, t), time};
}

// The use case names the form's fields; the API's are starts_at and ends_at.
Error as_api_fields(Error error) {
  std::vector<FieldError> fields;
  for (FieldError field : error.fields) {
    if (field.field == "date" || field.field == "start_time") field.field = "starts_at";
    if (field.field == "end_time") field.field = "ends_at";
    const bool named = std::any_of(fields.begin(), fields.end(), [&](const FieldError& seen) {
      return seen.field == field.field;
    });
    if (!named) fields.push_back(std::move(field));
  }
  error.fields = std::move(fields);
  return error;
}

// The event's input from the body, or the problem with its times.
Result<LearningEventInput> event_input(const Request& request) {
  const Object body = TRY(json_body(request));
  const DateAndTime starts = split(json_string(body, "starts_at"));
  const DateAndTime ends = split(json_string(body, "ends_at"));
  if (!starts.date.empty() && !ends.date.empty() && starts.date != ends.date)
    return Error::invalid({{"ends_at", "The event must end on the day it starts"}});
  return LearningEventInput{.date = starts.date,
                            .start_time = starts.time,
                            .end_time = ends.time,
                            .delivery = json_string(body, "delivery"),
                            .joining_link = json_string(body, "joining_link"),
                            .venue = json_string(body, "venue")};
}

Result<LearningEventView> with_api_fields(Result<LearningEventView> view) {
  if (!view && view.error().code == ErrorCode::invalid_input) return as_api_fields(view.error());
  return view;
}

// POST /api/v1/cases/{case_id}/learning-events {starts_at, ends_at, delivery, venue?,
// joining_link?}
Response schedule(const Request& request, Services& services) {
  auto input = event_input(request);
  if (!input) return error_response(input.error(), request, services);
  return event_answer(
      with_api_fields(schedule_learning_event(services.app, request.caller(),
                                              request.path_id("case_id"), input.value())),
      request, services, 201);
}

// GET /api/v1/cases/{case_id}/learning-events
Response list_events(const Request& request, Services& services) {
  auto learning = case_learning(services.app, request.caller(), request.path_id("case_id"));
  if (!learning) return error_response(learning.error(), request, services);
  Array events = new Poco::JSON::Array();
  for (const LearningEventView& view : learning.value().events) events->add(event_json(view));
  return Response::json(json_text(events));
}

// GET /api/v1/learning-events/{event_id}
Response show_event(const Request& request, Services& services) {
  return event_answer(
      view_learning_event(services.app, request.caller(), request.path_id("event_id")), request,
      services);
}

// PUT /api/v1/learning-events/{event_id}: the same body as scheduling.
Response change_event(const Request& request, Services& services) {
  auto input = event_input(request);
  if (!input) return error_response(input.error(), request, services);
  return event_answer(
      with_api_fields(change_learning_event(services.app, request.caller(),
                                            request.path_id("event_id"), input.value())),
      request, services);
}

// POST /api/v1/learning-events/{event_id}/cancel {reason}
Response cancel_event(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  return event_answer(
      cancel_learning_event(services.app, request.caller(), request.path_id("event_id"),
                            json_string(body.value(), "reason")),
      request, services);
}

// POST /api/v1/learning-events/{event_id}/invitations {name, email, agency_id, role}
Response invite(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& json = body.value();
  InvitationInput input{.name = json_string(json, "name"),
                        .email = json_string(json, "email"),
                        .agency_id = json_id(json, "agency_id"),
                        .role = json_string(json, "role")};
  auto invited =
      invite_practitioner(services.app, request.caller(), request.path_id("event_id"), input);
  if (!invited) return error_response(invited.error(), request, services);
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(invited.value().id));
  document->set("event_id", static_cast<Poco::Int64>(invited.value().event_id));
  document->set("name", invited.value().name);
  document->set("email", invited.value().email);
  document->set("agency_id", static_cast<Poco::Int64>(invited.value().agency_id));
  document->set("role", invited.value().role);
  document->set("response", std::string(invitation_response_name(invited.value().response)));
  return Response::json(json_text(document), 201);
}

// POST /api/v1/learning-events/{event_id}/attendance [{invitation_id, attended}]
Response attendance(const Request& request, Services& services) {
  const Error not_a_list = Error::invalid({{"body", "Send a JSON array of attendance rows"}});
  Array rows;
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var parsed = parser.parse(request.body);
    if (parsed.type() != typeid(Poco::JSON::Array::Ptr))
      return error_response(not_a_list, request, services);
    rows = parsed.extract<Poco::JSON::Array::Ptr>();
  } catch (const std::exception&) {
    return error_response(not_a_list, request, services);
  }
  std::vector<LearningEventAttendance> marks;
  for (std::size_t index = 0; index < rows->size(); ++index) {
    LearningEventAttendance mark;
    if (Object row = rows->getObject(static_cast<unsigned>(index))) {
      mark.invitation_id = json_id(row, "invitation_id");
      mark.attended = json_boolean(row, "attended");
    }
    marks.push_back(mark);
  }
  return event_answer(record_learning_event_attendance(services.app, request.caller(),
                                                       request.path_id("event_id"), marks),
                      request, services);
}

Object step_json(const FamilyInvolvementStep& step) {
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(step.id));
  document->set("step", std::string(family_step_name(step.step)));
  document->set("on", step.on.to_iso_string());
  document->set("note", step.note);
  return document;
}

// POST /api/v1/cases/{case_id}/family-involvement {step, on, note}
Response record_step(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  FamilyStepInput input{.step = json_string(body.value(), "step"),
                        .on = json_string(body.value(), "on"),
                        .note = json_string(body.value(), "note")};
  auto recorded =
      record_family_step(services.app, request.caller(), request.path_id("case_id"), input);
  if (!recorded) return error_response(recorded.error(), request, services);
  return Response::json(json_text(step_json(recorded.value())), 201);
}

// GET /api/v1/cases/{case_id}/family-involvement: the steps in date order.
Response list_steps(const Request& request, Services& services) {
  auto learning = case_learning(services.app, request.caller(), request.path_id("case_id"));
  if (!learning) return error_response(learning.error(), request, services);
  Array steps = new Poco::JSON::Array();
  for (const FamilyInvolvementStep& step : learning.value().family_steps)
    steps->add(step_json(step));
  return Response::json(json_text(steps));
}

}  // namespace

void add_learning_event_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/learning-events", Permission::run_learning_events,
             schedule);
  // The committee and the case's other readers see the events too: the use case decides who.
  router.add("GET", "/api/v1/cases/{case_id:int}/learning-events", Permission::signed_in,
             list_events);
  router.add("GET", "/api/v1/learning-events/{event_id:int}", Permission::signed_in, show_event);
  router.add("PUT", "/api/v1/learning-events/{event_id:int}", Permission::run_learning_events,
             change_event);
  router.add("POST", "/api/v1/learning-events/{event_id:int}/cancel",
             Permission::run_learning_events, cancel_event);
  router.add("POST", "/api/v1/learning-events/{event_id:int}/invitations",
             Permission::run_learning_events, invite);
  router.add("POST", "/api/v1/learning-events/{event_id:int}/attendance",
             Permission::run_learning_events, attendance);
  router.add("POST", "/api/v1/cases/{case_id:int}/family-involvement",
             Permission::run_learning_events, record_step);
  router.add("GET", "/api/v1/cases/{case_id:int}/family-involvement", Permission::signed_in,
             list_steps);
}

}  // namespace casereview::web
