// The identity use cases in-process (app/sessions.hpp, app/accounts.hpp) on real storage of both
// engines, with a clock moved by hand: signing in and what it reveals, lock-out (Rule SEC-2) and
// the rate limit per address, session time-outs (Rule SEC-1), the second factor (Rule SEC-4) with
// codes made by security::totp_code, invitations, registration, password reset and their link
// lifetimes (Rule SEC-3), and an administrator's changes to users, refused to anyone else. Each
// journey checks the audit entries it must leave and that the hash chain is still whole.
#include <gtest/gtest.h>

#include <set>

#include "app/security/tokens.hpp"
#include "app/security/totp.hpp"
#include "use_case_fixture.hpp"

namespace casereview {
namespace {

// The actor of an API token; fails the test when the database did not answer.
std::optional<Actor> token_actor(AppContext& context, const std::string& token) {
  Result<std::optional<Actor>> actor = authenticate_api_token(context, token);
  EXPECT_TRUE(actor.ok());
  return actor.ok() ? actor.value() : std::nullopt;
}

using namespace std::chrono_literals;

class IdentityUseCasesTest : public UseCaseTest {
 protected:
  // Signs in and fails the test when it does not work.
  SignedIn signed_in(const std::string& email, const std::string& address = "198.51.100.1",
                     const std::string& with_password = password) {
    auto result = sign_in(context(), visitor(address), email, with_password);
    if (!result) {
      ADD_FAILURE() << "sign-in of " << email << " failed: "
                    << (result.error().fields.empty() ? result.error().message
                                                      : result.error().fields[0].message);
      return SignedIn{};
    }
    return result.value();
  }

  // The session as stored, read apart from the use cases; fails the test when there is none.
  SessionRecord stored_session(const std::string& token) {
    SessionRecord found;
    Status read =
        context().storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          auto session = transaction.sessions().find_active(security::token_hash(token));
          if (!session) return Error::of(ErrorCode::not_found, "no active session");
          found = *session;
          return ok_status();
        });
    EXPECT_TRUE(read.ok()) << read.error().message;
    return found;
  }

  AuthenticatedSession authenticated(const std::string& token) {
    auto session = signed_in_session(context(), token);
    if (!session) {
      ADD_FAILURE() << "the session is not active";
      return AuthenticatedSession{};
    }
    return *session;
  }

  // Signs a staff member in and sets up their authenticator app; returns the secret and leaves
  // the session complete. The clock moves on 30 s afterwards so the next code is a new one.
  std::string enrol(const std::string& email, std::vector<std::string>* recovery = nullptr) {
    const SignedIn started = signed_in(email);
    EXPECT_EQ(started.next_step, SecondFactorStep::set_up);
    const AuthenticatedSession session = authenticated(started.session_token);
    auto enrolment = begin_totp_enrolment(context(), session);
    if (!enrolment) {
      ADD_FAILURE() << enrolment.error().message;
      return "";
    }
    const std::string secret = enrolment.value().secret_base32;
    auto codes = confirm_totp_enrolment(context(), visitor(), session,
                                        *security::totp_code(secret, clock_.now()));
    EXPECT_TRUE(codes.ok());
    if (codes.ok() && recovery) *recovery = codes.value().recovery_codes;
    clock_.advance(30s);
    return secret;
  }

  // A six-digit code that is not the authenticator's current one (a later one, or a fixed one
  // should the two happen to match).
  std::string wrong_code(const std::string& secret) {
    std::string wrong = *security::totp_code(secret, clock_.now() + 10min);
    if (wrong == *security::totp_code(secret, clock_.now()))
      wrong = wrong == "123456" ? "654321" : "123456";
    return wrong;
  }

  static std::string field_message(const Error& error) {
    return error.fields.empty() ? "" : error.fields[0].message;
  }
};

// Signing in ---------------------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, ALearnerSignsInWithTheRightPasswordAndNeedsNoSecondFactor) {
  const Account learner = add_account("learner@north.example", {"learner"});
  auto result = sign_in(context(), visitor(), "  Learner@North.EXAMPLE ", password);
  ASSERT_TRUE(result.ok()) << field_message(result.error());
  EXPECT_EQ(result.value().next_step, SecondFactorStep::none);
  EXPECT_EQ(result.value().session_token.size(), 43u);
  auto session = signed_in_session(context(), result.value().session_token);
  ASSERT_TRUE(session.has_value());
  EXPECT_EQ(session->actor.user_id, learner.user.id);
  EXPECT_FALSE(session->second_factor_pending);
  EXPECT_EQ(session->session.csrf_token, result.value().csrf_token);
  EXPECT_EQ(session->session.client_address, "198.51.100.1");
  ASSERT_EQ(audit_entries("sign-in", "success", "learner@north.example").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(IdentityUseCasesTest, StaffSignInIsPendingUntilTheSecondFactorIsSetUp) {
  add_account("manager@north.example", {"manager"});
  const SignedIn started = signed_in("manager@north.example");
  EXPECT_EQ(started.next_step, SecondFactorStep::set_up);
  auto session = signed_in_session(context(), started.session_token);
  ASSERT_TRUE(session.has_value());
  EXPECT_TRUE(session->second_factor_pending);
  EXPECT_EQ(session->next_step, SecondFactorStep::set_up);
}

TEST_P(IdentityUseCasesTest, AnUnknownEmailAndAWrongPasswordGetExactlyTheSameError) {
  add_account("manager@north.example", {"manager"});
  auto unknown = sign_in(context(), visitor(), "nobody@north.example", password);
  auto wrong = sign_in(context(), visitor(), "manager@north.example", "not the password at all");
  ASSERT_FALSE(unknown.ok());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(wrong.error().code, unknown.error().code);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  ASSERT_EQ(wrong.error().fields.size(), unknown.error().fields.size());
  ASSERT_EQ(unknown.error().fields.size(), 1u);
  EXPECT_EQ(wrong.error().fields[0].field, unknown.error().fields[0].field);
  EXPECT_EQ(wrong.error().fields[0].message, unknown.error().fields[0].message);
}

TEST_P(IdentityUseCasesTest, EmptyFieldsAreNamedAndNothingIsTried) {
  auto result = sign_in(context(), visitor(), "", "");
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.error().fields.size(), 2u);
  EXPECT_EQ(result.error().fields[0].field, "email");
  EXPECT_EQ(result.error().fields[0].message, "Enter your email address");
  EXPECT_EQ(result.error().fields[1].field, "password");
  EXPECT_EQ(result.error().fields[1].message, "Enter your password");
}

TEST_P(IdentityUseCasesTest, FailedSignInsAreAuditedWithoutRevealingThePassword) {
  add_account("manager@north.example", {"manager"});
  ASSERT_FALSE(sign_in(context(), visitor(), "manager@north.example", "guess number one").ok());
  ASSERT_FALSE(sign_in(context(), visitor(), "nobody@north.example", "guess number two").ok());
  auto failures = audit_entries("sign-in", "failure");
  ASSERT_EQ(failures.size(), 2u) << "every failed sign-in is a security event to keep";
  EXPECT_EQ(failures[0].user_email, "manager@north.example");
  EXPECT_EQ(failures[0].client_address, "198.51.100.1");
  for (const AuditEntry& entry : failures) EXPECT_EQ(entry.detail.find("guess"), std::string::npos);
  expect_audit_chain_whole();
}

