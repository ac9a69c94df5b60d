// What the action plans' use cases share: see action_support.hpp.
#include "app/actions/action_support.hpp"

#include "app/caller_checks.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/policy.hpp"

namespace casereview::action_support {

Result<ActionCaller> action_caller(const Caller& caller) {
  TRY(require_any_permission(caller, {Permission::oversee_actions, Permission::work_on_actions}));
  ActionCaller who;
  who.partnership_id = TRY(caller_partnership(caller));
  who.oversees = permits(caller.actor, false, Permission::oversee_actions);
  if (permits(caller.actor, false, Permission::work_on_actions))
    who.own_agency = caller.actor->agency_id;
  return who;
}

Result<ActionListing> reachable_action(Transaction& transaction, const ActionCaller& who,
                                       Id action_id) {
  auto found = transaction.actions().find(who.partnership_id, action_id);
  if (!found || (!who.oversees && !who.works_on(found->action)))
    return Error::of(ErrorCode::not_found, "No such action");
  return *found;
}

Result<ActionNumbers> action_numbers(Transaction& transaction, Id partnership_id) {
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
  ActionNumbers numbers;
  numbers.thresholds.red_without_update_days = settings.time_scales.at("rag_red_calendar_days");
  numbers.thresholds.amber_without_update_days = settings.time_scales.at("rag_amber_calendar_days");
  numbers.thresholds.amber_due_working_days = settings.time_scales.at("rag_amber_due_working_days");
  numbers.evidence_file_bytes =
      static_cast<std::size_t>(settings.time_scales.at("evidence_file_megabytes")) << 20;
  return numbers;
}

Result<RagCutoffs> cutoffs_on(Transaction& transaction, Id partnership_id, CivilDate today,
                              const RagThresholds& thresholds) {
  const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
  return rag_cutoffs(today, calendar, thresholds);
}

}  // namespace casereview::action_support
