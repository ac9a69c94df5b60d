// SQL repositories for accounts, sessions, tokens, recovery codes, sign-in attempts and
// partnership settings. One SQL text for both engines; racing writes are single conditional
// statements (see app/ports/identity.hpp).
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"
#include "store/sql.hpp"

namespace casereview::store {

class SqlAccountRepository final : public AccountRepository {
 public:
  explicit SqlAccountRepository(Poco::Data::Session& session) : session_(session) {}
  Result<Account> create(const Account& account, Instant now) override;
  std::optional<Account> find_by_email(const std::string& email) override;
  std::optional<Account> find(Id user_id) override;
  std::vector<Account> list(Id partnership_id) override;
  void set_password(Id user_id, const std::string& password_hash, AccountStatus status) override;
  void set_status(Id user_id, AccountStatus status) override;
  void set_roles(Id user_id, const std::vector<Role>& roles,
                 std::optional<StatutoryPartner> signs_for) override;
  void set_agency(Id user_id, std::optional<Id> agency_id) override;
  void set_details(Id user_id, const std::string& name, const std::string& organisation,
                   const std::string& job_role) override;
  int record_failed_sign_in(Id user_id, int failures_before_lock, Instant lock_until) override;
  void record_successful_sign_in(Id user_id) override;
  void set_pending_totp(Id user_id, const std::string& secret) override;
  void set_totp(Id user_id, const std::string& secret, Instant enrolled_at) override;
  void clear_totp(Id user_id) override;
  bool use_totp_step(Id user_id, std::int64_t step) override;

 private:
  std::vector<Account> select_where(const std::string& condition,
                                    const std::vector<SqlValue>& parameters);
  Poco::Data::Session& session_;
};

class SqlSessionRepository final : public SessionRepository {
 public:
  explicit SqlSessionRepository(Poco::Data::Session& session) : session_(session) {}
  Id create(const SessionRecord& record, const std::string& token_hash) override;
  std::optional<SessionRecord> find_active(const std::string& token_hash) override;
  void touch(Id session_id, Instant now) override;
  int record_second_factor_failure(Id session_id) override;
  bool end(Id session_id, Instant now) override;
  bool end_for_user(Id user_id, Id session_id, Instant now) override;
  void end_all_for_user(Id user_id, Instant now) override;
  std::vector<SessionRecord> list_active_for_user(Id user_id) override;

 private:
  Poco::Data::Session& session_;
};

class SqlUserTokenRepository final : public UserTokenRepository {
 public:
  explicit SqlUserTokenRepository(Poco::Data::Session& session) : session_(session) {}
  void create(Id user_id, TokenPurpose purpose, const std::string& token_hash, Instant now,
              Instant expires_at) override;
  std::optional<Id> peek(TokenPurpose purpose, const std::string& token_hash, Instant now) override;
  std::optional<Id> consume(TokenPurpose purpose, const std::string& token_hash,
                            Instant now) override;

 private:
  Poco::Data::Session& session_;
};

class SqlApiTokenRepository final : public ApiTokenRepository {
 public:
  explicit SqlApiTokenRepository(Poco::Data::Session& session) : session_(session) {}
  ApiTokenRecord create(Id user_id, const std::string& name, const std::string& token_hash,
                        Instant now) override;
  std::optional<Id> use(const std::string& token_hash, Instant now) override;
  std::optional<ApiTokenRecord> find_unrevoked(const std::string& token_hash) override;
  std::vector<ApiTokenRecord> list(Id user_id) override;
  bool revoke(Id user_id, Id token_id, Instant now) override;

 private:
  Poco::Data::Session& session_;
};

class SqlRecoveryCodeRepository final : public RecoveryCodeRepository {
 public:
  explicit SqlRecoveryCodeRepository(Poco::Data::Session& session) : session_(session) {}
  void replace(Id user_id, const std::vector<std::string>& code_hashes) override;
  bool use(Id user_id, const std::string& code_hash, Instant now) override;
  int remaining(Id user_id) override;

 private:
  Poco::Data::Session& session_;
};

class SqlSignInAttemptRepository final : public SignInAttemptRepository {
 public:
  explicit SqlSignInAttemptRepository(Poco::Data::Session& session) : session_(session) {}
  void record(const std::string& client_address, Instant now) override;
  int count_since(const std::string& client_address, Instant since) override;
  void forget_before(Instant before) override;

 private:
  Poco::Data::Session& session_;
};

class SqlSettingsRepository final : public SettingsRepository {
 public:
  explicit SqlSettingsRepository(Poco::Data::Session& session) : session_(session) {}
  std::map<std::string, std::string> all(Id partnership_id) override;
  void set(Id partnership_id, const std::string& name, const std::string& value) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