// Rule SEC-2
// A learner's sign-in is complete at the password, so a success clears the count there; a staff
// member's is complete only at the second factor (Rule SEC-5,
// WrongCodesAcrossSessionsLockTheAccount).
TEST_P(IdentityUseCasesTest, SixWrongPasswordsLockTheAccountForThirtyMinutes) {
  add_account("learner@north.example", {"learner"});
  for (int attempt = 1; attempt <= 6; ++attempt) {
    ASSERT_FALSE(sign_in(context(), visitor(), "learner@north.example",
                         "wrong password " + std::to_string(attempt))
                     .ok());
    clock_.advance(10s);
  }
  auto account = find_account("learner@north.example");
  ASSERT_TRUE(account.has_value());
  EXPECT_EQ(account->failed_sign_ins, 6);
  EXPECT_TRUE(locked(*account, clock_.now())) << "six failures in a row must lock the account";

  auto while_locked = sign_in(context(), visitor(), "learner@north.example", password);
  ASSERT_FALSE(while_locked.ok()) << "the right password must not open a locked account";
  auto unknown = sign_in(context(), visitor(), "nobody@north.example", password);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(field_message(while_locked.error()), field_message(unknown.error()))
      << "locked looks like wrong";

  clock_.advance(29min);
  EXPECT_FALSE(sign_in(context(), visitor(), "learner@north.example", password).ok())
      << "still locked";
  clock_.advance(1min);
  auto after = sign_in(context(), visitor(), "learner@north.example", password);
  ASSERT_TRUE(after.ok()) << "30 minutes after the sixth failure the lock has run out";
  EXPECT_EQ(find_account("learner@north.example")->failed_sign_ins, 0)
      << "a success clears the count";
}

TEST_P(IdentityUseCasesTest, FiveWrongPasswordsThenTheRightOneSignsInAndStartsTheCountAgain) {
  add_account("learner@north.example", {"learner"});
  for (int attempt = 1; attempt <= 5; ++attempt) {
    ASSERT_FALSE(sign_in(context(), visitor(), "learner@north.example", "wrong password").ok());
  }
  ASSERT_TRUE(sign_in(context(), visitor(), "learner@north.example", password).ok());
  for (int attempt = 1; attempt <= 5; ++attempt) {
    ASSERT_FALSE(sign_in(context(), visitor(), "learner@north.example", "wrong password").ok());
  }
  EXPECT_TRUE(sign_in(context(), visitor(), "learner@north.example", password).ok());
}

TEST_P(IdentityUseCasesTest, ADeactivatedAccountCannotSignInAndGetsTheSameError) {
  const Account admin = add_account("admin@north.example", {"admin"});
  const Account manager = add_account("manager@north.example", {"manager"});
  ASSERT_TRUE(deactivate_user(context(), as(admin), manager.user.id).ok());
  auto refused = sign_in(context(), visitor(), "manager@north.example", password);
  auto unknown = sign_in(context(), visitor(), "nobody@north.example", password);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(field_message(refused.error()), field_message(unknown.error()));
}

TEST_P(IdentityUseCasesTest, TooManyAttemptsFromOneAddressAreRefusedForFifteenMinutes) {
  context().settings.sign_in_attempts_per_address = 5;
  add_account("learner@north.example", {"learner"});
  // Guesses at unknown addresses, so no account is locked: only the address limit can refuse.
  for (int attempt = 1; attempt <= 5; ++attempt) {
    ASSERT_FALSE(sign_in(context(), visitor("203.0.113.9"),
                         "guess" + std::to_string(attempt) + "@north.example",
                         "some password or other")
                     .ok());
  }
  auto limited = sign_in(context(), visitor("203.0.113.9"), "learner@north.example", password);
  ASSERT_FALSE(limited.ok())
      << "the sixth attempt from one address within 15 minutes must be refused";
  EXPECT_EQ(field_message(limited.error()),
            "There have been too many attempts to sign in from your network. Wait 15 minutes, then "
            "try again.");
  EXPECT_TRUE(sign_in(context(), visitor("203.0.113.10"), "learner@north.example", password).ok())
      << "another address is not limited";
  clock_.advance(15min + 1s);
  EXPECT_TRUE(sign_in(context(), visitor("203.0.113.9"), "learner@north.example", password).ok())
      << "the window has passed";
}

TEST_P(IdentityUseCasesTest, SigningInAgainEndsTheSessionTheBrowserHadBefore) {
  add_account("learner@north.example", {"learner"});
  const SignedIn first = signed_in("learner@north.example");
  auto second =
      sign_in(context(), visitor(), "learner@north.example", password, first.session_token);
  ASSERT_TRUE(second.ok());
  EXPECT_NE(second.value().session_token, first.session_token);
  EXPECT_FALSE(signed_in_session(context(), first.session_token).has_value());
  EXPECT_TRUE(signed_in_session(context(), second.value().session_token).has_value());
}

// Rule SEC-1 ---------------------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, ASessionEndsAfterSixtyMinutesWithoutARequest) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  clock_.advance(59min);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "59 minutes idle is fine";
  clock_.advance(59min + 59s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "idle time restarts at each request";
  clock_.advance(60min);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "60 minutes idle ends it";
  // Ended for good, not just refused now: even a clock set back does not revive it.
  clock_.set(start_time() + 1min);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "the session must have been ended";
}

// Rule SEC-1 says 60 minutes idle. The last-seen time is written at most once a minute (so reading
// pages does not write), but that must not end a session that has been idle for less than 60
// minutes.
TEST_P(IdentityUseCasesTest,
       ASessionIdleForJustUnderSixtyMinutesAfterAQuickSecondRequestIsStillActive) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  clock_.advance(30s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "a second page 30 s later";
  clock_.advance(59min + 50s);
  EXPECT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "idle for 59 min 50 s since the last request, yet signed out";
}

// Rule SEC-1: activity is written at most once a minute, so a request that only reads writes
// nothing; the server remembers the requests in between.
TEST_P(IdentityUseCasesTest, ASessionsActivityIsWrittenAtMostOnceAMinute) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  const auto written = [&] { return stored_session(started.session_token).last_seen_at; };
  clock_.advance(30s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value());
  EXPECT_EQ(written(), start_time()) << "30 s after signing in: nothing written";
  clock_.advance(29s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value());
  EXPECT_EQ(written(), start_time()) << "59 s after signing in: nothing written";
  clock_.advance(1s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value());
  EXPECT_EQ(written(), start_time() + 1min) << "a minute after the last write: written";
}

