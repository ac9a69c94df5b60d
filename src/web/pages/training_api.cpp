// The training API under /api/v1 (described in the OpenAPI document of api_pages.cpp): published
// courses and their upcoming sessions, booking a place for oneself, one's bookings and certificates
// ("My training"), cancelling one's own booking,
// the trainer's attendance marks, the attendance code and signing in with it (Rule TRN-8), and the
// public check of a certificate's code. It calls the same
// use cases as the pages, so both keep the same rules. The caller acts only for themselves: a
// booking request whose body names anyone (user_id, email, name, …) is refused with 422, whatever
// it names, and a booking that is not the caller's is not found (404).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <array>
#include <sstream>

#include "app/training/attendance.hpp"
#include "app/training/attendance_codes.hpp"
#include "app/training/bookings.hpp"
#include "app/training/certificates.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "domain/uk_time.hpp"
#include "web/json.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

std::string stringify(const Poco::Dynamic::Var& value) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(value, out);
  return out.str();
}

Poco::JSON::Object::Ptr ordered_object() {
  return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

// Every name under which a client might say whom a booking is for.
constexpr std::array<const char*, 13> person_fields = {
    "user_id", "user",       "email",    "email_address", "name",       "person", "person_id",
    "learner", "learner_id", "attendee", "on_behalf_of",  "booked_for", "for"};

// 422 when the body is not empty or a JSON object, or names a person; nullopt when it may proceed.
std::optional<Response> refuse_booking_body(const Request& request) {
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  Poco::JSON::Object::Ptr object;
  try {
    object = Poco::JSON::Parser().parse(request.body).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    return problem(422,
                   "Send an empty JSON object, or no body: a booking is always for the caller");
  }
  std::vector<FieldError> fields;
  for (const char* field : person_fields) {
    if (object->has(field)) {
      fields.push_back(
          {field, "Bookings are for yourself only: places cannot be booked for other people"});
    }
  }
  if (fields.empty()) return std::nullopt;
  return problem(422,
                 "Bookings are for yourself only. Places cannot be booked for other people: they "
                 "would not be recorded as "
                 "attending and would not "
                 "receive a certificate. Leave out any field naming a person.",
                 fields);
}

// GET /api/v1/courses
Response courses(const Request& request, Services& services) {
  auto listed = list_courses(services.app, request.caller());
  if (!listed) return error_response(listed.error(), request, services);
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
  for (const CourseSummary& course : listed.value()) {
    if (course.status != CourseStatus::published) continue;
    auto entry = ordered_object();
    entry->set("id", static_cast<Poco::Int64>(course.id));
    entry->set("title", course.title);
    entry->set("summary", course.summary);
    auto view = view_course(services.app, request.caller(), course.id);
    entry->set("audience", view ? view.value().course.audience : std::string());
    array->add(entry);
  }
  return Response::json(stringify(array));
}

// GET /api/v1/courses/{course_id}/sessions: upcoming scheduled sessions.
Response course_sessions(const Request& request, Services& services) {
  auto view = view_course(services.app, request.caller(), request.path_id("course_id"));
  if (!view) return error_response(view.error(), request, services);
  if (view.value().course.status != CourseStatus::published) {
    return error_response(Error::of(ErrorCode::not_found, "There is no such course"), request,
                          services);
  }
  auto listed = list_sessions(services.app, request.caller(), view.value().course.id);
  if (!listed) return error_response(listed.error(), request, services);
  const CivilDate today = uk_date(services.app.clock.now());
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
  for (const SessionView& session : listed.value()) {
    if (session.status != SessionStatus::scheduled || session.date < today) continue;
    auto entry = ordered_object();
    entry->set("id", static_cast<Poco::Int64>(session.id));
    entry->set("course_id", static_cast<Poco::Int64>(session.course_id));
    entry->set("date", session.date.to_iso_string());
    entry->set("starts_at", session.start_time.to_text());
    entry->set("ends_at", session.end_time.to_text());
    entry->set("delivery", session.format == SessionFormat::in_person ? "in_person" : "virtual");
    entry->set("venue", session.format == SessionFormat::in_person
                            ? Poco::Dynamic::Var(session.venue)
                            : Poco::Dynamic::Var());
    entry->set("capacity", session.capacity);
    entry->set("places_left", session.places_left);
    entry->set("waiting_list_length", session.waiting_list_length);
    entry->set("booking_closes_on", session.booking_closes_on.to_iso_string());
    array->add(entry);
  }
  return Response::json(stringify(array));
}

// POST /api/v1/sessions/{session_id}/bookings
Response book(const Request& request, Services& services) {
  if (auto refused = refuse_booking_body(request)) return *refused;
  auto booked = book_session(services.app, request.caller(), request.path_id("session_id"));
  if (!booked) return error_response(booked.error(), request, services);
  services.mail_queued();
  auto document = ordered_object();
  document->set("id", static_cast<Poco::Int64>(booked.value().id));
  document->set("status", booked.value().state == BookingState::waiting ? "waiting" : "booked");
  if (booked.value().state == BookingState::waiting && booked.value().position) {
    document->set("position", *booked.value().position);
  }
  Response response = Response::json(stringify(document), 201);
  response.set_header("Location", "/api/v1/bookings/" + std::to_string(booked.value().id));
  return response;
}

// GET /api/v1/bookings/{booking_id}: the caller's own booking (a new booking's Location).
// A booking as GET /api/v1/bookings/{id} and GET /api/v1/my-training show it.
Poco::JSON::Object::Ptr booking_json(const BookingView& view) {
  auto document = ordered_object();
  document->set("id", static_cast<Poco::Int64>(view.id));
  document->set("session_id", static_cast<Poco::Int64>(view.session_id));
  document->set("course_id", static_cast<Poco::Int64>(view.course_id));
  document->set("course_title", view.course_title);
  document->set("status", view.status);
  if (view.position) document->set("position", *view.position);
  document->set("date", view.session_date.to_iso_string());
  document->set("starts_at", view.start_time.to_text());
  document->set("ends_at", view.end_time.to_text());
  const bool in_person = view.format == SessionFormat::in_person;
  document->set("delivery", in_person ? "in_person" : "virtual");
  if (in_person) document->set("venue", view.venue);
  if (!in_person && !view.joining_link.empty()) document->set("joining_link", view.joining_link);
  document->set("can_cancel", view.can_cancel);
  // Rule TRN-2 and Rule TRN-9.
  document->set("cancelling_is_late", view.cancelling_is_late);
  if (view.cancelling_is_late && view.late_charge_pence > 0)
    document->set("late_charge_pence", view.late_charge_pence);
  // Rule TRN-8.
  if (view.signed_in_at) document->set("signed_in_at", format_instant(*view.signed_in_at));
  return document;
}

Response booking(const Request& request, Services& services) {
  auto found = view_booking(services.app, request.caller(), request.path_id("booking_id"));
  if (!found) return error_response(found.error(), request, services);
  return Response::json(stringify(booking_json(found.value())));
}

// GET /api/v1/my-training: the caller's booked places and waiting places (soonest first), past
// bookings (newest first) and certificates (newest first), across partnerships.
Response my_training_answer(const Request& request, Services& services) {
  auto found = my_training(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  const auto list = [](const std::vector<BookingView>& views) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const BookingView& view : views) array->add(booking_json(view));
    return array;
  };
  Poco::JSON::Array::Ptr certificates = new Poco::JSON::Array;
  for (const CertificateView& certificate : found.value().certificates) {
    auto item = ordered_object();
    item->set("code", certificate.code);
    item->set("course", certificate.course_title);
    item->set("date", certificate.session_date.to_iso_string());
    // Courses have no validity period yet (issue 18's renewals), so no certificate falls due.
    item->set("renewal_due_on", Poco::Dynamic::Var());
    certificates->add(item);
  }
  auto document = ordered_object();
  document->set("bookings", list(found.value().booked));
  document->set("waiting", list(found.value().waiting));
  document->set("past", list(found.value().past));
  document->set("certificates", certificates);
  return Response::json(stringify(document));
}

