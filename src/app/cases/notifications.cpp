#include "app/cases/notifications.hpp"

#include <algorithm>
#include <cctype>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"

namespace casereview {

namespace {

using namespace case_support;

// The answers, checked: everything but the agencies' partnership, which needs the database.
struct CheckedNotification {
  NotificationFacts facts;
  std::vector<ChildIdentity> children;
  std::vector<Id> agency_ids;
};

std::optional<bool> answered(const std::optional<bool>& value, std::vector<FieldError>& problems,
                             const char* field, const char* message) {
  if (!value) problems.push_back({field, message});
  return value;
}

void check_child(const ChildInput& input, std::size_t index,
                 const std::optional<CivilDate>& incident_on, CivilDate today,
                 std::vector<FieldError>& problems, ChildIdentity& child) {
  const std::string prefix = "children[" + std::to_string(index) + "].";
  const std::string who = child_pseudonym(static_cast<int>(index));
  auto name = [&](const std::string& text, const char* field, const char* words) {
    if (!filled(text)) {
      problems.push_back({prefix + field, enter(who + "'s " + words)});
    } else if (text.size() > limits::name) {
      problems.push_back(
          {prefix + field,
           too_long(std::string(1, static_cast<char>(std::toupper(words[0]))) + (words + 1),
                    limits::name)});
    }
  };
  name(input.given_name, "given_name", "given name");
  name(input.family_name, "family_name", "family name");
  child.given_name = input.given_name;
  child.family_name = input.family_name;
  auto born = past_date(prefix + "date_of_birth", input.date_of_birth, today, "The date of birth");
  if (!born) {
    problems.push_back(born.error().fields.front());
  } else if (incident_on && born.value() > *incident_on) {
    problems.push_back(
        {prefix + "date_of_birth",
         "The date of birth must be the same as or before the date of the incident"});
  } else {
    child.date_of_birth = born.value();
  }
  if (auto sex = child_sex_from_name(input.sex)) {
    child.sex = *sex;
  } else {
    problems.push_back({prefix + "sex", "Select " + who + "'s sex"});
  }
  if (input.ethnicity.size() > limits::name)
    problems.push_back({prefix + "ethnicity", too_long("Ethnicity", limits::name)});
  if (input.home_local_authority.size() > limits::name) {
    problems.push_back(
        {prefix + "home_local_authority", too_long("The home local authority", limits::name)});
  }
  child.ethnicity = input.ethnicity;
  child.home_local_authority = input.home_local_authority;
}

Result<CheckedNotification> check_notification(const NotificationInput& input, CivilDate today) {
  std::vector<FieldError> problems;
  CheckedNotification checked;
  NotificationFacts& facts = checked.facts;

  auto aware_on =
      past_date("aware_on", input.aware_on, today, "The date the local authority became aware");
  if (aware_on)
    facts.aware_on = aware_on.value();
  else
    problems.push_back(aware_on.error().fields.front());
  auto incident_on = past_date("incident_on", input.incident_on, today, "The date of the incident");
  if (!incident_on) {
    problems.push_back(incident_on.error().fields.front());
  } else if (aware_on && incident_on.value() > aware_on.value()) {
    problems.push_back({"incident_on",
                        "The date of the incident must be the same as or before the date the local "
                        "authority became aware"});
  } else {
    facts.incident_on = incident_on.value();
  }

  auto incident = incident_kind_from_name(input.incident);
  if (incident)
    facts.incident = *incident;
  else
    problems.push_back({"incident", "Select whether the child died or was seriously harmed"});
  auto abuse = abuse_or_neglect_from_name(input.abuse_or_neglect);
  if (abuse)
    facts.abuse_or_neglect = *abuse;
  else
    problems.push_back(
        {"abuse_or_neglect", "Select whether abuse or neglect is known or suspected"});
  if (abuse && *abuse != AbuseOrNeglect::not_suspected) {
    if (input.categories.empty())
      problems.push_back({"categories", "Select the kinds of abuse or neglect"});
    for (const std::string& name : input.categories) {
      auto category = abuse_category_from_name(name);
      if (!category) {
        problems.push_back({"categories", "Select kinds of abuse or neglect from the list"});
        break;
      }
      if (std::find(facts.categories.begin(), facts.categories.end(), *category) ==
          facts.categories.end()) {
        facts.categories.push_back(*category);
      }
    }
  }
  auto looked_after = answered(input.looked_after, problems, "looked_after",
                               "Select yes if the child was looked after");
  auto care_leaver = answered(input.care_leaver, problems, "care_leaver",
                              "Select yes if the child was a care leaver");
  auto police = answered(input.police_involved, problems, "police_involved",
                         "Select yes if the police are involved");
  facts.looked_after = looked_after.value_or(false);
  facts.care_leaver = care_leaver.value_or(false);
  facts.police_involved = police.value_or(false);
  // Rule SIN-6.
  if (incident && abuse && looked_after && care_leaver && !notifiable(facts)) {
    problems.push_back({"abuse_or_neglect",
                        "A serious incident is notified when abuse or neglect is known or "
                        "suspected, or when a looked-after child or care leaver has died"});
  }

  // Rule SIN-4: one to four children.
  if (input.children.empty()) {
    problems.push_back({"children", "Add the child's details"});
  } else if (input.children.size() > static_cast<std::size_t>(most_children_per_notification)) {
    problems.push_back({"children", "A notification can include up to 4 children"});
  } else {
    for (std::size_t index = 0; index < input.children.size(); ++index) {
      ChildIdentity child;
      check_child(input.children[index], index,
                  incident_on ? std::optional(incident_on.value()) : std::nullopt, today, problems,
                  child);
      checked.children.push_back(child);
    }
  }

  if (input.agency_ids.empty()) problems.push_back({"agency_ids", "Select the agencies involved"});
  for (Id agency_id : input.agency_ids) {
    if (std::find(checked.agency_ids.begin(), checked.agency_ids.end(), agency_id) ==
        checked.agency_ids.end()) {
      checked.agency_ids.push_back(agency_id);
    }
  }
  if (!filled(input.outline)) {
    problems.push_back({"outline", enter("an outline of the case")});
  } else if (input.outline.size() > limits::case_outline) {
    problems.push_back({"outline", too_long("The outline", limits::case_outline)});
  }
  facts.outline = input.outline;
  if (!problems.empty()) return Error::invalid(problems);
  return checked;
}

Status check_agencies(Transaction& transaction, Id partnership_id,
                      const std::vector<Id>& agency_ids) {
  for (Id agency_id : agency_ids) {
    if (!transaction.agencies().find(partnership_id, agency_id)) {
      return Error::invalid({{"agency_ids", "Select agencies of this partnership"}});
    }
  }
  return ok_status();
}

std::vector<std::string> pseudonyms_for(std::size_t count) {
  std::vector<std::string> pseudonyms;
  for (std::size_t position = 0; position < count; ++position)
    pseudonyms.push_back(child_pseudonym(static_cast<int>(position)));
  return pseudonyms;
}

}  // namespace

Result<NotificationPreview> preview_notification(AppContext& context, const Caller& caller,
                                                 const NotificationInput& input) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  CheckedNotification checked = TRY(check_notification(input, today(context)));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<NotificationPreview> {
        TRY(check_agencies(transaction, partnership_id, checked.agency_ids));
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        CivilDate notify_by =
            TRY(notification_deadline(rules.calendar, rules.settings, checked.facts.aware_on));
        return NotificationPreview{notify_by,
                                   recorded_only(checked.facts),
                                   pseudonyms_for(checked.children.size()),
                                   checked.facts,
                                   checked.children,
                                   checked.agency_ids};
      });
}