// Rule SEC-1: the idle time-out still ends a session idle for 60 minutes after a request that
// was remembered rather than written.
TEST_P(IdentityUseCasesTest, ASessionIdleForSixtyMinutesAfterARequestNotWrittenHasEnded) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  clock_.advance(30s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value());
  ASSERT_EQ(stored_session(started.session_token).last_seen_at, start_time())
      << "the request 30 s after signing in is not written";
  clock_.advance(60min);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "idle for 60 minutes since the last request";
  clock_.set(start_time() + 1min);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "the session must have been ended";
}

// Rule SEC-1: a server that did not see the requests since the last write (restarted, or another
// one behind the load balancer) counts idle time from that write: sooner, never later.
TEST_P(IdentityUseCasesTest, AServerThatDidNotSeeTheLastRequestEndsTheSessionSoonerNeverLater) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  clock_.advance(30s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "a request this server remembers and does not write";
  AppContext other_server{context().storage, context().clock, context().settings};
  clock_.set(start_time() + 60min);
  EXPECT_FALSE(signed_in_session(other_server, started.session_token).has_value())
      << "60 minutes after the last write, 59 min 30 s after a request it did not see";
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "ended for every server";
}

TEST_P(IdentityUseCasesTest, ASessionEndsTwelveHoursAfterSignInEvenWithARequestEveryFiftyMinutes) {
  add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  for (int request = 1; request <= 14; ++request) {  // up to 11 h 40 min
    clock_.advance(50min);
    ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
        << "request " << request;
  }
  clock_.set(start_time() + 12h - 1s);
  ASSERT_TRUE(signed_in_session(context(), started.session_token).has_value())
      << "one second before 12 hours";
  clock_.set(start_time() + 12h);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "12 hours is the most";
  clock_.set(start_time() + 1h);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "the session must have been ended";
}

TEST_P(IdentityUseCasesTest, SignOutEndsTheSessionAndIsAudited) {
  const Account learner = add_account("learner@north.example", {"learner"});
  const SignedIn started = signed_in("learner@north.example");
  const AuthenticatedSession session = authenticated(started.session_token);
  ASSERT_TRUE(sign_out(context(), visitor(), session).ok());
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value());
  auto entries = audit_entries("sign-out", "success", "learner@north.example");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].user_id, learner.user.id);
  expect_audit_chain_whole();
}

TEST_P(IdentityUseCasesTest, SomeoneCanEndOnlyTheirOwnSessions) {
  const Account learner = add_account("learner@north.example", {"learner"});
  const Account other = add_account("other@north.example", {"learner"});
  const SignedIn mine = signed_in("learner@north.example");
  const SignedIn theirs = signed_in("other@north.example");
  const Id their_session = authenticated(theirs.session_token).session.id;
  auto refused = end_my_session(context(), as(learner), their_session);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::not_found);
  EXPECT_TRUE(signed_in_session(context(), theirs.session_token).has_value());
  auto listed = list_my_sessions(context(), as(learner));
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed.value().size(), 1u);
  ASSERT_TRUE(end_my_session(context(), as(learner), listed.value()[0].id).ok());
  EXPECT_FALSE(signed_in_session(context(), mine.session_token).has_value());
  EXPECT_FALSE(list_my_sessions(context(), visitor()).ok()) << "the public has no sessions to list";
  (void)other;
}

// Rule SEC-4 ---------------------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, StaffSetUpAnAuthenticatorWithTheFirstCodeAndGetTenRecoveryCodes) {
  const Account manager = add_account("manager@north.example", {"manager"});
  const SignedIn started = signed_in("manager@north.example");
  const AuthenticatedSession pending = authenticated(started.session_token);
  ASSERT_TRUE(pending.second_factor_pending);
  auto enrolment = begin_totp_enrolment(context(), pending);
  ASSERT_TRUE(enrolment.ok());
  auto again = begin_totp_enrolment(context(), pending);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().secret_base32, enrolment.value().secret_base32)
      << "the same secret until confirmed";
  EXPECT_EQ(enrolment.value().uri.rfind("otpauth://totp/", 0), 0u);

  const std::string secret = enrolment.value().secret_base32;
  auto wrong = confirm_totp_enrolment(context(), visitor(), pending, "000000");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::invalid_input);
  EXPECT_TRUE(authenticated(started.session_token).second_factor_pending);

  auto enrolled = confirm_totp_enrolment(context(), visitor(), pending,
                                         *security::totp_code(secret, clock_.now()));
  ASSERT_TRUE(enrolled.ok()) << field_message(enrolled.error());
  const std::vector<std::string>& codes = enrolled.value().recovery_codes;
  EXPECT_EQ(codes.size(), 10u);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
  // Rule SEC-5: set-up completes the sign-in in a new session; the half-signed-in one is over.
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value());
  EXPECT_FALSE(authenticated(enrolled.value().session.session_token).second_factor_pending)
      << "set-up completes the sign-in";
  auto account = find_account("manager@north.example");
  EXPECT_EQ(account->totp_enrolled_at, clock_.now());
  EXPECT_EQ(audit_entries("enrol-second-factor", "success", "manager@north.example").size(), 1u);
  EXPECT_FALSE(begin_totp_enrolment(context(), pending).ok()) << "already set up";
  expect_audit_chain_whole();
  (void)manager;
}

TEST_P(IdentityUseCasesTest, ACodeWorksOnceAndTheCodeUsedToSetUpCannotSignInAgain) {
  add_account("manager@north.example", {"manager"});
  const SignedIn started = signed_in("manager@north.example");
  const AuthenticatedSession pending = authenticated(started.session_token);
  const std::string secret = begin_totp_enrolment(context(), pending).value().secret_base32;
  const std::string setup_code = *security::totp_code(secret, clock_.now());
  ASSERT_TRUE(confirm_totp_enrolment(context(), visitor(), pending, setup_code).ok());

  // Signs in again at once: the set-up code is still current but has been used.
  const SignedIn second = signed_in("manager@north.example");
  EXPECT_EQ(second.next_step, SecondFactorStep::enter_code);
  const AuthenticatedSession second_session = authenticated(second.session_token);
  auto reused = verify_second_factor(context(), visitor(), second_session, setup_code);
  ASSERT_FALSE(reused.ok()) << "a code must not work twice";
  EXPECT_TRUE(authenticated(second.session_token).second_factor_pending);

  clock_.advance(30s);
  const std::string fresh = *security::totp_code(secret, clock_.now());
  auto verified = verify_second_factor(context(), visitor(), second_session, fresh);
  ASSERT_TRUE(verified.ok());
  EXPECT_FALSE(authenticated(verified.value().session_token).second_factor_pending);

  const SignedIn third = signed_in("manager@north.example");
  auto replayed =
      verify_second_factor(context(), visitor(), authenticated(third.session_token), fresh);
  EXPECT_FALSE(replayed.ok()) << "a code seen once must be refused in another session too";
  EXPECT_EQ(audit_entries("second-factor", "success", "manager@north.example").size(), 1u);
}

