#include "app/cases/rapid_reviews.hpp"

#include <algorithm>
#include <map>

#include "app/audit.hpp"
#include "app/cases/case_emails.hpp"
#include "app/cases/case_support.hpp"
#include "app/cases/signatories.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"
#include "domain/rapid_review_sections.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;
using namespace signatories;

void audit_case(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                const CaseRecord& record, const std::string& detail = "",
                const char* outcome = audit_outcome::success) {
  record_audit(transaction, caller, now,
               {action, audit_entity::case_record, std::to_string(record.id), outcome,
                record.reference + (detail.empty() ? "" : ": " + detail), record.partnership_id});
}

Result<RapidReviewRecord> checked_record(const RapidReviewRecordInput& input) {
  std::vector<FieldError> problems;
  // Each answer's limit is named for its question, so the error says which answer is too long.
  auto limit = [&problems](const std::string& text, const std::string& field,
                           std::string_view what) {
    if (text.size() > limits::rapid_review_answer)
      problems.push_back({field, too_long(what, limits::rapid_review_answer)});
  };
  RapidReviewRecord record;
  record.facts_established = input.facts_established;
  record.immediate_action = input.immediate_action;
  record.key_practice_episodes = input.key_practice_episodes;
  record.what_could_be_improved = input.what_could_be_improved;
  record.equality_considerations = input.equality_considerations;
  limit(input.facts_established, "facts_established", "Facts established");
  limit(input.immediate_action, "immediate_action", "Immediate action taken");
  limit(input.key_practice_episodes, "key_practice_episodes", "Key practice episodes");
  limit(input.what_could_be_improved, "what_could_be_improved", "What could be improved");
  limit(input.equality_considerations, "equality_considerations",
        "Race, other inequalities and disability");
  for (Criterion criterion : all_criteria) {
    const CriterionInput& given = input.criteria[static_cast<std::size_t>(criterion)];
    record.answer(criterion) = CriterionAnswer{given.met, given.rationale};
    limit(given.rationale, std::string(criterion_name(criterion)) + "_rationale", "The rationale");
  }
  if (!input.recommendation.empty()) {
    record.recommendation = review_outcome_from_name(input.recommendation);
    if (!record.recommendation)
      problems.push_back({"recommendation", "Select a recommendation from the list"});
  }
  record.recommendation_rationale = input.recommendation_rationale;
  limit(input.recommendation_rationale, "recommendation_rationale",
        "The rationale for the recommendation");
  if (!problems.empty()) return Error::invalid(problems);
  return record;
}

}  // namespace

Status allocate_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                             const AllocationInput& input) {
  TRY(require_permission(caller, Permission::run_rapid_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
    auto managers = users_with_role(transaction, partnership_id, Role::manager);
    auto lead = std::find_if(managers.begin(), managers.end(),
                             [&input](const User& user) { return user.id == input.lead_user_id; });
    if (lead == managers.end()) {
      return Error::invalid(
          {{"lead_user_id", "Select a partnership business manager to run the rapid review"}});
    }
    TRY(casereview::allocate_rapid_review(record, lead->id, uk_date(now)));
    TRY(save_case(transaction, record));
    add_event(transaction, caller, now, record, CaseEventKind::rapid_review_allocated, uk_date(now),
              "Allocated to " + lead->name);
    audit_case(transaction, caller, now, audit_action::allocate_rapid_review, record, lead->email);
    return ok_status();
  });
}

Result<std::vector<Agency>> add_case_agency(AppContext& context, const Caller& caller, Id case_id,
                                            const CaseAgencyInput& input) {
  TRY(require_permission(caller, Permission::run_rapid_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<std::vector<Agency>> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        auto agency = transaction.agencies().find(partnership_id, input.agency_id);
        if (!agency) {
          return Error::invalid({{"agency_id", "Select one of the partnership's agencies"}});
        }
        TRY(add_agency_to_case(record, agency->id));
        TRY(save_case(transaction, record));
        add_event(transaction, caller, now, record, CaseEventKind::agency_added, uk_date(now),
                  agency->name);
        audit_case(transaction, caller, now, audit_action::add_case_agency, record, agency->name);
        std::vector<Agency> agencies;
        for (Id agency_id : record.agency_ids) {
          if (auto each = transaction.agencies().find(partnership_id, agency_id))
            agencies.push_back(*each);
        }
        return agencies;
      });
}

