// Factual accuracy of the report (Rule RPT-1): see report_accuracy.hpp. Each use case checks its
// caller, validates its input, then works in one transaction with its audit entry.
#include "app/reviews/report_accuracy.hpp"

#include <algorithm>
#include <set>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_emails.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/paging.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using review_support::add_name;
using review_support::agency_name;
using review_support::CaseUse;
using review_support::CaseWithReview;
using review_support::reachable_report;

Error no_such_version() { return Error::of(ErrorCode::not_found, "No such version of the report"); }

// The case's version `number`, without its text.
Result<ReportVersion> version_of_case(Transaction& transaction, Id partnership_id, Id case_id,
                                      int number) {
  auto version = transaction.report().find(partnership_id, case_id, number);
  if (!version) return no_such_version();
  version->text.clear();
  return *version;
}

void add_comment_names(Transaction& transaction, const std::vector<ReportComment>& comments,
                       std::map<Id, std::string>& names) {
  for (const ReportComment& comment : comments) {
    add_name(transaction, names, comment.author_id);
    if (comment.replied_by) add_name(transaction, names, *comment.replied_by);
  }
}

// The contributor's agency and partnership.
struct ContributorAgency {
  Id partnership_id = 0;
  Id agency_id = 0;
};

Result<ContributorAgency> contributor_agency(const Caller& caller) {
  TRY(require_permission(caller, Permission::check_report_accuracy));
  const Id partnership_id = TRY(caller_partnership(caller));
  if (!caller.actor->agency_id)
    return Error::of(ErrorCode::forbidden, "Your account is not in an agency");
  return ContributorAgency{partnership_id, *caller.actor->agency_id};
}

// The case's version and the agency's part in its circulation, for a contributor. not_found for
// a case of another partnership or no such version; `not_circulated` when it did not go to the
// agency.
struct CirculatedVersion {
  CaseRecord record;
  ReportVersion version;
  ReportCirculation circulation;
};

Result<CirculatedVersion> circulated_version(Transaction& transaction,
                                             const ContributorAgency& agency, Id case_id,
                                             int number, ErrorCode not_circulated) {
  CaseRecord record =
      TRY(case_support::case_in_partnership(transaction, agency.partnership_id, case_id));
  auto version = transaction.report().find(agency.partnership_id, case_id, number);
  if (!version) return no_such_version();
  auto circulation = transaction.report_accuracy().circulation(agency.partnership_id, version->id,
                                                               agency.agency_id);
  if (!circulation) {
    if (not_circulated == ErrorCode::not_found) return no_such_version();
    return Error::of(not_circulated,
                     "This version of the report was not sent to your agency for comment");
  }
  return CirculatedVersion{std::move(record), std::move(*version), *circulation};
}

// Rule RPT-1: an agency comments until it sends its response.
Status still_open(const ReportCirculation& circulation) {
  if (circulation.answered_at)
    return Error::of(ErrorCode::wrong_state,
                     "Your agency has sent its response to this version: it takes no more "
                     "comments");
  return ok_status();
}

void audit_accuracy(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                    const char* entity, Id entity_id, Id partnership_id,
                    const std::string& detail) {
  record_audit(
      transaction, caller, now,
      {action, entity, std::to_string(entity_id), audit_outcome::success, detail, partnership_id});
}

}  // namespace

std::string AccuracyOverview::agency_name(Id agency_id) const {
  for (const auto& [id, name] : in_scope)
    if (id == agency_id) return name;
  return "";
}

