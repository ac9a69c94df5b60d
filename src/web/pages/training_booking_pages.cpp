// Booking a place for oneself, and "My training". A signed-in person books from a page that says
// plainly that the place is theirs alone (issue 4: places booked for other people are not recorded
// as attending and get no certificate) — no field on it, or anywhere else, names a person: the
// booker is always the person signed in. The result is a booked place or a place on the waiting
// list with its position. "My training" lists the person's places, waiting places and past
// sessions with their attendance, the evaluation when it is due, and their certificates; each
// booked place can be downloaded as an .ics file. The joining link of an online session is shown
// only here, to people with a booked place (and to trainers on their session pages).
//
// While the session runs (Rule TRN-8) the booking's page asks for the attendance code the trainer
// shows, and afterwards says when the person signed in with it.
//
// The book page says what cancelling late or not coming costs (Rule TRN-2, Rule TRN-9).
// Cancelling one's own place asks "Are you sure…" first, warning when it is now late (after the
// cancellation cut-off) and what that costs; once the session has started it can no longer be
// done. The use cases of
// app/training/bookings.hpp and app/training/attendance.hpp decide everything; these pages only
// show their answers.
#include "app/training/attendance.hpp"
#include "app/training/attendance_codes.hpp"
#include "app/training/bookings.hpp"
#include "app/training/course_sessions.hpp"
#include "domain/training_charges.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/input.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/notification_banner.hpp"
#include "web/components/panel.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/components/textarea.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

std::string booking_path(Id booking_id) { return "/bookings/" + std::to_string(booking_id); }
std::string course_path(Id course_id) { return "/courses/" + std::to_string(course_id); }

const char* const for_yourself_only =
    "You are booking a place for yourself. Places cannot be booked for other people — they will "
    "not be recorded as "
    "attending and will not receive a certificate.";

std::string booking_time_text(const BookingView& booking) {
  return time_of_day(booking.start_time.to_text()) + " to " +
         time_of_day(booking.end_time.to_text());
}

std::string booking_where_text(const BookingView& booking) {
  switch (booking.format) {
    case SessionFormat::virtual_session:
      return "Online";
    case SessionFormat::in_person:
      return booking.venue;
  }
  return "";
}

// The joining link of an online session, as a link, for someone whose booking shows it (the use
// case gives it only while the place is booked).
Html joining_link_html(const BookingView& booking) {
  if (booking.joining_link.empty()) return Html();
  return Html::trusted("<a class=\"govuk-link cr-joining-link\" href=\"") +
         escape(booking.joining_link) +
         Html::trusted("\" rel=\"noreferrer noopener\">Join the session online</a>");
}

// ---------------------------------------------------------------------------------------------
// Booking

Html session_details(const SessionView& session) {
  return govuk::summary_list(
      {.rows = {
           {.key = {.text = "Course"}, .value = {.text = session.course_title}},
           {.key = {.text = "Date"}, .value = {.text = weekday_day_month_year(session.date)}},
           {.key = {.text = "Time"}, .value = {.text = session_time_text(session)}},
           {.key = {.text = "Where"}, .value = {.text = session_where_text(session)}},
           {.key = {.text = "Places"}, .value = {.html = places_html(session)}},
       }});
}

