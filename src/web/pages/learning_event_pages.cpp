// The learning event's pages and the family's involvement: see learning_event_pages.hpp.
// Rule LE-1: scheduling, invitations, the single-use link, attendance.
#include "web/pages/learning_event_pages.hpp"

#include "app/reviews/learning_event_emails.hpp"
#include "app/reviews/learning_events.hpp"
#include "domain/messages.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/input.hpp"
#include "web/components/panel.hpp"
#include "web/components/radios.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/message_page.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/learning_event_notes_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string review_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/review"; }
std::string event_path(Id event_id) { return "/learning-events/" + std::to_string(event_id); }
std::string family_path(Id case_id) { return review_path(case_id) + "/family-involvement"; }
constexpr const char* link_path = "/learning-event-invitation";

Html status_tag(const LearningEvent& event) {
  switch (event.status) {
    case LearningEventStatus::scheduled:
      return govuk::tag({.text = "Scheduled", .classes = "govuk-tag--blue"});
    case LearningEventStatus::cancelled:
      return govuk::tag({.text = "Cancelled", .classes = "govuk-tag--grey"});
  }
  return Html();
}

Html response_tag(InvitationResponse response) {
  const std::string text(invitation_response_text(response));
  switch (response) {
    case InvitationResponse::awaiting:
      return govuk::tag({.text = text, .classes = "govuk-tag--grey"});
    case InvitationResponse::accepted:
      return govuk::tag({.text = text, .classes = "govuk-tag--green"});
    case InvitationResponse::declined:
      return govuk::tag({.text = text, .classes = "govuk-tag--orange"});
  }
  return Html();
}

std::string attendance_text(Attendance attendance) {
  switch (attendance) {
    case Attendance::not_recorded:
      return "Not recorded";
    case Attendance::attended:
      return "Attended";
    case Attendance::absent:
      return "Did not attend";
  }
  return "";
}

std::string when_text(const LearningEvent& event) {
  return learning_event_emails::event_when(event);
}

// ---------------------------------------------------------------------------------------------
// The review page's sections

Html events_table(const CaseLearning& learning) {
  if (learning.events.empty()) return paragraph("No learning event has been scheduled yet.");
  govuk::TableOptions table;
  table.caption = "Learning events";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "When"}, {.text = "Where"}, {.text = "Invited"}, {.text = "Status"}};
  for (const LearningEventView& view : learning.events) {
    table.rows.push_back({{.html = link(event_path(view.event.id), when_text(view.event))},
                          {.text = learning_event_emails::event_where(view.event)},
                          {.text = std::to_string(view.invitations.size()), .format = "numeric"},
                          {.html = status_tag(view.event)}});
  }
  return govuk::table(table);
}

Html family_table(const std::vector<FamilyInvolvementStep>& steps) {
  if (steps.empty()) return paragraph("No step of the family's involvement is recorded yet.");
  govuk::TableOptions table;
  table.caption = "The family's involvement, in date order";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Date"}, {.text = "Step"}, {.text = "Note"}};
  for (const FamilyInvolvementStep& step : steps) {
    table.rows.push_back({{.text = day_month_year(step.on)},
                          {.text = std::string(family_step_text(step.step))},
                          {.text = step.note}});
  }
  return govuk::table(table);
}

// ---------------------------------------------------------------------------------------------
// Scheduling and changing an event

LearningEventInput event_input_from(const Request& request) {
  return {.date = date_from_form(request, "date"),
          .start_time = request.form_value("start_time").value_or(""),
          .end_time = request.form_value("end_time").value_or(""),
          .delivery = request.form_value("delivery").value_or(""),
          .joining_link = request.form_value("joining_link").value_or(""),
          .venue = request.form_value("venue").value_or("")};
}

