// Accounts, sessions and tokens: the values the identity use cases work with, and the rules about
// them that need no I/O (time-outs, lock-out, who must use a second factor).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/role.hpp"

namespace casereview {

enum class AccountStatus { invited, unverified, active, deactivated };

std::string account_status_name(AccountStatus status);
std::optional<AccountStatus> account_status_from_name(const std::string& name);

// Everything about a user that signing in needs. Secrets (hashes) never leave app/ and store/.
struct Account {
  User user;
  AccountStatus status = AccountStatus::invited;
  std::string password_hash;  // empty until a password is set
  int failed_sign_ins = 0;    // in a row, since the last success
  std::optional<Instant> locked_until;
  std::string totp_secret;  // base32; empty until a second factor is enrolled
  std::optional<Instant> totp_enrolled_at;
  std::optional<std::int64_t> totp_last_step;  // refuses a code's reuse within its 30 seconds
  std::string organisation;                    // learners: the agency or organisation they work for
  std::string job_role;                        // learners
};

// The signed-in person a request acts for.
struct Actor {
  Id user_id = 0;
  std::string email;
  std::string name;
  std::optional<Id> partnership_id;
  std::optional<Id> agency_id;
  std::vector<Role> roles;
  std::optional<StatutoryPartner> signs_for;  // a signatory's partner (Rule SIGN-1)

  bool has_role(Role role) const;
};

Actor actor_from(const User& user);

struct SessionRecord {
  Id id = 0;
  Id user_id = 0;
  Instant created_at{};
  Instant last_seen_at{};
  bool second_factor_pending = false;  // password given, TOTP not yet
  std::string csrf_token;
  std::string client_address;
  std::string user_agent;
};

enum class TokenPurpose { invitation, email_verification, password_reset };
std::string token_purpose_name(TokenPurpose purpose);

struct ApiTokenRecord {
  Id id = 0;
  Id user_id = 0;
  std::string name;
  Instant created_at{};
  std::optional<Instant> last_used_at;
  std::optional<Instant> revoked_at;
};

// Rule SEC-1 (issue: identity): sessions end after 60 minutes idle or 12 hours in all. A session's
// activity (like an API token's use) is written at most once a minute, so that a request that only
// reads writes nothing; the server remembers the requests in between (app/session_activity.hpp),
// so idle time counts from the last request it served — after a restart, or on another server,
// from up to a minute earlier: a session may end up to a minute sooner, never later.
inline constexpr std::chrono::minutes session_idle_timeout{60};
inline constexpr std::chrono::hours session_absolute_timeout{12};
inline constexpr std::chrono::minutes activity_recording_interval{1};
// Rule SEC-2: 6 failed sign-ins in a row lock the account for 30 minutes.
inline constexpr int sign_in_failures_before_lock = 6;
inline constexpr std::chrono::minutes sign_in_lock_duration{30};
// Rule SEC-5: a half-signed-in session (the password given, the second factor not yet) takes 5
// wrong codes, then ends; each wrong code also counts towards the lock-out of Rule SEC-2. Giving
// the second factor replaces the session with a new one, as giving the password does.
inline constexpr int second_factor_failures_per_session = 5;
// Rule SEC-3: invitation links last 7 days; verification and reset links 24 hours and 1 hour.
inline constexpr std::chrono::hours invitation_lifetime{24 * 7};
inline constexpr std::chrono::hours verification_lifetime{24};
inline constexpr std::chrono::hours password_reset_lifetime{1};

// Rule SEC-1: true when the session has run out at `now`.
bool session_expired(const SessionRecord& session, Instant now);

// Rule SEC-1: true when activity last recorded at `recorded` (never, when nullopt) is to be
// recorded again at `now`: a minute or more has passed (activity_recording_interval).
bool activity_recording_due(std::optional<Instant> recorded, Instant now);

// Rule SEC-2: true when the account is locked at `now`.
bool locked(const Account& account, Instant now);

// Rule SEC-4: every role but learner is a staff role and must use a second factor.
bool needs_second_factor(const User& user);

// Normalises an email address for storage and comparison: trimmed, lower case. Returns
// invalid_input naming `field` when it does not look like an address.
Result<std::string> normalise_email(const std::string& field, const std::string& email);

}  // namespace casereview