// The "Book a place" page. `refusal` is the use case's wrong_state or forbidden error (booking
// closed, a place on this course already, a course kept for the partnership's own workforce),
// shown as the page's error summary.
Response book_page(const Request& request, Services& services,
                   const std::optional<Error>& refusal) {
  const Id session_id = request.path_id("session_id");
  auto found = view_session(services.app, request.caller(), session_id);
  if (!found) return error_response(found.error(), request, services);
  const SessionView& session = found.value();
  if (session.your_booking && !refusal)
    return Response::redirect(booking_path(session.your_booking->id));
  const bool full = session.places_left == 0;
  const std::string title = full ? "Join the waiting list" : "Book a place";

  // A refusal is said in the error summary, a forbidden one (Rule TRN-7) as well.
  const FormErrors errors = refusal && refusal->code == ErrorCode::forbidden
                                ? FormErrors({}, refusal->message)
                                : FormErrors::of(refusal);
  Html content = errors.summary();
  content += heading(title, session.course_title) + session_details(session);
  if (!session.booking_open || session.status == SessionStatus::cancelled) {
    content += paragraph(session.status == SessionStatus::cancelled
                             ? "This session has been cancelled."
                             : "Booking for this session has closed.");
    content += link(course_path(session.course_id), "See the course's other sessions");
  } else if (session.closed_to_you) {
    content += paragraph(*session.closed_to_you + ".");
  } else if (const auto& held =
                 session.your_booking ? session.your_booking : session.your_place_on_course) {
    // Rule TRN-4: one place per course; say which place they hold, with a link to it.
    content += paragraph(held->state == BookingState::waiting
                             ? "You are on the waiting list for this course, at number " +
                                   std::to_string(held->position.value_or(0)) + "."
                             : "You have a place on this course.");
    content += link(booking_path(held->id),
                    "See your place on " + weekday_day_month_year(held->session_date));
  } else {
    if (full) {
      content +=
          paragraph("The session is full. If a place becomes free before booking closes on " +
                    weekday_day_month_year(session.booking_closes_on) +
                    ", the first person on the waiting list is booked into it and emailed.");
    }
    content += govuk::inset_text({.text = for_yourself_only});
    // Rule TRN-2 and Rule TRN-9: what cancelling late or not coming means, before booking.
    content += paragraph(session.cancellation_policy);
    content +=
        form_start(request, request.path) + Html::trusted("<div class=\"govuk-button-group\">") +
        govuk::button({.text = full ? "Join the waiting list" : "Confirm booking",
                       .prevent_double_click = true}) +
        link(course_path(session.course_id), "Cancel") + Html::trusted("</div>") + form_end();
  }
  Page page;
  page.title = title;
  page.has_errors = refusal.has_value();
  page.before_content = govuk::back_link({.href = course_path(session.course_id)});
  page.content = two_thirds(content);
  return page_response(page, request, services, refusal ? status_for(refusal->code) : 200);
}

// GET /training-sessions/{session_id}/book
Response show_book(const Request& request, Services& services) {
  return book_page(request, services, std::nullopt);
}

