// Action plans (Rule ACT-1, Rule ACT-3): see action_plans.hpp. Each use case checks its caller,
// validates its input, then works in one transaction (with its audit entry when it writes).
#include "app/actions/action_plans.hpp"

#include <algorithm>
#include <set>

#include "app/actions/action_emails.hpp"
#include "app/actions/action_support.hpp"
#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/id_text.hpp"
#include "domain/paging.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using action_support::action_caller;
using action_support::ActionCaller;
using review_support::add_name;

Result<Recommendation> recommendation_of_partnership(Transaction& transaction, Id partnership_id,
                                                     Id recommendation_id) {
  auto found = transaction.review_analysis().find_recommendation(partnership_id, recommendation_id);
  if (!found) return Error::of(ErrorCode::not_found, "No such recommendation");
  return *found;
}

std::vector<std::pair<Id, std::string>> partnership_agencies(Transaction& transaction,
                                                             Id partnership_id) {
  std::vector<std::pair<Id, std::string>> agencies;
  for (const Agency& agency : transaction.agencies().list(partnership_id))
    agencies.emplace_back(agency.id, agency.name);
  return agencies;
}

// Rule ACT-1: the owner of the agency's action — the one named, who must be an active strategic
// lead of the agency, or else the agency's (first) strategic lead.
Result<User> owner_for(Transaction& transaction, Id partnership_id, const Agency& agency,
                       std::optional<Id> named) {
  const std::vector<User> leads =
      case_support::users_with_role(transaction, partnership_id, Role::lead, agency.id);
  if (named) {
    for (const User& lead : leads)
      if (lead.id == *named) return lead;
    return Error::invalid(
        {{"owner_user_id", "Select an owner who is a strategic lead of " + agency.name}});
  }
  if (leads.empty())
    return Error::invalid(
        {{"owner_user_id", agency.name + " has no strategic lead: ask your administrator "
                                         "to give someone there the role first"}});
  return leads.front();
}

}  // namespace

// Rule ACT-1: the fields of the action, an owner per agency, the owners told.
Result<std::vector<Action>> create_actions(AppContext& context, const Caller& caller,
                                           Id recommendation_id, const ActionInput& input) {
  TRY(require_permission(caller, Permission::oversee_actions));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  const std::set<Id> agency_ids(input.agency_ids.begin(), input.agency_ids.end());
  Result<Action> fields = action_from_text(
      {input.text, input.kind, input.success_measure, input.start_on, input.due_on}, today);
  std::vector<FieldError> problems = fields ? std::vector<FieldError>{} : fields.error().fields;
  if (agency_ids.empty())
    problems.push_back({"agency_ids", "Select the agencies that will take the action"});
  else if (input.owner_user_id && agency_ids.size() > 1)
    problems.push_back({"owner_user_id", "Name an owner only when the action is for one agency"});
  if (!input.course_ids.empty() && fields && fields.value().kind != ActionKind::training)
    problems.push_back(
        {"course_ids", "Choose courses only for an action of the kind training for staff"});
  if (!problems.empty()) return Error::invalid(std::move(problems));

  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<std::vector<Action>> {
        const Recommendation recommendation =
            TRY(recommendation_of_partnership(transaction, partnership_id, recommendation_id));
        const CaseRecord record = TRY(
            case_support::case_in_partnership(transaction, partnership_id, recommendation.case_id));
        for (Id course_id : input.course_ids)
          if (!transaction.courses().find(partnership_id, course_id))
            return Error::invalid({{"course_ids", "Choose courses of your partnership"}});
        std::vector<Action> made;
        for (Id agency_id : agency_ids) {
          const auto agency = transaction.agencies().find(partnership_id, agency_id);
          if (!agency)
            return Error::invalid({{"agency_ids", "Select agencies of your partnership"}});
          const User owner =
              TRY(owner_for(transaction, partnership_id, *agency, input.owner_user_id));
          Action action = fields.value();
          action.partnership_id = partnership_id;
          action.case_id = recommendation.case_id;
          action.recommendation_id = recommendation.id;
          action.recommendation_number = recommendation.number;
          action.agency_id = agency_id;
          action.owner_user_id = owner.id;
          action.created_by = caller.actor->user_id;
          action.created_at = now;
          action.id = transaction.actions().add(action);
          transaction.actions().link_courses(partnership_id, action.id, input.course_ids);
          transaction.outbox().enqueue(
              action_emails::action_assigned(context.settings, owner.email, record.reference,
                                             recommendation.number, action, agency->name),
              now);
          record_audit(
              transaction, caller, now,
              {audit_action::create, audit_entity::action, std::to_string(action.id),
               audit_outcome::success,
               record.reference + " recommendation " + std::to_string(recommendation.number) +
                   " for " + agency->name + ", due " + action.due_on.to_iso_string(),
               partnership_id});
          made.push_back(std::move(action));
        }
        return made;
      });
}

