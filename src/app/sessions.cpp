#include "app/sessions.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/security/password_hash.hpp"
#include "app/security/tokens.hpp"
#include "app/security/totp.hpp"
#include "domain/messages.hpp"

namespace casereview {

namespace {

constexpr std::chrono::minutes rate_limit_window{15};

const Error wrong_credentials = Error::invalid(
    {{"email", enter("a correct email address and password. After 6 wrong attempts an "
                     "account is locked for 30 minutes.")}});

const Error sign_in_again = Error{
    ErrorCode::unauthenticated,
    "The sign-in has ended",
    {{"email", "Your sign-in has ended. Sign in again with your email address and password."}}};

const Error too_many_codes =
    Error{ErrorCode::unauthenticated,
          "Too many wrong codes",
          {{"email",
            "You entered too many wrong codes. Sign in again. After 6 wrong attempts in a row "
            "an account is locked for 30 minutes."}}};

SecondFactorStep second_factor_step(const Account& account) {
  if (!needs_second_factor(account.user)) return SecondFactorStep::none;
  return account.totp_enrolled_at ? SecondFactorStep::enter_code : SecondFactorStep::set_up;
}

// Rule SEC-5: the half-signed-in `session` is ended and a new, signed-in one made in its place,
// with a new token and CSRF token, so that a token seen before the second factor is worthless
// after it. The new session keeps the old one's start: the 12-hour limit (Rule SEC-1) still counts
// from the password. Fails (unauthenticated) when the session has already ended.
Result<SignedIn> replace_session(Transaction& transaction, const SessionRecord& session,
                                 Instant now) {
  if (!transaction.sessions().end(session.id, now)) return sign_in_again;
  transaction.accounts().record_successful_sign_in(session.user_id);
  SignedIn signed_in;
  signed_in.session_token = security::random_token();
  signed_in.csrf_token = security::random_token();
  SessionRecord replacement = session;
  replacement.id = 0;
  replacement.last_seen_at = now;
  replacement.second_factor_pending = false;
  replacement.csrf_token = signed_in.csrf_token;
  transaction.sessions().create(replacement, security::token_hash(signed_in.session_token));
  return signed_in;
}

// Rule SEC-5: a wrong code counts towards the account's lock-out and the session's own limit;
// at the limit (or once the account is locked) the half-signed-in session ends. Returns whether
// it ended.
bool count_wrong_code(Transaction& transaction, const Account& account,
                      const SessionRecord& session, Instant now) {
  const int account_failures = transaction.accounts().record_failed_sign_in(
      account.user.id, sign_in_failures_before_lock, now + sign_in_lock_duration);
  const int session_failures = transaction.sessions().record_second_factor_failure(session.id);
  if (session_failures > 0 && session_failures < second_factor_failures_per_session &&
      account_failures < sign_in_failures_before_lock) {
    return false;
  }
  transaction.sessions().end(session.id, now);
  return true;
}

}  // namespace

Result<SignedIn> sign_in(AppContext& context, const Caller& caller, const std::string& email_input,
                         const std::string& password, const std::string& previous_session_token) {
  std::vector<FieldError> missing;
  if (email_input.empty()) missing.push_back({"email", enter("your email address")});
  if (password.empty()) missing.push_back({"password", enter("your password")});
  if (!missing.empty()) return Error::invalid(missing);
  const auto email = normalise_email("email", email_input);
  const Instant now = context.clock.now();

  // Read the account first (outside the write lock): verifying a password takes tens of
  // milliseconds and must not hold up other writers.
  const std::optional<Account> account = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::optional<Account>> {
        if (!email) return std::optional<Account>();
        return transaction.accounts().find_by_email(email.value());
      }));
  const bool usable =
      account && account->status == AccountStatus::active && !account->password_hash.empty();
  bool password_right = false;
  if (usable) {
    password_right = security::verify_password(password, account->password_hash);
  } else {
    security::dummy_verify(password, context.settings.password_cost);  // same time either way
  }

  Result<SignedIn> answer = TRY(context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Result<SignedIn>> {
        // Attempts older than the rate-limit window count for nothing: forget them as we go.
        transaction.sign_in_attempts().forget_before(now - rate_limit_window);
        transaction.sign_in_attempts().record(caller.client_address, now);
        // Refusals below commit what they record (the attempt, the failure count, the audit entry):
        // they are the transaction's value, reported once it commits; as its error they would roll
        // back.
        if (transaction.sign_in_attempts().count_since(caller.client_address,
                                                       now - rate_limit_window) >
            context.settings.sign_in_attempts_per_address) {
          return Result<SignedIn>(Error::invalid(
              {{"email",
                "There have been too many attempts to sign in from your network. Wait 15 "
                "minutes, then try again."}}));
        }
        if (!usable || locked(*account, now) || !password_right) {
          if (usable && !locked(*account, now)) {
            transaction.accounts().record_failed_sign_in(
                account->user.id, sign_in_failures_before_lock, now + sign_in_lock_duration);
          }
          record_audit(transaction, caller, now,
                       {audit_action::sign_in, audit_entity::session, "", audit_outcome::failure,
                        account ? (locked(*account, now) ? "account locked" : "wrong password")
                                : "unknown email"},
                       account ? std::optional<User>(account->user) : std::nullopt);
          return Result<SignedIn>(wrong_credentials);
        }
        SignedIn signed_in;
        signed_in.next_step = second_factor_step(*account);
        // Rule SEC-5: for staff the failures in a row end only when the second factor is given,
        // so that wrong codes after a right password still lead to the lock-out.
        if (signed_in.next_step == SecondFactorStep::none)
          transaction.accounts().record_successful_sign_in(account->user.id);
        if (!previous_session_token.empty()) {
          if (auto previous = transaction.sessions().find_active(
                  security::token_hash(previous_session_token))) {
            transaction.sessions().end(previous->id, now);
          }
        }
        signed_in.session_token = security::random_token();
        signed_in.csrf_token = security::random_token();
        SessionRecord session{0,
                              account->user.id,
                              now,
                              now,
                              signed_in.next_step != SecondFactorStep::none,
                              signed_in.csrf_token,
                              caller.client_address,
                              caller.user_agent.substr(0, 200)};
        const Id session_id =
            transaction.sessions().create(session, security::token_hash(signed_in.session_token));
        record_audit(
            transaction, caller, now,
            {audit_action::sign_in, audit_entity::session, std::to_string(session_id),
             audit_outcome::success,
             signed_in.next_step == SecondFactorStep::none ? "" : "second factor to follow"},
            account->user);
        return Result<SignedIn>(signed_in);
      }));
  if (!answer) return answer.error();
  const SignedIn signed_in = std::move(answer).value();
  if (password_right &&
      security::needs_rehash(account->password_hash, context.settings.password_cost)) {
    if (auto upgraded = security::hash_password(password, context.settings.password_cost)) {
      // Best effort: the old hash still works if this write fails, and the next sign-in retries.
      (void)context.storage.transact(TransactionMode::write,
                                     [&](Transaction& transaction) -> Status {
                                       transaction.accounts().set_password(
                                           account->user.id, upgraded.value(), account->status);
                                       return ok_status();
                                     });
    }
  }
  return signed_in;
}

