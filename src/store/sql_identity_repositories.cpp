#include "store/sql_identity_repositories.hpp"

namespace casereview::store {

namespace {

const char* const account_columns =
    "SELECT id, partnership_id, agency_id, email, name, status, password_hash, failed_sign_ins, "
    "locked_until, "
    "totp_secret, totp_enrolled_at, totp_last_step, organisation, job_role FROM users ";

Account account_from(const Row& row) {
  Account account;
  account.user = User{row.integer(0),
                      row.optional_integer(1),
                      row.optional_integer(2),
                      row.text(3),
                      row.text(4),
                      {}};
  account.status = row.stored(5, account_status_from_name);
  account.password_hash = row.text(6);
  account.failed_sign_ins = static_cast<int>(row.integer(7));
  account.locked_until = row.optional_instant(8);
  account.totp_secret = row.text(9);
  account.totp_enrolled_at = row.optional_instant(10);
  account.totp_last_step = row.optional_integer(11);
  account.organisation = row.text(12);
  account.job_role = row.text(13);
  return account;
}

const char* const session_columns =
    "SELECT id, user_id, created_at, last_seen_at, second_factor_pending, csrf_token, "
    "client_address, user_agent "
    "FROM sessions ";

SessionRecord session_from(const Row& row) {
  return SessionRecord{row.integer(0),      row.integer(1), row.instant(2), row.instant(3),
                       row.integer(4) != 0, row.text(5),    row.text(6),    row.text(7)};
}

}  // namespace

std::vector<Account> SqlAccountRepository::select_where(const std::string& condition,
                                                        const std::vector<SqlValue>& parameters) {
  std::vector<Account> accounts;
  for (const Row& row : query(session_, std::string(account_columns) + condition, parameters)) {
    Account account = account_from(row);
    for (const Row& row :
         query(session_, "SELECT role, partner FROM user_roles WHERE user_id = $1 ORDER BY role",
               {account.user.id})) {
      const Role role = row.stored(0, role_from_name);
      account.user.roles.push_back(role);
      const std::optional<StatutoryPartner> partner =
          row.optional_stored(1, statutory_partner_from_name);
      if (needs_partner(role)) account.user.signs_for = partner;
    }
    accounts.push_back(std::move(account));
  }
  return accounts;
}

Result<Account> SqlAccountRepository::create(const Account& account, Instant now) {
  auto rows =
      query(session_,
            "INSERT INTO users (partnership_id, agency_id, email, name, status, password_hash, "
            "organisation, "
            "job_role, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO "
            "NOTHING RETURNING id",
            {sql_optional(account.user.partnership_id), sql_optional(account.user.agency_id),
             account.user.email, account.user.name, account_status_name(account.status),
             account.password_hash, account.organisation, account.job_role, format_instant(now)});
  if (rows.empty()) {
    return Error::of(ErrorCode::wrong_state,
                     "An account with email " + account.user.email + " already exists");
  }
  const Id id = rows.front().integer(0);
  set_roles(id, account.user.roles, account.user.signs_for);
  return *find(id);
}

std::optional<Account> SqlAccountRepository::find_by_email(const std::string& email) {
  auto accounts = select_where("WHERE email = $1", {email});
  if (accounts.empty()) return std::nullopt;
  return accounts.front();
}

std::optional<Account> SqlAccountRepository::find(Id user_id) {
  auto accounts = select_where("WHERE id = $1", {user_id});
  if (accounts.empty()) return std::nullopt;
  return accounts.front();
}

std::vector<Account> SqlAccountRepository::list(Id partnership_id) {
  return select_where("WHERE partnership_id = $1 ORDER BY name, email", {partnership_id});
}

void SqlAccountRepository::set_password(Id user_id, const std::string& password_hash,
                                        AccountStatus status) {
  execute(session_,
          "UPDATE users SET password_hash = $1, status = $2, failed_sign_ins = 0, locked_until = "
          "NULL WHERE id = $3",
          {password_hash, account_status_name(status), user_id});
}

void SqlAccountRepository::set_status(Id user_id, AccountStatus status) {
  execute(session_, "UPDATE users SET status = $1 WHERE id = $2",
          {account_status_name(status), user_id});
}

void SqlAccountRepository::set_roles(Id user_id, const std::vector<Role>& roles,
                                     std::optional<StatutoryPartner> signs_for) {
  execute(session_, "DELETE FROM user_roles WHERE user_id = $1", {user_id});
  for (Role role : roles) {
    SqlValue partner = sql_null();
    if (needs_partner(role) && signs_for) partner = std::string(statutory_partner_name(*signs_for));
    execute(session_,
            "INSERT INTO user_roles (user_id, role, partner) VALUES ($1, $2, $3) ON CONFLICT DO "
            "NOTHING",
            {user_id, std::string(role_name(role)), partner});
  }
}

void SqlAccountRepository::set_agency(Id user_id, std::optional<Id> agency_id) {
  execute(session_, "UPDATE users SET agency_id = $1 WHERE id = $2",
          {sql_optional(agency_id), user_id});
}

void SqlAccountRepository::set_details(Id user_id, const std::string& name,
                                       const std::string& organisation,
                                       const std::string& job_role) {
  execute(session_, "UPDATE users SET name = $1, organisation = $2, job_role = $3 WHERE id = $4",
          {name, organisation, job_role, user_id});
}

int SqlAccountRepository::record_failed_sign_in(Id user_id, int failures_before_lock,
                                                Instant lock_until) {
  auto rows =
      query(session_,
            "UPDATE users SET failed_sign_ins = failed_sign_ins + 1, locked_until = CASE WHEN "
            "failed_sign_ins + 1 >= $1 THEN $2 ELSE locked_until END WHERE id = $3 RETURNING "
            "failed_sign_ins",
            {static_cast<std::int64_t>(failures_before_lock), format_instant(lock_until), user_id});
  return rows.empty() ? 0 : static_cast<int>(rows.front().integer(0));
}

void SqlAccountRepository::record_successful_sign_in(Id user_id) {
  execute(session_, "UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1",
          {user_id});
}

void SqlAccountRepository::set_totp(Id user_id, const std::string& secret, Instant enrolled_at) {
  execute(session_,
          "UPDATE users SET totp_secret = $1, totp_enrolled_at = $2, totp_last_step = NULL WHERE "
          "id = $3",
          {secret, format_instant(enrolled_at), user_id});
}

void SqlAccountRepository::set_pending_totp(Id user_id, const std::string& secret) {
  execute(session_,
          "UPDATE users SET totp_secret = $1, totp_enrolled_at = NULL, totp_last_step = NULL WHERE "
          "id = $2",
          {secret, user_id});
}

void SqlAccountRepository::clear_totp(Id user_id) {
  execute(session_,
          "UPDATE users SET totp_secret = '', totp_enrolled_at = NULL, totp_last_step = NULL WHERE "
          "id = $1",
          {user_id});
}

bool SqlAccountRepository::use_totp_step(Id user_id, std::int64_t step) {
  return execute(session_,
                 "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL "
                 "OR totp_last_step < $3)",
                 {step, user_id, step}) == 1;
}

Id SqlSessionRepository::create(const SessionRecord& record, const std::string& token_hash) {
  return query(session_,
               "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, "
               "second_factor_pending, csrf_token, "
               "client_address, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
               {token_hash, record.user_id, format_instant(record.created_at),
                format_instant(record.last_seen_at),
                static_cast<std::int64_t>(record.second_factor_pending ? 1 : 0), record.csrf_token,
                record.client_address, record.user_agent})
      .front()
      .integer(0);
}

std::optional<SessionRecord> SqlSessionRepository::find_active(const std::string& token_hash) {
  auto rows =
      query(session_, std::string(session_columns) + "WHERE token_hash = $1 AND ended_at IS NULL",
            {token_hash});
  if (rows.empty()) return std::nullopt;
  return session_from(rows.front());
}

void SqlSessionRepository::touch(Id session_id, Instant now) {
  execute(session_, "UPDATE sessions SET last_seen_at = $1 WHERE id = $2",
          {format_instant(now), session_id});
}

int SqlSessionRepository::record_second_factor_failure(Id session_id) {
  auto rows = query(session_,
                    "UPDATE sessions SET second_factor_failures = second_factor_failures + 1 "
                    "WHERE id = $1 AND ended_at IS NULL RETURNING second_factor_failures",
                    {session_id});
  return rows.empty() ? 0 : static_cast<int>(rows.front().integer(0));
}

bool SqlSessionRepository::end(Id session_id, Instant now) {
  return execute(session_, "UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL",
                 {format_instant(now), session_id}) == 1;
}

bool SqlSessionRepository::end_for_user(Id user_id, Id session_id, Instant now) {
  return execute(session_,
                 "UPDATE sessions SET ended_at = $1 WHERE id = $2 AND user_id = $3 AND ended_at IS "
                 "NULL",
                 {format_instant(now), session_id, user_id}) == 1;
}

void SqlSessionRepository::end_all_for_user(Id user_id, Instant now) {
  execute(session_, "UPDATE sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL",
          {format_instant(now), user_id});
}

std::vector<SessionRecord> SqlSessionRepository::list_active_for_user(Id user_id) {
  std::vector<SessionRecord> sessions;
  for (const Row& row :
       query(session_,
             std::string(session_columns) +
                 "WHERE user_id = $1 AND ended_at IS NULL ORDER BY last_seen_at DESC",
             {user_id})) {
    sessions.push_back(session_from(row));
  }
  return sessions;
}

void SqlUserTokenRepository::create(Id user_id, TokenPurpose purpose, const std::string& token_hash,
                                    Instant now, Instant expires_at) {
  execute(session_,
          "INSERT INTO user_tokens (user_id, purpose, token_hash, created_at, expires_at) VALUES "
          "($1, $2, $3, $4, $5)",
          {user_id, token_purpose_name(purpose), token_hash, format_instant(now),
           format_instant(expires_at)});
}

std::optional<Id> SqlUserTokenRepository::peek(TokenPurpose purpose, const std::string& token_hash,
                                               Instant now) {
  auto rows = query(session_,
                    "SELECT user_id FROM user_tokens WHERE token_hash = $1 AND purpose = $2 AND "
                    "used_at IS NULL AND "
                    "expires_at > $3",
                    {token_hash, token_purpose_name(purpose), format_instant(now)});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

std::optional<Id> SqlUserTokenRepository::consume(TokenPurpose purpose,
                                                  const std::string& token_hash, Instant now) {
  auto rows =
      query(session_,
            "UPDATE user_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND "
            "used_at IS NULL AND "
            "expires_at > $4 RETURNING user_id",
            {format_instant(now), token_hash, token_purpose_name(purpose), format_instant(now)});
  if (rows.empty()) return std::nullopt;
  const Id user_id = rows.front().integer(0);
  execute(
      session_,
      "UPDATE user_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL",
      {format_instant(now), user_id, token_purpose_name(purpose)});
  return user_id;
}

ApiTokenRecord SqlApiTokenRepository::create(Id user_id, const std::string& name,
                                             const std::string& token_hash, Instant now) {
  const Id id = query(session_,
                      "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, "
                      "$2, $3, $4) RETURNING id",
                      {user_id, name, token_hash, format_instant(now)})
                    .front()
                    .integer(0);
  return ApiTokenRecord{id, user_id, name, now, std::nullopt, std::nullopt};
}

std::optional<Id> SqlApiTokenRepository::use(const std::string& token_hash, Instant now) {
  auto rows = query(session_,
                    "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at "
                    "IS NULL RETURNING user_id",
                    {format_instant(now), token_hash});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

namespace {

constexpr const char* api_token_columns =
    "SELECT id, user_id, name, created_at, last_used_at, revoked_at FROM api_tokens ";

ApiTokenRecord api_token_from(const Row& row) {
  return ApiTokenRecord{row.integer(0), row.integer(1),          row.text(2),
                        row.instant(3), row.optional_instant(4), row.optional_instant(5)};
}

}  // namespace

std::optional<ApiTokenRecord> SqlApiTokenRepository::find_unrevoked(const std::string& token_hash) {
  auto rows = query(session_,
                    std::string(api_token_columns) + "WHERE token_hash = $1 AND revoked_at IS NULL",
                    {token_hash});
  if (rows.empty()) return std::nullopt;
  return api_token_from(rows.front());
}

std::vector<ApiTokenRecord> SqlApiTokenRepository::list(Id user_id) {
  std::vector<ApiTokenRecord> tokens;
  for (const Row& row : query(
           session_,
           std::string(api_token_columns) + "WHERE user_id = $1 ORDER BY created_at DESC, id DESC",
           {user_id})) {
    tokens.push_back(api_token_from(row));
  }
  return tokens;
}

bool SqlApiTokenRepository::revoke(Id user_id, Id token_id, Instant now) {
  return execute(session_,
                 "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND "
                 "revoked_at IS NULL",
                 {format_instant(now), token_id, user_id}) == 1;
}

void SqlRecoveryCodeRepository::replace(Id user_id, const std::vector<std::string>& code_hashes) {
  execute(session_, "DELETE FROM recovery_codes WHERE user_id = $1", {user_id});
  for (const std::string& hash : code_hashes) {
    execute(session_, "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)",
            {user_id, hash});
  }
}

bool SqlRecoveryCodeRepository::use(Id user_id, const std::string& code_hash, Instant now) {
  return execute(session_,
                 "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND "
                 "used_at IS NULL",
                 {format_instant(now), user_id, code_hash}) == 1;
}

int SqlRecoveryCodeRepository::remaining(Id user_id) {
  return static_cast<int>(
      query(session_, "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
            {user_id})
          .front()
          .integer(0));
}

void SqlSignInAttemptRepository::record(const std::string& client_address, Instant now) {
  execute(session_, "INSERT INTO sign_in_attempts (client_address, at) VALUES ($1, $2)",
          {client_address, format_instant(now)});
}

int SqlSignInAttemptRepository::count_since(const std::string& client_address, Instant since) {
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM sign_in_attempts WHERE client_address = $1 AND at >= $2",
            {client_address, format_instant(since)})
          .front()
          .integer(0));
}

void SqlSignInAttemptRepository::forget_before(Instant before) {
  execute(session_, "DELETE FROM sign_in_attempts WHERE at < $1", {format_instant(before)});
}

std::map<std::string, std::string> SqlSettingsRepository::all(Id partnership_id) {
  std::map<std::string, std::string> settings;
  for (const Row& row :
       query(session_, "SELECT name, value FROM partnership_settings WHERE partnership_id = $1",
             {partnership_id})) {
    settings[row.text(0)] = row.text(1);
  }
  return settings;
}

void SqlSettingsRepository::set(Id partnership_id, const std::string& name,
                                const std::string& value) {
  execute(session_,
          "INSERT INTO partnership_settings (partnership_id, name, value) VALUES ($1, $2, $3) "
          "ON CONFLICT (partnership_id, name) DO UPDATE SET value = excluded.value",
          {partnership_id, name, value});
}

}  // namespace casereview::store