// Rule RPT-1: to agencies in the review's scope, with a due date; their contributors are told.
Result<std::vector<ReportCirculation>> circulate_report_version(AppContext& context,
                                                                const Caller& caller, Id case_id,
                                                                int number,
                                                                const CirculationInput& input) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  std::vector<FieldError> problems;
  if (input.agency_ids.empty())
    problems.push_back({"agency_ids", "Select the agencies to send the version to"});
  Result<CivilDate> due_on = parse_iso_date("due_on", trimmed(input.due_on));
  if (!due_on)
    problems.push_back({"due_on", trimmed(input.due_on).empty()
                                      ? "Enter the date comments are due by"
                                      : "Enter the date comments are due by as a real date"});
  else if (due_on.value() < today)
    problems.push_back({"due_on", "The date comments are due by must be today or in the future"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  const std::set<Id> agencies(input.agency_ids.begin(), input.agency_ids.end());

  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<ReportCirculation>> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::write));
        const ReportVersion version =
            TRY(version_of_case(transaction, partnership_id, case_id, number));
        for (Id agency_id : agencies)
          if (std::find(found.review.agency_ids.begin(), found.review.agency_ids.end(),
                        agency_id) == found.review.agency_ids.end())
            return Error::invalid({{"agency_ids", "Select agencies in the review's scope"}});
        const std::string case_text =
            case_emails::case_words(found.record.reference, found.record.pseudonyms);
        std::vector<ReportCirculation> circulated;
        for (Id agency_id : agencies) {
          ReportCirculation circulation{.version_id = version.id,
                                        .agency_id = agency_id,
                                        .partnership_id = partnership_id,
                                        .due_on = due_on.value(),
                                        .circulated_by = caller.actor->user_id,
                                        .circulated_at = now};
          const std::string name = agency_name(transaction, partnership_id, agency_id);
          // The whole transaction is undone, so no agency is sent it when one cannot be.
          if (!transaction.report_accuracy().circulate(circulation))
            return Error::of(ErrorCode::wrong_state, name + " has sent its response to version " +
                                                         std::to_string(number) +
                                                         " already: it cannot be sent again");
          for (const User& contributor : case_support::users_with_role(
                   transaction, partnership_id, Role::contributor, agency_id))
            transaction.outbox().enqueue(
                case_emails::report_for_accuracy(context.settings, contributor.email, case_text,
                                                 name, number, due_on.value(), case_id),
                now);
          circulated.push_back(
              *transaction.report_accuracy().circulation(partnership_id, version.id, agency_id));
        }
        audit_accuracy(transaction, caller, now, audit_action::circulate,
                       audit_entity::report_version, version.id, partnership_id,
                       found.record.reference + " version " + std::to_string(number) + " to " +
                           std::to_string(circulated.size()) + " agencies, due " +
                           due_on.value().to_iso_string());
        return circulated;
      });
}

Result<AccuracyOverview> report_accuracy_overview(AppContext& context, const Caller& caller,
                                                  Id case_id, int number, int page) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AccuracyOverview> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        AccuracyOverview overview;
        overview.case_id = case_id;
        overview.case_reference = found.record.reference;
        overview.version = TRY(version_of_case(transaction, partnership_id, case_id, number));
        overview.can_write = permits(caller.actor, false, Permission::write_report);
        for (Id agency_id : found.review.agency_ids)
          overview.in_scope.emplace_back(agency_id,
                                         agency_name(transaction, partnership_id, agency_id));
        for (const ReportCirculation& circulation :
             transaction.report_accuracy().circulations(partnership_id, overview.version.id))
          overview.agencies.push_back(
              {circulation, agency_name(transaction, partnership_id, circulation.agency_id),
               circulation_overdue(circulation, today)});
        auto& accuracy = transaction.report_accuracy();
        overview.total = accuracy.count_comments(partnership_id, overview.version.id, std::nullopt);
        const PageWindow window = page_window(page, overview.total, report_comments_per_page);
        overview.page = window.page;
        overview.page_count = window.page_count;
        overview.comments = accuracy.comments(partnership_id, overview.version.id, std::nullopt,
                                              report_comments_per_page, window.offset);
        add_comment_names(transaction, overview.comments, overview.names);
        return overview;
      });
}

namespace {

// The comment with its version, when the caller reaches the version's case for `use`.
struct CommentInCase {
  ReportComment comment;
  ReportVersion version;
  CaseWithReview found;
};

Result<CommentInCase> comment_in_case(Transaction& transaction, const Caller& caller,
                                      Id partnership_id, Id comment_id, CaseUse use) {
  auto comment = transaction.report_accuracy().find_comment(partnership_id, comment_id);
  auto version =
      comment ? transaction.report().find_by_id(partnership_id, comment->version_id) : std::nullopt;
  if (!version) return Error::of(ErrorCode::not_found, "No such comment");
  CaseWithReview found =
      TRY(reachable_report(transaction, caller, partnership_id, version->case_id, use));
  return CommentInCase{std::move(*comment), std::move(*version), std::move(found)};
}

}  // namespace

Result<CommentToAnswer> report_comment_to_answer(AppContext& context, const Caller& caller,
                                                 Id comment_id) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<CommentToAnswer> {
        CommentInCase in_case =
            TRY(comment_in_case(transaction, caller, partnership_id, comment_id, CaseUse::write));
        CommentToAnswer answer{
            .case_id = in_case.version.case_id,
            .case_reference = in_case.found.record.reference,
            .version_number = in_case.version.number,
            .agency_name = agency_name(transaction, partnership_id, in_case.comment.agency_id),
            .comment = std::move(in_case.comment)};
        add_comment_names(transaction, {answer.comment}, answer.names);
        return answer;
      });
}