// The event's questions, filled from the form sent or else from `initial`.
Html event_questions(const Request& request, const FormErrors& errors,
                     const std::optional<LearningEventView>& initial) {
  const bool sent = request.method == "POST";
  auto value = [&](const std::string& name, const std::string& otherwise) {
    return sent ? request.form_value(name).value_or("") : otherwise;
  };
  std::string date, start, end, delivery, joining_link, venue;
  if (initial) {
    date = initial->times.date.to_iso_string();
    start = initial->times.start_time.to_text();
    end = initial->times.end_time.to_text();
    delivery = event_delivery_name(initial->event.delivery);
    joining_link = initial->event.joining_link;
    venue = initial->event.venue;
  }
  // Both follow-up questions are always shown, rather than revealed under their radio, as on the
  // training session's form (govuk-frontend's conditional reveal fails axe).
  return date_question({.name = "date",
                        .legend = "Date",
                        .hint = "For example, 14 1 2027",
                        .value = sent ? date_from_form(request, "date") : date},
                       errors) +
         text_input(request, errors,
                    {.name = "start_time",
                     .value = value("start_time", start),
                     .label = {.text = "Start time", .classes = "govuk-label--s"},
                     .hint = govuk::HintOptions{.text = "UK time, on the 24-hour clock, for "
                                                        "example 09:30"},
                     .classes = "govuk-input--width-5",
                     .spellcheck = false}) +
         text_input(request, errors,
                    {.name = "end_time",
                     .value = value("end_time", end),
                     .label = {.text = "End time", .classes = "govuk-label--s"},
                     .hint = govuk::HintOptions{.text = "For example, 12:30"},
                     .classes = "govuk-input--width-5",
                     .spellcheck = false}) +
         govuk::radios(
             {.name = "delivery",
              .items = {{.text = "Online", .value = "virtual"},
                        {.text = "In person", .value = "in_person"}},
              .value = value("delivery", delivery),
              .fieldset =
                  govuk::InputsFieldsetOptions{.legend = {.text = "How will it be held?",
                                                          .classes = "govuk-fieldset__legend--s"}},
              .error_message = errors.for_field("delivery")}) +
         text_input(request, errors,
                    {.name = "joining_link",
                     .type = "url",
                     .value = value("joining_link", joining_link),
                     .label = {.text = "Joining link (online events)", .classes = "govuk-label--s"},
                     .hint = govuk::HintOptions{.text = "Starts with https://"},
                     .spellcheck = false}) +
         govuk::textarea(
             {.name = "venue",
              .rows = 3,
              .value = value("venue", venue),
              .label = {.text = "Venue (in-person events)", .classes = "govuk-label--s"},
              .hint = govuk::HintOptions{.text = "The full address, with the room."},
              .error_message = errors.for_field("venue")});
}

