// Training sessions, for the partnership's trainers and business managers: the list of their
// sessions, scheduling a session of a course (date, times, online with a joining link or in person
// at a venue, capacity, booking and cancellation cut-offs in working days), a session's page with
// everyone booked and the waiting list (after the booking cut-off the waiting list no longer moves,
// and the page says so), changing its capacity or its trainer, cancelling it with a reason (after a
// page asking "Are you sure…") and copying it to a new date. The use cases of
// app/training/course_sessions.hpp and app/training/attendance.hpp check the permission again and
// keep each trainer to their own partnership (another partnership's session is not found).
#include <algorithm>
#include <tuple>

#include "app/training/attendance.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/date_input.hpp"
#include "web/components/input.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/notification_banner.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/textarea.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

std::string session_path(Id session_id) {
  return "/training-sessions/" + std::to_string(session_id);
}

std::string session_caption(const SessionView& session) {
  return session.course_title + " – " + weekday_day_month_year(session.date);
}

// ---------------------------------------------------------------------------------------------
// The date question: three parts ("date-day", "date-month", "date-year") sent to the use case as
// one ISO date, its error shown at the first part.

std::string two_digits(const std::string& text) { return text.size() == 1 ? "0" + text : text; }

std::string iso_date_from(const Request& request, const std::string& prefix) {
  const std::string day = request.form_value(prefix + "-day").value_or("");
  const std::string month = request.form_value(prefix + "-month").value_or("");
  const std::string year = request.form_value(prefix + "-year").value_or("");
  if (day.empty() && month.empty() && year.empty()) return "";
  return year + "-" + two_digits(month) + "-" + two_digits(day);
}

// The use case names the field "date"; the form's first input of the date is "date-day", where
// the error summary must lead.
Error with_date_field_at_day(Error error) {
  for (FieldError& field : error.fields) {
    if (field.field == "date") field.field = "date-day";
  }
  return error;
}

Html date_question(const Request& request, const FormErrors& errors, const std::string& legend,
                   const std::string& hint, std::optional<CivilDate> initial) {
  auto part = [&](const std::string& name, int value) {
    if (auto sent = request.form_value("date-" + name)) return *sent;
    return initial ? std::to_string(value) : std::string();
  };
  return govuk::date_input(
      {.id = "date",
       .name_prefix = "date",
       .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = legend,
                                                           .classes = "govuk-fieldset__legend--s"}},
       .hint = govuk::HintOptions{.text = hint},
       .error_message = errors.for_field("date-day"),
       .values = {{"date-day", part("day", initial ? initial->day() : 0)},
                  {"date-month", part("month", initial ? initial->month() : 0)},
                  {"date-year", part("year", initial ? initial->year() : 0)}}});
}

Html number_input(const Request& request, const FormErrors& errors, const std::string& name,
                  const std::string& value, const std::string& label, const std::string& hint,
                  const std::string& suffix = "") {
  govuk::InputOptions options{
      .name = name,
      .inputmode = "numeric",
      .value = value,
      .label = {.text = label, .classes = "govuk-label--s"},
      .hint = hint.empty() ? std::nullopt : std::optional(govuk::HintOptions{.text = hint}),
      .classes = "govuk-input--width-4",
      .spellcheck = false};
  if (!suffix.empty()) options.suffix = govuk::InputAffix{.text = suffix};
  return text_input(request, errors, options);
}

// ---------------------------------------------------------------------------------------------
// The list of sessions

