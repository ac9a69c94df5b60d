// Storage interfaces for accounts, sessions, single-use tokens, API tokens, recovery codes,
// sign-in attempts and partnership settings. Secrets are stored only as hashes (tokens, codes) or
// Argon2id strings (passwords). Writes that must not race are single conditional statements, so
// two requests at once can neither both use one token nor lose a failed-sign-in count.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/identity.hpp"
#include "domain/result.hpp"

namespace casereview {

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;
  // Adds the user with its roles and account fields. wrong_state when the email is taken.
  virtual Result<Account> create(const Account& account, Instant now) = 0;
  virtual std::optional<Account> find_by_email(const std::string& email) = 0;
  virtual std::optional<Account> find(Id user_id) = 0;
  virtual std::vector<Account> list(Id partnership_id) = 0;
  virtual void set_password(Id user_id, const std::string& password_hash, AccountStatus status) = 0;
  virtual void set_status(Id user_id, AccountStatus status) = 0;
  // Replaces the user's roles; `signs_for` is kept with Role::signatory (Rule SIGN-1) and ignored
  // when the roles do not hold it.
  virtual void set_roles(Id user_id, const std::vector<Role>& roles,
                         std::optional<StatutoryPartner> signs_for = std::nullopt) = 0;
  virtual void set_agency(Id user_id, std::optional<Id> agency_id) = 0;
  // The person's own details: name, and (learners) organisation and job role.
  virtual void set_details(Id user_id, const std::string& name, const std::string& organisation,
                           const std::string& job_role) = 0;
  // Adds one failed sign-in atomically; when it reaches `failures_before_lock`, locks the account
  // until `lock_until`. Returns the new count.
  virtual int record_failed_sign_in(Id user_id, int failures_before_lock, Instant lock_until) = 0;
  virtual void record_successful_sign_in(Id user_id) = 0;
  // Keeps a secret being set up (not yet confirmed: the account is not enrolled).
  virtual void set_pending_totp(Id user_id, const std::string& secret) = 0;
  virtual void set_totp(Id user_id, const std::string& secret, Instant enrolled_at) = 0;
  virtual void clear_totp(Id user_id) = 0;
  // Records that the TOTP time step was used; false when it (or a later one) was used already.
  virtual bool use_totp_step(Id user_id, std::int64_t step) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Id create(const SessionRecord& session, const std::string& token_hash) = 0;
  // The session with this token hash, if it has not been ended.
  virtual std::optional<SessionRecord> find_active(const std::string& token_hash) = 0;
  virtual void touch(Id session_id, Instant now) = 0;
  // Counts one more wrong second-factor code on the session; returns the count so far, or 0 when
  // the session has ended (Rule SEC-5).
  virtual int record_second_factor_failure(Id session_id) = 0;
  // Ends the session; false when it had already ended.
  virtual bool end(Id session_id, Instant now) = 0;
  // Ends the user's session `session_id`; false when it is not theirs or already ended.
  virtual bool end_for_user(Id user_id, Id session_id, Instant now) = 0;
  virtual void end_all_for_user(Id user_id, Instant now) = 0;
  virtual std::vector<SessionRecord> list_active_for_user(Id user_id) = 0;
};

class UserTokenRepository {
 public:
  virtual ~UserTokenRepository() = default;
  virtual void create(Id user_id, TokenPurpose purpose, const std::string& token_hash, Instant now,
                      Instant expires_at) = 0;
  // The user of an unused, unexpired token, without using it (to show the page it opens).
  virtual std::optional<Id> peek(TokenPurpose purpose, const std::string& token_hash,
                                 Instant now) = 0;
  // Uses the token atomically and returns its user; nullopt when it is unknown, used or expired.
  // Every other unused token of the same user and purpose is used up too.
  virtual std::optional<Id> consume(TokenPurpose purpose, const std::string& token_hash,
                                    Instant now) = 0;
};

class ApiTokenRepository {
 public:
  virtual ~ApiTokenRepository() = default;
  virtual ApiTokenRecord create(Id user_id, const std::string& name, const std::string& token_hash,
                                Instant now) = 0;
  // The user of an unrevoked token, recording its use.
  virtual std::optional<Id> use(const std::string& token_hash, Instant now) = 0;
  // The unrevoked token with this hash, without recording its use (a read).
  virtual std::optional<ApiTokenRecord> find_unrevoked(const std::string& token_hash) = 0;
  virtual std::vector<ApiTokenRecord> list(Id user_id) = 0;
  // Revokes the user's token `token_id`; false when it is not theirs or already revoked.
  virtual bool revoke(Id user_id, Id token_id, Instant now) = 0;
};

class RecoveryCodeRepository {
 public:
  virtual ~RecoveryCodeRepository() = default;
  virtual void replace(Id user_id, const std::vector<std::string>& code_hashes) = 0;
  // Uses the code atomically; false when unknown or used.
  virtual bool use(Id user_id, const std::string& code_hash, Instant now) = 0;
  virtual int remaining(Id user_id) = 0;
};

class SignInAttemptRepository {
 public:
  virtual ~SignInAttemptRepository() = default;
  virtual void record(const std::string& client_address, Instant now) = 0;
  virtual int count_since(const std::string& client_address, Instant since) = 0;
  virtual void forget_before(Instant before) = 0;
};

class SettingsRepository {
 public:
  virtual ~SettingsRepository() = default;
  virtual std::map<std::string, std::string> all(Id partnership_id) = 0;
  virtual void set(Id partnership_id, const std::string& name, const std::string& value) = 0;
};

}  // namespace casereview