TEST_P(IdentityUseCasesTest, AWrongSecondFactorCodeIsRefusedAndAudited) {
  add_account("manager@north.example", {"manager"});
  const std::string secret = enrol("manager@north.example");
  const SignedIn started = signed_in("manager@north.example");
  const AuthenticatedSession pending = authenticated(started.session_token);
  const std::string wrong = wrong_code(secret);
  auto refused = verify_second_factor(context(), visitor(), pending, wrong);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_TRUE(authenticated(started.session_token).second_factor_pending);
  EXPECT_EQ(audit_entries("second-factor", "failure", "manager@north.example").size(), 1u)
      << "a wrong second factor is a security event to keep";
}

// Rule SEC-5 (issue 17: 100 wrong codes were tried in 0.2 s on one session, and the right one still
// worked): the fifth wrong code ends the half-signed-in session, and the right code is then
// refused with it; each attempt is audited.
TEST_P(IdentityUseCasesTest, FiveWrongCodesEndTheHalfSignedInSession) {
  add_account("manager@north.example", {"manager"});
  const std::string secret = enrol("manager@north.example");
  const SignedIn started = signed_in("manager@north.example");
  const AuthenticatedSession pending = authenticated(started.session_token);
  const std::string wrong = wrong_code(secret);
  for (int attempt = 1; attempt < second_factor_failures_per_session; ++attempt) {
    auto refused = verify_second_factor(context(), visitor(), pending, wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input) << "attempt " << attempt;
  }
  auto last = verify_second_factor(context(), visitor(), pending, wrong);
  ASSERT_FALSE(last.ok());
  EXPECT_EQ(last.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(last.error().fields.at(0).field, "email");
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value())
      << "the session has ended";
  EXPECT_FALSE(verify_second_factor(context(), visitor(), pending,
                                    *security::totp_code(secret, clock_.now()))
                   .ok())
      << "the right code no longer completes it";
  EXPECT_EQ(audit_entries("second-factor", "failure", "manager@north.example").size(), 5u);
}

// Rule SEC-5 and Rule SEC-2: wrong codes count towards the account's lock-out; signing in again
// with the right password does not reset the count, so guessing across sessions stops at six.
TEST_P(IdentityUseCasesTest, WrongCodesAcrossSessionsLockTheAccount) {
  add_account("manager@north.example", {"manager"});
  const std::string secret = enrol("manager@north.example");
  const std::string wrong = wrong_code(secret);
  const SignedIn first = signed_in("manager@north.example");
  const AuthenticatedSession first_session = authenticated(first.session_token);
  for (int attempt = 0; attempt < second_factor_failures_per_session; ++attempt)
    (void)verify_second_factor(context(), visitor(), first_session, wrong);
  const SignedIn second = signed_in("manager@north.example");
  auto sixth =
      verify_second_factor(context(), visitor(), authenticated(second.session_token), wrong);
  ASSERT_FALSE(sixth.ok());
  EXPECT_EQ(sixth.error().code, ErrorCode::unauthenticated) << "the sixth in a row locks";
  auto locked_out = sign_in(context(), visitor(), "manager@north.example", password);
  ASSERT_FALSE(locked_out.ok()) << "the account is locked for 30 minutes";
  clock_.advance(31min);
  const SignedIn after = signed_in("manager@north.example");
  auto verified = verify_second_factor(context(), visitor(), authenticated(after.session_token),
                                       *security::totp_code(secret, clock_.now()));
  ASSERT_TRUE(verified.ok()) << "the lock ends after 30 minutes";
}

// Rule SEC-5 (issue 17: the session was rotated at the password but not at the second factor):
// the token of the half-signed-in session stops working once the second factor is given.
TEST_P(IdentityUseCasesTest, TheSecondFactorReplacesTheSessionWithANewOne) {
  add_account("manager@north.example", {"manager"});
  const std::string secret = enrol("manager@north.example");
  const SignedIn started = signed_in("manager@north.example");
  const AuthenticatedSession pending = authenticated(started.session_token);
  auto verified = verify_second_factor(context(), visitor(), pending,
                                       *security::totp_code(secret, clock_.now()));
  ASSERT_TRUE(verified.ok());
  EXPECT_NE(verified.value().session_token, started.session_token);
  EXPECT_NE(verified.value().csrf_token, started.csrf_token);
  EXPECT_FALSE(signed_in_session(context(), started.session_token).has_value());
  const AuthenticatedSession signed_in_now = authenticated(verified.value().session_token);
  EXPECT_FALSE(signed_in_now.second_factor_pending);
  EXPECT_EQ(signed_in_now.session.created_at, pending.session.created_at)
      << "the 12-hour limit still counts from the password (Rule SEC-1)";
  EXPECT_EQ(signed_in_now.session.csrf_token, verified.value().csrf_token);
}