// GET /training-sessions: every session of the courses the caller manages, soonest first.
Response show_sessions(const Request& request, Services& services) {
  auto courses = list_courses(services.app, request.caller());
  if (!courses) return error_response(courses.error(), request, services);
  std::vector<SessionView> sessions;
  for (const CourseSummary& course : courses.value()) {
    auto view = view_course(services.app, request.caller(), course.id);
    if (!view || !view.value().can_manage) continue;
    auto listed = list_sessions(services.app, request.caller(), course.id);
    if (!listed) return error_response(listed.error(), request, services);
    sessions.insert(sessions.end(), listed.value().begin(), listed.value().end());
  }
  std::stable_sort(
      sessions.begin(), sessions.end(), [](const SessionView& left, const SessionView& right) {
        return std::tie(left.date, left.start_time) < std::tie(right.date, right.start_time);
      });

  govuk::TableOptions table;
  table.caption = "Sessions of your partnership's courses, earliest first";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Date"},   {.text = "Course"},  {.text = "Time"},  {.text = "Where"},
                {.text = "Booked"}, {.text = "Waiting"}, {.text = "Places"}};
  for (const SessionView& session : sessions) {
    table.rows.push_back(
        {{.html = link(session_path(session.id), weekday_day_month_year(session.date))},
         {.text = session.course_title},
         {.text = session_time_text(session)},
         {.text = session_where_text(session)},
         {.text = std::to_string(session.booked_count), .format = "numeric"},
         {.text = std::to_string(session.waiting_list_length), .format = "numeric"},
         {.html = places_html(session)}});
  }
  Page page;
  page.title = "Training sessions";
  Html content =
      heading("Training sessions") +
      paragraph("To add a session, open its course and choose ‘Add a session’.") +
      Html::trusted("<div class=\"govuk-button-group\">") +
      govuk::button({.text = "Courses", .href = "/courses", .classes = "govuk-button--secondary"}) +
      govuk::button({.text = "Charges for late cancellations and no-shows",
                     .href = "/training-charges",
                     .classes = "govuk-button--secondary"}) +
      Html::trusted("</div>");
  content += sessions.empty() ? paragraph("There are no sessions yet.") : govuk::table(table);
  page.content = full_width(content);
  return page_response(page, request, services);
}

// ---------------------------------------------------------------------------------------------
// Scheduling a session

SessionInput session_input_from(const Request& request) {
  SessionInput input;
  input.date = iso_date_from(request, "date");
  input.start_time = request.form_value("start_time").value_or("");
  input.end_time = request.form_value("end_time").value_or("");
  input.format = request.form_value("format").value_or("");
  input.joining_link = request.form_value("joining_link").value_or("");
  input.venue = request.form_value("venue").value_or("");
  input.capacity = request.form_value("capacity").value_or("");
  input.booking_cutoff = request.form_value("booking_cutoff").value_or("");
  input.cancellation_cutoff = request.form_value("cancellation_cutoff").value_or("");
  return input;
}