Response no_content() { return Response::text("", "text/plain; charset=utf-8", 204); }

// DELETE /api/v1/bookings/{booking_id}
Response cancel(const Request& request, Services& services) {
  Status cancelled = cancel_booking(services.app, request.caller(), request.path_id("booking_id"));
  if (!cancelled) return error_response(cancelled.error(), request, services);
  services.mail_queued();
  return no_content();
}

// Reads [{"booking_id": 12, "attendance": "attended"}, …]; nullopt when the body has another shape.
std::optional<std::vector<AttendanceMark>> marks_from(const std::string& body) {
  try {
    auto array = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Array::Ptr>();
    std::vector<AttendanceMark> marks;
    for (std::size_t i = 0; i < array->size(); ++i) {
      auto entry = array->getObject(static_cast<unsigned>(i));
      if (entry.isNull() || !entry->has("booking_id") || !entry->has("attendance"))
        return std::nullopt;
      const Poco::Dynamic::Var id = entry->get("booking_id");
      const Poco::Dynamic::Var attendance = entry->get("attendance");
      if (!id.isInteger() || !attendance.isString()) return std::nullopt;
      marks.push_back({.booking_id = id.convert<Poco::Int64>(),
                       .attendance = attendance.convert<std::string>()});
    }
    return marks;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// POST /api/v1/sessions/{session_id}/attendance
Response attendance(const Request& request, Services& services) {
  auto marks = marks_from(request.body);
  if (!marks) {
    return problem(
        422,
        "Send a JSON array of {\"booking_id\": integer, \"attendance\": \"attended\" | "
        "\"partly_attended\" | "
        "\"did_not_attend\"}",
        {{"attendance", "Send a list of marks, each with a booking_id and an attendance"}});
  }
  auto saved =
      mark_attendance(services.app, request.caller(), request.path_id("session_id"), *marks);
  if (!saved) return error_response(saved.error(), request, services);
  services.mail_queued();
  return no_content();
}

// POST /api/v1/sessions/{session_id}/attendance-code: {code, valid_from, valid_until}.
Response attendance_code(const Request& request, Services& services) {
  auto shown = show_attendance_code(services.app, request.caller(), request.path_id("session_id"));
  if (!shown) return error_response(shown.error(), request, services);
  auto document = ordered_object();
  document->set("code", shown.value().code);
  document->set("valid_from", format_instant(shown.value().valid_from));
  document->set("valid_until", format_instant(shown.value().valid_until));
  return Response::json(stringify(document));
}

// POST /api/v1/sessions/{session_id}/sign-in {"code": "K7MQ4R"}: {signed_in_at}, or 422.
Response sign_in(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto signed_in = sign_in_to_session(services.app, request.caller(), request.path_id("session_id"),
                                      json_string(body.value(), "code"));
  if (!signed_in) return error_response(signed_in.error(), request, services);
  auto document = ordered_object();
  document->set("signed_in_at", format_instant(signed_in.value()));
  return Response::json(stringify(document));
}

// GET /api/v1/certificates/{code}: public.
Response certificate(const Request& request, Services& services) {
  auto found = verify_certificate(services.app, request.path_parameters.at("code"));
  if (!found) {
    if (found.error().code == ErrorCode::not_found) {
      return problem(404, "We could not find a certificate with that code");
    }
    return error_response(found.error(), request, services);
  }
  auto document = ordered_object();
  document->set("valid", true);
  document->set("name", found.value().name);
  document->set("course", found.value().course);
  document->set("date", found.value().date.to_iso_string());
  return Response::json(stringify(document));
}

}  // namespace

void add_training_api_routes(Router& router) {
  router.add("GET", "/api/v1/courses", Permission::signed_in, courses);
  router.add("GET", "/api/v1/courses/{course_id:int}/sessions", Permission::signed_in,
             course_sessions);
  router.add("POST", "/api/v1/sessions/{session_id:int}/bookings", Permission::signed_in, book);
  router.add("GET", "/api/v1/bookings/{booking_id:int}", Permission::signed_in, booking);
  router.add("GET", "/api/v1/my-training", Permission::signed_in, my_training_answer);
  router.add("DELETE", "/api/v1/bookings/{booking_id:int}", Permission::signed_in, cancel);
  router.add("POST", "/api/v1/sessions/{session_id:int}/attendance", Permission::manage_training,
             attendance);
  router.add("POST", "/api/v1/sessions/{session_id:int}/attendance-code",
             Permission::manage_training, attendance_code);
  router.add("POST", "/api/v1/sessions/{session_id:int}/sign-in", Permission::signed_in, sign_in);
  router.add_anonymous("GET", "/api/v1/certificates/{code:code}", certificate);
}

}  // namespace casereview::web::training