// POST /training-sessions/{session_id}/book
Response submit_book(const Request& request, Services& services) {
  auto booked = book_session(services.app, request.caller(), request.path_id("session_id"));
  if (!booked) {
    if (booked.error().code == ErrorCode::wrong_state ||
        booked.error().code == ErrorCode::forbidden)
      return book_page(request, services, booked.error());
    return error_response(booked.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(booking_path(booked.value().id) + "?done=" + booked.value().status);
}

// ---------------------------------------------------------------------------------------------
// One booking

// The panel after booking (booked, or waiting with the position), or the banner after a
// cancellation; nothing otherwise. `has_heading` is set when the panel is the page's h1.
Html booking_result(const Request& request, const BookingView& booking, bool& has_heading) {
  const std::string done = request.query_value("done").value_or("");
  has_heading = false;
  if (done == "booked" && booking.state == BookingState::booked) {
    has_heading = true;
    return govuk::panel({.title_text = "Place booked",
                         .text = booking.course_title + ", " +
                                 weekday_day_month_year(booking.session_date)}) +
           paragraph("We have emailed you a confirmation with a calendar invitation.");
  }
  if (done == "waiting" && booking.state == BookingState::waiting) {
    has_heading = true;
    return govuk::panel({.title_text = "You are on the waiting list",
                         .html = escape("Your place on the waiting list: ") +
                                 Html::trusted("<strong>") +
                                 escape(std::to_string(booking.position.value_or(0))) +
                                 Html::trusted("</strong>")}) +
           paragraph(
               "If a place becomes free before booking closes, you will be booked into it "
               "automatically and we "
               "will email you.");
  }
  if (done == "cancelled")
    return govuk::notification_banner({.text = "Your booking is cancelled", .type = "success"});
  if (done == "left-waiting-list")
    return govuk::notification_banner(
        {.text = "You have left the waiting list", .type = "success"});
  if (done == "signed-in" && booking.signed_in_at)
    return govuk::notification_banner(
        {.text = "You are signed in to the session", .type = "success"});
  return Html();
}

Html booking_summary(const BookingView& booking) {
  std::vector<govuk::SummaryListRow> rows = {
      {.key = {.text = "Course"},
       .value = {.html = link(course_path(booking.course_id), booking.course_title)}},
      {.key = {.text = "Date"}, .value = {.text = weekday_day_month_year(booking.session_date)}},
      {.key = {.text = "Time"}, .value = {.text = booking_time_text(booking)}},
      {.key = {.text = "Where"}, .value = {.text = booking_where_text(booking)}},
      {.key = {.text = "Status"}, .value = {.html = state_tag(booking.state)}},
  };
  if (booking.position) {
    rows.push_back({.key = {.text = "Place on the waiting list"},
                    .value = {.text = std::to_string(*booking.position)}});
  }
  if (!booking.joining_link.empty()) {
    rows.push_back(
        {.key = {.text = "Joining link"}, .value = {.html = joining_link_html(booking)}});
  }
  return govuk::summary_list({.rows = rows});
}

Html booking_actions(const BookingView& booking) {
  Html actions;
  const std::string path = booking_path(booking.id);
  if (booking.state == BookingState::booked) {
    actions += govuk::button({.text = "Add to your calendar (.ics file)",
                              .href = path + "/calendar",
                              .classes = "govuk-button--secondary"});
  }
  if (booking.evaluation_due) {
    actions +=
        govuk::button({.text = "Give feedback on the session", .href = path + "/evaluation"});
  }
  if (holds_place(booking.state)) {
    actions +=
        govuk::button({.text = booking.state == BookingState::waiting ? "Leave the waiting list"
                                                                      : "Cancel booking",
                       .href = path + "/cancel",
                       .classes = "govuk-button--warning"});
  }
  if (actions.empty()) return Html();
  return Html::trusted("<div class=\"govuk-button-group\">") + actions + Html::trusted("</div>");
}

// Rule TRN-8: the attendance code's form while it can be entered, or when it was.
Html sign_in_section(const Request& request, const BookingView& booking, const FormErrors& errors) {
  if (booking.signed_in_at) {
    return paragraph("You signed in to the session with the attendance code on " +
                     uk_time_text(*booking.signed_in_at) + ".");
  }
  if (!booking.can_sign_in) return Html();
  return form_start(request, booking_path(booking.id) + "/sign-in") +
         govuk::input({.id = "code",
                       .name = "code",
                       .value = request.form_value("code").value_or(""),
                       .label = {.text = "Attendance code", .classes = "govuk-label--m"},
                       .hint = govuk::HintOptions{.text = "The code your trainer shows during the "
                                                          "session, like K7MQ4R"},
                       .error_message = errors.for_field("code"),
                       .classes = "govuk-input--width-10",
                       .autocomplete = "off",
                       .spellcheck = false,
                       .autocapitalize = "characters"}) +
         govuk::button({.text = "Sign in to the session", .prevent_double_click = true}) +
         form_end();
}

Response booking_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  auto found = view_booking(services.app, request.caller(), request.path_id("booking_id"));
  if (!found) return error_response(found.error(), request, services);
  const BookingView& booking = found.value();
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = booking.course_title + " – " + weekday_day_month_year(booking.session_date);
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "My training", .href = "/my-training"});
  bool panel_has_heading = false;
  const Html result = booking_result(request, booking, panel_has_heading);
  const Html title = panel_has_heading
                         ? Html::trusted("<h2 class=\"govuk-heading-m\">Your booking</h2>")
                         : heading("Your booking", booking.course_title);
  page.content = two_thirds(errors.summary() + result + title + booking_summary(booking) +
                            sign_in_section(request, booking, errors) + booking_actions(booking) +
                            paragraph("Places are for the person who booked them only."));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /bookings/{booking_id}
Response show_booking(const Request& request, Services& services) {
  return booking_page(request, services, std::nullopt);
}

// POST /bookings/{booking_id}/sign-in: the attendance code (Rule TRN-8).
Response submit_sign_in(const Request& request, Services& services) {
  const Id booking_id = request.path_id("booking_id");
  auto found = view_booking(services.app, request.caller(), booking_id);
  if (!found) return error_response(found.error(), request, services);
  auto signed_in = sign_in_to_session(services.app, request.caller(), found.value().session_id,
                                      request.form_value("code").value_or(""));
  if (!signed_in) {
    if (shown_on_form(signed_in.error())) return booking_page(request, services, signed_in.error());
    return error_response(signed_in.error(), request, services);
  }
  return Response::redirect(booking_path(booking_id) + "?done=signed-in");
}

