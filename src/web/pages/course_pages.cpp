// Courses: the list of published courses ("Training", public), a course's page (public: what it
// covers, the well-being note, the reading to do first, the body written in Markdown and rendered
// safely, and the upcoming sessions with a way to book), and, for the partnership's trainers and
// business managers, writing a course as a draft, editing it and publishing or withdrawing it. A
// trainer sees a draft's page as learners will once it is published: that is the preview. The use
// cases of app/training/courses.hpp check every permission again.
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "domain/policy.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/notification_banner.hpp"
#include "web/components/radios.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/course_action_pages.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

std::string course_path(Id course_id) { return "/courses/" + std::to_string(course_id); }

Html draft_tag(CourseStatus status) {
  switch (status) {
    case CourseStatus::draft:
      return govuk::tag({.text = "Draft", .classes = "govuk-tag--grey"});
    case CourseStatus::published:
      return Html();
  }
  return Html();
}

// ---------------------------------------------------------------------------------------------
// The list

// GET /courses
Response show_courses(const Request& request, Services& services) {
  auto courses = list_courses(services.app, request.caller());
  if (!courses) return error_response(courses.error(), request, services);
  const bool manager = request.actor && permits(request.actor, false, Permission::manage_training);

  Html list;
  for (const CourseSummary& course : courses.value()) {
    std::string sessions = course.upcoming_sessions == 0 ? "No sessions booked yet"
                           : course.upcoming_sessions == 1
                               ? "1 upcoming session"
                               : std::to_string(course.upcoming_sessions) + " upcoming sessions";
    list += Html::trusted("<li class=\"cr-course\"><h2 class=\"govuk-heading-m\">") +
            link(course_path(course.id), course.title) + Html::trusted(" ") +
            draft_tag(course.status) + Html::trusted("</h2>") + paragraph(course.summary) +
            Html::trusted("<p class=\"govuk-body-s\">") +
            escape(course.partnership_name + " · " + sessions) + Html::trusted("</p></li>");
  }

  Html content =
      heading("Training") +
      paragraph(
          "Training for people who work with children and families, about what case reviews have "
          "found. Read a course's page first, then book a place for yourself on one of its "
          "sessions.");
  if (manager) content += govuk::button({.text = "Create a course", .href = "/courses/new"});
  if (courses.value().empty()) {
    content += paragraph("There are no courses at the moment.");
  } else {
    content +=
        Html::trusted("<ul class=\"govuk-list cr-course-list\">") + list + Html::trusted("</ul>");
  }
  Page page;
  page.title = "Training";
  page.content = two_thirds(content);
  return page_response(page, request, services);
}

// ---------------------------------------------------------------------------------------------
// A course's page

// The last cell of a session's row: what the reader can do about a place.
Html place_action(const Request& request, const SessionView& session) {
  const std::string on_date = " on " + weekday_day_month_year(session.date);
  if (session.your_booking) {
    return link("/bookings/" + std::to_string(session.your_booking->id),
                std::string(session.your_booking->state == BookingState::waiting
                                ? "You are on the waiting list"
                                : "You have a place"));
  }
  if (const auto& held = session.your_place_on_course) {  // Rule TRN-4: one place per course
    return link("/bookings/" + std::to_string(held->id),
                std::string(held->state == BookingState::waiting
                                ? "You are on the waiting list for another session"
                                : "You have a place on another session"));
  }
  if (!session.booking_open) return escape("Booking has closed");
  if (!request.actor) return Html();
  if (session.closed_to_you) return escape("Only for people who work in the partnership’s area");
  const bool full = session.places_left == 0;
  const std::string path = "/training-sessions/" + std::to_string(session.id) + "/book";
  return Html::trusted("<a class=\"govuk-button govuk-!-margin-bottom-0") +
         Html::trusted(full ? " govuk-button--secondary" : "") +
         Html::trusted("\" role=\"button\" href=\"") + escape(path) + Html::trusted("\">") +
         escape(full ? "Join the waiting list" : "Book a place") +
         Html::trusted("<span class=\"govuk-visually-hidden\">") + escape(on_date) +
         Html::trusted("</span></a>");
}