Result<std::optional<AuthenticatedSession>> authenticate_session(AppContext& context,
                                                                 const std::string& session_token) {
  if (session_token.empty()) return std::optional<AuthenticatedSession>();
  const Instant now = context.clock.now();
  SessionActivity& activity = *context.session_activity;
  // What the read found, and what (if anything) must then be written.
  enum class Then { nothing, record_activity, end_session };
  struct Found {
    std::optional<AuthenticatedSession> session;
    Then then = Then::nothing;
    Id session_id = 0;
  };
  // A read, so that signed-in requests do not queue for the database's write lock.
  Result<Found> found = context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<Found> {
        auto session = transaction.sessions().find_active(security::token_hash(session_token));
        if (!session) return Found();
        auto account = transaction.accounts().find(session->user_id);
        // Rule SEC-1: activity is written at most once a minute; idle time counts from the last
        // request, written or remembered by this server since.
        const Instant written = session->last_seen_at;
        if (auto remembered = activity.latest(session->id); remembered && written < *remembered)
          session->last_seen_at = *remembered;
        if (session_expired(*session, now) || !account ||
            account->status != AccountStatus::active) {
          return Found{std::nullopt, Then::end_session, session->id};
        }
        const Then then =
            activity_recording_due(written, now) ? Then::record_activity : Then::nothing;
        return Found{AuthenticatedSession{
                         *session, actor_from(account->user), session->second_factor_pending,
                         session->second_factor_pending ? second_factor_step(*account)
                                                        : SecondFactorStep::none},
                     then, session->id};
      });
  if (!found) return found.error();
  const Id session_id = found.value().session_id;
  switch (found.value().then) {
    case Then::nothing:
      activity.note(session_id, now);
      break;
    case Then::record_activity: {
      const Status recorded =
          context.storage.transact(TransactionMode::write, [&](Transaction& transaction) {
            transaction.sessions().touch(session_id, now);
            return ok_status();
          });
      // Not written (the database busy): remembered instead, and the request goes on.
      if (recorded) {
        activity.forget(session_id, now);
      } else {
        activity.note(session_id, now);
      }
      found.value().session->session.last_seen_at = now;
      break;
    }
    case Then::end_session:
      // Refused whether or not the write succeeds.
      activity.forget(session_id, now);
      (void)context.storage.transact(TransactionMode::write, [&](Transaction& transaction) {
        transaction.sessions().end(session_id, now);
        return ok_status();
      });
      return std::optional<AuthenticatedSession>();
  }
  return std::move(found).value().session;
}

