// The identity, audit and outbox repositories on both engines (app/ports/identity.hpp,
// app/ports/audit.hpp, app/ports/outbox.hpp): what goes in comes out; the writes that must not
// race (failed sign-in counts, TOTP steps, single-use tokens, outbox claims, audit appends) are
// hammered from several threads at once, each in its own transaction as the server would run
// them, and must neither lose an update nor let two callers win; and every read scoped to a
// partnership returns nothing of another partnership's.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "app/audit.hpp"
#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

using namespace std::chrono_literals;

class IdentityRepositoriesTest : public StorageTest {
 protected:
  const Instant now = parse_instant("2026-03-02T09:00:00Z").value();

  Id add_partnership(const std::string& code) {
    Id id = 0;
    in_transaction([&](Transaction& transaction) {
      id = transaction.partnerships().add(code, code + " partnership").value().id;
    });
    return id;
  }

  Account make_account(const std::string& email, std::optional<Id> partnership,
                       std::vector<std::string> roles = {"manager"}) {
    Account account;
    account.user.email = email;
    account.user.name = "Person " + email;
    account.user.partnership_id = partnership;
    for (const std::string& name : roles) account.user.roles.push_back(*role_from_name(name));
    account.status = AccountStatus::active;
    account.password_hash = "$argon2id$not-a-real-hash";
    return account;
  }

  Id add_account(const std::string& email, std::optional<Id> partnership,
                 std::vector<std::string> roles = {"manager"}) {
    Id id = 0;
    in_transaction([&](Transaction& transaction) {
      auto created =
          transaction.accounts().create(make_account(email, partnership, std::move(roles)), now);
      ASSERT_TRUE(created.ok()) << created.error().message;
      id = created.value().user.id;
    });
    return id;
  }

  std::optional<Account> find_account(Id id) {
    std::optional<Account> found;
    in_transaction([&](Transaction& transaction) { found = transaction.accounts().find(id); });
    return found;
  }

  // Runs `work(thread_index)` on `threads` threads at once, released together.
  static void in_parallel(int threads, const std::function<void(int)>& work) {
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> running;
    for (int index = 0; index < threads; ++index) {
      running.emplace_back([&, index] {
        ++ready;
        while (!go) std::this_thread::yield();
        work(index);
      });
    }
    while (ready < threads) std::this_thread::yield();
    go = true;
    for (std::thread& thread : running) thread.join();
  }

  // Runs `work` in its own write transaction; returns whether it committed.
  bool write(const std::function<void(Transaction&)>& work) {
    Status status =
        storage_->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          work(transaction);
          return ok_status();
        });
    if (!status) ADD_FAILURE() << "transaction failed: " << status.error().message;
    return status.ok();
  }
};

// Accounts -----------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, CreatesAnAccountAndFindsItByEmailAndById) {
  const Id partnership = add_partnership("NBP");
  Account account =
      make_account("jo.bloggs@northbrook.example", partnership, {"reviewer", "committee"});
  account.organisation = "Northbrook Hospitals";
  account.job_role = "Named nurse";
  account.status = AccountStatus::unverified;
  in_transaction([&](Transaction& transaction) {
    auto created = transaction.accounts().create(account, now);
    ASSERT_TRUE(created.ok()) << created.error().message;
    EXPECT_GT(created.value().user.id, 0);

    auto by_email = transaction.accounts().find_by_email("jo.bloggs@northbrook.example");
    ASSERT_TRUE(by_email.has_value());
    EXPECT_EQ(by_email->user.id, created.value().user.id);
    EXPECT_EQ(by_email->user.name, account.user.name);
    EXPECT_EQ(by_email->user.partnership_id, partnership);
    EXPECT_FALSE(by_email->user.agency_id.has_value());
    EXPECT_EQ(by_email->user.roles, (std::vector<Role>{Role::committee, Role::reviewer}));
    EXPECT_EQ(by_email->status, AccountStatus::unverified);
    EXPECT_EQ(by_email->password_hash, account.password_hash);
    EXPECT_EQ(by_email->organisation, "Northbrook Hospitals");
    EXPECT_EQ(by_email->job_role, "Named nurse");
    EXPECT_EQ(by_email->failed_sign_ins, 0);
    EXPECT_FALSE(by_email->locked_until.has_value());
    EXPECT_TRUE(by_email->totp_secret.empty());
    EXPECT_FALSE(by_email->totp_enrolled_at.has_value());

    auto by_id = transaction.accounts().find(created.value().user.id);
    ASSERT_TRUE(by_id.has_value());
    EXPECT_EQ(by_id->user.email, "jo.bloggs@northbrook.example");
    EXPECT_FALSE(transaction.accounts().find_by_email("nobody@northbrook.example").has_value());
    EXPECT_FALSE(transaction.accounts().find(created.value().user.id + 1000).has_value());
  });
}