Result<RecordedNotification> record_notification(AppContext& context, const Caller& caller,
                                                 const NotificationInput& input,
                                                 CallersDraft draft) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  const security::FieldCipher* sealer = TRY(cipher(context));
  const CivilDate recorded_on = today(context);
  CheckedNotification checked = TRY(check_notification(input, recorded_on));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<RecordedNotification> {
        TRY(check_agencies(transaction, partnership_id, checked.agency_ids));
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        auto partnership = transaction.partnerships().find(partnership_id);
        if (!partnership) return Error::of(ErrorCode::not_found, "No such partnership");

        CaseRecord record;
        record.partnership_id = partnership_id;
        record.stage = CaseStage::notification;
        record.facts = checked.facts;
        record.agency_ids = checked.agency_ids;
        record.pseudonyms = pseudonyms_for(checked.children.size());
        // Rule SIN-1.
        record.notify_by =
            TRY(notification_deadline(rules.calendar, rules.settings, checked.facts.aware_on));
        record.recorded_at = now;
        record.recorded_by = caller.actor->user_id;
        // Rule CASE-REF-1: numbered within the partnership and the year it is recorded in.
        const int number =
            transaction.cases().next_reference_number(partnership_id, recorded_on.year());
        record.reference = case_reference(partnership->code, recorded_on.year(), number);
        std::vector<SealedChild> sealed;
        for (std::size_t position = 0; position < checked.children.size(); ++position) {
          sealed.push_back(
              seal_child(*sealer, static_cast<int>(position), checked.children[position]));
        }
        record.id = transaction.cases().add(record, recorded_on.year(), number, sealed);
        add_event(transaction, caller, now, record, CaseEventKind::notification_recorded,
                  recorded_on,
                  record.reference + ": notify the Panel by " + day_month_year(record.notify_by) +
                      (recorded_only(record.facts) ? "; recorded only, no rapid review" : ""));
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::case_record, std::to_string(record.id),
                      audit_outcome::success, record.reference, partnership_id});
        switch (draft) {
          case CallersDraft::kept:
            break;
          case CallersDraft::removed:
            transaction.notification_drafts().remove(partnership_id, caller.actor->user_id);
            break;
        }
        RecordedNotification result;
        result.id = record.id;
        result.reference = record.reference;
        result.notify_by = record.notify_by;
        for (const std::string& pseudonym : record.pseudonyms)
          result.children.push_back({pseudonym});
        result.stage = record.stage;
        result.recorded_only = recorded_only(record.facts);
        return result;
      });
}

