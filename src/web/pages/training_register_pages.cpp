// The register of a training session, for the partnership's trainers and business managers:
// the session's attendance code (Rule TRN-8: shown on the trainer's request, then kept), everyone
// booked, each with when they entered the code and three choices — attended, partly attended, did
// not attend, "attended" chosen already for whoever signed in with the code — saved together
// (app/training/attendance.hpp audits each mark, adds it to the booking's history and issues or
// withdraws certificates, Rule TRN-5), and the register as a CSV download whose cells a spreadsheet
// cannot run as formulas.
#include "app/training/attendance.hpp"
#include "app/training/attendance_codes.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/radios.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

constexpr const char* attendance_prefix = "attendance-";

std::string session_path(Id session_id) {
  return "/training-sessions/" + std::to_string(session_id);
}

std::string mark_value(BookingState state) {
  return is_attendance_mark(state) ? booking_state_name(state) : std::string();
}

Html person_marks(const Request& request, const RegisterEntry& person, const FormErrors& errors,
                  bool resent, bool certificates_need_code) {
  const std::string name = attendance_prefix + std::to_string(person.booking_id);
  std::string hint = person.organisation;
  if (!person.job_role.empty()) hint += (hint.empty() ? "" : ", ") + person.job_role;
  // Rule TRN-8: who signed in with the code is shown, and marked attended until the trainer
  // says otherwise.
  if (person.signed_in_at)
    hint += (hint.empty() ? "" : ". ") + std::string("Signed in with the code at ") +
            uk_time_text(*person.signed_in_at);
  // Rule TRN-5: without the code there is no certificate, when the partnership needs it.
  if (certificates_need_code && !person.signed_in_at)
    hint += (hint.empty() ? "" : ". ") + std::string("Not signed in with the code: no certificate");
  std::string mark = mark_value(person.state);
  if (mark.empty() && person.signed_in_at) mark = "attended";
  return govuk::radios(
      {.name = name,
       .items = {{.text = "Attended", .value = "attended"},
                 {.text = "Partly attended", .value = "partly_attended"},
                 {.text = "Did not attend", .value = "did_not_attend"}},
       .value = resent ? request.form_value(name).value_or("") : mark,
       .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = person.name,
                                                           .classes = "govuk-fieldset__legend--s"}},
       .hint = hint.empty() ? std::nullopt : std::optional(govuk::HintOptions{.text = hint}),
       .error_message = errors.for_field(name),
       .classes = "govuk-radios--inline govuk-radios--small"});
}

// Rule TRN-8: the code to show the room, once made; before that, the button that makes it.
Html attendance_code_section(const Request& request, const SessionRegister& register_) {
  if (register_.session.status == SessionStatus::cancelled) return Html();
  Html section = Html::trusted("<h2 class=\"govuk-heading-m\">Attendance code</h2>");
  const std::string path = session_path(register_.session.id);
  if (!register_.attendance_code) {
    return section +
           paragraph(
               "Show the people at the session a code to enter on their booking's page: "
               "the register then shows who signed in and when.") +
           form_start(request, path + "/attendance-code") +
           govuk::button({.text = "Show the attendance code",
                          .classes = "govuk-button--secondary",
                          .prevent_double_click = true}) +
           form_end();
  }
  const AttendanceCode& code = *register_.attendance_code;
  return section +
         govuk::inset_text(
             {.html = Html::trusted("<p class=\"govuk-heading-xl govuk-!-margin-bottom-0\" "
                                    "id=\"attendance-code\">") +
                      escape(code.code) + Html::trusted("</p>")}) +
         paragraph("People with a place enter it on their booking's page from " +
                   uk_time_text(code.valid_from) + " until " + uk_time_text(code.valid_until) +
                   ".");
}