Result<std::vector<AgencyRequestView>> request_agency_responses(AppContext& context,
                                                                const Caller& caller, Id case_id,
                                                                const AgencyRequestsInput& input) {
  TRY(require_permission(caller, Permission::run_rapid_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate requested_on = uk_date(now);
  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<AgencyRequestView>> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        TRY(check_rapid_review_running(record));
        const std::vector<Id> agency_ids =
            input.agency_ids.empty() ? record.agency_ids : input.agency_ids;
        for (Id agency_id : agency_ids) {
          if (std::find(record.agency_ids.begin(), record.agency_ids.end(), agency_id) ==
              record.agency_ids.end()) {
            return Error::invalid({{"agency_ids", "Select agencies involved in the case"}});
          }
        }
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        // Rule RR-2.
        const CivilDate due_on =
            TRY(agency_response_deadline(rules.calendar, rules.settings, requested_on));
        const std::string case_text = case_emails::case_words(record.reference, record.pseudonyms);
        for (Id agency_id : agency_ids) {
          AgencyRequest request;
          request.partnership_id = partnership_id;
          request.case_id = record.id;
          request.agency_id = agency_id;
          request.requested_on = requested_on;
          request.due_on = due_on;
          request.requested_by = caller.actor->user_id;
          auto added = transaction.agency_requests().add(request);
          if (!added) continue;  // asked already
          auto agency = transaction.agencies().find(partnership_id, agency_id);
          const std::string agency_name = agency ? agency->name : "";
          add_event(transaction, caller, now, record, CaseEventKind::agency_response_requested,
                    requested_on, agency_name + ", due " + day_month_year(due_on));
          for (const User& contributor :
               users_with_role(transaction, partnership_id, Role::contributor, agency_id)) {
            transaction.outbox().enqueue(
                case_emails::agency_request(context.settings, contributor.email, case_text,
                                            agency_name, due_on, added->id),
                now);
          }
          audit_case(transaction, caller, now, audit_action::request_agency_response, record,
                     agency_name);
        }
        return request_views(transaction, rules, record, requested_on);
      });
}

Result<std::vector<AgencyRequestView>> list_agency_requests(AppContext& context,
                                                            const Caller& caller, Id case_id) {
  TRY(require_any_permission(caller, {Permission::run_rapid_reviews, Permission::view_cases}));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::vector<AgencyRequestView>> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        return request_views(transaction, rules, record, today(context));
      });
}

Result<SavedRapidReview> save_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                                           const RapidReviewRecordInput& input) {
  TRY(require_permission(caller, Permission::run_rapid_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  RapidReviewRecord updated = TRY(checked_record(input));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<SavedRapidReview> {
        SavedRapidReview saved;
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        const bool unchanged = same_rapid_review_answers(record.rapid_review, updated);
        std::set<RapidReviewSection> completed = record.rapid_review_completed;
        if (input.completion) {
          auto section = rapid_review_section_from_name(input.completion->section);
          if (!section)
            return Error::invalid({{"section", "Select a section of the rapid review record"}});
          completed = TRY(mark_section(updated, completed, *section, input.completion->answer));
        }
        saved.sign_offs_cleared = TRY(save_rapid_review_record(record, updated));
        saved.completed = completed;
        // Saving the record as it stands changes nothing, so nothing goes on the timeline; a
        // section marked completed (or not) is the manager's own progress, kept but not told.
        if (unchanged) {
          saved.record = record.rapid_review;
          saved.gaps = rapid_review_record_gaps(record.rapid_review);
          if (completed != record.rapid_review_completed) {
            record.rapid_review_completed = completed;
            TRY(save_case(transaction, record));
            audit_case(transaction, caller, now, audit_action::update_rapid_review, record,
                       "sections marked completed");
          }
          return saved;
        }
        record.rapid_review_completed = completed;
        // Rule SIGN-1: signatories see when the text they sign last changed.
        record.rapid_review_changed_at = now;
        TRY(save_case(transaction, record));
        add_event(transaction, caller, now, record, CaseEventKind::rapid_review_record_saved,
                  std::nullopt,
                  record.rapid_review.recommendation
                      ? "Recommendation: " +
                            std::string(review_outcome_text(*record.rapid_review.recommendation))
                      : "");
        // Rule RR-3: partners signed the text before it changed.
        if (saved.sign_offs_cleared) {
          add_event(transaction, caller, now, record, CaseEventKind::sign_offs_cleared,
                    std::nullopt, "");
        }
        audit_case(transaction, caller, now, audit_action::update_rapid_review, record);
        saved.record = record.rapid_review;
        saved.gaps = rapid_review_record_gaps(record.rapid_review);
        return saved;
      });
}

namespace {

// The signatory's partner's sign-off of `record`, when given.
std::optional<SignOff> partner_sign_off(const CaseRecord& record, StatutoryPartner partner) {
  for (const SignOff& signature : record.sign_offs) {
    if (signature.partner == partner) return signature;
  }
  return std::nullopt;
}

}  // namespace

Status record_sign_off(AppContext& context, const Caller& caller, Id case_id,
                       const SignOffInput& input) {
  const Signatory signatory = TRY(signatory_of(caller));
  const std::string code = TRY(step_up_code(input.totp_code));
  const Instant now = context.clock.now();
  // A wrong code is refused after the commit (the transaction's value, not its error), so that
  // its audit entry is kept.
  return TRY(context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Status> {
        CaseRecord record =
            TRY(case_in_partnership(transaction, signatory.partnership_id, case_id));
        // Rule SIGN-1: the signatory signs the text they read; a change since needs reading again.
        const std::string changed_at =
            record.rapid_review_changed_at ? format_instant(*record.rapid_review_changed_at) : "";
        if (!input.record_changed_at.empty() && input.record_changed_at != changed_at) {
          return Error::of(ErrorCode::wrong_state,
                           "The rapid review record changed after you opened it: read it again "
                           "before you sign it off");
        }
        // Rule RR-3, Rule SIGN-1: as themselves, for their own partner, today.
        TRY(sign_off(record, SignOff{.partner = signatory.partner,
                                     .name = caller.actor->name,
                                     .signed_on = uk_date(now),
                                     .signed_by = caller.actor->user_id,
                                     .signed_at = now}));
        // Rule SIGN-1: step-up with the second factor, each code used once.
        if (!step_up_accepted(transaction, caller.actor->user_id, code, now)) {
          audit_case(transaction, caller, now, audit_action::sign_off_rapid_review, record,
                     std::string(statutory_partner_name(signatory.partner)) +
                         ": authenticator code not right",
                     audit_outcome::failure);
          return Status(wrong_step_up_code());
        }
        TRY(save_case(transaction, record));
        add_event(
            transaction, caller, now, record, CaseEventKind::signed_off, uk_date(now),
            std::string(statutory_partner_text(signatory.partner)) + ": " + caller.actor->name);
        audit_case(transaction, caller, now, audit_action::sign_off_rapid_review, record,
                   std::string(statutory_partner_name(signatory.partner)));
        return ok_status();
      }));
}

