// The words of field errors, and the limits they state, from one place. Validation happens in the
// use cases (app/) and in the domain's own checks; every message of the two commonest shapes is
// built here, in the GOV.UK Design System's wording, so that the pattern is written once and each
// limit once — the check and its message use the same constant, and so does the page that counts
// characters as they are typed (web/components/character_count).
//
// Example:
//   if (input.outline.empty()) problems.push_back({"outline", enter("an outline of the case")});
//   else if (input.outline.size() > limits::case_outline)
//     problems.push_back({"outline", too_long("The outline", limits::case_outline)});
//
// Pure functions; safe from any thread. Other limits with a home of their own stay there
// (training_course.hpp's course_*_limit, training_booking.hpp's evaluation_text_limit,
// app/security/password_rules.hpp's password_*_characters); their messages still come from here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"  // FieldError

namespace casereview {

// The most characters a person may give, field by field.
namespace limits {
// A name or short label: a person's or partnership's name, an organisation, a job role, a theme,
// a child's names, ethnicity and home local authority, the name of whoever signs off.
inline constexpr std::size_t name = 200;
inline constexpr std::size_t api_token_name = 100;
// A notification's outline of the case, and the reason for the Panel's decision.
inline constexpr std::size_t case_outline = 5000;
inline constexpr std::size_t decision_reason = 5000;
// Why a notification was sent, or the partners told, after the deadline (Rule SIN-3).
inline constexpr std::size_t late_reason = 5000;
// An agency's summary of its involvement, and each answer of the rapid review record.
inline constexpr std::size_t agency_summary = 20000;
inline constexpr std::size_t rapid_review_answer = 20000;
// Why a training session is cancelled (sent to everyone booked), where it is held, and its
// joining link.
inline constexpr std::size_t cancellation_reason = 1000;
inline constexpr std::size_t venue = 500;
inline constexpr std::size_t joining_link = 500;
// A review's proportionality rationale, its terms of reference (Markdown), a pause's reason, a
// monitoring check's note (Rule REV-3) and the reason for an exception to independence
// (Rule REV-4).
inline constexpr std::size_t review_rationale = 5000;
inline constexpr std::size_t terms_of_reference = 20000;
inline constexpr std::size_t pause_reason = 1000;
inline constexpr std::size_t monitoring_note = 5000;
inline constexpr std::size_t exception_reason = 5000;
}  // namespace limits

// "Enter " + `what`: enter("your email address") → "Enter your email address".
std::string enter(std::string_view what);

// `what` + " must be N characters or fewer", the number written as the GOV.UK style guide writes
// numbers over 999, with commas: too_long("The outline", 5000) →
// "The outline must be 5,000 characters or fewer".
std::string too_long(std::string_view what, std::size_t limit);

// Text a person must give: blank → {field, enter(missing)}; longer than `limit` once trimmed →
// {field, too_long(named, limit)}. Appends what is wrong to `problems`.
//   check_required_text("title", text.title, "the title", "The title", 200, problems);
void check_required_text(const std::string& field, std::string_view text, std::string_view missing,
                         std::string_view named, std::size_t limit,
                         std::vector<FieldError>& problems);

// A whole number with a comma between each group of three digits: 20000 → "20,000", 999 → "999".
std::string with_commas(std::size_t number);

}  // namespace casereview