TEST_P(IdentityRepositoriesTest, RefusesADuplicateEmailAndKeepsTheFirstAccount) {
  const Id partnership = add_partnership("NBP");
  add_account("jo@northbrook.example", partnership, {"manager"});
  // Within one transaction that then carries on: on PostgreSQL a unique violation would abort it.
  in_transaction([&](Transaction& transaction) {
    Account second = make_account("jo@northbrook.example", partnership, {"admin"});
    second.user.name = "Someone else";
    auto created = transaction.accounts().create(second, now);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::wrong_state);
    auto kept = transaction.accounts().find_by_email("jo@northbrook.example");
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->user.name, "Person jo@northbrook.example");
    EXPECT_EQ(kept->user.roles, (std::vector<Role>{Role::manager}));
    EXPECT_EQ(transaction.accounts().list(partnership).size(), 1u);
  });
}

TEST_P(IdentityRepositoriesTest, ChangesPasswordStatusRolesAndAgency) {
  const Id partnership = add_partnership("NBP");
  Id agency = 0;
  in_transaction([&](Transaction& transaction) {
    agency = transaction.agencies().add(partnership, "POLICE", "Police").value().id;
  });
  const Id user = add_account("jo@northbrook.example", partnership);
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().record_failed_sign_in(user, 6, now + 30min);
    transaction.accounts().record_failed_sign_in(user, 1, now + 30min);
    transaction.accounts().set_password(user, "$argon2id$new", AccountStatus::active);
    transaction.accounts().set_roles(user, {Role::contributor, Role::lead});
    transaction.accounts().set_agency(user, agency);
  });
  auto changed = find_account(user);
  ASSERT_TRUE(changed.has_value());
  EXPECT_EQ(changed->password_hash, "$argon2id$new");
  EXPECT_EQ(changed->failed_sign_ins, 0) << "a new password clears the failures";
  EXPECT_FALSE(changed->locked_until.has_value()) << "a new password unlocks the account";
  EXPECT_EQ(changed->user.roles, (std::vector<Role>{Role::contributor, Role::lead}));
  EXPECT_EQ(changed->user.agency_id, agency);
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_status(user, AccountStatus::deactivated);
    transaction.accounts().set_agency(user, std::nullopt);
  });
  EXPECT_EQ(find_account(user)->status, AccountStatus::deactivated);
  EXPECT_FALSE(find_account(user)->user.agency_id.has_value());
}

// Rule SIGN-1: a signatory's partner is kept with their role, and only with that role.
TEST_P(IdentityRepositoriesTest, KeepsTheSignatorysPartnerWithTheRole) {
  const Id partnership = add_partnership("NBP");
  const Id user = add_account("signatory@northbrook.example", partnership);
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_roles(user, {Role::committee, Role::signatory},
                                     StatutoryPartner::police);
  });
  auto signatory = find_account(user);
  ASSERT_TRUE(signatory.has_value());
  EXPECT_EQ(signatory->user.roles, (std::vector<Role>{Role::committee, Role::signatory}));
  EXPECT_EQ(signatory->user.signs_for, StatutoryPartner::police);
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_roles(user, {Role::committee}, StatutoryPartner::police);
  });
  EXPECT_FALSE(find_account(user)->user.signs_for.has_value());
}

// Rule SEC-2
TEST_P(IdentityRepositoriesTest, TheSixthFailedSignInInARowLocksTheAccount) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  const Instant lock_until = now + sign_in_lock_duration;
  for (int failure = 1; failure <= 5; ++failure) {
    in_transaction([&](Transaction& transaction) {
      EXPECT_EQ(transaction.accounts().record_failed_sign_in(user, sign_in_failures_before_lock,
                                                             lock_until),
                failure);
    });
    EXPECT_FALSE(find_account(user)->locked_until.has_value())
        << "locked after only " << failure << " failures";
  }
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.accounts().record_failed_sign_in(user, sign_in_failures_before_lock,
                                                           lock_until),
              6);
  });
  auto account = find_account(user);
  EXPECT_EQ(account->failed_sign_ins, 6);
  ASSERT_TRUE(account->locked_until.has_value());
  EXPECT_EQ(*account->locked_until, lock_until);
  EXPECT_TRUE(locked(*account, now));

  in_transaction(
      [&](Transaction& transaction) { transaction.accounts().record_successful_sign_in(user); });
  EXPECT_EQ(find_account(user)->failed_sign_ins, 0);
  EXPECT_FALSE(find_account(user)->locked_until.has_value());
}