TEST_P(IdentityUseCasesTest, ARecoveryCodeCompletesASignInOnce) {
  add_account("manager@north.example", {"manager"});
  std::vector<std::string> recovery;
  enrol("manager@north.example", &recovery);
  ASSERT_EQ(recovery.size(), 10u);

  const SignedIn first = signed_in("manager@north.example");
  std::string typed = recovery[3];
  std::transform(typed.begin(), typed.end(), typed.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  auto verified =
      verify_second_factor(context(), visitor(), authenticated(first.session_token), typed);
  ASSERT_TRUE(verified.ok()) << "recovery codes are accepted whatever the case";
  EXPECT_FALSE(authenticated(verified.value().session_token).second_factor_pending);

  const SignedIn second = signed_in("manager@north.example");
  EXPECT_FALSE(
      verify_second_factor(context(), visitor(), authenticated(second.session_token), recovery[3])
          .ok())
      << "a recovery code works once";
  EXPECT_TRUE(
      verify_second_factor(context(), visitor(), authenticated(second.session_token), recovery[4])
          .ok());
  auto successes = audit_entries("second-factor", "success", "manager@north.example");
  ASSERT_EQ(successes.size(), 2u);
  EXPECT_EQ(successes[0].detail, "recovery code");
  expect_audit_chain_whole();
}

// Invitations (Rule SEC-3) --------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, AnInviteeSetsAPasswordFromTheEmailedLinkAndCanThenSignIn) {
  const Account admin = add_account("admin@north.example", {"admin"});
  auto invited = invite_user(context(), as(admin),
                             {"New.Reviewer@North.example", "Nia Reviewer", {"reviewer"}, ""});
  ASSERT_TRUE(invited.ok()) << invited.error().message;
  EXPECT_EQ(invited.value().status, AccountStatus::invited);
  EXPECT_EQ(invited.value().user.email, "new.reviewer@north.example");
  EXPECT_EQ(invited.value().user.partnership_id, admin.user.partnership_id);
  auto emails = outbox_to("new.reviewer@north.example");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].email.subject, "You have been invited to Safeguarding case reviews");
  const std::string token = link_token("new.reviewer@north.example", "/accept-invitation");
  ASSERT_FALSE(token.empty()) << emails[0].email.body;

  EXPECT_FALSE(sign_in(context(), visitor(), "new.reviewer@north.example", password).ok())
      << "no password yet";
  auto email = email_for_link(context(), TokenPurpose::invitation, token);
  ASSERT_TRUE(email.ok());
  EXPECT_EQ(email.value(), "new.reviewer@north.example");

  auto mismatch =
      accept_invitation(context(), visitor(), token, password, "something else entirely");
  ASSERT_FALSE(mismatch.ok());
  EXPECT_EQ(mismatch.error().code, ErrorCode::invalid_input);

  ASSERT_TRUE(accept_invitation(context(), visitor(), token, password, password).ok());
  EXPECT_EQ(find_account("new.reviewer@north.example")->status, AccountStatus::active);
  auto signed_in_now = sign_in(context(), visitor(), "new.reviewer@north.example", password);
  ASSERT_TRUE(signed_in_now.ok());
  EXPECT_EQ(signed_in_now.value().next_step, SecondFactorStep::set_up);

  auto reused = accept_invitation(context(), visitor(), token, "another long pass phrase",
                                  "another long pass phrase");
  ASSERT_FALSE(reused.ok());
  EXPECT_EQ(reused.error().code, ErrorCode::not_found) << "an invitation link works once";

  EXPECT_EQ(audit_entries("create", "success", "admin@north.example").size(), 1u);
  EXPECT_EQ(audit_entries("accept-invitation", "success", "new.reviewer@north.example").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(IdentityUseCasesTest, AnInvitationLinkWorksForSevenDaysAndNoLonger) {
  const Account admin = add_account("admin@north.example", {"admin"});
  ASSERT_TRUE(
      invite_user(context(), as(admin), {"first@north.example", "First", {"committee"}, ""}).ok());
  ASSERT_TRUE(
      invite_user(context(), as(admin), {"second@north.example", "Second", {"committee"}, ""})
          .ok());
  const std::string first = link_token("first@north.example", "/accept-invitation");
  const std::string second = link_token("second@north.example", "/accept-invitation");
  clock_.advance(7 * 24h - 1s);
  EXPECT_TRUE(accept_invitation(context(), visitor(), first, password, password).ok())
      << "one second before 7 days";
  clock_.advance(1s);
  auto expired = accept_invitation(context(), visitor(), second, password, password);
  ASSERT_FALSE(expired.ok()) << "7 days after the invitation";
  EXPECT_EQ(expired.error().code, ErrorCode::not_found);
  EXPECT_EQ(find_account("second@north.example")->status, AccountStatus::invited);
}

TEST_P(IdentityUseCasesTest, AnInvitationCannotBringBackAnAccountDeactivatedBeforeItWasAccepted) {
  const Account admin = add_account("admin@north.example", {"admin"});
  auto invited = invite_user(context(), as(admin),
                             {"mistake@north.example", "Wrong Person", {"committee"}, ""});
  ASSERT_TRUE(invited.ok());
  const std::string token = link_token("mistake@north.example", "/accept-invitation");
  ASSERT_TRUE(deactivate_user(context(), as(admin), invited.value().user.id).ok());
  (void)accept_invitation(context(), visitor(), token, password, password);
  EXPECT_EQ(find_account("mistake@north.example")->status, AccountStatus::deactivated)
      << "the administrator deactivated this account; an old invitation link must not reactivate "
         "it";
  EXPECT_FALSE(sign_in(context(), visitor(), "mistake@north.example", password).ok());
}

TEST_P(IdentityUseCasesTest, AResetLinkDoesNotBringBackADeactivatedAccount) {
  const Account admin = add_account("admin@north.example", {"admin"});
  const Account manager = add_account("manager@north.example", {"manager"});
  ASSERT_TRUE(request_password_reset(context(), visitor(), "manager@north.example").ok());
  const std::string token = link_token("manager@north.example", "/reset-password");
  ASSERT_TRUE(deactivate_user(context(), as(admin), manager.user.id).ok());
  (void)reset_password(context(), visitor(), token, "a brand new pass phrase",
                       "a brand new pass phrase");
  EXPECT_EQ(find_account("manager@north.example")->status, AccountStatus::deactivated);
  EXPECT_FALSE(
      sign_in(context(), visitor(), "manager@north.example", "a brand new pass phrase").ok());
}

TEST_P(IdentityUseCasesTest, OnlyAnAdministratorCanInviteAndOnlyToTheirOwnPartnership) {
  const Account manager = add_account("manager@north.example", {"manager"});
  const Account south_admin = add_account("admin@south.example", {"admin"}, "SOUTH");
  auto refused = invite_user(context(), as(manager), {"x@north.example", "X", {"reviewer"}, ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_FALSE(invite_user(context(), visitor(), {"x@north.example", "X", {"reviewer"}, ""}).ok());
  EXPECT_FALSE(find_account("x@north.example").has_value());
  auto south = invite_user(context(), as(south_admin), {"y@south.example", "Y", {"reviewer"}, ""});
  ASSERT_TRUE(south.ok());
  EXPECT_EQ(south.value().user.partnership_id, south_admin.user.partnership_id);
}

// Registration -------------------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, ARegisteredLearnerCannotSignInUntilTheirEmailIsVerified) {
  const Partnership north = ensure_partnership("NORTH");
  Registration registration{"Pat Practitioner",
                            "Pat@School.example",
                            "Northbrook Primary School",
                            "Designated safeguarding lead",
                            password,
                            password,
                            "NORTH"};
  ASSERT_TRUE(register_learner(context(), visitor(), registration).ok());
  auto account = find_account("pat@school.example");
  ASSERT_TRUE(account.has_value());
  EXPECT_EQ(account->status, AccountStatus::unverified);
  EXPECT_EQ(account->user.roles, (std::vector<Role>{Role::learner}));
  EXPECT_EQ(account->user.partnership_id, north.id)
      << "the area they work in makes them part of its workforce (Rule TRN-7)";

  auto unverified = sign_in(context(), visitor(), "pat@school.example", password);
  auto unknown = sign_in(context(), visitor(), "nobody@school.example", password);
  ASSERT_FALSE(unverified.ok()) << "an unverified address cannot sign in";
  EXPECT_EQ(field_message(unverified.error()), field_message(unknown.error()));

  const std::string token = link_token("pat@school.example", "/verify-email");
  ASSERT_FALSE(token.empty());
  ASSERT_TRUE(verify_email(context(), visitor(), token).ok());
  EXPECT_EQ(find_account("pat@school.example")->status, AccountStatus::active);
  auto verified = sign_in(context(), visitor(), "pat@school.example", password);
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified.value().next_step, SecondFactorStep::none);
  EXPECT_FALSE(verify_email(context(), visitor(), token).ok()) << "the link works once";
  EXPECT_EQ(audit_entries("register", "success").size(), 1u);
  EXPECT_EQ(audit_entries("verify-email", "success").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(IdentityUseCasesTest, AVerificationLinkExpiresAfterTwentyFourHours) {
  Registration registration{"Pat",    "pat@school.example", "School", "Teacher", password,
                            password, another_area_code};
  ASSERT_TRUE(register_learner(context(), visitor(), registration).ok());
  const std::string token = link_token("pat@school.example", "/verify-email");
  clock_.advance(24h);
  EXPECT_FALSE(verify_email(context(), visitor(), token).ok());
  EXPECT_EQ(find_account("pat@school.example")->status, AccountStatus::unverified);
}

TEST_P(IdentityUseCasesTest, RegisteringATakenEmailLooksTheSameAndTellsTheOwnerInstead) {
  add_account("learner@north.example", {"learner"});
  Registration registration{
      "Impostor",       "learner@north.example",    "Elsewhere",
      "Unknown",        "an impostors pass phrase", "an impostors pass phrase",
      another_area_code};
  ASSERT_TRUE(register_learner(context(), visitor(), registration).ok())
      << "the page must not reveal the account";
  auto emails = outbox_to("learner@north.example");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].email.subject, "Someone tried to register with your email address");
  EXPECT_EQ(find_account("learner@north.example")->user.name, "Person learner@north.example");
  EXPECT_TRUE(sign_in(context(), visitor(), "learner@north.example", password).ok())
      << "the password is unchanged";
}

TEST_P(IdentityUseCasesTest, RegistrationRefusesACommonOrShortPasswordAndNamesEveryBadField) {
  Registration registration{"", "not an email", "", "", "password", "different"};
  auto refused = register_learner(context(), visitor(), registration);
  ASSERT_FALSE(refused.ok());
  std::set<std::string> fields;
  for (const FieldError& field : refused.error().fields) fields.insert(field.field);
  EXPECT_EQ(fields, (std::set<std::string>{"name", "email", "organisation", "job_role", "password",
                                           "partnership"}));
  EXPECT_TRUE(outbox().empty());
}

TEST_P(IdentityUseCasesTest, RegistrationRefusesAnAreaThatIsNoPartnership) {
  Registration registration{"Pat",    "pat@school.example", "School", "Teacher", password, password,
                            "NOWHERE"};
  auto refused = register_learner(context(), visitor(), registration);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "partnership");
  EXPECT_EQ(refused.error().fields[0].message, "Select the partnership area you work in");
  EXPECT_FALSE(find_account("pat@school.example").has_value());
  EXPECT_TRUE(outbox().empty());
}

