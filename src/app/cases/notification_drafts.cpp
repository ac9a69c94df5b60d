// Notification drafts: the answers as JSON (the JSON API's member names), sealed with the data
// key, one row per person (app/ports/cases.hpp NotificationDraftRepository).
#include "app/cases/notification_drafts.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"

namespace casereview {

namespace {

using namespace case_support;

std::string answers_text(const NotificationInput& answers) {
  Poco::JSON::Object object;
  object.set("aware_on", answers.aware_on);
  object.set("incident_on", answers.incident_on);
  object.set("incident", answers.incident);
  object.set("abuse_or_neglect", answers.abuse_or_neglect);
  Poco::JSON::Array categories;
  for (const std::string& category : answers.categories) categories.add(category);
  object.set("categories", categories);
  for (const auto& [name, answer] : {std::pair{"looked_after", answers.looked_after},
                                     std::pair{"care_leaver", answers.care_leaver},
                                     std::pair{"police_involved", answers.police_involved}}) {
    if (answer) object.set(name, *answer);
  }
  Poco::JSON::Array children;
  for (const ChildInput& child : answers.children) {
    Poco::JSON::Object member;
    member.set("given_name", child.given_name);
    member.set("family_name", child.family_name);
    member.set("date_of_birth", child.date_of_birth);
    member.set("sex", child.sex);
    member.set("ethnicity", child.ethnicity);
    member.set("home_local_authority", child.home_local_authority);
    children.add(member);
  }
  object.set("children", children);
  Poco::JSON::Array agency_ids;
  for (Id id : answers.agency_ids) agency_ids.add(id);
  object.set("agency_ids", agency_ids);
  object.set("outline", answers.outline);
  std::ostringstream text;
  object.stringify(text);
  return text.str();
}

// Reads answers_text's output; internal when it is not (a draft written by another version).
Result<NotificationInput> answers_from(const std::string& text) {
  try {
    const auto object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    auto string_of = [](const Poco::JSON::Object& from, const std::string& name) {
      return from.has(name) ? from.getValue<std::string>(name) : std::string();
    };
    NotificationInput answers;
    answers.aware_on = string_of(*object, "aware_on");
    answers.incident_on = string_of(*object, "incident_on");
    answers.incident = string_of(*object, "incident");
    answers.abuse_or_neglect = string_of(*object, "abuse_or_neglect");
    if (auto categories = object->getArray("categories")) {
      for (std::size_t index = 0; index < categories->size(); ++index)
        answers.categories.push_back(
            categories->getElement<std::string>(static_cast<unsigned>(index)));
    }
    for (auto [name, answer] : {std::pair{"looked_after", &answers.looked_after},
                                std::pair{"care_leaver", &answers.care_leaver},
                                std::pair{"police_involved", &answers.police_involved}}) {
      if (object->has(name)) *answer = object->getValue<bool>(name);
    }
    if (auto children = object->getArray("children")) {
      for (std::size_t index = 0; index < children->size(); ++index) {
        const auto member = children->getObject(static_cast<unsigned>(index));
        answers.children.push_back(
            {.given_name = string_of(*member, "given_name"),
             .family_name = string_of(*member, "family_name"),
             .date_of_birth = string_of(*member, "date_of_birth"),
             .sex = string_of(*member, "sex"),
             .ethnicity = string_of(*member, "ethnicity"),
             .home_local_authority = string_of(*member, "home_local_authority")});
      }
    }
    if (auto agency_ids = object->getArray("agency_ids")) {
      for (std::size_t index = 0; index < agency_ids->size(); ++index)
        answers.agency_ids.push_back(agency_ids->getElement<Id>(static_cast<unsigned>(index)));
    }
    answers.outline = string_of(*object, "outline");
    return answers;
  } catch (const Poco::Exception& failure) {
    return Error::of(ErrorCode::internal,
                     "A notification draft cannot be read: " + failure.displayText());
  }
}

}  // namespace

Result<NotificationInput> notification_draft(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  const security::FieldCipher* sealer = TRY(cipher(context));
  const Instant oldest = context.clock.now() - notification_draft_lifetime;
  auto found = context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::optional<NotificationDraft>> {
        return transaction.notification_drafts().find(partnership_id, caller.actor->user_id);
      });
  if (!found) return found.error();
  // A draft past its lifetime is as good as gone; the scheduled job deletes it.
  if (!found.value() || found.value()->updated_at < oldest) return NotificationInput{};
  const std::string text = TRY(sealer->open(found.value()->sealed_answers));
  return answers_from(text);
}

Status save_notification_draft(AppContext& context, const Caller& caller,
                               const NotificationInput& answers) {
  TRY(require_permission(caller, Permission::record_notifications));
  const Id partnership_id = TRY(caller_partnership(caller));
  const security::FieldCipher* sealer = TRY(cipher(context));
  const NotificationDraft draft{.user_id = caller.actor->user_id,
                                .partnership_id = partnership_id,
                                .sealed_answers = sealer->seal(answers_text(answers)),
                                .updated_at = context.clock.now()};
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    transaction.notification_drafts().put(draft);
    return ok_status();
  });
}

Result<RecordedNotification> record_notification_draft(AppContext& context, const Caller& caller) {
  const NotificationInput answers = TRY(notification_draft(context, caller));
  return record_notification(context, caller, answers, CallersDraft::removed);
}

Result<int> remove_expired_notification_drafts(AppContext& context) {
  const Instant oldest = context.clock.now() - notification_draft_lifetime;
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
        return transaction.notification_drafts().remove_updated_before_in_all_partnerships(oldest);
      });
}

}  // namespace casereview