TEST_P(IdentityRepositoriesTest, FailedSignInsFromEightThreadsAtOnceAreAllCounted) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  std::mutex mutex;
  std::vector<int> counts;
  in_parallel(8, [&](int) {
    for (int attempt = 0; attempt < 5; ++attempt) {
      int count = 0;
      write([&](Transaction& transaction) {
        count = transaction.accounts().record_failed_sign_in(user, sign_in_failures_before_lock,
                                                             now + 30min);
      });
      std::lock_guard lock(mutex);
      counts.push_back(count);
    }
  });
  EXPECT_EQ(find_account(user)->failed_sign_ins, 40);
  std::sort(counts.begin(), counts.end());
  std::vector<int> one_to_forty(40);
  for (int i = 0; i < 40; ++i) one_to_forty[i] = i + 1;
  EXPECT_EQ(counts, one_to_forty)
      << "each failure must see its own new count: none lost, none counted twice";
  EXPECT_TRUE(find_account(user)->locked_until.has_value());
}

// TOTP steps ---------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, ATotpStepCanBeUsedOnceAndNoEarlierStepAfterIt) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_pending_totp(user, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });
  auto pending = find_account(user);
  EXPECT_EQ(pending->totp_secret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_FALSE(pending->totp_enrolled_at.has_value()) << "a secret being set up is not enrolled";
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_totp(user, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", now);
    EXPECT_TRUE(transaction.accounts().use_totp_step(user, 59000000));
    EXPECT_FALSE(transaction.accounts().use_totp_step(user, 59000000)) << "the same step twice";
    EXPECT_FALSE(transaction.accounts().use_totp_step(user, 58999999))
        << "an earlier step after a later one";
    EXPECT_TRUE(transaction.accounts().use_totp_step(user, 59000001));
  });
  auto enrolled = find_account(user);
  EXPECT_EQ(enrolled->totp_enrolled_at, now);
  EXPECT_EQ(enrolled->totp_last_step, 59000001);
  in_transaction([&](Transaction& transaction) { transaction.accounts().clear_totp(user); });
  auto cleared = find_account(user);
  EXPECT_TRUE(cleared->totp_secret.empty());
  EXPECT_FALSE(cleared->totp_enrolled_at.has_value());
  EXPECT_FALSE(cleared->totp_last_step.has_value());
}

TEST_P(IdentityRepositoriesTest, OneTotpStepUsedFromEightThreadsAtOnceHasExactlyOneWinner) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  in_transaction([&](Transaction& transaction) {
    transaction.accounts().set_totp(user, "GEZDGNBVGY3TQOJQ", now);
  });
  for (std::int64_t step : {59000000, 59000001, 59000002}) {
    std::atomic<int> winners{0};
    in_parallel(8, [&](int) {
      bool used = false;
      write([&](Transaction& transaction) {
        used = transaction.accounts().use_totp_step(user, step);
      });
      if (used) ++winners;
    });
    EXPECT_EQ(winners.load(), 1) << "step " << step;
  }
}

// Single-use tokens (Rule SEC-3) ------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, AUserTokenIsUsedOnceAndExpiresAtItsTime) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  const Instant expires = now + 1h;
  in_transaction([&](Transaction& transaction) {
    transaction.user_tokens().create(user, TokenPurpose::password_reset, "hash-a", now, expires);
    transaction.user_tokens().create(user, TokenPurpose::password_reset, "hash-expired", now - 2h,
                                     now - 1h);
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.user_tokens().peek(TokenPurpose::password_reset, "hash-a", now), user);
    EXPECT_EQ(transaction.user_tokens().peek(TokenPurpose::password_reset, "hash-a", now), user)
        << "peek does not use";
    EXPECT_FALSE(
        transaction.user_tokens().peek(TokenPurpose::invitation, "hash-a", now).has_value())
        << "a token is good only for its purpose";
    EXPECT_FALSE(
        transaction.user_tokens().consume(TokenPurpose::invitation, "hash-a", now).has_value());
    EXPECT_FALSE(
        transaction.user_tokens().peek(TokenPurpose::password_reset, "hash-a", expires).has_value())
        << "gone at its expiry time";
    EXPECT_FALSE(transaction.user_tokens()
                     .consume(TokenPurpose::password_reset, "hash-a", expires)
                     .has_value());
    EXPECT_FALSE(transaction.user_tokens()
                     .consume(TokenPurpose::password_reset, "hash-expired", now)
                     .has_value());
    EXPECT_FALSE(transaction.user_tokens()
                     .consume(TokenPurpose::password_reset, "no-such-hash", now)
                     .has_value());
    EXPECT_EQ(
        transaction.user_tokens().consume(TokenPurpose::password_reset, "hash-a", expires - 1s),
        user);
    EXPECT_FALSE(transaction.user_tokens()
                     .consume(TokenPurpose::password_reset, "hash-a", expires - 1s)
                     .has_value())
        << "used once only";
    EXPECT_FALSE(
        transaction.user_tokens().peek(TokenPurpose::password_reset, "hash-a", now).has_value());
  });
}