// ---------------------------------------------------------------------------------------------
// Cancelling one's own place

// A page about one of the person's bookings (cancelling it, its evaluation), with a way back to
// it; its status is the error's, when there is one.
Response question_page(const Request& request, Services& services, const std::string& title,
                       const Html& content, Id booking_id, const std::optional<Error>& error) {
  Page page;
  page.title = title;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = booking_path(booking_id)});
  page.content = two_thirds(content);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response cancel_booking_page(const Request& request, Services& services,
                             const std::optional<Error>& refusal) {
  auto found = view_booking(services.app, request.caller(), request.path_id("booking_id"));
  if (!found) return error_response(found.error(), request, services);
  const BookingView& booking = found.value();
  const bool waiting = booking.state == BookingState::waiting;
  const std::string title = waiting ? "Are you sure you want to leave the waiting list?"
                                    : "Are you sure you want to cancel your booking?";
  Html content = FormErrors::of(refusal).summary();
  content +=
      heading(title, booking.course_title + " – " + weekday_day_month_year(booking.session_date));
  if (!holds_place(booking.state)) {
    content += paragraph("This booking is not active any more: there is nothing to cancel.");
  } else if (!booking.can_cancel) {
    content += govuk::warning_text({.text = "The session has started, so this booking can no "
                                            "longer be cancelled. Contact the trainer."});
  } else {
    // Rule TRN-2 and Rule TRN-9: cancelling after the cut-off is allowed, and said to be late.
    if (booking.cancelling_is_late) {
      content += govuk::warning_text(
          {.text =
               "The cancellation cut-off has passed, so this will be recorded as a late "
               "cancellation" +
               (booking.late_charge_pence == 0 ? std::string(".")
                                               : ". Your organisation will be charged " +
                                                     money_text(booking.late_charge_pence) + ".")});
    }
    content += paragraph(
        waiting
            ? "You will lose your place on the waiting list."
            : "Your place will be given to the first person on the waiting list, if there is one.");
    content +=
        form_start(request, request.path) + Html::trusted("<div class=\"govuk-button-group\">") +
        govuk::button({.text = waiting ? "Leave the waiting list" : "Cancel booking",
                       .classes = "govuk-button--warning",
                       .prevent_double_click = true}) +
        link(booking_path(booking.id), "Keep my place") + Html::trusted("</div>") + form_end();
  }
  return question_page(request, services, title, content, booking.id, refusal);
}

// GET /bookings/{booking_id}/cancel
Response show_cancel_booking(const Request& request, Services& services) {
  return cancel_booking_page(request, services, std::nullopt);
}