Response new_session_page(const Request& request, Services& services, Id course_id,
                          const std::optional<Error>& error) {
  auto course = view_course(services.app, request.caller(), course_id);
  if (!course) return error_response(course.error(), request, services);
  if (!course.value().can_manage) {
    return error_response(Error::of(ErrorCode::forbidden, "You cannot add sessions to this course"),
                          request, services);
  }
  auto cancellation_cutoff = new_session_cancellation_cutoff(services.app, request.caller());
  if (!cancellation_cutoff) return error_response(cancellation_cutoff.error(), request, services);
  const std::optional<Error> shown =
      error ? std::optional(with_date_field_at_day(*error)) : std::nullopt;
  const FormErrors errors = FormErrors::of(shown);
  const bool sent = request.method == "POST";
  auto value = [&](const std::string& name, const std::string& initial) {
    return sent ? request.form_value(name).value_or("") : initial;
  };
  const std::string course_path = "/courses/" + std::to_string(course_id);

  // Both follow-up questions are always shown, rather than revealed under their radio:
  // govuk-frontend's conditional reveal sets aria-expanded on radio inputs, which axe reports as a
  // WCAG failure (alphagov/govuk-frontend#979). The use case checks the one that applies.
  const Html format = govuk::radios(
      {.name = "format",
       .items = {{.text = "Online", .value = "virtual"},
                 {.text = "In person", .value = "in_person"}},
       .value = request.form_value("format").value_or(""),
       .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "How will it be held?",
                                                           .classes = "govuk-fieldset__legend--s"}},
       .error_message = errors.for_field("format")});
  const Html joining_link = text_input(
      request, errors,
      {.name = "joining_link",
       .type = "url",
       .value = request.form_value("joining_link").value_or(""),
       .label = {.text = "Joining link (online sessions)", .classes = "govuk-label--s"},
       .hint =
           govuk::HintOptions{
               .text = "Starts with https://. Only people with a booked place will see it."},
       .spellcheck = false});
  const Html venue =
      govuk::textarea({.name = "venue",
                       .rows = 3,
                       .value = request.form_value("venue").value_or(""),
                       .label = {.text = "Venue (in-person sessions)", .classes = "govuk-label--s"},
                       .hint = govuk::HintOptions{.text = "The full address, with the room."},
                       .error_message = errors.for_field("venue")});

  Page page;
  page.title = "Add a session";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = course_path});
  page.content = two_thirds(
      errors.summary() + heading("Add a session", course.value().course.title) +
      form_start(request, course_path + "/sessions/new") +
      date_question(request, errors, "Date", "For example, 9 3 2026", std::nullopt) +
      text_input(
          request, errors,
          {.name = "start_time",
           .value = request.form_value("start_time").value_or(""),
           .label = {.text = "Start time", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "UK time, on the 24-hour clock, for example 09:30"},
           .classes = "govuk-input--width-5",
           .spellcheck = false}) +
      text_input(request, errors,
                 {.name = "end_time",
                  .value = request.form_value("end_time").value_or(""),
                  .label = {.text = "End time", .classes = "govuk-label--s"},
                  .hint = govuk::HintOptions{.text = "For example, 12:30"},
                  .classes = "govuk-input--width-5",
                  .spellcheck = false}) +
      format + joining_link + venue +
      number_input(request, errors, "capacity", request.form_value("capacity").value_or(""),
                   "Number of places", "") +
      number_input(request, errors, "booking_cutoff",
                   value("booking_cutoff", std::to_string(default_booking_cutoff_working_days)),
                   "Booking closes",
                   "How many working days before the session booking closes. Usually 2.",
                   "working days before") +
      number_input(request, errors, "cancellation_cutoff",
                   value("cancellation_cutoff", std::to_string(cancellation_cutoff.value())),
                   "Cancelling is late after",
                   "How many working days before the session a cancellation becomes late. People "
                   "can still cancel until the session starts; a late cancellation may be "
                   "charged.",
                   "working days before") +
      paragraph("You will be the session's trainer.") +
      govuk::button({.text = "Add session", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /courses/{course_id}/sessions/new
Response show_new_session(const Request& request, Services& services) {
  return new_session_page(request, services, request.path_id("course_id"), std::nullopt);
}

// POST /courses/{course_id}/sessions/new
Response submit_new_session(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  auto created =
      create_session(services.app, request.caller(), course_id, session_input_from(request));
  if (!created) {
    if (shown_on_form(created.error())) {
      return new_session_page(request, services, course_id, created.error());
    }
    return error_response(created.error(), request, services);
  }
  return Response::redirect(session_path(created.value().id) + "?done=created");
}

// ---------------------------------------------------------------------------------------------
// A session's page

Html session_summary(const SessionView& session) {
  std::vector<govuk::SummaryListRow> rows = {
      {.key = {.text = "Course"},
       .value = {.html =
                     link("/courses/" + std::to_string(session.course_id), session.course_title)}},
      {.key = {.text = "Date"}, .value = {.text = weekday_day_month_year(session.date)}},
      {.key = {.text = "Time"}, .value = {.text = session_time_text(session)}},
      {.key = {.text = "Where"}, .value = {.text = session_where_text(session)}},
  };
  if (session.format == SessionFormat::virtual_session) {
    rows.push_back({.key = {.text = "Joining link"}, .value = {.text = session.joining_link}});
  }
  rows.push_back({.key = {.text = "Trainer"}, .value = {.text = session.trainer_name}});
  rows.push_back({.key = {.text = "Places"},
                  .value = {.text = std::to_string(session.capacity) + " (" +
                                    std::to_string(session.booked_count) + " booked, " +
                                    std::to_string(session.places_left) + " left)"}});
  rows.push_back(
      {.key = {.text = "Booking closes"},
       .value = {.text = "End of " + weekday_day_month_year(session.booking_closes_on)}});
  rows.push_back(
      {.key = {.text = "People can cancel online until"},
       .value = {.text = "End of " + weekday_day_month_year(session.cancellation_closes_on)}});
  if (session.status == SessionStatus::cancelled) {
    rows.push_back({.key = {.text = "Cancelled"}, .value = {.text = session.cancellation_reason}});
  }
  return govuk::summary_list({.rows = rows});
}

Html people_table(const std::string& caption, const std::vector<RegisterEntry>& people,
                  bool waiting) {
  govuk::TableOptions table;
  table.caption = caption;
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Name"},
                {.text = "Email address"},
                {.text = "Organisation"},
                {.text = "Job role"},
                {.text = waiting ? "Position" : "Status"}};
  for (const RegisterEntry& person : people) {
    table.rows.push_back(
        {{.text = person.name},
         {.text = person.email},
         {.text = person.organisation},
         {.text = person.job_role},
         {.text = waiting && person.position ? std::to_string(*person.position)
                                             : booking_state_title(person.state)}});
  }
  return govuk::table(table);
}

std::string session_banner(const Request& request) {
  const std::string done = request.query_value("done").value_or("");
  if (done == "created") return "Session added";
  if (done == "copied") return "Session copied to the new date";
  if (done == "capacity-changed") return "Number of places changed";
  if (done == "trainer-changed") return "Trainer changed";
  if (done == "cancelled") return "Session cancelled. Everyone booked or waiting has been emailed.";
  if (done == "register-saved") return "Register saved";
  return "";
}

// GET /training-sessions/{session_id}
Response show_session(const Request& request, Services& services) {
  auto found = session_register(services.app, request.caller(), request.path_id("session_id"));
  if (!found) return error_response(found.error(), request, services);
  const SessionRegister& register_ = found.value();
  const SessionView& session = register_.session;
  const std::string path = session_path(session.id);

  Html content;
  if (const std::string banner = session_banner(request); !banner.empty()) {
    content += govuk::notification_banner({.text = banner, .type = "success"});
  }
  content += heading(weekday_day_month_year(session.date), session.course_title);
  content += session_summary(session);
  if (session.status == SessionStatus::scheduled) {
    // The register is marked once the session has started; a session is cancelled only until it
    // is over (the use cases refuse otherwise, so neither is offered).
    content += Html::trusted("<div class=\"govuk-button-group\">");
    if (session.timing != SessionTiming::not_started)
      content += govuk::button({.text = "Mark the register", .href = path + "/register"});
    content += govuk::button({.text = "Change number of places",
                              .href = path + "/capacity",
                              .classes = "govuk-button--secondary"});
    // The trainer of a session that is over stays as it was (change_trainer refuses).
    if (session.timing != SessionTiming::over) {
      content += govuk::button({.text = "Change trainer",
                                .href = path + "/trainer",
                                .classes = "govuk-button--secondary"});
    }
    content += govuk::button({.text = "Copy to a new date",
                              .href = path + "/copy",
                              .classes = "govuk-button--secondary"});
    if (session.timing != SessionTiming::over) {
      content += govuk::button(
          {.text = "Cancel session", .href = path + "/cancel", .classes = "govuk-button--warning"});
    }
    content += Html::trusted("</div>");
  } else {
    content += govuk::button({.text = "Copy to a new date",
                              .href = path + "/copy",
                              .classes = "govuk-button--secondary"});
  }
  Page page;
  page.title = session_caption(session);
  page.before_content = govuk::back_link({.text = "All sessions", .href = "/training-sessions"});
  Html lists = register_.booked.empty()
                   ? section("Booked", paragraph("Nobody has booked a place yet."))
                   : people_table("Booked (" + std::to_string(register_.booked.size()) + ")",
                                  register_.booked, false);
  if (!session.booking_open && session.status == SessionStatus::scheduled &&
      !register_.waiting.empty()) {
    lists += govuk::warning_text(
        {.text = "Booking has closed. The waiting list no longer moves: nobody on it will be "
                 "booked automatically. You can still offer them a place yourself."});
  }
  lists += register_.waiting.empty()
               ? section("Waiting list", paragraph("Nobody is waiting."))
               : people_table("Waiting list (" + std::to_string(register_.waiting.size()) + ")",
                              register_.waiting, true);
  page.content = two_thirds(content) + full_width(lists);
  return page_response(page, request, services);
}

// ---------------------------------------------------------------------------------------------
// Changing capacity, cancelling, copying

// A one-question page about a session: its form posts back to the page's own path.
struct SessionQuestion {
  std::string title;
  std::string button;
  std::string button_classes;
  std::string done;  // the flag the session page shows after the change
};

Response question_page(const Request& request, Services& services, const SessionView& session,
                       const SessionQuestion& question, const Html& fields,
                       const FormErrors& errors, int status) {
  Page page;
  page.title = question.title;
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = session_path(session.id)});
  page.content = two_thirds(errors.summary() + heading(question.title, session_caption(session)) +
                            form_start(request, request.path) + fields +
                            Html::trusted("<div class=\"govuk-button-group\">") +
                            govuk::button({.text = question.button,
                                           .classes = question.button_classes,
                                           .prevent_double_click = true}) +
                            link(session_path(session.id), "Go back to the session") +
                            Html::trusted("</div>") + form_end());
  return page_response(page, request, services, status);
}