TEST_P(IdentityRepositoriesTest, UsingATokenUsesUpTheUsersOtherTokensForThatPurposeOnly) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  const Id other = add_account("al@northbrook.example", std::nullopt, {"learner"});
  in_transaction([&](Transaction& transaction) {
    transaction.user_tokens().create(user, TokenPurpose::password_reset, "first", now, now + 1h);
    transaction.user_tokens().create(user, TokenPurpose::password_reset, "second", now, now + 1h);
    transaction.user_tokens().create(user, TokenPurpose::email_verification, "verify", now,
                                     now + 24h);
    transaction.user_tokens().create(other, TokenPurpose::password_reset, "others", now, now + 1h);
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.user_tokens().consume(TokenPurpose::password_reset, "second", now), user);
    EXPECT_FALSE(
        transaction.user_tokens().consume(TokenPurpose::password_reset, "first", now).has_value());
    EXPECT_EQ(transaction.user_tokens().consume(TokenPurpose::email_verification, "verify", now),
              user);
    EXPECT_EQ(transaction.user_tokens().consume(TokenPurpose::password_reset, "others", now),
              other);
  });
}

TEST_P(IdentityRepositoriesTest, ATokenConsumedFromTwelveThreadsAtOnceHasExactlyOneWinner) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  for (int round = 0; round < 3; ++round) {
    const std::string hash = "race-" + std::to_string(round);
    in_transaction([&](Transaction& transaction) {
      transaction.user_tokens().create(user, TokenPurpose::invitation, hash, now, now + 24h);
    });
    std::atomic<int> winners{0};
    in_parallel(12, [&](int) {
      std::optional<Id> used;
      write([&](Transaction& transaction) {
        used = transaction.user_tokens().consume(TokenPurpose::invitation, hash, now);
      });
      if (used) {
        EXPECT_EQ(*used, user);
        ++winners;
      }
    });
    EXPECT_EQ(winners.load(), 1) << "round " << round;
  }
}

// API tokens --------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, AnApiTokenWorksUntilItsOwnerRevokesItAndOnlyItsOwnerCan) {
  const Id partnership = add_partnership("NBP");
  const Id owner = add_account("owner@northbrook.example", partnership);
  const Id someone_else = add_account("else@northbrook.example", partnership, {"admin"});
  ApiTokenRecord token;
  in_transaction([&](Transaction& transaction) {
    token = transaction.api_tokens().create(owner, "nightly export", "api-hash", now);
    transaction.api_tokens().create(someone_else, "theirs", "api-hash-2", now);
  });
  EXPECT_GT(token.id, 0);
  EXPECT_EQ(token.user_id, owner);
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.api_tokens().find_unrevoked("api-hash");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, token.id);
    EXPECT_EQ(found->user_id, owner);
    EXPECT_FALSE(found->last_used_at.has_value()) << "finding a token does not record a use";
    EXPECT_FALSE(transaction.api_tokens().find_unrevoked("no-such-hash").has_value());
    EXPECT_EQ(transaction.api_tokens().use("api-hash", now + 1min), owner);
    EXPECT_EQ(transaction.api_tokens().find_unrevoked("api-hash")->last_used_at, now + 1min);
    EXPECT_FALSE(transaction.api_tokens().use("no-such-hash", now).has_value());
    auto listed = transaction.api_tokens().list(owner);
    ASSERT_EQ(listed.size(), 1u) << "another user's tokens are not listed";
    EXPECT_EQ(listed[0].name, "nightly export");
    EXPECT_EQ(listed[0].last_used_at, now + 1min);
    EXPECT_FALSE(listed[0].revoked_at.has_value());
    EXPECT_FALSE(transaction.api_tokens().revoke(someone_else, token.id, now))
        << "not theirs to revoke";
    EXPECT_EQ(transaction.api_tokens().use("api-hash", now + 2min), owner) << "still works";
    EXPECT_TRUE(transaction.api_tokens().revoke(owner, token.id, now + 3min));
    EXPECT_FALSE(transaction.api_tokens().revoke(owner, token.id, now + 4min)) << "already revoked";
    EXPECT_FALSE(transaction.api_tokens().use("api-hash", now + 5min).has_value());
    EXPECT_FALSE(transaction.api_tokens().find_unrevoked("api-hash").has_value()) << "revoked";
    EXPECT_EQ(transaction.api_tokens().list(owner)[0].revoked_at, now + 3min);
    EXPECT_EQ(transaction.api_tokens().use("api-hash-2", now), someone_else);
  });
}