Html sessions_table(const Request& request, const std::vector<SessionView>& sessions,
                    bool manager) {
  govuk::TableOptions table;
  table.caption = "Upcoming sessions";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Date"},
                {.text = "Time"},
                {.text = "Where"},
                {.text = "Places"},
                {.text = "Booking closes"},
                {.html = Html::trusted("<span class=\"govuk-visually-hidden\">Book</span>")}};
  for (const SessionView& session : sessions) {
    if (session.status == SessionStatus::cancelled && !manager) continue;
    Html date = escape(weekday_day_month_year(session.date));
    if (manager)
      date = link("/training-sessions/" + std::to_string(session.id),
                  weekday_day_month_year(session.date));
    table.rows.push_back({
        {.html = date},
        {.text = session_time_text(session)},
        {.text = session_where_text(session)},
        {.html = places_html(session)},
        {.text = day_month_year(session.booking_closes_on)},
        {.html = place_action(request, session)},
    });
  }
  if (table.rows.empty())
    return section("Upcoming sessions",
                   paragraph("There are no sessions booked at the moment. Check again later."));
  return govuk::table(table);
}

Html booking_advice(const Request& request, const std::string& here) {
  if (request.actor) {
    return govuk::inset_text({.text = "Book a place for yourself only. Places cannot be booked for "
                                      "other people — they will not be "
                                      "recorded as attending and will not receive a certificate."});
  }
  return Html::trusted("<p class=\"govuk-body\">") +
         link("/sign-in?return-to=" + query_encode(here), "Sign in to book a place") +
         Html::trusted(". If you do not have an account, ") +
         link("/register", "create an account") +
         Html::trusted(" first: each person books their own place.</p>");
}

Html manager_actions(const Request& request, const CourseView& view) {
  const Id id = view.course.id;
  const bool draft = view.course.status == CourseStatus::draft;
  return Html::trusted("<div class=\"govuk-button-group\">") +
         govuk::button({.text = "Edit course",
                        .href = course_path(id) + "/edit",
                        .classes = "govuk-button--secondary"}) +
         govuk::button({.text = "Add a session",
                        .href = course_path(id) + "/sessions/new",
                        .classes = "govuk-button--secondary"}) +
         Html::trusted("</div>") + form_start(request, course_path(id) + "/status") +
         Html::trusted("<input type=\"hidden\" name=\"status\" value=\"") +
         escape(draft ? "published" : "draft") + Html::trusted("\">") +
         govuk::button({.text = draft ? "Publish course" : "Withdraw course (back to draft)",
                        .classes = draft ? "" : "govuk-button--warning",
                        .prevent_double_click = true}) +
         form_end();
}

std::string course_banner(const Request& request) {
  const std::string done = request.query_value("done").value_or("");
  if (done == "created") return "Course saved as a draft";
  if (done == "saved") return "Course saved";
  if (done == "published") return "Course published";
  if (done == "withdrawn") return "Course withdrawn: it is a draft again";
  if (done == "session-created") return "Session added";
  return "";
}