Response register_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id session_id = request.path_id("session_id");
  auto found = session_register(services.app, request.caller(), session_id);
  if (!found) return error_response(found.error(), request, services);
  const SessionRegister& register_ = found.value();
  const FormErrors errors = FormErrors::of(error);
  const std::string path = session_path(session_id);

  Html content = errors.summary() +
                 heading("Register", register_.session.course_title + " – " +
                                         weekday_day_month_year(register_.session.date)) +
                 attendance_code_section(request, register_);
  if (register_.booked.empty()) {
    content += paragraph("Nobody is booked on this session.");
  } else if (register_.session.timing == SessionTiming::not_started) {
    // mark_attendance refuses before the start, so the form is not shown until then.
    content += paragraph("You can mark attendance once the session has started.");
  } else {
    // Rule TRN-5: say when a certificate also needs the attendance code.
    content += paragraph(register_.certificates_need_code
                             ? "Mark everyone booked on the session. Certificates are issued to "
                               "people marked as attended who signed in with the attendance code."
                             : "Mark everyone booked on the session. Certificates are issued to "
                               "people marked as attended.");
    Html marks;
    for (const RegisterEntry& person : register_.booked)
      marks += person_marks(request, person, errors, error.has_value(),
                            register_.certificates_need_code);
    content += form_start(request, path + "/register") + marks +
               govuk::button({.text = "Save register", .prevent_double_click = true}) + form_end();
  }
  content += Html::trusted("<p class=\"govuk-body\">") +
             Html::trusted("<a class=\"govuk-link\" href=\"") + escape(path + "/register/csv") +
             Html::trusted("\" download>Download the register (CSV)</a></p>");
  // Issue 18, trainers: the feedback given on the day, and each booking's history.
  content += paragraph_link(path + "/evaluations", "Read the feedback on the session");
  if (!register_.booked.empty() || !register_.waiting.empty()) {
    Html items;
    for (const auto* list : {&register_.booked, &register_.waiting}) {
      for (const RegisterEntry& person : *list) {
        items += Html::trusted("<li>") +
                 link("/bookings/" + std::to_string(person.booking_id) +
                          "/history?from=" + query_encode(path + "/register"),
                      person.name) +
                 Html::trusted("</li>");
      }
    }
    content += Html::trusted(
                   "<h2 class=\"govuk-heading-m\">Each booking's history</h2>"
                   "<ul class=\"govuk-list\">") +
               items + Html::trusted("</ul>");
  }
  Page page;
  page.title = "Register – " + register_.session.course_title;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = path});
  page.content = two_thirds(content);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /training-sessions/{session_id}/register
Response show_register(const Request& request, Services& services) {
  return register_page(request, services, std::nullopt);
}

// POST /training-sessions/{session_id}/register: one mark per "attendance-<booking id>" field;
// people left unmarked are left as they are.
Response submit_register(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  std::vector<AttendanceMark> marks;
  const std::string prefix = attendance_prefix;
  for (const auto& [name, value] : request.form) {
    if (name.rfind(prefix, 0) != 0 || value.empty()) continue;
    const std::optional<Id> booking_id = parse_id(name.substr(prefix.size()));
    if (!booking_id) continue;
    marks.push_back({.booking_id = *booking_id, .attendance = value});
  }
  auto saved = mark_attendance(services.app, request.caller(), session_id, marks);
  if (!saved) {
    if (shown_on_form(saved.error())) {
      return register_page(request, services, saved.error());
    }
    return error_response(saved.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(session_path(session_id) + "?done=register-saved");
}

// POST /training-sessions/{session_id}/attendance-code: makes the code (the first time) and shows
// the register with it.
Response submit_attendance_code(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  auto shown = show_attendance_code(services.app, request.caller(), session_id);
  if (!shown) return error_response(shown.error(), request, services);
  return Response::redirect(session_path(session_id) + "/register#attendance-code");
}

// GET /training-sessions/{session_id}/register/csv
Response download_register(const Request& request, Services& services) {
  auto file = register_csv(services.app, request.caller(), request.path_id("session_id"));
  if (!file) return error_response(file.error(), request, services);
  return Response::attachment(file.value().content, file.value().content_type,
                              file.value().file_name);
}

}  // namespace

void add_register_routes(Router& router) {
  router.add("GET", "/training-sessions/{session_id:int}/register", Permission::manage_training,
             show_register);
  router.add("POST", "/training-sessions/{session_id:int}/register", Permission::manage_training,
             submit_register);
  router.add("GET", "/training-sessions/{session_id:int}/register/csv", Permission::manage_training,
             download_register);
  router.add("POST", "/training-sessions/{session_id:int}/attendance-code",
             Permission::manage_training, submit_attendance_code);
}

}  // namespace casereview::web::training