// Sessions ----------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, ASessionIsFoundByItsTokenHashUntilItEnds) {
  const Id user = add_account("jo@northbrook.example", add_partnership("NBP"));
  Id id = 0;
  in_transaction([&](Transaction& transaction) {
    SessionRecord record{0, user, now, now, true, "csrf-1", "192.0.2.7", "Firefox"};
    id = transaction.sessions().create(record, "session-hash");
  });
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.sessions().find_active("session-hash");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->user_id, user);
    EXPECT_EQ(found->created_at, now);
    EXPECT_TRUE(found->second_factor_pending);
    EXPECT_EQ(found->csrf_token, "csrf-1");
    EXPECT_EQ(found->client_address, "192.0.2.7");
    EXPECT_EQ(found->user_agent, "Firefox");
    EXPECT_FALSE(transaction.sessions().find_active("other-hash").has_value());
    transaction.sessions().touch(id, now + 5min);
    EXPECT_EQ(transaction.sessions().record_second_factor_failure(id), 1);
    EXPECT_EQ(transaction.sessions().record_second_factor_failure(id), 2);
  });
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.sessions().find_active("session-hash");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->last_seen_at, now + 5min);
    EXPECT_TRUE(transaction.sessions().end(id, now + 6min));
    EXPECT_FALSE(transaction.sessions().end(id, now + 7min)) << "already ended";
    EXPECT_FALSE(transaction.sessions().find_active("session-hash").has_value());
    EXPECT_EQ(transaction.sessions().record_second_factor_failure(id), 0)
        << "an ended session counts nothing";
  });
}

TEST_P(IdentityRepositoriesTest, OnlyASessionsOwnerCanEndItFromTheirAccount) {
  const Id partnership = add_partnership("NBP");
  const Id owner = add_account("owner@northbrook.example", partnership);
  const Id intruder = add_account("intruder@northbrook.example", partnership);
  Id first = 0;
  Id second = 0;
  in_transaction([&](Transaction& transaction) {
    first = transaction.sessions().create({0, owner, now, now, false, "c1", "", ""}, "h1");
    second = transaction.sessions().create({0, owner, now, now, false, "c2", "", ""}, "h2");
    transaction.sessions().create({0, intruder, now, now, false, "c3", "", ""}, "h3");
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.sessions().list_active_for_user(owner).size(), 2u);
    EXPECT_FALSE(transaction.sessions().end_for_user(intruder, first, now))
        << "not the intruder's session";
    EXPECT_TRUE(transaction.sessions().find_active("h1").has_value());
    EXPECT_TRUE(transaction.sessions().end_for_user(owner, first, now));
    EXPECT_FALSE(transaction.sessions().end_for_user(owner, first, now)) << "already ended";
    EXPECT_FALSE(transaction.sessions().find_active("h1").has_value());
    auto left = transaction.sessions().list_active_for_user(owner);
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].id, second);
    transaction.sessions().end_all_for_user(owner, now);
    EXPECT_TRUE(transaction.sessions().list_active_for_user(owner).empty());
    EXPECT_TRUE(transaction.sessions().find_active("h3").has_value())
        << "another user's session is untouched";
  });
}

// Recovery codes and sign-in attempts ---------------------------------------------------------

TEST_P(IdentityRepositoriesTest, ARecoveryCodeWorksOnceAndOnlyForItsOwner) {
  const Id partnership = add_partnership("NBP");
  const Id owner = add_account("owner@northbrook.example", partnership);
  const Id other = add_account("other@northbrook.example", partnership);
  in_transaction([&](Transaction& transaction) {
    transaction.recovery_codes().replace(owner, {"code-1", "code-2", "code-3"});
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.recovery_codes().remaining(owner), 3);
    EXPECT_FALSE(transaction.recovery_codes().use(other, "code-1", now))
        << "not the other user's code";
    EXPECT_TRUE(transaction.recovery_codes().use(owner, "code-1", now));
    EXPECT_FALSE(transaction.recovery_codes().use(owner, "code-1", now)) << "used already";
    EXPECT_EQ(transaction.recovery_codes().remaining(owner), 2);
    transaction.recovery_codes().replace(owner, {"code-4"});
    EXPECT_FALSE(transaction.recovery_codes().use(owner, "code-2", now))
        << "replaced codes stop working";
    EXPECT_EQ(transaction.recovery_codes().remaining(owner), 1);
  });
}