Result<std::optional<Actor>> authenticate_api_token(AppContext& context, const std::string& token) {
  if (token.empty()) return std::optional<Actor>();
  const Instant now = context.clock.now();
  struct Found {
    std::optional<Actor> actor;
    bool record_use = false;
  };
  // A read; the token's use is recorded apart, at most once a minute (as a session's activity,
  // Rule SEC-1), so that scripts calling the API do not queue for the database's write lock.
  Found found = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<Found> {
        auto record = transaction.api_tokens().find_unrevoked(security::token_hash(token));
        if (!record) return Found();
        auto account = transaction.accounts().find(record->user_id);
        if (!account || account->status != AccountStatus::active) return Found();
        return Found{actor_from(account->user), activity_recording_due(record->last_used_at, now)};
      }));
  if (found.record_use) {
    // use() also refuses a token revoked since the read.
    std::optional<Id> user_id = TRY(context.storage.transact(
        TransactionMode::write, [&](Transaction& transaction) -> Result<std::optional<Id>> {
          return transaction.api_tokens().use(security::token_hash(token), now);
        }));
    if (!user_id) return std::optional<Actor>();
  }
  return found.actor;
}

Status sign_out(AppContext& context, const Caller& caller, const AuthenticatedSession& session) {
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    transaction.sessions().end(session.session.id, now);
    Caller as_user = caller;
    as_user.actor = session.actor;
    record_audit(
        transaction, as_user, now,
        {audit_action::sign_out, audit_entity::session, std::to_string(session.session.id)});
    return ok_status();
  });
}

Result<SignedIn> verify_second_factor(AppContext& context, const Caller& caller,
                                      const AuthenticatedSession& session,
                                      const std::string& code_input) {
  std::string code;
  for (char c : code_input) {
    if (c != ' ' && c != '-') code += c;
  }
  if (code.empty())
    return Error::invalid({{"code", enter("the code from your authenticator app")}});
  const Instant now = context.clock.now();
  // A wrong code is refused after the commit (the transaction's value, not its error), so that
  // its audit entry and the failure counts are kept.
  return TRY(context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Result<SignedIn>> {
        auto account = transaction.accounts().find(session.actor.user_id);
        if (!account || !account->totp_enrolled_at) {
          return Error::of(ErrorCode::wrong_state, "Set up your authenticator app first");
        }
        Caller as_user = caller;
        as_user.actor = session.actor;
        bool accepted = false;
        std::string how = "authenticator code";
        if (code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos) {
          auto step = security::verify_totp(account->totp_secret, code, now);
          accepted = step && transaction.accounts().use_totp_step(account->user.id, *step);
        } else {
          how = "recovery code";
          accepted = transaction.recovery_codes().use(
              account->user.id, security::token_hash(security::normalise_recovery_code(code_input)),
              now);
        }
        // Rule SEC-2, Rule SEC-5: a locked account takes no code, right or wrong.
        if (locked(*account, now)) accepted = false;
        if (!accepted) {
          const bool ended = count_wrong_code(transaction, *account, session.session, now);
          record_audit(transaction, as_user, now,
                       {audit_action::second_factor, audit_entity::session,
                        std::to_string(session.session.id), audit_outcome::failure,
                        how + (ended ? "; too many wrong codes, session ended" : "")});
          if (ended) return Result<SignedIn>(too_many_codes);
          return Result<SignedIn>(Error::invalid(
              {{"code",
                "The code is not right or has been used. Enter the current code from your "
                "authenticator app, or a recovery code."}}));
        }
        SignedIn signed_in = TRY(replace_session(transaction, session.session, now));
        record_audit(transaction, as_user, now,
                     {audit_action::second_factor, audit_entity::session,
                      std::to_string(session.session.id), audit_outcome::success, how});
        return Result<SignedIn>(signed_in);
      }));
}

Result<TotpEnrolment> begin_totp_enrolment(AppContext& context,
                                           const AuthenticatedSession& session) {
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<TotpEnrolment> {
        auto account = transaction.accounts().find(session.actor.user_id);
        if (!account) return Error::of(ErrorCode::not_found, "No such account");
        if (account->totp_enrolled_at)
          return Error::of(ErrorCode::wrong_state, "Your authenticator app is already set up");
        std::string secret = account->totp_secret;
        if (secret.empty()) {
          secret = security::new_totp_secret();
          transaction.accounts().set_pending_totp(account->user.id, secret);
        }
        TotpEnrolment enrolment;
        enrolment.secret_base32 = secret;
        enrolment.secret_for_reading = security::totp_secret_for_reading(secret);
        enrolment.uri =
            security::totp_uri(secret, context.settings.service_name, account->user.email);
        return enrolment;
      });
}

