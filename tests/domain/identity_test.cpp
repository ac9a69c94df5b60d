// The identity rules that need no I/O (domain/identity.hpp): session time-outs (Rule SEC-1) at
// their exact boundaries, lock-out (Rule SEC-2), who must give a second factor (Rule SEC-4), the
// link lifetimes (Rule SEC-3), and how email addresses are normalised.
#include "domain/identity.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

using namespace std::chrono_literals;

Instant at(const std::string& text) {
  auto parsed = parse_instant(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(Instant{});
}

SessionRecord session_started(Instant created, Instant last_seen) {
  SessionRecord session;
  session.id = 1;
  session.user_id = 2;
  session.created_at = created;
  session.last_seen_at = last_seen;
  return session;
}

// A user holding the roles named; a name that is no role is left out, as storage reads it.
User user_with_roles(const std::vector<std::string>& names) {
  User user;
  user.id = 1;
  user.email = "someone@example.org";
  for (const std::string& name : names) {
    if (auto role = role_from_name(name)) user.roles.push_back(*role);
  }
  return user;
}

// Rule SEC-1 -------------------------------------------------------------------------------

TEST(SessionTimeOut, TheRulesAreSixtyMinutesIdleAndTwelveHoursInAll) {
  EXPECT_EQ(session_idle_timeout, 60min);
  EXPECT_EQ(session_absolute_timeout, 12h);
}

TEST(SessionTimeOut, ASessionIdleForJustUnderSixtyMinutesIsStillActive) {
  const Instant start = at("2026-03-02T09:00:00Z");
  EXPECT_FALSE(session_expired(session_started(start, start), start));
  EXPECT_FALSE(session_expired(session_started(start, start), start + 59min + 59s));
}

TEST(SessionTimeOut, ASessionIdleForSixtyMinutesHasEnded) {
  const Instant start = at("2026-03-02T09:00:00Z");
  EXPECT_TRUE(session_expired(session_started(start, start), start + 60min));
  EXPECT_TRUE(session_expired(session_started(start, start), start + 61min));
}

TEST(SessionTimeOut, IdleTimeCountsFromTheLastRequestNotFromSignIn) {
  const Instant start = at("2026-03-02T09:00:00Z");
  const SessionRecord session = session_started(start, start + 50min);
  EXPECT_FALSE(session_expired(session, start + 109min + 59s));
  EXPECT_TRUE(session_expired(session, start + 110min));
}

TEST(SessionTimeOut, AnActiveSessionEndsTwelveHoursAfterSignInWhateverItsActivity) {
  const Instant start = at("2026-03-02T07:00:00Z");
  const Instant just_before = start + 11h + 59min + 59s;
  EXPECT_FALSE(session_expired(session_started(start, just_before - 1s), just_before));
  EXPECT_TRUE(session_expired(session_started(start, start + 12h - 1s), start + 12h));
  EXPECT_TRUE(session_expired(session_started(start, start + 12h), start + 12h));
}

TEST(SessionTimeOut, ActivityIsRecordedAgainOnlyAMinuteOrMoreAfterItWasLastRecorded) {
  const Instant recorded = at("2026-03-02T09:00:00Z");
  EXPECT_TRUE(activity_recording_due(std::nullopt, recorded)) << "never recorded";
  EXPECT_FALSE(activity_recording_due(recorded, recorded));
  EXPECT_FALSE(activity_recording_due(recorded, recorded + 59s));
  EXPECT_TRUE(activity_recording_due(recorded, recorded + 1min));
  EXPECT_TRUE(activity_recording_due(recorded, recorded + 2h));
}

// Rule SEC-2 -------------------------------------------------------------------------------

TEST(LockOut, TheRuleIsSixFailuresForThirtyMinutes) {
  EXPECT_EQ(sign_in_failures_before_lock, 6);
  EXPECT_EQ(sign_in_lock_duration, 30min);
}

TEST(LockOut, AnAccountIsLockedUntilTheLockRunsOutAndNoLonger) {
  const Instant now = at("2026-03-02T09:00:00Z");
  Account account;
  EXPECT_FALSE(locked(account, now)) << "never locked";
  account.locked_until = now + 30min;
  EXPECT_TRUE(locked(account, now));
  EXPECT_TRUE(locked(account, now + 29min + 59s));
  EXPECT_FALSE(locked(account, now + 30min));
  EXPECT_FALSE(locked(account, now + 31min));
}

TEST(LockOut, FailuresAloneDoNotLockWithoutALockTime) {
  Account account;
  account.failed_sign_ins = 99;
  EXPECT_FALSE(locked(account, at("2026-03-02T09:00:00Z")));
}

// Rule SEC-3 -------------------------------------------------------------------------------

TEST(LinkLifetimes, InvitationsLastSevenDaysVerificationADayAndResetAnHour) {
  EXPECT_EQ(invitation_lifetime, 7 * 24h);
  EXPECT_EQ(verification_lifetime, 24h);
  EXPECT_EQ(password_reset_lifetime, 1h);
}

// Rule SEC-4 -------------------------------------------------------------------------------

TEST(SecondFactor, EveryRoleButLearnerNeedsASecondFactor) {
  for (Role role : all_roles) {
    EXPECT_EQ(needs_second_factor(user_with_roles({std::string(role_name(role))})),
              role != Role::learner)
        << role_name(role);
  }
}

TEST(SecondFactor, ALearnerWhoAlsoHoldsAStaffRoleNeedsASecondFactor) {
  EXPECT_TRUE(needs_second_factor(user_with_roles({"learner", "trainer"})));
  EXPECT_TRUE(needs_second_factor(user_with_roles({"admin", "learner"})));
}

TEST(SecondFactor, NoRolesOrOnlyUnknownRoleNamesNeedNoSecondFactor) {
  EXPECT_FALSE(needs_second_factor(user_with_roles({})));
  EXPECT_FALSE(needs_second_factor(user_with_roles({"superuser"})));
}

// Accounts and actors -----------------------------------------------------------------------

TEST(AccountStatusNames, EveryStatusRoundTripsThroughItsStoredName) {
  for (AccountStatus status : {AccountStatus::invited, AccountStatus::unverified,
                               AccountStatus::active, AccountStatus::deactivated}) {
    EXPECT_EQ(account_status_from_name(account_status_name(status)), status)
        << account_status_name(status);
  }
  EXPECT_FALSE(account_status_from_name("locked").has_value());
  EXPECT_FALSE(account_status_from_name("").has_value());
}

TEST(Actors, AnActorCarriesTheUsersKnownRolesAndIgnoresUnknownOnes) {
  User user = user_with_roles({"manager", "no-such-role", "reviewer"});
  user.partnership_id = 3;
  user.agency_id = 4;
  const Actor actor = actor_from(user);
  EXPECT_EQ(actor.user_id, user.id);
  EXPECT_EQ(actor.email, user.email);
  EXPECT_EQ(actor.partnership_id, 3);
  EXPECT_EQ(actor.agency_id, 4);
  EXPECT_EQ(actor.roles, (std::vector<Role>{Role::manager, Role::reviewer}));
  EXPECT_TRUE(actor.has_role(Role::reviewer));
  EXPECT_FALSE(actor.has_role(Role::admin));
}

// Email addresses ---------------------------------------------------------------------------

TEST(NormaliseEmail, TrimsAndLowerCasesAnAddress) {
  auto normalised = normalise_email("email", "  Jo.Bloggs@Northbrook.EXAMPLE \t\n");
  ASSERT_TRUE(normalised.ok()) << normalised.error().fields.at(0).message;
  EXPECT_EQ(normalised.value(), "jo.bloggs@northbrook.example");
}

TEST(NormaliseEmail, KeepsAnAddressThatIsAlreadyNormal) {
  auto normalised = normalise_email("email", "a+tag@b.example");
  ASSERT_TRUE(normalised.ok());
  EXPECT_EQ(normalised.value(), "a+tag@b.example");
}

TEST(NormaliseEmail, AnEmptyOrBlankAddressAsksForOneInTheNamedField) {
  for (const std::string blank : {"", "   ", "\t\r\n"}) {
    auto normalised = normalise_email("work_email", blank);
    ASSERT_FALSE(normalised.ok()) << "'" << blank << "'";
    EXPECT_EQ(normalised.error().code, ErrorCode::invalid_input);
    ASSERT_EQ(normalised.error().fields.size(), 1u);
    EXPECT_EQ(normalised.error().fields[0].field, "work_email");
    EXPECT_EQ(normalised.error().fields[0].message, "Enter an email address");
  }
}

TEST(NormaliseEmail, RefusesWhatIsNotShapedLikeAnAddress) {
  for (const std::string bad :
       {"no-at-sign.example", "@northbrook.example", "jo@northbrook", "jo@northbrook.",
        "jo@@northbrook.example", "jo@a@northbrook.example", "jo bloggs@northbrook.example",
        "<jo@northbrook.example>", "jo@northbrook.example,al@northbrook.example",
        "jo@northbrook.example;", "\"jo\"@northbrook.example"}) {
    auto normalised = normalise_email("email", bad);
    ASSERT_FALSE(normalised.ok()) << bad << " was accepted as " << normalised.value();
    ASSERT_EQ(normalised.error().fields.size(), 1u);
    EXPECT_EQ(normalised.error().fields[0].message,
              "Enter an email address in the correct format, like name@example.com")
        << bad;
  }
}

TEST(NormaliseEmail, RefusesAnAddressLongerThan254Characters) {
  const std::string domain = "@northbrook.example";
  const std::string longest = std::string(254 - domain.size(), 'a') + domain;
  EXPECT_TRUE(normalise_email("email", longest).ok());
  EXPECT_FALSE(normalise_email("email", "a" + longest).ok());
}

}  // namespace
}  // namespace casereview
