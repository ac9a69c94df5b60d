// Factual accuracy of the review's report (issue 12, Rule RPT-1): the reviewer circulates a
// version to agencies in the review's scope with a due date (their contributors are emailed);
// each agency's contributors read it, comment (section, quoted text, what is wrong) and send the
// agency's response, with or without comments; the reviewer replies to every comment, accepted or
// not accepted and why; the committee sees which agencies have not answered.
//
// Who may do what (checked here, on every call):
//   circulate, reply                   Permission::write_report: a reviewer appointed to the case
//   see the circulation, every comment Permission::view_report: that reviewer, the partnership's
//                                      managers and committee members
//   read the version, comment, send    Permission::check_report_accuracy: a contributor of an
//   the agency's response              agency the version went to; they see their own agency's
//                                      comments only (Rule NTK-2)
// A case of another partnership, one with no review, one a reviewer is not appointed to, or a
// version the case does not have is not_found. A contributor whose agency the version did not go
// to gets not_found when reading and wrong_state (409) when commenting, as the API promises.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/report_accuracy.hpp"
#include "domain/report_version.hpp"

namespace casereview {

struct CirculationInput {
  std::vector<Id> agency_ids;
  std::string due_on;  // "2026-05-01": today or later
};

// Rule RPT-1: circulates version `number` to the agencies by the due date and emails their
// contributors. An agency it went to already gets the new due date. invalid_input on "agency_ids"
// (none, or not in the review's scope) and "due_on" (not a date, or before today); wrong_state
// when an agency named has sent its response to this version already (nothing is changed).
Result<std::vector<ReportCirculation>> circulate_report_version(AppContext& context,
                                                                const Caller& caller, Id case_id,
                                                                int number,
                                                                const CirculationInput& input);

inline constexpr int report_comments_per_page = 20;

// One agency's part, as the reviewer and committee see it.
struct CirculationRow {
  ReportCirculation circulation;
  std::string agency_name;
  bool overdue = false;  // not answered and past its due date today
};

// A version's factual-accuracy round for the reviewer and the committee.
struct AccuracyOverview {
  Id case_id = 0;
  std::string case_reference;
  ReportVersion version;  // without its text
  std::vector<CirculationRow> agencies;
  std::vector<std::pair<Id, std::string>> in_scope;  // agencies in the review's scope: id, name
  std::vector<ReportComment> comments;               // page `page`, in the order made
  std::map<Id, std::string> names;                   // of the comments' authors and repliers
  int page = 1;
  int page_count = 1;
  int total = 0;
  bool can_write = false;  // the caller is an appointed reviewer (circulates, replies)
  std::string agency_name(Id agency_id) const;
};

// Access as view_report (see above). A page beyond the last gives the last.
Result<AccuracyOverview> report_accuracy_overview(AppContext& context, const Caller& caller,
                                                  Id case_id, int number, int page = 1);

// One comment as the reviewer reads it to reply.
struct CommentToAnswer {
  Id case_id = 0;
  std::string case_reference;
  int version_number = 0;
  std::string agency_name;
  ReportComment comment;
  std::map<Id, std::string> names;  // of its author and replier
};

// Access as reply_to_report_comment (write_report, an appointed reviewer); not_found otherwise.
Result<CommentToAnswer> report_comment_to_answer(AppContext& context, const Caller& caller,
                                                 Id comment_id);

// Rule RPT-1: the reviewer's reply to a comment. invalid_input as comment_reply_from_text;
// not_found for a comment of a case the caller does not reach; wrong_state when it has a reply.
Result<ReportComment> reply_to_report_comment(AppContext& context, const Caller& caller,
                                              Id comment_id, const std::string& decision,
                                              const std::string& text);

// A version circulated to the contributor's agency, as their list shows it.
struct AccuracyRequest {
  ReportCirculation circulation;
  std::string case_reference;
  bool overdue = false;
};

struct AccuracyRequests {
  std::string agency_name;
  std::vector<AccuracyRequest> requests;  // newest circulation first
  int page = 1;
  int page_count = 1;
  int total = 0;
};

// The versions circulated to the caller's agency. forbidden without check_report_accuracy or an
// agency.
Result<AccuracyRequests> report_accuracy_requests(AppContext& context, const Caller& caller,
                                                  int page = 1);

// What a contributor reads and comments on: the version with its text and their agency's part.
struct AccuracyCheck {
  Id case_id = 0;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::string agency_name;
  ReportVersion version;
  ReportCirculation circulation;
  std::vector<ReportComment> comments;  // the agency's own, page `page`
  std::map<Id, std::string> names;      // of the comments' authors and repliers
  int page = 1;
  int page_count = 1;
  int total = 0;
  bool can_comment = false;  // the agency has not sent its response yet
};

// not_found unless the version went to the caller's agency (and as above).
Result<AccuracyCheck> report_accuracy_check(AppContext& context, const Caller& caller, Id case_id,
                                            int number, int page = 1);

// Rule RPT-1: the contributor's comment for their agency. invalid_input as
// report_comment_from_text; wrong_state when the version did not go to the agency or it has sent
// its response; not_found as above.
Result<ReportComment> add_report_comment(AppContext& context, const Caller& caller, Id case_id,
                                         int number, const ReportCommentText& text);

// Rule RPT-1: the agency's response is sent: its comments are complete (there may be none).
// wrong_state when the version did not go to the agency or the response was sent already.
Status send_accuracy_response(AppContext& context, const Caller& caller, Id case_id, int number);

}  // namespace casereview