// POST /bookings/{booking_id}/cancel
Response submit_cancel_booking(const Request& request, Services& services) {
  const Id booking_id = request.path_id("booking_id");
  // Whether this is leaving a waiting list, for the banner's wording only.
  auto before = view_booking(services.app, request.caller(), booking_id);
  const bool waiting = before && before.value().state == BookingState::waiting;
  Status cancelled = cancel_booking(services.app, request.caller(), booking_id);
  if (!cancelled) {
    if (cancelled.error().code == ErrorCode::wrong_state)
      return cancel_booking_page(request, services, cancelled.error());
    return error_response(cancelled.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(booking_path(booking_id) +
                            (waiting ? "?done=left-waiting-list" : "?done=cancelled"));
}

// GET /bookings/{booking_id}/calendar: the booked place as an .ics download.
Response download_calendar(const Request& request, Services& services) {
  auto file = booking_calendar(services.app, request.caller(), request.path_id("booking_id"));
  if (!file) return error_response(file.error(), request, services);
  return Response::attachment(file.value().content, file.value().content_type,
                              file.value().file_name);
}

// ---------------------------------------------------------------------------------------------
// The evaluation form

Response evaluation_page(const Request& request, Services& services,
                         const std::optional<Error>& error) {
  auto found = view_booking(services.app, request.caller(), request.path_id("booking_id"));
  if (!found) return error_response(found.error(), request, services);
  const BookingView& booking = found.value();
  const FormErrors errors = FormErrors::of(error);
  Html content = errors.summary() + heading("Give feedback on the session",
                                            booking.course_title + " – " +
                                                weekday_day_month_year(booking.session_date));
  if (booking.evaluation_completed) {
    content += paragraph("You have already given feedback on this session. Thank you.");
  } else if (!booking.evaluation_due) {
    content += paragraph("You can give feedback once your attendance has been recorded.");
  } else {
    std::vector<govuk::RadiosItem> usefulness;
    const std::vector<std::pair<std::string, std::string>> scale = {{"5", "Very useful"},
                                                                    {"4", "Useful"},
                                                                    {"3", "Somewhat useful"},
                                                                    {"2", "Not very useful"},
                                                                    {"1", "Not useful"}};
    for (const auto& [value, text] : scale) usefulness.push_back({.text = text, .value = value});
    content += paragraph(
        "Your answers help the partnership improve its training. Trainers read them without your "
        "name.");
    content +=
        form_start(request, request.path) +
        govuk::radios({.name = "usefulness",
                       .items = usefulness,
                       .value = request.form_value("usefulness").value_or(""),
                       .fieldset =
                           govuk::InputsFieldsetOptions{
                               .legend = {.text = "How useful was the session for your work?",
                                          .classes = "govuk-fieldset__legend--s"}},
                       .error_message = errors.for_field("usefulness")}) +
        govuk::textarea(
            {.name = "what_will_you_do_differently",
             .rows = 4,
             .value = request.form_value("what_will_you_do_differently").value_or(""),
             .label = {.text = "What will you do differently in your work after the session?",
                       .classes = "govuk-label--s"},
             .error_message = errors.for_field("what_will_you_do_differently")}) +
        govuk::textarea({.name = "other_comments",
                         .rows = 4,
                         .value = request.form_value("other_comments").value_or(""),
                         .label = {.text = "Anything else you would like to tell us (optional)",
                                   .classes = "govuk-label--s"},
                         .error_message = errors.for_field("other_comments")}) +
        govuk::button({.text = "Send feedback", .prevent_double_click = true}) + form_end();
  }
  return question_page(request, services, "Give feedback on the session", content, booking.id,
                       error);
}

// GET /bookings/{booking_id}/evaluation
Response show_evaluation(const Request& request, Services& services) {
  return evaluation_page(request, services, std::nullopt);
}

// POST /bookings/{booking_id}/evaluation
Response submit_evaluation_form(const Request& request, Services& services) {
  const Id booking_id = request.path_id("booking_id");
  const EvaluationInput input{.usefulness = request.form_value("usefulness").value_or(""),
                              .what_will_you_do_differently =
                                  request.form_value("what_will_you_do_differently").value_or(""),
                              .other_comments = request.form_value("other_comments").value_or("")};
  Status sent = submit_evaluation(services.app, request.caller(), booking_id, input);
  if (!sent) {
    if (shown_on_form(sent.error())) {
      return evaluation_page(request, services, sent.error());
    }
    return error_response(sent.error(), request, services);
  }
  return Response::redirect("/my-training?done=evaluation-sent");
}

// ---------------------------------------------------------------------------------------------
// My training

Html bookings_table(const std::string& caption, const std::vector<BookingView>& bookings,
                    bool upcoming) {
  govuk::TableOptions table;
  table.caption = caption;
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Course"},
                {.text = "Date"},
                {.text = "Time"},
                {.text = "Where"},
                {.text = "Status"},
                {.html = Html::trusted("<span class=\"govuk-visually-hidden\">Actions</span>")}};
  for (const BookingView& booking : bookings) {
    Html actions;
    const std::string path = booking_path(booking.id);
    const std::string on =
        " for " + booking.course_title + " on " + day_month_year(booking.session_date);
    auto action = [&](const std::string& href, const std::string& text) {
      actions += Html::trusted("<li><a class=\"govuk-link\" href=\"") + escape(href) +
                 Html::trusted("\">") + escape(text) +
                 Html::trusted("<span class=\"govuk-visually-hidden\">") + escape(on) +
                 Html::trusted("</span></a></li>");
    };
    if (!booking.joining_link.empty() && upcoming) {
      actions += Html::trusted("<li>") + joining_link_html(booking) + Html::trusted("</li>");
    }
    if (booking.state == BookingState::booked)
      action(path + "/calendar", "Download calendar file (.ics)");
    if (booking.evaluation_due) action(path + "/evaluation", "Give feedback");
    if (holds_place(booking.state)) action(path, "View or cancel");
    Html status = state_tag(booking.state);
    if (booking.position) status += escape(" position " + std::to_string(*booking.position));
    table.rows.push_back(
        {{.html = link(course_path(booking.course_id), booking.course_title)},
         {.text = weekday_day_month_year(booking.session_date)},
         {.text = booking_time_text(booking)},
         {.text = booking_where_text(booking)},
         {.html = status},
         {.html = Html::trusted("<ul class=\"govuk-list govuk-!-margin-bottom-0\">") + actions +
                  Html::trusted("</ul>")}});
  }
  return govuk::table(table);
}

Html certificates_table(const std::vector<CertificateView>& certificates) {
  govuk::TableOptions table;
  table.caption = "Certificates";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Course"},
                {.text = "Session date"},
                {.text = "Verification code"},
                {.html = Html::trusted("<span class=\"govuk-visually-hidden\">Download</span>")}};
  for (const CertificateView& certificate : certificates) {
    table.rows.push_back(
        {{.text = certificate.course_title},
         {.text = day_month_year(certificate.session_date)},
         {.html = Html::trusted("<span class=\"cr-certificate-code\">") + escape(certificate.code) +
                  Html::trusted("</span>")},
         {.html = Html::trusted("<a class=\"govuk-link\" href=\"/certificates/") +
                  escape(std::to_string(certificate.id)) +
                  Html::trusted("\" download>Download certificate (PDF)<span "
                                "class=\"govuk-visually-hidden\"> for ") +
                  escape(certificate.course_title) + Html::trusted("</span></a>")}});
  }
  return govuk::table(table);
}