const SessionQuestion capacity_question{"Change the number of places", "Save number of places", "",
                                        "capacity-changed"};
const SessionQuestion cancel_question{"Are you sure you want to cancel this session?",
                                      "Cancel session", "govuk-button--warning", "cancelled"};
const SessionQuestion copy_question{"Copy the session to a new date", "Copy session", "", "copied"};
const SessionQuestion trainer_question{"Change the trainer", "Save trainer", "", "trainer-changed"};

Response capacity_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  auto session = view_session(services.app, request.caller(), request.path_id("session_id"));
  if (!session) return error_response(session.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const std::string value = error ? request.form_value("capacity").value_or("")
                                  : std::to_string(session.value().capacity);
  const Html fields =
      paragraph(std::to_string(session.value().booked_count) + " places are booked and " +
                std::to_string(session.value().waiting_list_length) + " people are waiting.") +
      paragraph(
          "If you add places while booking is open, people on the waiting list are booked into "
          "them at once, in "
          "the order they joined, and emailed.") +
      number_input(request, errors, "capacity", value, "Number of places", "");
  return question_page(request, services, session.value(), capacity_question, fields, errors,
                       error ? status_for(error->code) : 200);
}

Response cancel_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto session = view_session(services.app, request.caller(), request.path_id("session_id"));
  if (!session) return error_response(session.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const Html fields =
      govuk::warning_text(
          {.text = "Everyone booked or on the waiting list will be emailed that the session is "
                   "cancelled, with your reason. Their places cannot be given back."}) +
      govuk::textarea(
          {.name = "reason",
           .rows = 4,
           .value = request.form_value("reason").value_or(""),
           .label = {.text = "Why is the session cancelled?", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "This is sent to everyone booked or waiting."},
           .error_message = errors.for_field("reason")});
  return question_page(request, services, session.value(), cancel_question, fields, errors,
                       error ? status_for(error->code) : 200);
}