TEST_P(IdentityRepositoriesTest, CountsSignInAttemptsPerAddressWithinAWindow) {
  in_transaction([&](Transaction& transaction) {
    for (int minute = 0; minute < 5; ++minute)
      transaction.sign_in_attempts().record("192.0.2.1", now + std::chrono::minutes(minute));
    transaction.sign_in_attempts().record("192.0.2.2", now);
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.1", now), 5);
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.1", now + 3min), 2);
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.2", now), 1);
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.3", now), 0);
    transaction.sign_in_attempts().forget_before(now + 2min);
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.1", now - 1h), 3);
    EXPECT_EQ(transaction.sign_in_attempts().count_since("192.0.2.2", now - 1h), 0);
  });
}

// Settings ----------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, SettingASettingTwiceKeepsTheLatestValue) {
  const Id north = add_partnership("NORTH");
  const Id south = add_partnership("SOUTH");
  in_transaction([&](Transaction& transaction) {
    transaction.settings().set(north, "rapid_review_working_days", "15");
    transaction.settings().set(north, "rapid_review_working_days", "20");
    transaction.settings().set(north, "other_setting", "1");
    transaction.settings().set(south, "rapid_review_working_days", "10");
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.settings().all(north),
              (std::map<std::string, std::string>{{"other_setting", "1"},
                                                  {"rapid_review_working_days", "20"}}));
    EXPECT_EQ(transaction.settings().all(south),
              (std::map<std::string, std::string>{{"rapid_review_working_days", "10"}}));
  });
}

// Outbox ------------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, QueuedEmailKeepsItsAttachmentsAndIsClaimedUntilSentOrRetried) {
  Id first = 0;
  in_transaction([&](Transaction& transaction) {
    first = transaction.outbox().enqueue(
        {"a@example.org",
         "Subject A",
         "Body A\nline 2 – ünïcode",
         {{"session.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\n"}}},
        now);
    transaction.outbox().enqueue({"b@example.org", "Subject B", "Body B", {}}, now + 1min);
  });
  in_transaction([&](Transaction& transaction) {
    auto claimed = transaction.outbox().claim_due(now, now + 5min, 10);
    ASSERT_EQ(claimed.size(), 1u) << "the second is not due yet";
    EXPECT_EQ(claimed[0].id, first);
    EXPECT_EQ(claimed[0].email.to, "a@example.org");
    EXPECT_EQ(claimed[0].email.body, "Body A\nline 2 – ünïcode");
    ASSERT_EQ(claimed[0].email.attachments.size(), 1u);
    EXPECT_EQ(claimed[0].email.attachments[0].file_name, "session.ics");
    EXPECT_EQ(claimed[0].email.attachments[0].content, "BEGIN:VCALENDAR\r\n");
    EXPECT_EQ(claimed[0].attempts, 0);
  });
  in_transaction([&](Transaction& transaction) {
    auto claimed = transaction.outbox().claim_due(now + 2min, now + 7min, 10);
    ASSERT_EQ(claimed.size(), 1u) << "the first is held by its claim; the second is due";
    EXPECT_EQ(claimed[0].email.to, "b@example.org");
    transaction.outbox().mark_failed(first, "connection refused", now + 10min);
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().claim_due(now + 6min, now + 11min, 10).empty())
        << "b is claimed until +7; a is not due before +10";
  });
  in_transaction([&](Transaction& transaction) {
    auto claimed = transaction.outbox().claim_due(now + 10min, now + 15min, 10);
    ASSERT_EQ(claimed.size(), 2u) << "a's retry is due and b's claim ran out";
    EXPECT_EQ(claimed[0].id, first);
    EXPECT_EQ(claimed[0].attempts, 1);
    EXPECT_EQ(claimed[0].last_error, "connection refused");
    transaction.outbox().mark_sent(claimed[0].id, now + 10min);
    transaction.outbox().mark_sent(claimed[1].id, now + 10min);
  });
  in_transaction([&](Transaction& transaction) {
    EXPECT_TRUE(transaction.outbox().claim_due(now + 1000h, now + 1001h, 10).empty())
        << "sent mail is never claimed again";
    auto recent = transaction.outbox().recent(10);
    ASSERT_EQ(recent.size(), 2u);
    for (const QueuedEmail& queued : recent) EXPECT_EQ(queued.sent_at, now + 10min);
    EXPECT_EQ(recent[1].attempts, 2) << "one failure and one success";
  });
}