// Password reset (Rule SEC-3) ----------------------------------------------------------------

TEST_P(IdentityUseCasesTest, AResetLinkSetsANewPasswordEndsEverySessionAndWorksOnce) {
  add_account("learner@north.example", {"learner"});
  const SignedIn laptop = signed_in("learner@north.example");
  const SignedIn phone = signed_in("learner@north.example", "198.51.100.2");
  ASSERT_TRUE(request_password_reset(context(), visitor(), "Learner@North.example").ok());
  const std::string token = link_token("learner@north.example", "/reset-password");
  ASSERT_FALSE(token.empty());
  const std::string new_password = "a brand new pass phrase";
  ASSERT_TRUE(reset_password(context(), visitor(), token, new_password, new_password).ok());

  EXPECT_FALSE(signed_in_session(context(), laptop.session_token).has_value())
      << "every session ends";
  EXPECT_FALSE(signed_in_session(context(), phone.session_token).has_value())
      << "every session ends";
  EXPECT_FALSE(sign_in(context(), visitor(), "learner@north.example", password).ok())
      << "the old password";
  EXPECT_TRUE(sign_in(context(), visitor(), "learner@north.example", new_password).ok());
  auto reused = reset_password(context(), visitor(), token, "yet another pass phrase",
                               "yet another pass phrase");
  ASSERT_FALSE(reused.ok());
  EXPECT_EQ(reused.error().code, ErrorCode::not_found);
  EXPECT_TRUE(sign_in(context(), visitor(), "learner@north.example", new_password).ok())
      << "still the new password";

  auto emails = outbox_to("learner@north.example");
  ASSERT_EQ(emails.size(), 2u);
  EXPECT_EQ(emails[1].email.subject, "Your password has been changed");
  EXPECT_EQ(audit_entries("request-password-reset", "success").size(), 1u);
  EXPECT_EQ(audit_entries("reset-password", "success").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(IdentityUseCasesTest, AResetLinkExpiresAfterAnHourAndAskingAgainSendsOneThatWorks) {
  add_account("learner@north.example", {"learner"});
  ASSERT_TRUE(request_password_reset(context(), visitor(), "learner@north.example").ok());
  const std::string old_token = link_token("learner@north.example", "/reset-password");
  clock_.advance(1h);
  EXPECT_FALSE(reset_password(context(), visitor(), old_token, "a brand new pass phrase",
                              "a brand new pass phrase")
                   .ok());
  ASSERT_TRUE(request_password_reset(context(), visitor(), "learner@north.example").ok());
  const std::string new_token = link_token("learner@north.example", "/reset-password");
  ASSERT_NE(new_token, old_token);
  EXPECT_TRUE(reset_password(context(), visitor(), new_token, "a brand new pass phrase",
                             "a brand new pass phrase")
                  .ok());
}

TEST_P(IdentityUseCasesTest, AResetForAnUnknownEmailSaysTheSameAndSendsNothing) {
  ASSERT_TRUE(request_password_reset(context(), visitor(), "nobody@north.example").ok());
  EXPECT_TRUE(outbox().empty());
}

// Issue 17 item 5: reset links go at most three times a quarter of an hour to one address, and one
// client asks for at most ten emails in that time; the answer is the same either way.
TEST_P(IdentityUseCasesTest, ResetEmailsAreLimitedPerAddressAndPerClient) {
  add_account("learner@north.example", {"learner"});
  for (int request = 0; request < 5; ++request)
    ASSERT_TRUE(request_password_reset(context(), visitor(), "learner@north.example").ok());
  EXPECT_EQ(outbox_to("learner@north.example").size(), 3u);
  clock_.advance(16min);
  ASSERT_TRUE(request_password_reset(context(), visitor(), "learner@north.example").ok());
  EXPECT_EQ(outbox_to("learner@north.example").size(), 4u) << "once the quarter of an hour is over";

  // Four addresses, three times each, from one client: the first ten requests are answered by
  // email, the last two are not; another client may still ask.
  clock_.advance(16min);
  for (const char* name : {"a", "b", "c", "d"})
    add_account(std::string(name) + "@north.example", {"learner"});
  for (const char* name : {"a", "b", "c", "d"})
    for (int request = 0; request < 3; ++request)
      ASSERT_TRUE(request_password_reset(context(), visitor("198.51.100.7"),
                                         std::string(name) + "@north.example")
                      .ok());
  EXPECT_EQ(outbox_to("c@north.example").size(), 3u);
  EXPECT_EQ(outbox_to("d@north.example").size(), 1u);
  ASSERT_TRUE(request_password_reset(context(), visitor("203.0.113.9"), "d@north.example").ok());
  EXPECT_EQ(outbox_to("d@north.example").size(), 2u);
}

// Issue 17 item 5: the answer takes the same least time whether or not the address has an account.
TEST_P(IdentityUseCasesTest, AResetTakesTheSameLeastTimeWhetherOrNotTheAccountExists) {
  add_account("learner@north.example", {"learner"});
  for (const char* email : {"learner@north.example", "nobody@north.example"}) {
    const auto started = std::chrono::steady_clock::now();
    ASSERT_TRUE(request_password_reset(context(), visitor(), email).ok());
    EXPECT_GE(std::chrono::steady_clock::now() - started, 250ms) << email;
  }
}

// Issue 17 item 5: registering a taken address again and again tells its owner at most three times
// a quarter of an hour.
TEST_P(IdentityUseCasesTest, RegisteringATakenEmailAgainAndAgainTellsTheOwnerAtMostThreeTimes) {
  add_account("learner@north.example", {"learner"});
  Registration registration{
      "Impostor",       "learner@north.example",    "Elsewhere",
      "Unknown",        "an impostors pass phrase", "an impostors pass phrase",
      another_area_code};
  for (int attempt = 0; attempt < 5; ++attempt)
    ASSERT_TRUE(register_learner(context(), visitor(), registration).ok());
  EXPECT_EQ(outbox_to("learner@north.example").size(), 3u);
}

TEST_P(IdentityUseCasesTest, AResetUnlocksALockedAccount) {
  add_account("learner@north.example", {"learner"});
  for (int attempt = 0; attempt < 6; ++attempt) {
    (void)sign_in(context(), visitor(), "learner@north.example", "wrong password");
  }
  ASSERT_TRUE(request_password_reset(context(), visitor(), "learner@north.example").ok());
  const std::string token = link_token("learner@north.example", "/reset-password");
  ASSERT_TRUE(reset_password(context(), visitor(), token, "a brand new pass phrase",
                             "a brand new pass phrase")
                  .ok());
  EXPECT_TRUE(
      sign_in(context(), visitor(), "learner@north.example", "a brand new pass phrase").ok());
}

// Administrators' changes --------------------------------------------------------------------

class AdministrationTest : public IdentityUseCasesTest {
 protected:
  void SetUp() override {
    IdentityUseCasesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    admin_ = add_account("admin@north.example", {"admin"});
    manager_ = add_account("manager@north.example", {"manager"});
    target_ = add_account("reviewer@north.example", {"reviewer"});
    south_admin_ = add_account("admin@south.example", {"admin"}, "SOUTH");
  }

  // Everything a refused change could have touched, to compare before and after.
  std::string state_of_target() {
    auto account = find_account("reviewer@north.example");
    return role_names_text(account->user.roles) + "|" + account_status_name(account->status) + "|" +
           account->totp_secret + "|" + std::to_string(outbox().size());
  }

  void expect_refused_for_everyone_but_the_admin(
      const std::function<Status(const Caller&)>& change) {
    const std::string before = state_of_target();
    const SignedIn target_session = signed_in("reviewer@north.example");

    auto public_caller = change(visitor());
    ASSERT_FALSE(public_caller.ok());
    EXPECT_EQ(public_caller.error().code, ErrorCode::unauthenticated);

    auto not_admin = change(as(manager_));
    ASSERT_FALSE(not_admin.ok());
    EXPECT_EQ(not_admin.error().code, ErrorCode::forbidden);

    auto target_themselves = change(as(target_));
    ASSERT_FALSE(target_themselves.ok());
    EXPECT_EQ(target_themselves.error().code, ErrorCode::forbidden);

    auto other_partnership = change(as(south_admin_));
    ASSERT_FALSE(other_partnership.ok()) << "another partnership's administrator";
    EXPECT_EQ(other_partnership.error().code, ErrorCode::not_found)
        << "another partnership's users are not revealed";

    EXPECT_EQ(state_of_target(), before) << "a refused change changes nothing";
    EXPECT_TRUE(signed_in_session(context(), target_session.session_token).has_value());
  }

  Account admin_;
  Account manager_;
  Account target_;
  Account south_admin_;
};

TEST_P(AdministrationTest, OnlyTheirPartnershipsAdministratorCanChangeAUsersRoles) {
  expect_refused_for_everyone_but_the_admin([&](const Caller& caller) {
    return change_roles(context(), caller, target_.user.id, {"committee", "reviewer"}, "");
  });
  ASSERT_TRUE(
      change_roles(context(), as(admin_), target_.user.id, {"committee", "reviewer"}, "").ok());
  EXPECT_EQ(find_account("reviewer@north.example")->user.roles,
            (std::vector<Role>{Role::committee, Role::reviewer}));
  auto entries = audit_entries("update", "success", "admin@north.example");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].entity, "user");
  EXPECT_EQ(entries[0].entity_id, std::to_string(target_.user.id));
  EXPECT_EQ(entries[0].partnership_id, admin_.user.partnership_id);
  expect_audit_chain_whole();
}