Response copy_page(const Request& request, Services& services, const std::optional<Error>& error) {
  auto session = view_session(services.app, request.caller(), request.path_id("session_id"));
  if (!session) return error_response(session.error(), request, services);
  const std::optional<Error> shown =
      error ? std::optional(with_date_field_at_day(*error)) : std::nullopt;
  const FormErrors errors = FormErrors::of(shown);
  const Html fields =
      paragraph(
          "The new session has the same times, place, number of places, trainer and cut-offs. "
          "Nobody is booked "
          "on it yet.") +
      date_question(request, errors, "New date", "For example, 9 3 2026", std::nullopt);
  return question_page(request, services, session.value(), copy_question, fields, errors,
                       error ? status_for(error->code) : 200);
}

// Issue 18, trainers: another trainer for the session, named by email address (a partnership may
// have many trainers; the address names one without listing them all).
Response trainer_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  auto session = view_session(services.app, request.caller(), request.path_id("session_id"));
  if (!session) return error_response(session.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const Html fields =
      paragraph("The trainer now is " + session.value().trainer_name + ".") +
      govuk::input(
          {.id = "email",
           .name = "email",
           .type = "email",
           .value = request.form_value("email").value_or(""),
           .label = {.text = "Email address of the new trainer", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "A trainer or business manager of this partnership"},
           .error_message = errors.for_field("email"),
           .autocomplete = "off",
           .spellcheck = false});
  return question_page(request, services, session.value(), trainer_question, fields, errors,
                       error ? status_for(error->code) : 200);
}

