// Factual accuracy of the report (Rule RPT-1): see report_accuracy.hpp.
#include "domain/report_accuracy.hpp"

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view comment_decision_name(CommentDecision decision) {
  return decision == CommentDecision::accepted ? "accepted" : "not_accepted";
}

std::optional<CommentDecision> comment_decision_from_name(std::string_view name) {
  return enum_from_name(all_comment_decisions, comment_decision_name, name);
}

std::string_view comment_decision_text(CommentDecision decision) {
  return decision == CommentDecision::accepted ? "Accepted" : "Not accepted";
}

bool circulation_overdue(const ReportCirculation& circulation, CivilDate today) {
  return !circulation.answered_at && circulation.due_on < today;
}

Result<ReportComment> report_comment_from_text(const ReportCommentText& text) {
  std::vector<FieldError> problems;
  const std::string section = trimmed(text.section);
  if (section.size() > limits::report_comment_section)
    problems.push_back({"section", too_long("The section", limits::report_comment_section)});
  const std::string quote = trimmed(text.quote);
  if (quote.size() > limits::report_comment_quote)
    problems.push_back({"quote", too_long("The quoted text", limits::report_comment_quote)});
  check_required_text("text", text.text, "your comment", "Your comment",
                      limits::report_comment_text, problems);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  ReportComment comment;
  comment.section = section;
  comment.quote = quote;
  comment.text = trimmed(text.text);
  return comment;
}

// Rule RPT-1: accepted or not accepted, and why.
Result<CommentReply> comment_reply_from_text(std::string_view decision, std::string_view text) {
  std::vector<FieldError> problems;
  const std::optional<CommentDecision> chosen = comment_decision_from_name(trimmed(decision));
  if (!chosen)
    problems.push_back({"decision", "Select whether the comment is accepted or not accepted"});
  const std::string why = trimmed(text);
  if (why.size() > limits::report_comment_reply)
    problems.push_back({"text", too_long("The reply", limits::report_comment_reply)});
  else if (why.empty() && chosen == CommentDecision::not_accepted)
    problems.push_back({"text", enter("why the comment is not accepted")});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return CommentReply{*chosen, why};
}

}  // namespace casereview