TEST_P(AdministrationTest, AnAdministratorCannotRemoveTheirOwnAdministratorRole) {
  auto refused = change_roles(context(), as(admin_), admin_.user.id, {"manager"}, "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(find_account("admin@north.example")->user.roles, (std::vector<Role>{Role::admin}));
}

TEST_P(AdministrationTest, AContributorNeedsAnAgencyOfTheSamePartnership) {
  ASSERT_TRUE(add_agency(context(), as(south_admin_), "", "POLICE", "South Police").ok());
  auto no_agency = change_roles(context(), as(admin_), target_.user.id, {"contributor"}, "");
  ASSERT_FALSE(no_agency.ok());
  EXPECT_EQ(no_agency.error().fields.at(0).field, "agency");
  auto southern_agency =
      change_roles(context(), as(admin_), target_.user.id, {"contributor"}, "POLICE");
  ASSERT_FALSE(southern_agency.ok()) << "SOUTH's agency is not one of NORTH's";
  ASSERT_TRUE(add_agency(context(), as(admin_), "", "POLICE", "North Police").ok());
  ASSERT_TRUE(change_roles(context(), as(admin_), target_.user.id, {"contributor"}, "POLICE").ok());
  EXPECT_TRUE(find_account("reviewer@north.example")->user.agency_id.has_value());
}

TEST_P(AdministrationTest, OnlyTheirPartnershipsAdministratorCanDeactivateAUserWhoIsThenSignedOut) {
  expect_refused_for_everyone_but_the_admin(
      [&](const Caller& caller) { return deactivate_user(context(), caller, target_.user.id); });
  const SignedIn session = signed_in("reviewer@north.example");
  ASSERT_TRUE(deactivate_user(context(), as(admin_), target_.user.id).ok());
  EXPECT_EQ(find_account("reviewer@north.example")->status, AccountStatus::deactivated);
  EXPECT_FALSE(signed_in_session(context(), session.session_token).has_value());
  EXPECT_FALSE(sign_in(context(), visitor(), "reviewer@north.example", password).ok());
  EXPECT_EQ(audit_entries("deactivate", "success", "admin@north.example").size(), 1u);
  auto self = deactivate_user(context(), as(admin_), admin_.user.id);
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().code, ErrorCode::wrong_state);
  expect_audit_chain_whole();
}