// GET /my-training
Response show_my_training(const Request& request, Services& services) {
  auto found = my_training(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  const MyTraining& mine = found.value();
  Html content;
  if (request.query_value("done") == std::optional<std::string>("evaluation-sent")) {
    content +=
        govuk::notification_banner({.text = "Thank you for your feedback", .type = "success"});
  }
  content += heading("My training");
  content += paragraph(
      "Your places on training sessions, the waiting lists you are on, and your certificates.");
  content += Html::trusted("<p class=\"govuk-body\">") +
             link("/courses", "Find a course and book a place") + Html::trusted("</p>");
  Html sections;
  sections += mine.booked.empty() ? section("Booked", paragraph("You have no places booked."))
                                  : bookings_table("Booked", mine.booked, true);
  if (!mine.waiting.empty()) sections += bookings_table("Waiting lists", mine.waiting, true);
  if (!mine.past.empty())
    sections += bookings_table("Past and cancelled sessions", mine.past, false);
  sections += mine.certificates.empty()
                  ? section("Certificates",
                            paragraph("You will get a certificate for each session you attend."))
                  : certificates_table(mine.certificates);
  Page page;
  page.title = "My training";
  page.content = two_thirds(content) + full_width(sections);
  return page_response(page, request, services);
}

}  // namespace

void add_booking_routes(Router& router) {
  router.add("GET", "/my-training", Permission::signed_in, show_my_training);
  router.add("GET", "/training-sessions/{session_id:int}/book", Permission::signed_in, show_book);
  router.add("POST", "/training-sessions/{session_id:int}/book", Permission::signed_in,
             submit_book);
  router.add("GET", "/bookings/{booking_id:int}", Permission::signed_in, show_booking);
  router.add("POST", "/bookings/{booking_id:int}/sign-in", Permission::signed_in, submit_sign_in);
  router.add("GET", "/bookings/{booking_id:int}/cancel", Permission::signed_in,
             show_cancel_booking);
  router.add("POST", "/bookings/{booking_id:int}/cancel", Permission::signed_in,
             submit_cancel_booking);
  router.add("GET", "/bookings/{booking_id:int}/calendar", Permission::signed_in,
             download_calendar);
  router.add("GET", "/bookings/{booking_id:int}/evaluation", Permission::signed_in,
             show_evaluation);
  router.add("POST", "/bookings/{booking_id:int}/evaluation", Permission::signed_in,
             submit_evaluation_form);
}

}  // namespace casereview::web::training
