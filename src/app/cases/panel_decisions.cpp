#include "app/cases/panel_decisions.hpp"

#include "app/audit.hpp"
#include "app/cases/case_emails.hpp"
#include "app/cases/case_support.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"
#include "domain/policy.hpp"

namespace casereview {

namespace {

using namespace case_support;

// A panel user (national); anyone else here is a partnership's manager.
bool for_the_panel(const Caller& caller) {
  return caller.actor->has_role(Role::panel) && !caller.actor->partnership_id.has_value();
}

// The case as the caller may decide on it: any partnership's rapid review submitted to the Panel
// for a panel user; their own partnership's case for a manager. not_found otherwise.
Result<CaseRecord> case_to_decide(Transaction& transaction, const Caller& caller, Id case_id) {
  if (!for_the_panel(caller)) {
    const Id partnership_id = TRY(caller_partnership(caller));
    return case_in_partnership(transaction, partnership_id, case_id);
  }
  auto record = transaction.cases().find_in_any_partnership(case_id);
  if (!record) return Error::of(ErrorCode::not_found, "No such case");
  CaseAccess access{
      record->partnership_id, record->agency_ids, {}, record->submitted_on.has_value()};
  if (case_visibility(*caller.actor, access) == CaseVisibility::none) {
    return Error::of(ErrorCode::not_found, "No such case");
  }
  return *record;
}

struct CheckedDecision {
  PanelView view = PanelView::agrees;
  ReviewOutcome outcome = ReviewOutcome::no_review;
  CivilDate decided_on = no_date();
};

Result<CheckedDecision> check_decision(const PanelDecisionInput& input, CivilDate today) {
  std::vector<FieldError> problems;
  CheckedDecision checked;
  if (auto view = panel_view_from_name(input.panel_view))
    checked.view = *view;
  else
    problems.push_back({"panel_view", "Select whether the Panel agrees with the recommendation"});
  auto outcome = review_outcome_from_name(input.outcome);
  if (outcome)
    checked.outcome = *outcome;
  else
    problems.push_back({"outcome", "Select the decided outcome"});
  if (!filled(input.reason))
    problems.push_back({"reason", enter("the reason for the decision")});
  else if (input.reason.size() > limits::decision_reason)
    problems.push_back({"reason", too_long("The reason", limits::decision_reason)});
  auto decided_on = past_date("decided_on", input.decided_on, today, "The date of the decision");
  if (decided_on)
    checked.decided_on = decided_on.value();
  else
    problems.push_back(decided_on.error().fields.front());
  // Rule DEC-1: a national review belongs to one theme, chosen or created.
  if (outcome == ReviewOutcome::national_review) {
    const bool new_theme = filled(input.new_theme);
    if (!input.theme_id && !new_theme) {
      problems.push_back({"theme", "Choose a national review theme or enter a new one"});
    } else if (input.theme_id && new_theme) {
      problems.push_back({"theme", "Choose a national review theme or enter a new one, not both"});
    } else if (input.new_theme.size() > limits::name) {
      problems.push_back({"theme", too_long("The theme", limits::name)});
    }
  }
  if (!problems.empty()) return Error::invalid(problems);
  return checked;
}

}  // namespace

Result<std::vector<PanelQueueRow>> panel_queue(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::decide_for_panel));
  std::vector<PanelQueueRow> rows = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<PanelQueueRow>> {
        std::vector<PanelQueueRow> rows;
        std::vector<CaseRecord> waiting;
        if (for_the_panel(caller)) {
          waiting = transaction.cases().list_at_stage_in_all_partnerships(
              CaseStage::awaiting_panel_decision);
        } else {
          const Id partnership_id = TRY(caller_partnership(caller));
          for (CaseRecord& record : transaction.cases().list(partnership_id)) {
            if (record.stage == CaseStage::awaiting_panel_decision)
              waiting.push_back(std::move(record));
          }
        }
        for (const CaseRecord& record : waiting) {
          PanelQueueRow row;
          row.case_id = record.id;
          if (auto partnership = transaction.partnerships().find(record.partnership_id))
            row.partnership_name = partnership->name;
          row.reference = record.reference;
          row.pseudonyms = record.pseudonyms;
          row.incident = record.facts.incident;
          row.submitted_on = record.submitted_on.value_or(record.notify_by);
          row.recommendation =
              record.rapid_review.recommendation.value_or(ReviewOutcome::no_review);
          rows.push_back(row);
        }
        return rows;
      }));
  std::stable_sort(rows.begin(), rows.end(), [](const PanelQueueRow& a, const PanelQueueRow& b) {
    return a.submitted_on < b.submitted_on;
  });
  return rows;
}