TEST_P(AdministrationTest, OnlyTheirPartnershipsAdministratorCanResetAUsersSecondFactor) {
  enrol("reviewer@north.example");
  ASSERT_TRUE(find_account("reviewer@north.example")->totp_enrolled_at.has_value());
  expect_refused_for_everyone_but_the_admin([&](const Caller& caller) {
    return reset_second_factor(context(), caller, target_.user.id);
  });
  const SignedIn session = signed_in("reviewer@north.example");
  EXPECT_EQ(session.next_step, SecondFactorStep::enter_code);
  ASSERT_TRUE(reset_second_factor(context(), as(admin_), target_.user.id).ok());
  auto account = find_account("reviewer@north.example");
  EXPECT_FALSE(account->totp_enrolled_at.has_value());
  EXPECT_TRUE(account->totp_secret.empty());
  EXPECT_FALSE(signed_in_session(context(), session.session_token).has_value())
      << "signed out everywhere";
  EXPECT_EQ(signed_in("reviewer@north.example").next_step, SecondFactorStep::set_up);
  auto emails = outbox_to("reviewer@north.example");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].email.subject, "Your authenticator app has been reset");
  EXPECT_EQ(audit_entries("reset-second-factor", "success", "admin@north.example").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(AdministrationTest, AnAdministratorListsAndFindsOnlyTheirOwnPartnershipsUsers) {
  auto north = list_partnership_users(context(), as(admin_));
  ASSERT_TRUE(north.ok());
  std::set<std::string> emails;
  for (const Account& account : north.value()) emails.insert(account.user.email);
  EXPECT_EQ(emails, (std::set<std::string>{"admin@north.example", "manager@north.example",
                                           "reviewer@north.example"}));
  EXPECT_TRUE(find_partnership_user(context(), as(admin_), target_.user.id).ok());
  auto hidden = find_partnership_user(context(), as(south_admin_), target_.user.id);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().code, ErrorCode::not_found);
  EXPECT_EQ(list_partnership_users(context(), as(manager_)).error().code, ErrorCode::forbidden);
}

TEST_P(AdministrationTest, EachAdministratorSearchesOnlyTheirOwnPartnershipsAuditLog) {
  ASSERT_TRUE(change_roles(context(), as(admin_), target_.user.id, {"committee"}, "").ok());
  (void)signed_in("admin@south.example");
  auto north = search_audit_log(context(), as(admin_), AuditFilter{});
  ASSERT_TRUE(north.ok());
  EXPECT_FALSE(north.value().empty());
  for (const AuditEntry& entry : north.value()) {
    EXPECT_EQ(entry.partnership_id, admin_.user.partnership_id)
        << entry.action << " " << entry.user_email;
  }
  auto south = search_audit_log(context(), as(south_admin_), AuditFilter{});
  ASSERT_TRUE(south.ok());
  for (const AuditEntry& entry : south.value()) {
    EXPECT_EQ(entry.partnership_id, south_admin_.user.partnership_id)
        << entry.action << " " << entry.user_email;
    EXPECT_NE(entry.user_email, "admin@north.example");
  }
  auto refused = search_audit_log(context(), as(manager_), AuditFilter{});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
}

// API tokens ---------------------------------------------------------------------------------

TEST_P(IdentityUseCasesTest, AnApiTokenIsCreatedForOneselfWorksAndStopsWhenRevoked) {
  const Account manager = add_account("manager@north.example", {"manager"});
  const Account other = add_account("other@north.example", {"manager"});
  auto for_other = create_api_token(context(), as(manager), other.user.id, "sneaky");
  ASSERT_FALSE(for_other.ok());
  EXPECT_EQ(for_other.error().code, ErrorCode::forbidden);

  auto created = create_api_token(context(), as(manager), manager.user.id, "nightly report");
  ASSERT_TRUE(created.ok());
  auto actor = token_actor(context(), created.value().token);
  ASSERT_TRUE(actor.has_value());
  EXPECT_EQ(actor->user_id, manager.user.id);
  EXPECT_FALSE(token_actor(context(), created.value().token + "x").has_value());

  auto revoked_by_other = revoke_my_api_token(context(), as(other), created.value().record.id);
  ASSERT_FALSE(revoked_by_other.ok());
  EXPECT_EQ(revoked_by_other.error().code, ErrorCode::not_found);
  EXPECT_TRUE(token_actor(context(), created.value().token).has_value());
  ASSERT_TRUE(revoke_my_api_token(context(), as(manager), created.value().record.id).ok());
  EXPECT_FALSE(token_actor(context(), created.value().token).has_value());
  EXPECT_EQ(audit_entries("create", "success", "manager@north.example").size(), 1u);
  EXPECT_EQ(audit_entries("delete", "success", "manager@north.example").size(), 1u);
  expect_audit_chain_whole();
}

// Rule SEC-1: as a session's activity, an API token's use is written at most once a minute.
TEST_P(IdentityUseCasesTest, AnApiTokensUseIsWrittenAtMostOnceAMinute) {
  const Account manager = add_account("manager@north.example", {"manager"});
  auto created = create_api_token(context(), as(manager), manager.user.id, "script");
  ASSERT_TRUE(created.ok());
  const auto last_used = [&]() -> std::optional<Instant> {
    auto tokens = list_my_api_tokens(context(), as(manager));
    EXPECT_TRUE(tokens.ok());
    return tokens.ok() && !tokens.value().empty() ? tokens.value()[0].last_used_at : std::nullopt;
  };
  ASSERT_TRUE(token_actor(context(), created.value().token).has_value());
  EXPECT_EQ(last_used(), start_time()) << "the first use is written";
  clock_.advance(59s);
  ASSERT_TRUE(token_actor(context(), created.value().token).has_value());
  EXPECT_EQ(last_used(), start_time()) << "59 s later: nothing written";
  clock_.advance(1s);
  ASSERT_TRUE(token_actor(context(), created.value().token).has_value());
  EXPECT_EQ(last_used(), start_time() + 1min) << "a minute later: written";
}

TEST_P(IdentityUseCasesTest, AnApiTokenOfADeactivatedUserStopsWorking) {
  const Account admin = add_account("admin@north.example", {"admin"});
  const Account manager = add_account("manager@north.example", {"manager"});
  auto created = create_api_token(context(), as(manager), manager.user.id, "script");
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(deactivate_user(context(), as(admin), manager.user.id).ok());
  EXPECT_FALSE(token_actor(context(), created.value().token).has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, IdentityUseCasesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);
INSTANTIATE_TEST_SUITE_P(Engines, AdministrationTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
