#include "app/cases/agency_responses.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;

struct AgencyCaller {
  Id partnership_id = 0;
  Id agency_id = 0;
};

Result<AgencyCaller> agency_caller(const Caller& caller) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  return AgencyCaller{partnership_id, *caller.actor->agency_id};
}

// The request, when it is the caller's agency's; not_found otherwise (CASE-ACCESS).
Result<AgencyRequest> own_request(Transaction& transaction, const AgencyCaller& who,
                                  Id request_id) {
  auto request = transaction.agency_requests().find(who.partnership_id, request_id);
  if (!request || request->agency_id != who.agency_id)
    return Error::of(ErrorCode::not_found, "No such request");
  return *request;
}

AgencyRequestSummary summary_of(const AgencyRequest& request, const CaseRecord& record,
                                const CaseRules& rules, CivilDate today) {
  AgencyRequestSummary summary;
  summary.id = request.id;
  summary.reference = record.reference;
  summary.pseudonyms = record.pseudonyms;
  summary.requested_on = request.requested_on;
  std::optional<CivilDate> done_on;
  if (request.state == AgencyResponseState::submitted && request.submitted_at)
    done_on = uk_date(*request.submitted_at);
  summary.deadline = deadline_view(rules.calendar, DeadlineKind::agency_response, "",
                                   request.due_on, done_on, today);
  summary.state = request.state;
  return summary;
}

Status save_response(AppContext& context, const Caller& caller, Id request_id,
                     const AgencyResponseInput& input, AgencyResponseState state) {
  const AgencyCaller who = TRY(agency_caller(caller));
  if (input.summary.size() > limits::agency_summary) {
    return Error::invalid({{"summary", too_long("The summary", limits::agency_summary)}});
  }
  if (state == AgencyResponseState::submitted && !filled(input.summary)) {
    return Error::invalid({{"summary", enter("a summary of your agency's involvement")}});
  }
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    AgencyRequest request = TRY(own_request(transaction, who, request_id));
    if (request.state == AgencyResponseState::submitted) {
      return Error::of(ErrorCode::wrong_state, "This response has already been submitted");
    }
    CaseRecord record = TRY(case_in_partnership(transaction, who.partnership_id, request.case_id));
    TRY(check_rapid_review_running(record));
    const bool submitting = state == AgencyResponseState::submitted;
    if (!transaction.agency_requests().save_response(
            who.partnership_id, request_id, input.summary, state, now,
            submitting ? std::optional(caller.actor->user_id) : std::nullopt)) {
      return Error::of(ErrorCode::wrong_state, "This response has already been submitted");
    }
    auto agency = transaction.agencies().find(who.partnership_id, who.agency_id);
    // Drafts are the agency's own: only the submission goes on the case's timeline.
    if (submitting) {
      add_event(transaction, caller, now, record, CaseEventKind::agency_response_submitted,
                uk_date(now), agency ? agency->name : "");
    }
    record_audit(transaction, caller, now,
                 {submitting ? audit_action::submit : audit_action::save_draft,
                  audit_entity::agency_response, std::to_string(request_id), audit_outcome::success,
                  record.reference, who.partnership_id});
    return ok_status();
  });
}

}  // namespace

Result<std::vector<AgencyRequestSummary>> list_my_agency_requests(AppContext& context,
                                                                  const Caller& caller) {
  const AgencyCaller who = TRY(agency_caller(caller));
  std::vector<AgencyRequestSummary> summaries = TRY(context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::vector<AgencyRequestSummary>> {
        std::vector<AgencyRequestSummary> summaries;
        CaseRules rules = TRY(case_rules(transaction, who.partnership_id));
        for (const AgencyRequest& request :
             transaction.agency_requests().list_for_agency(who.partnership_id, who.agency_id)) {
          auto record = transaction.cases().find(who.partnership_id, request.case_id);
          if (!record) continue;
          summaries.push_back(summary_of(request, *record, rules, today(context)));
        }
        return summaries;
      }));
  std::stable_sort(summaries.begin(), summaries.end(),
                   [](const AgencyRequestSummary& a, const AgencyRequestSummary& b) {
                     return a.deadline.due_on < b.deadline.due_on;
                   });
  return summaries;
}

Result<AgencyRequestDetail> view_agency_request(AppContext& context, const Caller& caller,
                                                Id request_id, NameDisplay names) {
  const AgencyCaller who = TRY(agency_caller(caller));
  const Instant now = context.clock.now();
  const TransactionMode mode =
      names == NameDisplay::shown ? TransactionMode::write : TransactionMode::read;
  return context.storage.transact(
      mode, [&](Transaction& transaction) -> Result<AgencyRequestDetail> {
        AgencyRequest request = TRY(own_request(transaction, who, request_id));
        CaseRecord record =
            TRY(case_in_partnership(transaction, who.partnership_id, request.case_id));
        CaseRules rules = TRY(case_rules(transaction, who.partnership_id));
        AgencyRequestDetail found;
        found.request = summary_of(request, record, rules, today(context));
        found.case_id = record.id;
        if (auto agency = transaction.agencies().find(who.partnership_id, who.agency_id))
          found.agency_name = agency->name;
        found.incident = record.facts.incident;
        found.incident_on = record.facts.incident_on;
        found.outline = record.facts.outline;
        found.summary = request.summary;
        found.saved_at = request.saved_at;
        found.submitted_at = request.submitted_at;
        found.can_edit = request.state != AgencyResponseState::submitted &&
                         record.stage == CaseStage::rapid_review;
        // Rule NTK-1: the asked agency searches its own records for the children, so its
        // contributors see who they are on this request while it is open, and each view is audited.
        if (names == NameDisplay::shown && found.can_edit) {
          const security::FieldCipher* data_cipher = TRY(cipher(context));
          for (const SealedChild& sealed :
               transaction.cases().children(who.partnership_id, record.id)) {
            const ChildIdentity child = TRY(open_child(*data_cipher, sealed));
            found.children.push_back({.pseudonym = sealed.pseudonym,
                                      .given_name = child.given_name,
                                      .family_name = child.family_name,
                                      .date_of_birth = child.date_of_birth,
                                      .home_local_authority = child.home_local_authority});
          }
          record_audit(
              transaction, caller, now,
              {audit_action::view_names, audit_entity::agency_response, std::to_string(request_id),
               audit_outcome::success, record.reference, who.partnership_id});
        }
        return found;
      });
}

Status save_agency_response_draft(AppContext& context, const Caller& caller, Id request_id,
                                  const AgencyResponseInput& input) {
  return save_response(context, caller, request_id, input, AgencyResponseState::draft);
}

Status submit_agency_response(AppContext& context, const Caller& caller, Id request_id,
                              const AgencyResponseInput& input) {
  return save_response(context, caller, request_id, input, AgencyResponseState::submitted);
}

}  // namespace casereview