Result<PanelDecisionOutcome> record_panel_decision(AppContext& context, const Caller& caller,
                                                   Id case_id, const PanelDecisionInput& input) {
  TRY(require_permission(caller, Permission::decide_for_panel));
  const CheckedDecision checked = TRY(check_decision(input, today(context)));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<PanelDecisionOutcome> {
        PanelDecisionOutcome result;
        CaseRecord record = TRY(case_to_decide(transaction, caller, case_id));
        PanelDecision decision;
        decision.view = checked.view;
        decision.outcome = checked.outcome;
        decision.reason = input.reason;
        decision.decided_on = checked.decided_on;
        decision.recorded_by = caller.actor->user_id;
        decision.recorded_on_behalf = !for_the_panel(caller);
        if (checked.outcome == ReviewOutcome::national_review) {
          if (input.theme_id) {
            auto theme = transaction.national_review_themes().find(*input.theme_id);
            if (!theme)
              return Error::invalid({{"theme", "Choose a national review theme from the list"}});
            result.theme = *theme;
          } else if (auto existing =
                         transaction.national_review_themes().find_by_name(input.new_theme)) {
            result.theme = *existing;
          } else {
            result.theme = TRY(transaction.national_review_themes().add(input.new_theme, now));
          }
          decision.theme_id = result.theme->id;
        }
        // Rule DEC-1 and Rule DEC-2.
        TRY(casereview::record_panel_decision(record, decision));
        TRY(save_case(transaction, record));
        const std::string decision_text =
            std::string(panel_view_text(decision.view)) +
            ". Outcome: " + std::string(review_outcome_text(decision.outcome)) +
            (result.theme ? " (theme: " + result.theme->name + ")" : "") + ".";
        add_event(transaction, caller, now, record, CaseEventKind::panel_decision_recorded,
                  decision.decided_on,
                  decision_text +
                      (decision.recorded_on_behalf ? " Recorded on the Panel's behalf." : ""));
        add_event(transaction, caller, now, record, CaseEventKind::stage_changed,
                  decision.decided_on,
                  std::string(case_stage_text(record.stage)) +
                      (record.stage == CaseStage::closed ? ": " + record.closed_reason : ""));
        const std::string case_text = case_emails::case_words(record.reference, record.pseudonyms);
        for (const User& manager :
             users_with_role(transaction, record.partnership_id, Role::manager)) {
          transaction.outbox().enqueue(
              case_emails::panel_decision(context.settings, manager.email, case_text, decision_text,
                                          record.id),
              now);
        }
        record_audit(transaction, caller, now,
                     {audit_action::record_panel_decision, audit_entity::case_record,
                      std::to_string(record.id), audit_outcome::success,
                      record.reference + ": " + std::string(review_outcome_name(decision.outcome)),
                      record.partnership_id});
        result.stage = record.stage;
        return result;
      });
}

Result<std::vector<ThemeSummary>> list_national_review_themes(AppContext& context,
                                                              const Caller& caller) {
  TRY(require_permission(caller, Permission::decide_for_panel));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ThemeSummary>> {
        std::vector<ThemeSummary> themes;
        for (const NationalReviewTheme& theme : transaction.national_review_themes().list()) {
          themes.push_back(
              ThemeSummary{theme, transaction.national_review_themes().case_count(theme.id)});
        }
        return themes;
      });
}

}  // namespace casereview