Result<Enrolled> confirm_totp_enrolment(AppContext& context, const Caller& caller,
                                        const AuthenticatedSession& session,
                                        const std::string& code) {
  if (code.empty())
    return Error::invalid({{"code", enter("the code from your authenticator app")}});
  const Instant now = context.clock.now();
  const std::vector<std::string> codes = security::recovery_codes(10);
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Enrolled> {
        auto account = transaction.accounts().find(session.actor.user_id);
        if (!account || account->totp_secret.empty())
          return Error::of(ErrorCode::wrong_state, "Start setting up again");
        if (account->totp_enrolled_at)
          return Error::of(ErrorCode::wrong_state, "Your authenticator app is already set up");
        auto step = security::verify_totp(account->totp_secret, code, now);
        if (!step)
          return Error::invalid(
              {{"code", "The code is not right. Enter the 6-digit code your app shows now."}});
        transaction.accounts().set_totp(account->user.id, account->totp_secret, now);
        transaction.accounts().use_totp_step(account->user.id, *step);
        std::vector<std::string> hashes;
        for (const std::string& recovery : codes) hashes.push_back(security::token_hash(recovery));
        transaction.recovery_codes().replace(account->user.id, hashes);
        Enrolled enrolled{TRY(replace_session(transaction, session.session, now)), codes};
        Caller as_user = caller;
        as_user.actor = session.actor;
        record_audit(transaction, as_user, now,
                     {audit_action::enrol_second_factor, audit_entity::user,
                      std::to_string(account->user.id)});
        return enrolled;
      });
}

Result<std::vector<SessionRecord>> list_my_sessions(AppContext& context, const Caller& caller) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<SessionRecord>> {
        std::vector<SessionRecord> sessions;
        for (const SessionRecord& session :
             transaction.sessions().list_active_for_user(caller.actor->user_id)) {
          if (!session_expired(session, now)) sessions.push_back(session);
        }
        return sessions;
      });
}

Status end_my_session(AppContext& context, const Caller& caller, Id session_id) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    if (!transaction.sessions().end_for_user(caller.actor->user_id, session_id, now)) {
      return Error::of(ErrorCode::not_found, "No such session");
    }
    record_audit(transaction, caller, now,
                 {audit_action::sign_out, audit_entity::session, std::to_string(session_id),
                  audit_outcome::success, "ended from account page"});
    return ok_status();
  });
}

Result<CreatedApiToken> create_api_token(AppContext& context, const Caller& caller, Id user_id,
                                         const std::string& name) {
  if (name.empty())
    return Error::invalid(
        {{"name", enter("a name for the token, such as the script that uses it")}});
  if (name.size() > limits::api_token_name)
    return Error::invalid({{"name", too_long("Name", limits::api_token_name)}});
  // Only for oneself, except from the command line (no actor), which acts as an administrator.
  if (caller.actor && caller.actor->user_id != user_id) {
    return Error::of(ErrorCode::forbidden, "You can only create API tokens for yourself");
  }
  const Instant now = context.clock.now();
  const std::string token = security::random_token();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<CreatedApiToken> {
        auto account = transaction.accounts().find(user_id);
        if (!account) return Error::of(ErrorCode::not_found, "No such user");
        if (account->status != AccountStatus::active) {
          return Error::of(ErrorCode::wrong_state,
                           "API tokens are for active accounts; this account is " +
                               account_status_name(account->status));
        }
        CreatedApiToken created;
        created.token = token;
        created.record =
            transaction.api_tokens().create(user_id, name, security::token_hash(token), now);
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::api_token,
                      std::to_string(created.record.id), audit_outcome::success, name},
                     account->user);
        return created;
      });
}

Result<std::vector<ApiTokenRecord>> list_my_api_tokens(AppContext& context, const Caller& caller) {
  TRY(require_signed_in(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ApiTokenRecord>> {
        return transaction.api_tokens().list(caller.actor->user_id);
      });
}

Status revoke_my_api_token(AppContext& context, const Caller& caller, Id token_id) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    if (!transaction.api_tokens().revoke(caller.actor->user_id, token_id, now)) {
      return Error::of(ErrorCode::not_found, "No such token");
    }
    record_audit(transaction, caller, now,
                 {audit_action::erase, audit_entity::api_token, std::to_string(token_id)});
    return ok_status();
  });
}

}  // namespace casereview