Result<RecommendationForActions> recommendation_for_actions(AppContext& context,
                                                            const Caller& caller,
                                                            Id recommendation_id) {
  TRY(require_permission(caller, Permission::oversee_actions));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<RecommendationForActions> {
        RecommendationForActions form;
        form.recommendation =
            TRY(recommendation_of_partnership(transaction, partnership_id, recommendation_id));
        form.case_reference = TRY(case_support::case_in_partnership(transaction, partnership_id,
                                                                    form.recommendation.case_id))
                                  .reference;
        form.agencies = partnership_agencies(transaction, partnership_id);
        for (const auto& [agency_id, agency_name] : form.agencies)
          for (const User& lead :
               case_support::users_with_role(transaction, partnership_id, Role::lead, agency_id))
            form.owners.push_back({lead.id, lead.name, agency_name});
        for (const Course& course : transaction.courses().list(partnership_id))
          form.courses.emplace_back(course.id, course.title);
        const auto numbers = TRY(action_support::action_numbers(transaction, partnership_id));
        const RagCutoffs cutoffs =
            TRY(action_support::cutoffs_on(transaction, partnership_id, today, numbers.thresholds));
        ActionFilter filter;
        filter.recommendation_id = recommendation_id;
        // A recommendation has an action or two per agency: one generous page holds them.
        form.actions = transaction.actions().list(partnership_id, filter, cutoffs, 200, 0);
        return form;
      });
}

Result<ActionFilter> action_filter_from_text(const ActionFilterText& text) {
  std::vector<FieldError> problems;
  ActionFilter filter;
  const auto id_field = [&](const char* field, const std::string& given, std::optional<Id>& into) {
    const std::string value = trimmed(given);
    if (value.empty()) return;
    into = parse_id(value);
    if (!into) problems.push_back({field, "Select from the list"});
  };
  id_field("case_id", text.case_id, filter.case_id);
  id_field("agency_id", text.agency_id, filter.agency_id);
  id_field("owner_user_id", text.owner_user_id, filter.owner_user_id);
  const auto name_field = [&](const char* field, const std::string& given, auto from_name,
                              auto& into) {
    const std::string value = trimmed(given);
    if (value.empty()) return;
    into = from_name(value);
    if (!into) problems.push_back({field, "Select from the list"});
  };
  name_field("kind", text.kind, action_kind_from_name, filter.kind);
  name_field("status", text.status, action_status_from_name, filter.status);
  name_field("rag", text.rag, rag_from_name, filter.rag);
  const std::string overdue = trimmed(text.overdue);
  if (overdue == "true")
    filter.overdue = true;
  else if (!overdue.empty() && overdue != "false")
    problems.push_back({"overdue", "Say true or false"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return filter;
}

// Rule ACT-3: the colour of each action is derived on the day it is read; the filter by colour is
// the same rule in the database (rag_cutoffs), so the list is paged there.
Result<ActionList> list_actions(AppContext& context, const Caller& caller, ActionFilter filter,
                                int page) {
  const ActionCaller who = TRY(action_caller(caller));
  if (!who.oversees) filter.agency_id = who.own_agency;
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ActionList> {
        ActionList list;
        const auto numbers = TRY(action_support::action_numbers(transaction, who.partnership_id));
        list.thresholds = numbers.thresholds;
        const RagCutoffs cutoffs = TRY(
            action_support::cutoffs_on(transaction, who.partnership_id, today, list.thresholds));
        list.total = transaction.actions().count(who.partnership_id, filter, cutoffs);
        const PageWindow window = page_window(page, list.total, actions_per_page);
        list.page = window.page;
        list.page_count = window.page_count;
        for (ActionListing& listing : transaction.actions().list(
                 who.partnership_id, filter, cutoffs, actions_per_page, window.offset)) {
          const Rag rag = rag_on(listing.action.rag_facts(), cutoffs);
          list.rows.push_back({std::move(listing), rag});
        }
        if (!who.oversees) list.own_agency = who.own_agency;
        list.agencies = partnership_agencies(transaction, who.partnership_id);
        return list;
      });
}

Result<std::vector<ActionRow>> actions_to_download(AppContext& context, const Caller& caller,
                                                   ActionFilter filter) {
  const ActionCaller who = TRY(action_caller(caller));
  if (!who.oversees) filter.agency_id = who.own_agency;
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ActionRow>> {
        const auto numbers = TRY(action_support::action_numbers(transaction, who.partnership_id));
        const RagCutoffs cutoffs = TRY(
            action_support::cutoffs_on(transaction, who.partnership_id, today, numbers.thresholds));
        constexpr int batch = 500;
        std::vector<ActionRow> rows;
        for (int offset = 0; offset < actions_download_limit; offset += batch) {
          auto listings =
              transaction.actions().list(who.partnership_id, filter, cutoffs, batch, offset);
          for (ActionListing& listing : listings) {
            const Rag rag = rag_on(listing.action.rag_facts(), cutoffs);
            rows.push_back({std::move(listing), rag});
          }
          if (static_cast<int>(listings.size()) < batch) break;
        }
        return rows;
      });
}