TEST_P(IdentityRepositoriesTest, EightSendersClaimingAtOnceNeverGetTheSameMessage) {
  constexpr int messages = 60;
  in_transaction([&](Transaction& transaction) {
    for (int i = 0; i < messages; ++i) {
      transaction.outbox().enqueue(
          {"to" + std::to_string(i) + "@example.org", "Subject", "Body", {}}, now);
    }
  });
  std::mutex mutex;
  std::map<Id, int> claims;
  in_parallel(8, [&](int) {
    while (true) {
      std::vector<QueuedEmail> claimed;
      write([&](Transaction& transaction) {
        claimed = transaction.outbox().claim_due(now, now + 5min, 4);
      });
      if (claimed.empty()) return;
      std::lock_guard lock(mutex);
      for (const QueuedEmail& queued : claimed) ++claims[queued.id];
    }
  });
  EXPECT_EQ(claims.size(), static_cast<std::size_t>(messages)) << "every message claimed";
  for (const auto& [id, count] : claims)
    EXPECT_EQ(count, 1) << "message " << id << " handed to " << count << " senders";
}

// Audit log ---------------------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, AuditEntriesFromEightThreadsAtOnceFormOneUnbrokenChain) {
  const Id partnership = add_partnership("NBP");
  constexpr int threads = 8;
  constexpr int per_thread = 10;
  in_parallel(threads, [&](int index) {
    Actor actor;
    actor.user_id = index + 1;
    actor.email = "thread" + std::to_string(index) + "@northbrook.example";
    actor.partnership_id = partnership;
    actor.roles = {Role::manager};
    const Caller caller{actor, "192.0.2." + std::to_string(index), "test"};
    for (int i = 0; i < per_thread; ++i) {
      write([&](Transaction& transaction) {
        record_audit(transaction, caller, now, {"view", "case", std::to_string(index * 100 + i)});
      });
    }
  });
  std::vector<AuditEntry> entries;
  in_transaction(
      [&](Transaction& transaction) { entries = transaction.audit().read_from(0, 1000); });
  ASSERT_EQ(entries.size(), static_cast<std::size_t>(threads * per_thread));
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].sequence, static_cast<std::int64_t>(i + 1)) << "a gap or a repeat";
    if (i > 0) {
      EXPECT_EQ(entries[i].previous_hash, entries[i - 1].hash) << "entry " << i + 1;
    }
  }
  auto verified = verify_audit_log(*storage_);
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified.value().entries_checked, threads * per_thread);
  EXPECT_FALSE(verified.value().first_bad_sequence.has_value()) << verified.value().problem;
}

TEST_P(IdentityRepositoriesTest, VerificationFindsAnEditedAndADeletedAuditEntry) {
  const Id partnership = add_partnership("NBP");
  const Caller nobody{std::nullopt, "192.0.2.1", ""};
  for (int i = 0; i < 5; ++i) {
    in_transaction([&](Transaction& transaction) {
      record_audit(transaction, nobody, now,
                   {"view", "case", std::to_string(i), "success", "", partnership});
    });
  }
  {
    Poco::Data::Session session = storage_->session();
    execute(session, "UPDATE audit_log SET detail = 'nothing to see' WHERE sequence = 3");
  }
  auto edited = verify_audit_log(*storage_);
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ(edited.value().first_bad_sequence, 3);
  {
    Poco::Data::Session session = storage_->session();
    execute(session, "DELETE FROM audit_log WHERE sequence = 2");
  }
  auto deleted = verify_audit_log(*storage_);
  ASSERT_TRUE(deleted.ok());
  EXPECT_EQ(deleted.value().first_bad_sequence, 2);
  // Issue 17 item 2: verification goes on past the first bad entry and reports each.
  ASSERT_EQ(deleted.value().problems.size(), 2u);
  EXPECT_EQ(deleted.value().problems[0].sequence, 2);
  EXPECT_NE(deleted.value().problems[0].text.find("missing"), std::string::npos);
  EXPECT_EQ(deleted.value().problems[1].sequence, 3);
  EXPECT_NE(deleted.value().problems[1].text.find("altered"), std::string::npos);
  EXPECT_EQ(deleted.value().entries_checked, 4);
}