Response schedule_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto learning = case_learning(services.app, request.caller(), case_id);
  if (!learning) return error_response(learning.error(), request, services);
  if (learning.value().access != EventAccess::change)
    return error_response(Error::of(ErrorCode::not_found, "No such review"), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Schedule a learning event";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = review_path(case_id)});
  page.content = two_thirds(
      errors.summary({.date_fields = {"date"}}) +
      heading("Schedule a learning event", learning.value().case_reference) +
      paragraph("Practitioners meet the reviewer to talk about what happened, what made sense at "
                "the time and what helped or hindered. You invite them once it is scheduled.") +
      form_start(request, review_path(case_id) + "/learning-events") +
      event_questions(request, errors, std::nullopt) +
      govuk::button({.text = "Schedule the event", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/review/learning-events/new
Response show_schedule(const Request& request, Services& services) {
  return schedule_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/review/learning-events
Response submit_schedule(const Request& request, Services& services) {
  auto scheduled = schedule_learning_event(services.app, request.caller(),
                                           request.path_id("case_id"), event_input_from(request));
  if (!scheduled) {
    if (shown_on_form(scheduled.error()))
      return schedule_page(request, services, scheduled.error());
    return error_response(scheduled.error(), request, services);
  }
  return Response::redirect(event_path(scheduled.value().event.id) + "?done=scheduled");
}

// ---------------------------------------------------------------------------------------------
// The event's page

std::string banner(const Request& request) {
  const std::string done = request.done_flag();
  if (done == "scheduled") return "The learning event is scheduled";
  if (done == "changed") return "The learning event is changed and everyone invited is told";
  if (done == "cancelled") return "The learning event is cancelled and everyone invited is told";
  if (done == "invited") return "The practitioner is invited";
  if (done == "attendance") return "Attendance is recorded";
  if (done == "notes") return "The notes are saved";
  return "";
}

Html invitations_table(const LearningEventView& view) {
  if (view.invitations.empty()) return paragraph("Nobody has been invited yet.");
  govuk::TableOptions table;
  table.caption = "Practitioners invited";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Name"},
                {.text = "Role"},
                {.text = "Agency"},
                {.text = "Answer"},
                {.text = "Attendance"}};
  for (const InvitationView& item : view.invitations) {
    table.rows.push_back({{.text = item.invitation.name},
                          {.text = item.invitation.role},
                          {.text = item.agency_name},
                          {.html = response_tag(item.invitation.response)},
                          {.text = attendance_text(item.invitation.attendance)}});
  }
  return govuk::table(table);
}

Html invite_form(const Request& request, const LearningEventView& view,
                 const std::vector<Agency>& agencies, const FormErrors& errors) {
  const bool sent = request.method == "POST" && !errors.empty();
  auto value = [&](const std::string& name) {
    return sent ? request.form_value(name).value_or("") : std::string();
  };
  govuk::SelectOptions agency{.name = "agency_id",
                              .value = value("agency_id"),
                              .label = {.text = "Agency", .classes = "govuk-label--s"},
                              .error_message = errors.for_field("agency_id")};
  agency.items.push_back({.value = "", .text = "Choose the agency"});
  for (const Agency& item : agencies)
    agency.items.push_back({.value = std::to_string(item.id), .text = item.name});
  return section_heading("Invite a practitioner") +
         paragraph(
             "They need no account: they get an email with a calendar invitation and a link "
             "to accept or decline.") +
         form_start(request, event_path(view.event.id) + "/invitations") +
         text_input(request, errors,
                    {.name = "name",
                     .value = value("name"),
                     .label = {.text = "Name", .classes = "govuk-label--s"},
                     .autocomplete = "off",
                     .spellcheck = false}) +
         text_input(request, errors,
                    {.name = "email",
                     .type = "email",
                     .value = value("email"),
                     .label = {.text = "Email address", .classes = "govuk-label--s"},
                     .autocomplete = "off",
                     .spellcheck = false}) +
         govuk::select(agency) +
         text_input(request, errors,
                    {.name = "role",
                     .value = value("role"),
                     .label = {.text = "Role", .classes = "govuk-label--s"},
                     .hint = govuk::HintOptions{.text = "For example, Health visitor"}}) +
         govuk::button({.text = "Send the invitation", .prevent_double_click = true}) + form_end();
}

// Rule LE-1: the register: one yes/no question per invitation.
Html register_form(const Request& request, const LearningEventView& view,
                   const FormErrors& errors) {
  if (view.invitations.empty()) return Html();
  Html rows;
  for (std::size_t row = 0; row < view.invitations.size(); ++row) {
    const LearningEventInvitation& invitation = view.invitations[row].invitation;
    const std::string prefix = "attendance[" + std::to_string(row) + "].";
    std::string checked;
    if (auto sent = request.form_value(prefix + "attended"))
      checked = *sent;
    else if (invitation.attendance == Attendance::attended)
      checked = "yes";
    else if (invitation.attendance == Attendance::absent)
      checked = "no";
    rows += hidden_input(prefix + "invitation_id", std::to_string(invitation.id)) +
            govuk::radios({.id_prefix = field_id(prefix + "attended"),
                           .name = prefix + "attended",
                           .items = {{.text = "Attended", .value = "yes"},
                                     {.text = "Did not attend", .value = "no"}},
                           .value = checked,
                           .fieldset =
                               govuk::InputsFieldsetOptions{
                                   .legend = {.text = invitation.name + ", " + invitation.role,
                                              .classes = "govuk-fieldset__legend--s"}},
                           .error_message = errors.for_field(prefix + "attended"),
                           .classes = "govuk-radios--inline govuk-radios--small"});
  }
  return section_heading("Register") +
         form_start(request, event_path(view.event.id) + "/attendance") + rows +
         govuk::button({.text = "Save the register", .prevent_double_click = true}) + form_end();
}

Response event_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id event_id = request.path_id("event_id");
  auto found = view_learning_event(services.app, request.caller(), event_id);
  if (!found) return error_response(found.error(), request, services);
  const LearningEventView& view = found.value();
  const LearningEvent& event = view.event;
  const FormErrors errors = FormErrors::of(error);
  std::vector<govuk::SummaryListRow> rows = {
      {.key = {.text = "When"}, .value = {.text = when_text(event)}},
      {.key = {.text = "Where"}, .value = {.text = learning_event_emails::event_where(event)}},
      {.key = {.text = "Status"}, .value = {.html = status_tag(event)}}};
  if (event.status == LearningEventStatus::cancelled)
    rows.push_back(
        {.key = {.text = "Reason for cancelling"}, .value = {.text = event.cancellation_reason}});
  Html content = errors.summary({.message_href = "#invitations"}) +
                 success_banner(banner(request)) + heading("Learning event", view.case_reference) +
                 govuk::summary_list({.rows = rows});
  const bool open = event.status == LearningEventStatus::scheduled;
  const Instant now = services.app.clock.now();
  const bool changeable = view.access == EventAccess::change && open;
  if (changeable && now < event.starts_at) {
    content += Html::trusted("<p class=\"govuk-body\">") +
               link(event_path(event_id) + "/change", "Change the event") +
               Html::trusted(" &nbsp; ") +
               link(event_path(event_id) + "/cancel", "Cancel the event") + Html::trusted("</p>");
  }
  content += section_heading("Practitioners invited", "invitations") + invitations_table(view);
  if (changeable && now < event.starts_at) {
    auto learning = case_learning(services.app, request.caller(), event.case_id);
    if (!learning) return error_response(learning.error(), request, services);
    content += invite_form(request, view, learning.value().agencies,
                           errors.only({"name", "email", "agency_id", "role"}));
  }
  if (changeable && now >= event.starts_at)
    content += register_form(request, view, errors.only({}, {"attendance["}));
  content += episode_notes_section(view, changeable && now >= event.starts_at);
  Page page;
  page.title = "Learning event";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = review_path(event.case_id)});
  page.content = two_thirds(content);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /learning-events/{event_id}
Response show_event(const Request& request, Services& services) {
  return event_page(request, services, std::nullopt);
}

Response after_event_change(const Request& request, Services& services, const Status& done,
                            const std::string& flag) {
  if (!done) {
    if (shown_on_form(done.error())) return event_page(request, services, done.error());
    return error_response(done.error(), request, services);
  }
  return Response::redirect(event_path(request.path_id("event_id")) + "?done=" + flag);
}

// POST /learning-events/{event_id}/invitations
Response submit_invitation(const Request& request, Services& services) {
  InvitationInput input{.name = request.form_value("name").value_or(""),
                        .email = request.form_value("email").value_or(""),
                        .agency_id = parse_id(request.form_value("agency_id").value_or("")),
                        .role = request.form_value("role").value_or("")};
  auto invited =
      invite_practitioner(services.app, request.caller(), request.path_id("event_id"), input);
  return after_event_change(request, services, invited ? ok_status() : Status(invited.error()),
                            "invited");
}

// POST /learning-events/{event_id}/attendance
Response submit_attendance(const Request& request, Services& services) {
  std::vector<LearningEventAttendance> marks;
  for (std::size_t row = 0;; ++row) {
    const std::string prefix = "attendance[" + std::to_string(row) + "].";
    auto id = request.form_value(prefix + "invitation_id");
    if (!id) break;
    marks.push_back({parse_id(*id), yes_no(request.form_value(prefix + "attended").value_or(""))});
  }
  auto recorded = record_learning_event_attendance(services.app, request.caller(),
                                                   request.path_id("event_id"), marks);
  return after_event_change(request, services, recorded ? ok_status() : Status(recorded.error()),
                            "attendance");
}

// ---------------------------------------------------------------------------------------------
// Changing and cancelling

Response change_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto found = view_learning_event(services.app, request.caller(), request.path_id("event_id"));
  if (!found) return error_response(found.error(), request, services);
  const LearningEventView& view = found.value();
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Change the learning event";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = event_path(view.event.id)});
  page.content = two_thirds(
      errors.summary({.date_fields = {"date"}}) +
      heading("Change the learning event", view.case_reference) +
      paragraph("Everyone invited is emailed the change with an updated calendar invitation.") +
      form_start(request, event_path(view.event.id) + "/change") +
      event_questions(request, errors, view) +
      govuk::button({.text = "Save the change", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_change(const Request& request, Services& services) {
  return change_page(request, services, std::nullopt);
}

// POST /learning-events/{event_id}/change
Response submit_change(const Request& request, Services& services) {
  auto changed = change_learning_event(services.app, request.caller(), request.path_id("event_id"),
                                       event_input_from(request));
  if (!changed) {
    if (shown_on_form(changed.error())) return change_page(request, services, changed.error());
    return error_response(changed.error(), request, services);
  }
  return Response::redirect(event_path(changed.value().event.id) + "?done=changed");
}

Response cancel_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto found = view_learning_event(services.app, request.caller(), request.path_id("event_id"));
  if (!found) return error_response(found.error(), request, services);
  const LearningEventView& view = found.value();
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Cancel the learning event";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = event_path(view.event.id)});
  page.content = two_thirds(
      errors.summary({.message_href = "#reason"}) +
      heading("Cancel the learning event", view.case_reference) +
      paragraph("The event on " + when_text(view.event) +
                " will be cancelled. Everyone invited is emailed the reason, and the event is "
                "taken out of their calendars.") +
      form_start(request, event_path(view.event.id) + "/cancel") +
      text_question("reason", "Reason for cancelling", request.form_value("reason").value_or(""),
                    limits::cancellation_reason, errors, "", 3) +
      govuk::button({.text = "Cancel the event",
                     .classes = "govuk-button--warning",
                     .prevent_double_click = true}) +
      form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_cancel(const Request& request, Services& services) {
  return cancel_page(request, services, std::nullopt);
}

// POST /learning-events/{event_id}/cancel
Response submit_cancel(const Request& request, Services& services) {
  auto cancelled =
      cancel_learning_event(services.app, request.caller(), request.path_id("event_id"),
                            request.form_value("reason").value_or(""));
  if (!cancelled) {
    if (shown_on_form(cancelled.error())) return cancel_page(request, services, cancelled.error());
    return error_response(cancelled.error(), request, services);
  }
  return Response::redirect(event_path(cancelled.value().event.id) + "?done=cancelled");
}

// ---------------------------------------------------------------------------------------------
// The family's involvement

Response family_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto learning = case_learning(services.app, request.caller(), case_id);
  if (!learning) return error_response(learning.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const bool sent = request.method == "POST" && error.has_value();
  Html form;
  if (learning.value().access == EventAccess::change) {
    govuk::RadiosOptions step{
        .name = "step",
        .value = sent ? request.form_value("step").value_or("") : "",
        .fieldset =
            govuk::InputsFieldsetOptions{
                .legend = {.text = "Step", .classes = "govuk-fieldset__legend--s"}},
        .error_message = errors.for_field("step")};
    for (FamilyStep kind : all_family_steps)
      step.items.push_back({.text = std::string(family_step_text(kind)),
                            .value = std::string(family_step_name(kind))});
    form = section_heading("Record a step") + form_start(request, family_path(case_id)) +
           govuk::radios(step) +
           date_question(
               {.name = "on", .legend = "Date", .value = sent ? date_from_form(request, "on") : ""},
               errors) +
           text_question("note", "Note", sent ? request.form_value("note").value_or("") : "",
                         family_note_limit, errors,
                         "What happened, in words the family would recognise.", 4) +
           govuk::button({.text = "Record the step", .prevent_double_click = true}) + form_end();
  }
  Page page;
  page.title = "The family's involvement";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = review_path(case_id)});
  page.content =
      two_thirds(errors.summary({.date_fields = {"on"}}) +
                 success_banner(request.done_flag() == "recorded" ? "The step is recorded" : "") +
                 heading("The family's involvement", learning.value().case_reference) +
                 paragraph("The family's own steps in the review, apart from the practitioners'.") +
                 family_table(learning.value().family_steps) + form);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/review/family-involvement
Response show_family(const Request& request, Services& services) {
  return family_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/review/family-involvement
Response submit_family_step(const Request& request, Services& services) {
  FamilyStepInput input{.step = request.form_value("step").value_or(""),
                        .on = date_from_form(request, "on"),
                        .note = request.form_value("note").value_or("")};
  const Id case_id = request.path_id("case_id");
  auto recorded = record_family_step(services.app, request.caller(), case_id, input);
  if (!recorded) {
    if (shown_on_form(recorded.error())) return family_page(request, services, recorded.error());
    return error_response(recorded.error(), request, services);
  }
  return Response::redirect(family_path(case_id) + "?done=recorded");
}

// ---------------------------------------------------------------------------------------------
// Rule LE-1: the invitation's single-use link, with no sign-in

std::string token_from(const Request& request) {
  if (auto from_form = request.form_value("token")) return *from_form;
  return request.query_value("token").value_or("");
}

// A forged link (404), a used one (409) or an expired one (410): a clear page, nothing changed.
Response link_refused(const Request& request, Services& services,
                      const Result<InvitationByLink>& found) {
  if (!found) {
    if (found.error().code != ErrorCode::not_found)
      return error_response(found.error(), request, services);
    return message_page(
        request, services, "This link is not recognised",
        paragraph("Check that you copied the whole link from the email. If it still "
                  "does not work, contact the reviewer who invited you."),
        404);
  }
  const InvitationByLink& invitation = found.value();
  switch (invitation.state) {
    case LinkState::open:
      break;
    case LinkState::answered:
      return message_page(
          request, services, "You have already answered",
          paragraph("You told us: " +
                    std::string(invitation.response == InvitationResponse::accepted
                                    ? "you will attend"
                                    : "you will not attend") +
                    ". The link works once. To change your answer, contact the reviewer who "
                    "invited you."),
          request.method == "POST" ? 409 : 200);
    case LinkState::expired:
      return message_page(request, services, "This link has expired",
                          paragraph(invitation.event.status == LearningEventStatus::cancelled
                                        ? "The learning event has been cancelled."
                                        : "The link worked until the learning event started.") +
                              paragraph("If you need to, contact the reviewer who invited you."),
                          410);
  }
  return Response::redirect(link_path);
}

Response answer_page(const Request& request, Services& services, const InvitationByLink& invitation,
                     const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Will you attend?";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Will you attend?", invitation.partnership_name) +
      paragraph("Dear " + invitation.name +
                ", you are invited to a practitioner learning event "
                "of a case review.") +
      govuk::summary_list(
          {.rows = {{.key = {.text = "When"}, .value = {.text = when_text(invitation.event)}},
                    {.key = {.text = "Where"},
                     .value = {.text = learning_event_emails::event_where(invitation.event)}}}}) +
      form_start(request, link_path) + hidden_input("token", token_from(request)) +
      govuk::radios(
          {.name = "answer",
           .items = {{.text = "Yes, I will attend", .value = "accept"},
                     {.text = "No, I cannot attend", .value = "decline"}},
           .value = request.form_value("answer").value_or(""),
           .fieldset =
               govuk::InputsFieldsetOptions{
                   .legend = {.text = "Your answer", .classes = "govuk-fieldset__legend--s"}},
           .error_message = errors.for_field("answer")}) +
      govuk::button({.text = "Send my answer", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /learning-event-invitation?token=…
Response show_answer(const Request& request, Services& services) {
  auto found = invitation_by_link(services.app, token_from(request));
  if (!found || found.value().state != LinkState::open)
    return link_refused(request, services, found);
  return answer_page(request, services, found.value(), std::nullopt);
}

// POST /learning-event-invitation {token, answer}
Response submit_answer(const Request& request, Services& services) {
  const std::string token = token_from(request);
  auto found = invitation_by_link(services.app, token);
  if (!found || found.value().state != LinkState::open)
    return link_refused(request, services, found);
  auto answered = answer_invitation(services.app, request.caller(), token,
                                    request.form_value("answer").value_or(""));
  if (!answered) {
    if (answered.error().code == ErrorCode::invalid_input)
      return answer_page(request, services, found.value(), answered.error());
    return link_refused(request, services, invitation_by_link(services.app, token));
  }
  const bool accepted = answered.value().response == InvitationResponse::accepted;
  Page page;
  page.title = accepted ? "Thank you: you will attend" : "Thank you: you will not attend";
  page.content = two_thirds(
      govuk::panel({.title_text = "Thank you"}) +
      paragraph(accepted ? "Your answer is sent: you will attend. The event is in the calendar "
                           "invitation we emailed you."
                         : "Your answer is sent: you will not attend. You can delete the calendar "
                           "invitation we emailed you.") +
      paragraph("When: " + when_text(answered.value().event)));
  return page_response(page, request, services);
}

}  // namespace

Html review_learning_section(const Request& request, Services& services, Id case_id) {
  auto learning = case_learning(services.app, request.caller(), case_id);
  if (!learning) return Html();
  const bool changes = learning.value().access == EventAccess::change;
  Html events =
      section_heading("Learning events", "learning-events") + events_table(learning.value());
  if (changes)
    events += govuk::button({.text = "Schedule a learning event",
                             .href = review_path(case_id) + "/learning-events/new",
                             .classes = "govuk-button--secondary"});
  Html family = section_heading("The family's involvement", "family-involvement") +
                family_table(learning.value().family_steps) +
                Html::trusted("<p class=\"govuk-body\">") +
                link(family_path(case_id), changes ? "Record a step of the family's involvement"
                                                   : "The family's involvement") +
                Html::trusted("</p>");
  return events + family;
}

void add_learning_event_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/review/learning-events/new",
             Permission::run_learning_events, show_schedule);
  router.add("POST", "/cases/{case_id:int}/review/learning-events", Permission::run_learning_events,
             submit_schedule);
  // The case's readers (committee too) see the event: the use case decides who.
  router.add("GET", "/learning-events/{event_id:int}", Permission::signed_in, show_event);
  router.add("GET", "/learning-events/{event_id:int}/change", Permission::run_learning_events,
             show_change);
  router.add("POST", "/learning-events/{event_id:int}/change", Permission::run_learning_events,
             submit_change);
  router.add("GET", "/learning-events/{event_id:int}/cancel", Permission::run_learning_events,
             show_cancel);
  router.add("POST", "/learning-events/{event_id:int}/cancel", Permission::run_learning_events,
             submit_cancel);
  router.add("POST", "/learning-events/{event_id:int}/invitations", Permission::run_learning_events,
             submit_invitation);
  router.add("POST", "/learning-events/{event_id:int}/attendance", Permission::run_learning_events,
             submit_attendance);
  router.add("GET", "/cases/{case_id:int}/review/family-involvement", Permission::signed_in,
             show_family);
  router.add("POST", "/cases/{case_id:int}/review/family-involvement",
             Permission::run_learning_events, submit_family_step);
  // Rule LE-1: the practitioner has no account: the link's token is the key.
  router.add("GET", link_path, Permission::public_access, show_answer);
  router.add("POST", link_path, Permission::public_access, submit_answer);
}

}  // namespace casereview::web
