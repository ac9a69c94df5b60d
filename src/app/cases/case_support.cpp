#include "app/cases/case_support.hpp"

#include <algorithm>
#include <cctype>

#include "app/working_day_calendar.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/uk_time.hpp"

namespace casereview::case_support {

CivilDate today(const AppContext& context) { return uk_date(context.clock.now()); }

Result<CivilDate> past_date(const std::string& field, const std::string& text, CivilDate today,
                            const std::string& what) {
  // GOV.UK date-input messages: "Enter the date of birth", "The date of birth must be a real date".
  if (text.empty()) {
    std::string lowered = what;
    if (!lowered.empty())
      lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    return Error::invalid({{field, enter(lowered)}});
  }
  auto parsed = parse_iso_date(field, text);
  if (!parsed) return Error::invalid({{field, what + " must be a real date"}});
  const CivilDate date = parsed.value();
  if (date > today) return Error::invalid({{field, what + " must be today or in the past"}});
  return date;
}

Result<CaseRules> case_rules(Transaction& transaction, Id partnership_id) {
  WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
  const SettingValues stored =
      TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
  DeadlineSettings settings = deadline_settings(stored.time_scales);
  return CaseRules{std::move(calendar), settings};
}

Result<CaseRecord> case_in_partnership(Transaction& transaction, Id partnership_id, Id case_id) {
  auto record = transaction.cases().find(partnership_id, case_id);
  if (!record) return Error::of(ErrorCode::not_found, "No such case");
  return *record;
}

Status save_case(Transaction& transaction, const CaseRecord& record) {
  if (!transaction.cases().update(record)) {
    return Error::of(ErrorCode::wrong_state,
                     "The case was changed by someone else at the same time: try again");
  }
  return ok_status();
}

void add_event(Transaction& transaction, const Caller& caller, Instant now,
               const CaseRecord& record, CaseEventKind kind, std::optional<CivilDate> on,
               const std::string& detail) {
  CaseEvent event;
  event.partnership_id = record.partnership_id;
  event.case_id = record.id;
  event.kind = kind;
  event.at = now;
  event.on = on;
  if (caller.actor) {
    event.user_id = caller.actor->user_id;
    event.user_name = caller.actor->name;
  } else {
    event.user_name = "casereview";
  }
  event.detail = detail;
  transaction.case_events().add(event);
}

Result<const security::FieldCipher*> cipher(const AppContext& context) {
  if (!context.settings.data_cipher) {
    return Error::of(ErrorCode::internal,
                     "No data key is configured: start the server with --data-key-file");
  }
  return context.settings.data_cipher.get();
}

SealedChild seal_child(const security::FieldCipher& cipher, int position,
                       const ChildIdentity& child) {
  SealedChild sealed;
  sealed.position = position;
  sealed.pseudonym = child_pseudonym(position);
  sealed.given_name = cipher.seal(child.given_name);
  sealed.family_name = cipher.seal(child.family_name);
  sealed.date_of_birth = cipher.seal(child.date_of_birth.to_iso_string());
  sealed.sex = cipher.seal(child_sex_name(child.sex));
  sealed.ethnicity = cipher.seal(child.ethnicity);
  sealed.home_local_authority = cipher.seal(child.home_local_authority);
  return sealed;
}

Result<ChildIdentity> open_child(const security::FieldCipher& cipher, const SealedChild& sealed) {
  ChildIdentity child;
  child.given_name = TRY(cipher.open(sealed.given_name));
  child.family_name = TRY(cipher.open(sealed.family_name));
  const std::string date_of_birth = TRY(cipher.open(sealed.date_of_birth));
  auto parsed = parse_iso_date("date_of_birth", date_of_birth);
  if (!parsed) return Error::of(ErrorCode::internal, "A stored date of birth is not a date");
  child.date_of_birth = parsed.value();
  child.sex = child_sex_from_name(TRY(cipher.open(sealed.sex))).value_or(ChildSex::not_known);
  child.ethnicity = TRY(cipher.open(sealed.ethnicity));
  child.home_local_authority = TRY(cipher.open(sealed.home_local_authority));
  return child;
}

std::vector<AgencyRequestView> request_views(Transaction& transaction, const CaseRules& rules,
                                             const CaseRecord& record, CivilDate today) {
  std::vector<AgencyRequestView> views;
  for (const AgencyRequest& request :
       transaction.agency_requests().list_for_case(record.partnership_id, record.id)) {
    AgencyRequestView view;
    view.id = request.id;
    view.case_id = request.case_id;
    view.agency_id = request.agency_id;
    if (auto agency = transaction.agencies().find(record.partnership_id, request.agency_id)) {
      view.agency_code = agency->code;
      view.agency_name = agency->name;
    }
    view.requested_on = request.requested_on;
    const bool submitted = request.state == AgencyResponseState::submitted;
    std::optional<CivilDate> done_on;
    if (submitted && request.submitted_at) done_on = uk_date(*request.submitted_at);
    view.deadline =
        deadline_view(rules.calendar, DeadlineKind::agency_response,
                      "Response from " + view.agency_name, request.due_on, done_on, today);
    view.state = request.state;
    if (submitted) view.summary = request.summary;
    view.submitted_at = request.submitted_at;
    views.push_back(view);
  }
  return views;
}

std::vector<Agency> agencies_not_responded(Transaction& transaction, const CaseRecord& record) {
  const std::vector<AgencyRequest> requests =
      transaction.agency_requests().list_for_case(record.partnership_id, record.id);
  std::vector<Agency> waiting;
  for (Id agency_id : record.agency_ids) {
    const bool responded =
        std::any_of(requests.begin(), requests.end(), [agency_id](const AgencyRequest& request) {
          return request.agency_id == agency_id && request.state == AgencyResponseState::submitted;
        });
    if (responded) continue;
    if (auto agency = transaction.agencies().find(record.partnership_id, agency_id))
      waiting.push_back(*agency);
  }
  return waiting;
}

std::vector<User> users_with_role(Transaction& transaction, Id partnership_id, Role role,
                                  std::optional<Id> agency_id) {
  std::vector<User> found;
  for (const Account& account : transaction.accounts().list(partnership_id)) {
    if (account.status != AccountStatus::active) continue;
    const User& user = account.user;
    if (std::find(user.roles.begin(), user.roles.end(), role) == user.roles.end()) continue;
    if (agency_id && user.agency_id != agency_id) continue;
    found.push_back(user);
  }
  return found;
}

std::string pseudonym_list(const std::vector<std::string>& pseudonyms) {
  return listed_in_words(pseudonyms);
}

}  // namespace casereview::case_support