Result<ActionDetail> view_action(AppContext& context, const Caller& caller, Id action_id,
                                 int page) {
  const ActionCaller who = TRY(action_caller(caller));
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ActionDetail> {
        ActionDetail detail;
        detail.listing = TRY(action_support::reachable_action(transaction, who, action_id));
        const Action& action = detail.listing.action;
        const auto numbers = TRY(action_support::action_numbers(transaction, who.partnership_id));
        detail.thresholds = numbers.thresholds;
        const RagCutoffs cutoffs = TRY(
            action_support::cutoffs_on(transaction, who.partnership_id, today, detail.thresholds));
        detail.rag = rag_on(action.rag_facts(), cutoffs);
        detail.rag_reason = rag_reason(action.rag_facts(), cutoffs, detail.thresholds);
        detail.recommendation = TRY(recommendation_of_partnership(transaction, who.partnership_id,
                                                                  action.recommendation_id));
        ActionRepository& actions = transaction.actions();
        detail.total_updates = actions.count_updates(who.partnership_id, action.id);
        const PageWindow window = page_window(page, detail.total_updates, action_updates_per_page);
        detail.page = window.page;
        detail.page_count = window.page_count;
        detail.updates =
            actions.updates(who.partnership_id, action.id, action_updates_per_page, window.offset);
        detail.evidence = actions.evidence(who.partnership_id, action.id);
        detail.decisions = actions.decisions(who.partnership_id, action.id);
        detail.due_date_changes = actions.due_date_changes(who.partnership_id, action.id);
        detail.assurance_checks = actions.assurance_checks(who.partnership_id, action.id);
        for (const ActionUpdate& update : detail.updates)
          add_name(transaction, detail.names, update.by);
        for (const ActionEvidence& item : detail.evidence)
          add_name(transaction, detail.names, item.by);
        for (const ActionDecision& decision : detail.decisions)
          add_name(transaction, detail.names, decision.by);
        for (const DueDateChange& change : detail.due_date_changes) {
          add_name(transaction, detail.names, change.requested_by);
          if (change.decided_by) add_name(transaction, detail.names, *change.decided_by);
        }
        if (action.kind == ActionKind::training)
          detail.training = actions.training_evidence(who.partnership_id, action);
        detail.oversees = who.oversees;
        detail.works_on = who.works_on(action);
        return detail;
      });
}

}  // namespace casereview
