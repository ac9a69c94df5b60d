// Factual accuracy of the review's report (issue 12, Rule RPT-1): a version is circulated to
// chosen agencies with a due date; their contributors comment on it (the section, the text they
// quote, what is wrong); one of them sends the agency's response, after which the agency comments
// no more on that version; the reviewer replies to each comment, accepted or not accepted and why.
//
// Rules (cited again where implemented and in the tests that prove them):
//   RPT-1  A version can be circulated to agencies for factual-accuracy comments with a due date;
//          each comment gets a reply (accepted / not accepted, why).
//
// Example:
//   Result<ReportComment> comment = report_comment_from_text({.section = "Findings", .text = …});
//   Result<CommentReply> reply = comment_reply_from_text("not_accepted", "The record shows …");
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/case_model.hpp"  // no_date
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

// Rule RPT-1: the reviewer's answer to a comment.
enum class CommentDecision { accepted, not_accepted };
inline constexpr std::array<CommentDecision, 2> all_comment_decisions = {
    CommentDecision::accepted, CommentDecision::not_accepted};
// "accepted", "not_accepted" (stored, forms, API)
std::string_view comment_decision_name(CommentDecision decision);
std::optional<CommentDecision> comment_decision_from_name(std::string_view name);
// "Accepted", "Not accepted"
std::string_view comment_decision_text(CommentDecision decision);

// The most characters of a comment's and a reply's fields.
namespace limits {
inline constexpr std::size_t report_comment_section = 200;
inline constexpr std::size_t report_comment_quote = 2000;
inline constexpr std::size_t report_comment_text = 5000;
inline constexpr std::size_t report_comment_reply = 5000;
}  // namespace limits

// One agency's part in a version's circulation.
struct ReportCirculation {
  Id case_id = 0;          // the version's (read with the circulation)
  int version_number = 0;  // the version's (read with the circulation)
  Id version_id = 0;
  Id agency_id = 0;
  Id partnership_id = 0;
  CivilDate due_on = no_date();
  Id circulated_by = 0;
  Instant circulated_at{};
  std::optional<Id> answered_by;  // the contributor who sent the agency's response
  std::optional<Instant> answered_at;
  int comments = 0;  // the agency's comments on the version (filled by the repository's lists)
};

// Not answered and past its due date on `today`.
bool circulation_overdue(const ReportCirculation& circulation, CivilDate today);

// A contributor's comment and the reviewer's reply to it.
struct ReportComment {
  Id id = 0;
  Id partnership_id = 0;
  Id version_id = 0;
  Id agency_id = 0;
  Id author_id = 0;
  std::string section;  // may be empty
  std::string quote;    // may be empty
  std::string text;
  Instant created_at{};
  std::optional<CommentDecision> decision;  // none until the reviewer replies
  std::string reply;
  std::optional<Id> replied_by;
  std::optional<Instant> replied_at;
};

// A comment as a contributor gives it.
struct ReportCommentText {
  std::string section;
  std::string quote;
  std::string text;
};

// The comment the text describes, trimmed. invalid_input naming every bad field: "text" (blank or
// too long), "section" and "quote" (too long). Ids, people and times are left for the caller.
Result<ReportComment> report_comment_from_text(const ReportCommentText& text);

struct CommentReply {
  CommentDecision decision = CommentDecision::accepted;
  std::string text;  // why; may be empty for an accepted comment
};

// Rule RPT-1: a reply names its decision, and says why when the comment is not accepted.
// invalid_input on "decision" (not accepted or not_accepted) and "text" (blank when not accepted,
// or too long).
Result<CommentReply> comment_reply_from_text(std::string_view decision, std::string_view text);

}  // namespace casereview
