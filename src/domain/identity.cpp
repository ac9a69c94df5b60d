#include "domain/identity.hpp"

#include <algorithm>
#include <array>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"

namespace casereview {

std::string account_status_name(AccountStatus status) {
  switch (status) {
    case AccountStatus::invited:
      return "invited";
    case AccountStatus::unverified:
      return "unverified";
    case AccountStatus::active:
      return "active";
    case AccountStatus::deactivated:
      return "deactivated";
  }
  return "invited";
}

std::optional<AccountStatus> account_status_from_name(const std::string& name) {
  return enum_from_name(std::array{AccountStatus::invited, AccountStatus::unverified,
                                   AccountStatus::active, AccountStatus::deactivated},
                        account_status_name, name);
}

std::string token_purpose_name(TokenPurpose purpose) {
  switch (purpose) {
    case TokenPurpose::invitation:
      return "invitation";
    case TokenPurpose::email_verification:
      return "email_verification";
    case TokenPurpose::password_reset:
      return "password_reset";
  }
  return "invitation";
}

bool Actor::has_role(Role role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

Actor actor_from(const User& user) {
  return Actor{user.id,        user.email, user.name,     user.partnership_id,
               user.agency_id, user.roles, user.signs_for};
}

bool session_expired(const SessionRecord& session, Instant now) {
  return now - session.last_seen_at >= session_idle_timeout ||
         now - session.created_at >= session_absolute_timeout;
}

bool activity_recording_due(std::optional<Instant> recorded, Instant now) {
  return !recorded || now - *recorded >= activity_recording_interval;
}

bool locked(const Account& account, Instant now) {
  return account.locked_until && now < *account.locked_until;
}

bool needs_second_factor(const User& user) {
  for (Role role : user.roles) {
    if (role != Role::learner) return true;
  }
  return false;
}

Result<std::string> normalise_email(const std::string& field, const std::string& email) {
  const auto first = email.find_first_not_of(" \t\r\n");
  const auto last = email.find_last_not_of(" \t\r\n");
  if (first == std::string::npos) return Error::invalid({{field, enter("an email address")}});
  std::string normalised = email.substr(first, last - first + 1);
  std::transform(normalised.begin(), normalised.end(), normalised.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto at = normalised.find('@');
  const bool shaped =
      at != std::string::npos && at > 0 && normalised.find('@', at + 1) == std::string::npos &&
      normalised.find('.', at) != std::string::npos && normalised.back() != '.' &&
      normalised.size() <= 254 && normalised.find_first_of(" \t<>,;\"") == std::string::npos;
  if (!shaped) {
    return Error::invalid(
        {{field, enter("an email address in the correct format, like name@example.com")}});
  }
  return normalised;
}

}  // namespace casereview