Result<SignOffView> view_for_sign_off(AppContext& context, const Caller& caller, Id case_id) {
  const Signatory signatory = TRY(signatory_of(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<SignOffView> {
        CaseRecord record =
            TRY(case_in_partnership(transaction, signatory.partnership_id, case_id));
        if (record.stage != CaseStage::rapid_review && record.sign_offs.empty())
          return Error::of(ErrorCode::not_found, "No such case");
        SignOffView view;
        view.gaps = rapid_review_record_gaps(record.rapid_review);
        view.partner = signatory.partner;
        view.signed_by_partner = partner_sign_off(record, signatory.partner);
        view.can_sign =
            record.stage == CaseStage::rapid_review && view.gaps.empty() && !view.signed_by_partner;
        audit_case(transaction, caller, now, audit_action::view, record);
        view.record = std::move(record);
        return view;
      });
}

Result<std::vector<SignOffRow>> rapid_reviews_to_sign(AppContext& context, const Caller& caller) {
  const Signatory signatory = TRY(signatory_of(caller));
  std::vector<SignOffRow> rows = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<SignOffRow>> {
        std::vector<SignOffRow> rows;
        for (const CaseRecord& record : transaction.cases().list(signatory.partnership_id)) {
          if (record.stage != CaseStage::rapid_review) continue;
          rows.push_back({.case_id = record.id,
                          .reference = record.reference,
                          .pseudonyms = record.pseudonyms,
                          .due_on = record.rapid_review_due,
                          .complete = rapid_review_record_gaps(record.rapid_review).empty(),
                          .signed_by_partner = partner_sign_off(record, signatory.partner)});
        }
        return rows;
      }));
  std::stable_sort(rows.begin(), rows.end(), [](const SignOffRow& a, const SignOffRow& b) {
    return a.due_on.value_or(no_date()) < b.due_on.value_or(no_date());
  });
  return rows;
}

Status submit_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                           const SubmissionInput& input) {
  TRY(require_permission(caller, Permission::run_rapid_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate submitted_on =
      TRY(past_date("submitted_on", input.submitted_on, today(context), "The date submitted"));
  if (input.reason_for_missing_responses.size() > limits::decision_reason) {
    return Error::invalid(
        {{"reason_for_missing_responses", too_long("The reason", limits::decision_reason)}});
  }
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
    // Rule RR-4.
    TRY(submit_to_panel(record, submitted_on));
    std::vector<std::string> not_responded;
    for (const Agency& agency : agencies_not_responded(transaction, record))
      not_responded.push_back(agency.name);
    TRY(check_missing_responses(not_responded, input.reason_for_missing_responses));
    TRY(save_case(transaction, record));
    const std::string without =
        not_responded.empty() ? ""
                              : ". Without a response from " + listed_in_words(not_responded) +
                                    ", because: " + trimmed(input.reason_for_missing_responses);
    add_event(transaction, caller, now, record, CaseEventKind::submitted_to_panel, submitted_on,
              "Stage: " + std::string(case_stage_text(record.stage)) + without);
    audit_case(transaction, caller, now, audit_action::submit_rapid_review, record,
               without.empty() ? "" : without.substr(2));
    return ok_status();
  });
}

}  // namespace casereview