Result<SentOutcome> record_notification_sent(AppContext& context, const Caller& caller, Id case_id,
                                             const SentInput& input) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate sent_on =
      TRY(past_date("sent_on", input.sent_on, today(context), "The date sent"));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<SentOutcome> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        TRY(send_notification(record, rules.calendar, rules.settings, sent_on, input.late_reason));
        TRY(save_case(transaction, record));
        const bool late = sent_on > record.notify_by;
        add_event(
            transaction, caller, now, record, CaseEventKind::notification_sent, sent_on,
            late ? "Sent late (due " + day_month_year(record.notify_by) + "): " + record.late_reason
                 : "Sent on time (due " + day_month_year(record.notify_by) + ")");
        if (record.stage == CaseStage::rapid_review) {
          add_event(transaction, caller, now, record, CaseEventKind::rapid_review_started, sent_on,
                    "Due " + day_month_year(*record.rapid_review_due));
        } else {
          add_event(transaction, caller, now, record, CaseEventKind::stage_changed, sent_on,
                    std::string(case_stage_text(record.stage)) +
                        ": a looked-after child's death without abuse or neglect suspected, or a "
                        "care leaver's death");
        }
        record_audit(
            transaction, caller, now,
            {audit_action::send_notification, audit_entity::case_record, std::to_string(record.id),
             audit_outcome::success, record.reference + (late ? " late" : ""), partnership_id});
        return SentOutcome{record.stage, record.rapid_review_due, late};
      });
}

Result<PartnersToldOutcome> record_partners_told(AppContext& context, const Caller& caller,
                                                 Id case_id, const PartnersToldInput& input) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate told_on =
      TRY(past_date("told_on", input.told_on, today(context), "The date the partners were told"));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<PartnersToldOutcome> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        TRY(tell_partners(record, told_on, input.late_reason));
        TRY(save_case(transaction, record));
        const bool late = told_on > record.notify_by;
        add_event(transaction, caller, now, record, CaseEventKind::partners_told, told_on,
                  late ? "Told late (due " + day_month_year(record.notify_by) +
                             "): " + record.partners_late_reason
                       : "Told on time (due " + day_month_year(record.notify_by) + ")");
        record_audit(
            transaction, caller, now,
            {audit_action::tell_partners, audit_entity::case_record, std::to_string(record.id),
             audit_outcome::success, record.reference, partnership_id});
        return PartnersToldOutcome{late};
      });
}

Result<std::vector<Agency>> list_case_agencies(AppContext& context, const Caller& caller) {
  TRY(require_any_permission(caller, {Permission::record_notifications, Permission::view_cases,
                                      Permission::run_rapid_reviews}));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<Agency>> {
                                    return transaction.agencies().list(partnership_id);
                                  });
}

}  // namespace casereview