// Rule RPT-1: each comment gets one reply, accepted or not accepted and why.
Result<ReportComment> reply_to_report_comment(AppContext& context, const Caller& caller,
                                              Id comment_id, const std::string& decision,
                                              const std::string& text) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CommentReply reply = TRY(comment_reply_from_text(decision, text));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReportComment> {
        const CommentInCase in_case =
            TRY(comment_in_case(transaction, caller, partnership_id, comment_id, CaseUse::write));
        if (!transaction.report_accuracy().reply(partnership_id, comment_id, reply.decision,
                                                 reply.text, caller.actor->user_id, now))
          return Error::of(ErrorCode::wrong_state, "The comment has been replied to already");
        audit_accuracy(transaction, caller, now, audit_action::reply, audit_entity::report_comment,
                       comment_id, partnership_id,
                       in_case.found.record.reference + " version " +
                           std::to_string(in_case.version.number) + ": " +
                           std::string(comment_decision_name(reply.decision)));
        return *transaction.report_accuracy().find_comment(partnership_id, comment_id);
      });
}

Result<AccuracyRequests> report_accuracy_requests(AppContext& context, const Caller& caller,
                                                  int page) {
  const ContributorAgency agency = TRY(contributor_agency(caller));
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AccuracyRequests> {
        AccuracyRequests requests;
        requests.agency_name = agency_name(transaction, agency.partnership_id, agency.agency_id);
        auto& accuracy = transaction.report_accuracy();
        requests.total =
            accuracy.count_circulated_to_agency(agency.partnership_id, agency.agency_id);
        const PageWindow window = page_window(page, requests.total, report_comments_per_page);
        requests.page = window.page;
        requests.page_count = window.page_count;
        for (const ReportCirculation& circulation :
             accuracy.circulated_to_agency(agency.partnership_id, agency.agency_id,
                                           report_comments_per_page, window.offset)) {
          auto record = transaction.cases().find(agency.partnership_id, circulation.case_id);
          requests.requests.push_back({circulation, record ? record->reference : "",
                                       circulation_overdue(circulation, today)});
        }
        return requests;
      });
}

Result<AccuracyCheck> report_accuracy_check(AppContext& context, const Caller& caller, Id case_id,
                                            int number, int page) {
  const ContributorAgency agency = TRY(contributor_agency(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AccuracyCheck> {
        CirculatedVersion found =
            TRY(circulated_version(transaction, agency, case_id, number, ErrorCode::not_found));
        AccuracyCheck check;
        check.case_id = case_id;
        check.case_reference = found.record.reference;
        check.pseudonyms = found.record.pseudonyms;
        check.agency_name = agency_name(transaction, agency.partnership_id, agency.agency_id);
        check.version = std::move(found.version);
        check.circulation = found.circulation;
        check.can_comment = !found.circulation.answered_at;
        auto& accuracy = transaction.report_accuracy();
        check.total =
            accuracy.count_comments(agency.partnership_id, check.version.id, agency.agency_id);
        const PageWindow window = page_window(page, check.total, report_comments_per_page);
        check.page = window.page;
        check.page_count = window.page_count;
        check.comments =
            accuracy.comments(agency.partnership_id, check.version.id, agency.agency_id,
                              report_comments_per_page, window.offset);
        add_comment_names(transaction, check.comments, check.names);
        return check;
      });
}

// Rule RPT-1: a comment names what is wrong, and may give the section and the text it quotes.
Result<ReportComment> add_report_comment(AppContext& context, const Caller& caller, Id case_id,
                                         int number, const ReportCommentText& text) {
  const ContributorAgency agency = TRY(contributor_agency(caller));
  ReportComment comment = TRY(report_comment_from_text(text));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReportComment> {
        const CirculatedVersion found =
            TRY(circulated_version(transaction, agency, case_id, number, ErrorCode::wrong_state));
        TRY(still_open(found.circulation));
        comment.partnership_id = agency.partnership_id;
        comment.version_id = found.version.id;
        comment.agency_id = agency.agency_id;
        comment.author_id = caller.actor->user_id;
        comment.created_at = now;
        comment.id = transaction.report_accuracy().add_comment(comment);
        audit_accuracy(transaction, caller, now, audit_action::create, audit_entity::report_comment,
                       comment.id, agency.partnership_id,
                       found.record.reference + " version " + std::to_string(number));
        return comment;
      });
}

Status send_accuracy_response(AppContext& context, const Caller& caller, Id case_id, int number) {
  const ContributorAgency agency = TRY(contributor_agency(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const CirculatedVersion found =
        TRY(circulated_version(transaction, agency, case_id, number, ErrorCode::wrong_state));
    TRY(still_open(found.circulation));
    // Of two contributors sending at once, the second finds it sent.
    if (!transaction.report_accuracy().answer(agency.partnership_id, found.version.id,
                                              agency.agency_id, caller.actor->user_id, now))
      return Error::of(ErrorCode::wrong_state, "Your agency's response has been sent already");
    audit_accuracy(transaction, caller, now, audit_action::send_response,
                   audit_entity::report_version, found.version.id, agency.partnership_id,
                   found.record.reference + " version " + std::to_string(number) + ", " +
                       std::to_string(found.circulation.comments) + " comments");
    return ok_status();
  });
}

}  // namespace casereview