Response show_trainer(const Request& request, Services& services) {
  return trainer_page(request, services, std::nullopt);
}

// POST /training-sessions/{session_id}/trainer
Response submit_trainer(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  auto changed = change_trainer(services.app, request.caller(), session_id,
                                request.form_value("email").value_or(""));
  if (!changed) {
    if (shown_on_form(changed.error())) return trainer_page(request, services, changed.error());
    return error_response(changed.error(), request, services);
  }
  return Response::redirect(session_path(session_id) + "?done=" + trainer_question.done);
}

Response show_capacity(const Request& request, Services& services) {
  return capacity_page(request, services, std::nullopt);
}
Response show_cancel(const Request& request, Services& services) {
  return cancel_page(request, services, std::nullopt);
}
Response show_copy(const Request& request, Services& services) {
  return copy_page(request, services, std::nullopt);
}

// POST /training-sessions/{session_id}/capacity
Response submit_capacity(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  auto changed = change_capacity(services.app, request.caller(), session_id,
                                 request.form_value("capacity").value_or(""));
  if (!changed) {
    if (shown_on_form(changed.error())) return capacity_page(request, services, changed.error());
    return error_response(changed.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(session_path(session_id) + "?done=" + capacity_question.done);
}

// POST /training-sessions/{session_id}/cancel
Response submit_cancel(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  Status cancelled = cancel_session(services.app, request.caller(), session_id,
                                    request.form_value("reason").value_or(""));
  if (!cancelled) {
    if (shown_on_form(cancelled.error())) return cancel_page(request, services, cancelled.error());
    return error_response(cancelled.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(session_path(session_id) + "?done=" + cancel_question.done);
}

// POST /training-sessions/{session_id}/copy
Response submit_copy(const Request& request, Services& services) {
  auto copied = copy_session(services.app, request.caller(), request.path_id("session_id"),
                             iso_date_from(request, "date"));
  if (!copied) {
    if (shown_on_form(copied.error())) return copy_page(request, services, copied.error());
    return error_response(copied.error(), request, services);
  }
  return Response::redirect(session_path(copied.value().id) + "?done=" + copy_question.done);
}

}  // namespace

void add_session_routes(Router& router) {
  router.add("GET", "/training-sessions", Permission::manage_training, show_sessions);
  router.add("GET", "/courses/{course_id:int}/sessions/new", Permission::manage_training,
             show_new_session);
  router.add("POST", "/courses/{course_id:int}/sessions/new", Permission::manage_training,
             submit_new_session);
  router.add("GET", "/training-sessions/{session_id:int}", Permission::manage_training,
             show_session);
  router.add("GET", "/training-sessions/{session_id:int}/capacity", Permission::manage_training,
             show_capacity);
  router.add("POST", "/training-sessions/{session_id:int}/capacity", Permission::manage_training,
             submit_capacity);
  router.add("GET", "/training-sessions/{session_id:int}/cancel", Permission::manage_training,
             show_cancel);
  router.add("POST", "/training-sessions/{session_id:int}/cancel", Permission::manage_training,
             submit_cancel);
  router.add("GET", "/training-sessions/{session_id:int}/copy", Permission::manage_training,
             show_copy);
  router.add("GET", "/training-sessions/{session_id:int}/trainer", Permission::manage_training,
             show_trainer);
  router.add("POST", "/training-sessions/{session_id:int}/trainer", Permission::manage_training,
             submit_trainer);
  router.add("POST", "/training-sessions/{session_id:int}/copy", Permission::manage_training,
             submit_copy);
}

}  // namespace casereview::web::training