// GET /courses/{course_id}
Response show_course(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  auto found = view_course(services.app, request.caller(), course_id);
  if (!found) return error_response(found.error(), request, services);
  auto sessions = list_sessions(services.app, request.caller(), course_id);
  if (!sessions) return error_response(sessions.error(), request, services);
  const CourseView& view = found.value();
  const Course& course = view.course;

  Html content;
  if (const std::string banner = course_banner(request); !banner.empty()) {
    content += govuk::notification_banner({.text = banner, .type = "success"});
  }
  if (course.status == CourseStatus::draft) {
    content += govuk::notification_banner(
        {.text = "This course is a draft. Only trainers and business managers can see it."});
  }
  content += heading(course.title, view.partnership_name);
  content +=
      Html::trusted("<p class=\"govuk-body-l\">") + escape(course.summary) + Html::trusted("</p>");
  if (view.can_manage) content += manager_actions(request, view);
  // Issue 13: the actions it answers, for its trainers and the partnership's committee.
  const bool oversees = permits(request.actor, false, Permission::oversee_actions) &&
                        request.actor->partnership_id == course.partnership_id;
  if (view.can_manage || oversees)
    content += paragraph_link(course_actions_path(course.id),
                              "The reviews and actions this course answers");
  if (!course.audience.empty()) content += section("Who it is for", paragraph(course.audience));
  content += section("What you will learn",
                     render_markdown(course.learning_objectives, {.heading_offset = 2}));
  if (!course.wellbeing_note.empty()) {
    content += Html::trusted("<h2 class=\"govuk-heading-m\">Looking after yourself</h2>") +
               govuk::inset_text({.text = course.wellbeing_note, .id = "wellbeing-note"});
  }
  content +=
      section("Before you attend", render_markdown(course.pre_reading, {.heading_offset = 2}));
  content += Html::trusted("<div class=\"cr-course-body\">") +
             render_markdown(course.body_markdown, {.heading_offset = 1}) + Html::trusted("</div>");
  if (!course.linked_review_ids.empty()) {
    Html reviews = Html::trusted("<ul class=\"govuk-list govuk-list--bullet\">");
    for (Id review_id : course.linked_review_ids) {
      reviews += Html::trusted("<li>") + escape("Review " + std::to_string(review_id)) +
                 Html::trusted("</li>");
    }
    content += section("The reviews it draws on", reviews + Html::trusted("</ul>"));
  }

  Page page;
  page.title = course.title;
  page.before_content = govuk::back_link({.text = "All courses", .href = "/courses"});
  page.content =
      two_thirds(content) + full_width(sessions_table(request, sessions.value(), view.can_manage) +
                                       booking_advice(request, request.target()));
  return page_response(page, request, services);
}

// ---------------------------------------------------------------------------------------------
// Writing a course

CourseInput course_input_from(const Request& request) {
  CourseInput input;
  input.title = request.form_value("title").value_or("");
  input.summary = request.form_value("summary").value_or("");
  input.audience = request.form_value("audience").value_or("");
  input.learning_objectives = request.form_value("learning_objectives").value_or("");
  input.wellbeing_note = request.form_value("wellbeing_note").value_or("");
  input.pre_reading = request.form_value("pre_reading").value_or("");
  input.body = request.form_value("body").value_or("");
  input.evaluation = request.form_value("evaluation").value_or("") == "required"
                         ? EvaluationRequirement::required_before_certificate
                         : EvaluationRequirement::optional;
  return input;
}

Html text_area(const FormErrors& errors, const std::string& name, const std::string& value,
               const std::string& label, const std::string& hint, int rows) {
  return govuk::textarea(
      {.name = name,
       .rows = rows,
       .value = value,
       .label = {.text = label, .classes = "govuk-label--s"},
       .hint = hint.empty() ? std::nullopt : std::optional(govuk::HintOptions{.text = hint}),
       .error_message = errors.for_field(name)});
}

