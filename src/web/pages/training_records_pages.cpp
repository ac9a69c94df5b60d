// What a session and its bookings leave behind, for the partnership's trainers and business
// managers (issue 18, "Trainers"): the feedback people gave on the day — how useful they found it
// and what they said, never who said it (app/training/attendance.hpp: the form is anonymous to its
// readers) — and each booking's history, every state it passed through with who moved it and
// when. The holder of a booking may read its history too.
#include <algorithm>
#include <array>
#include <cstdio>

#include "app/training/attendance.hpp"
#include "app/training/bookings.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

constexpr std::array<const char*, 5> usefulness_words = {
    "Not useful", "Not very useful", "Somewhat useful", "Useful", "Very useful"};

// "4.2 out of 5".
std::string average_text(const std::vector<Evaluation>& evaluations) {
  double total = 0;
  for (const Evaluation& evaluation : evaluations) total += evaluation.usefulness;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f out of 5",
                total / static_cast<double>(evaluations.size()));
  return text;
}

// The answers to one question as a list, in alphabetical order (the order they came in would tell
// a trainer who watched the room who wrote which), blanks left out.
Html answers_list(const std::string& title, std::vector<std::string> answers) {
  std::erase_if(answers, [](const std::string& answer) {
    return answer.find_first_not_of(" \t\r\n") == std::string::npos;
  });
  Html section =
      Html::trusted("<h2 class=\"govuk-heading-m\">") + escape(title) + Html::trusted("</h2>");
  if (answers.empty()) return section + paragraph("Nobody answered this question.");
  std::sort(answers.begin(), answers.end());
  Html items;
  for (const std::string& answer : answers)
    items += Html::trusted("<li>") + escape(answer) + Html::trusted("</li>");
  return section + Html::trusted("<ul class=\"govuk-list govuk-list--bullet\">") + items +
         Html::trusted("</ul>");
}

// GET /training-sessions/{session_id}/evaluations
Response show_evaluations(const Request& request, Services& services) {
  const Id session_id = request.path_id("session_id");
  auto session = view_session(services.app, request.caller(), session_id);
  if (!session) return error_response(session.error(), request, services);
  auto found = session_evaluations(services.app, request.caller(), session_id);
  if (!found) return error_response(found.error(), request, services);
  const std::vector<Evaluation>& evaluations = found.value();
  const std::string path = "/training-sessions/" + std::to_string(session_id);

  Html content =
      heading("Feedback on the session",
              session.value().course_title + " – " + weekday_day_month_year(session.value().date));
  if (evaluations.empty()) {
    content += paragraph(
        "Nobody has given feedback on this session yet. People are asked for it "
        "once the register shows they attended.");
  } else {
    content += paragraph(std::to_string(evaluations.size()) +
                         (evaluations.size() == 1 ? " person" : " people") +
                         " gave feedback. Their answers are shown without their names.");
    std::array<int, 5> counts{};
    for (const Evaluation& evaluation : evaluations) {
      if (evaluation.usefulness >= 1 && evaluation.usefulness <= 5)
        ++counts[evaluation.usefulness - 1];
    }
    std::vector<std::vector<govuk::TableCell>> rows;
    for (int score = 5; score >= 1; --score)
      rows.push_back({{.text = usefulness_words[score - 1]},
                      {.text = std::to_string(counts[score - 1]), .format = "numeric"}});
    content += govuk::summary_list({.rows = {{.key = {.text = "Average usefulness"},
                                              .value = {.text = average_text(evaluations)}}}});
    content +=
        govuk::table({.rows = rows,
                      .head = {{.text = "How useful"}, {.text = "People", .format = "numeric"}},
                      .caption = "How useful people found the session",
                      .caption_classes = "govuk-table__caption--m",
                      .first_cell_is_header = true});
    std::vector<std::string> differently;
    std::vector<std::string> comments;
    for (const Evaluation& evaluation : evaluations) {
      differently.push_back(evaluation.what_will_you_do_differently);
      comments.push_back(evaluation.other_comments);
    }
    content += answers_list("What they will do differently", differently) +
               answers_list("Other comments", comments);
  }
  Page page;
  page.title = "Feedback – " + session.value().course_title;
  page.before_content = govuk::back_link({.href = path});
  page.content = two_thirds(content);
  return page_response(page, request, services);
}

// GET /bookings/{booking_id}/history
Response show_history(const Request& request, Services& services) {
  const Id booking_id = request.path_id("booking_id");
  auto found = booking_history(services.app, request.caller(), booking_id);
  if (!found) return error_response(found.error(), request, services);
  std::vector<std::vector<govuk::TableCell>> rows;
  for (const BookingHistoryEntry& entry : found.value()) {
    rows.push_back({{.text = uk_time_text(entry.at)},
                    {.html = state_tag(entry.state)},
                    {.text = entry.by_user_id ? entry.by_name : "The service"},
                    {.text = entry.note}});
  }
  Page page;
  page.title = "Booking history";
  // The register links here with ?from= its own path; the booking's holder comes from My training.
  page.before_content = govuk::back_link(
      {.href = safe_return_path(request.query_value("from").value_or("/my-training"))});
  page.content =
      heading("Booking history") +
      govuk::table({.rows = rows,
                    .head = {{.text = "When"}, {.text = "State"}, {.text = "By"}, {.text = "Note"}},
                    .caption = "Every state the booking passed through, oldest first",
                    .caption_classes = "govuk-visually-hidden"});
  return page_response(page, request, services);
}

}  // namespace

void add_records_routes(Router& router) {
  router.add("GET", "/training-sessions/{session_id:int}/evaluations", Permission::manage_training,
             show_evaluations);
  router.add("GET", "/bookings/{booking_id:int}/history", Permission::signed_in, show_history);
}

}  // namespace casereview::web::training