// Issue 17 item 2: a NUL or another control character in any field (a token named "a\0b") is
// stored as U+FFFD and hashed as stored, so the chain still verifies on every engine.
TEST_P(IdentityRepositoriesTest, ControlCharactersInAnAuditEntryLeaveTheChainWhole) {
  const Id partnership = add_partnership("NBP");
  const Caller nobody{std::nullopt, "192.0.2.1", ""};
  const std::string with_nul("token a\0b", 9);
  in_transaction([&](Transaction& transaction) {
    record_audit(transaction, nobody, now,
                 {"create", "token", "7\x1b[2J", "success", with_nul, partnership});
    record_audit(transaction, nobody, now,
                 {"view", "case", "8", "success", "line one\nline two\ttab", partnership});
  });
  auto verified = verify_audit_log(*storage_);
  ASSERT_TRUE(verified.ok());
  EXPECT_TRUE(verified.value().problems.empty()) << verified.value().problem;
  EXPECT_EQ(verified.value().entries_checked, 2);
  std::vector<AuditEntry> entries;
  in_transaction([&](Transaction& transaction) { entries = transaction.audit().read_from(0, 10); });
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].detail,
            "token a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(entries[0].entity_id, "7\xEF\xBF\xBD[2J");
  EXPECT_EQ(entries[1].detail, "line one\nline two\ttab") << "tabs and line ends are kept";
}

// Partnership scoping -----------------------------------------------------------------------

TEST_P(IdentityRepositoriesTest, EveryReadScopedToAPartnershipReturnsNothingOfAnothers) {
  const Id north = add_partnership("NORTH");
  const Id south = add_partnership("SOUTH");
  Id north_agency = 0;
  in_transaction([&](Transaction& transaction) {
    north_agency = transaction.agencies().add(north, "POLICE", "North Police").value().id;
  });
  const Id north_user = add_account("jo@north.example", north, {"admin"});
  const Caller north_admin{actor_from(find_account(north_user)->user), "192.0.2.1", ""};
  in_transaction([&](Transaction& transaction) {
    transaction.settings().set(north, "rapid_review_working_days", "15");
    record_audit(transaction, north_admin, now, {"update", "settings", std::to_string(north)});
  });
  in_transaction([&](Transaction& transaction) {
    // North sees its own…
    EXPECT_EQ(transaction.accounts().list(north).size(), 1u);
    EXPECT_EQ(transaction.agencies().list(north).size(), 1u);
    EXPECT_TRUE(transaction.agencies().find(north, north_agency).has_value());
    EXPECT_EQ(transaction.settings().all(north).size(), 1u);
    EXPECT_EQ(transaction.audit().search(north, AuditFilter{}).size(), 1u);
    // …and South none of it.
    EXPECT_TRUE(transaction.accounts().list(south).empty());
    EXPECT_TRUE(transaction.agencies().list(south).empty());
    EXPECT_FALSE(transaction.agencies().find(south, north_agency).has_value());
    EXPECT_FALSE(transaction.agencies().find_by_code(south, "POLICE").has_value());
    EXPECT_TRUE(transaction.settings().all(south).empty());
    EXPECT_TRUE(transaction.audit().search(south, AuditFilter{}).empty());
    AuditFilter by_email;
    by_email.user_email = "jo@north.example";
    EXPECT_TRUE(transaction.audit().search(south, by_email).empty());
  });
}

TEST_P(IdentityRepositoriesTest, AuditSearchFiltersByUserEntityActionAndTime) {
  const Id partnership = add_partnership("NBP");
  const Caller nobody{std::nullopt, "192.0.2.1", ""};
  User jo{1, partnership, std::nullopt, "jo@northbrook.example", "Jo", {Role::admin}};
  User al{2, partnership, std::nullopt, "al@northbrook.example", "Al", {Role::manager}};
  in_transaction([&](Transaction& transaction) {
    record_audit(transaction, nobody, now, {"sign-in", "session", "1"}, jo);
    record_audit(transaction, nobody, now + 1h, {"sign-in", "session", "2"}, al);
    record_audit(transaction, nobody, now + 2h, {"update", "user", "2"}, jo);
  });
  in_transaction([&](Transaction& transaction) {
    AuditFilter filter;
    EXPECT_EQ(transaction.audit().search(partnership, filter).size(), 3u);
    EXPECT_EQ(transaction.audit().search(partnership, filter).front().action, "update")
        << "newest first";
    filter.user_email = "jo@northbrook.example";
    EXPECT_EQ(transaction.audit().search(partnership, filter).size(), 2u);
    filter.action = "sign-in";
    EXPECT_EQ(transaction.audit().search(partnership, filter).size(), 1u);
    AuditFilter window;
    window.from = now + 1h;
    window.to = now + 2h;
    auto in_window = transaction.audit().search(partnership, window);
    ASSERT_EQ(in_window.size(), 1u) << "from is inclusive, to exclusive";
    EXPECT_EQ(in_window[0].user_email, "al@northbrook.example");
    AuditFilter by_entity;
    by_entity.entity = "user";
    by_entity.limit = 1;
    EXPECT_EQ(transaction.audit().search(partnership, by_entity).size(), 1u);
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, IdentityRepositoriesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