// The course form, filled from `course` (editing) or from what was sent (after an error).
Response course_form(const Request& request, Services& services, const std::string& title,
                     const std::string& action, const std::string& back, const CourseInput& values,
                     const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  const std::string markdown_hint =
      "You can use Markdown: # for a heading, * for a list item, [text](address) for a link.";
  Page page;
  page.title = title;
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = back});
  page.content = two_thirds(
      errors.summary() + heading(title) + form_start(request, action) +
      text_input(request, errors,
                 {.name = "title",
                  .value = values.title,
                  .label = {.text = "Title", .classes = "govuk-label--s"}}) +
      text_area(errors, "summary", values.summary, "Summary",
                "One or two sentences, shown in the list of courses.", 3) +
      text_area(errors, "audience", values.audience, "Who it is for", "", 3) +
      text_area(errors, "learning_objectives", values.learning_objectives, "What people will learn",
                "One objective per line, each starting with * . " + markdown_hint, 6) +
      text_area(errors, "wellbeing_note", values.wellbeing_note, "Well-being note",
                "What support there is for people who find the subject distressing.", 4) +
      text_area(errors, "pre_reading", values.pre_reading, "Reading to do before attending",
                markdown_hint, 4) +
      text_area(errors, "body", values.body, "Course page", markdown_hint, 16) +
      govuk::radios(
          {.name = "evaluation",
           .items = {{.text = "No, the certificate does not wait for the evaluation",
                      .value = "optional"},
                     {.text =
                          "Yes, people must complete the evaluation before they get a certificate",
                      .value = "required"}},
           .value = values.evaluation == EvaluationRequirement::required_before_certificate
                        ? "required"
                        : "optional",
           .fieldset =
               govuk::InputsFieldsetOptions{
                   .legend = {.text = "Is the evaluation required before the certificate?",
                              .classes = "govuk-fieldset__legend--s"}},
           .error_message = errors.for_field("evaluation")}) +
      govuk::button({.text = "Save course", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /courses/new
Response show_new_course(const Request& request, Services& services) {
  return course_form(request, services, "Create a course", "/courses/new", "/courses",
                     CourseInput{}, std::nullopt);
}

// POST /courses/new
Response submit_new_course(const Request& request, Services& services) {
  const CourseInput input = course_input_from(request);
  auto created = create_course(services.app, request.caller(), input);
  if (!created) {
    if (shown_on_form(created.error())) {
      return course_form(request, services, "Create a course", "/courses/new", "/courses", input,
                         created.error());
    }
    return error_response(created.error(), request, services);
  }
  return Response::redirect(course_path(created.value().id) + "?done=created");
}

CourseInput input_of(const Course& course) {
  return CourseInput{.title = course.title,
                     .summary = course.summary,
                     .audience = course.audience,
                     .learning_objectives = course.learning_objectives,
                     .wellbeing_note = course.wellbeing_note,
                     .pre_reading = course.pre_reading,
                     .body = course.body_markdown,
                     .evaluation = course.evaluation,
                     .linked_review_ids = course.linked_review_ids};
}

// GET /courses/{course_id}/edit
Response show_edit_course(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  auto found = view_course(services.app, request.caller(), course_id);
  if (!found) return error_response(found.error(), request, services);
  if (!found.value().can_manage) {
    return error_response(Error::of(ErrorCode::forbidden, "You cannot edit this course"), request,
                          services);
  }
  return course_form(request, services, "Edit course", course_path(course_id) + "/edit",
                     course_path(course_id), input_of(found.value().course), std::nullopt);
}

// POST /courses/{course_id}/edit
Response submit_edit_course(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  CourseInput input = course_input_from(request);
  auto found = view_course(services.app, request.caller(), course_id);
  if (!found) return error_response(found.error(), request, services);
  input.linked_review_ids =
      found.value().course.linked_review_ids;  // not on the form yet: kept as they are
  auto edited = edit_course(services.app, request.caller(), course_id, input);
  if (!edited) {
    if (shown_on_form(edited.error())) {
      return course_form(request, services, "Edit course", course_path(course_id) + "/edit",
                         course_path(course_id), input, edited.error());
    }
    return error_response(edited.error(), request, services);
  }
  return Response::redirect(course_path(course_id) + "?done=saved");
}

// POST /courses/{course_id}/status
Response submit_course_status(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  auto status = course_status_from_name(request.form_value("status").value_or(""));
  if (!status)
    return error_response(Error::invalid({{"status", "Select published or draft"}}), request,
                          services);
  auto changed = set_course_status(services.app, request.caller(), course_id, *status);
  if (!changed) return error_response(changed.error(), request, services);
  return Response::redirect(course_path(course_id) + (*status == CourseStatus::published
                                                          ? "?done=published"
                                                          : "?done=withdrawn"));
}

}  // namespace

void add_course_routes(Router& router) {
  router.add("GET", "/courses", Permission::public_access, show_courses);
  router.add("GET", "/courses/new", Permission::manage_training, show_new_course);
  router.add("POST", "/courses/new", Permission::manage_training, submit_new_course);
  router.add("GET", "/courses/{course_id:int}", Permission::public_access, show_course);
  router.add("GET", "/courses/{course_id:int}/edit", Permission::manage_training, show_edit_course);
  router.add("POST", "/courses/{course_id:int}/edit", Permission::manage_training,
             submit_edit_course);
  router.add("POST", "/courses/{course_id:int}/status", Permission::manage_training,
             submit_course_status);
}

}  // namespace casereview::web::training
