// The fixture of the use-case suites: real storage of the engine under test (a fresh, migrated
// database), a clock the test moves by hand, and an AppContext that hashes passwords at the
// cheapest cost so that tests creating many accounts stay fast. Every TEST_P written against it
// runs once on SQLite and once on PostgreSQL.
//
// Example:
//   TEST_P(MySuite, Something) {
//     Account admin = add_account("admin@north.example", {"admin"}, "NORTH");
//     clock_.advance(std::chrono::minutes(61));
//     EXPECT_FALSE(signed_in_session(context(), token).has_value());
//   }
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <regex>

#include "app/accounts.hpp"
#include "app/audit.hpp"
#include "app/embedded_files.hpp"
#include "app/sessions.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"
#include "support/test_database.hpp"

namespace casereview {

// authenticate_session where the database is up: the session, or nullopt (a failure fails the
// test).
inline std::optional<AuthenticatedSession> signed_in_session(AppContext& context,
                                                             const std::string& token) {
  auto found = authenticate_session(context, token);
  EXPECT_TRUE(found.ok()) << (found.ok() ? "" : found.error().message);
  return found ? std::move(found).value() : std::nullopt;
}

class UseCaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  // A Monday morning in term time; nothing depends on the date itself.
  static Instant start_time() { return parse_instant("2026-03-02T09:00:00Z").value(); }

  void SetUp() override {
    database_ = std::make_unique<testing_support::TestDatabase>(GetParam());
    SKIP_UNLESS_AVAILABLE(*database_);
    storage_ =
        std::make_unique<store::SqlStorage>(store::parse_database_url(database_->url()).value());
    auto migrated = store::migrate(*storage_, store::migrations_from(embedded_files()));
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
    AppSettings settings;
    settings.password_cost = security::PasswordHashCost::minimum_for_tests;
    settings.public_url = "https://casereview.test";
    context_ = std::make_unique<AppContext>(AppContext{*storage_, clock_, settings});
  }

  AppContext& context() { return *context_; }

  // The command line's caller: no actor, as `casereview add-user` runs.
  static Caller command_line() { return Caller{std::nullopt, "command line", ""}; }
  // The public at an address.
  static Caller visitor(const std::string& address = "198.51.100.1") {
    return Caller{std::nullopt, address, "Firefox"};
  }
  static Caller as(const Account& account, const std::string& address = "198.51.100.1") {
    return Caller{actor_from(account.user), address, "Firefox"};
  }

  Partnership ensure_partnership(const std::string& code) {
    auto partnerships = list_partnerships(context());
    EXPECT_TRUE(partnerships.ok());
    for (const Partnership& partnership : partnerships.value()) {
      if (partnership.code == code) return partnership;
    }
    auto added = add_partnership(context(), command_line(), code,
                                 code + " Safeguarding Children Partnership");
    if (!added.ok()) {
      ADD_FAILURE() << "could not add partnership " << code << ": " << added.error().message;
      return Partnership{};
    }
    return added.value();
  }

  // An active account with `password`, added as the command line does. `partnership_code` empty
  // for national roles.
  Account add_account(const std::string& email, const std::vector<std::string>& roles,
                      const std::string& partnership_code = "NORTH",
                      const std::string& agency_code = "", const std::string& signs_for = "") {
    if (!partnership_code.empty()) ensure_partnership(partnership_code);
    Invitation invitation{email, "Person " + email, roles, agency_code, signs_for};
    auto added =
        add_user(context(), command_line(), invitation, partnership_code, std::string(password));
    EXPECT_TRUE(added.ok()) << email << ": " << added.error().message
                            << (added.ok() || added.error().fields.empty()
                                    ? ""
                                    : " " + added.error().fields[0].message);
    return added.ok() ? added.value() : Account{};
  }

  std::optional<Account> find_account(const std::string& email) {
    std::optional<Account> found;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          found = transaction.accounts().find_by_email(email);
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return found;
  }

  // The email in the outbox, oldest first.
  std::vector<QueuedEmail> outbox() {
    std::vector<QueuedEmail> emails;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          emails = transaction.outbox().recent(1000);
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    std::reverse(emails.begin(), emails.end());
    return emails;
  }

  std::vector<QueuedEmail> outbox_to(const std::string& to) {
    std::vector<QueuedEmail> matching;
    for (const QueuedEmail& queued : outbox()) {
      if (queued.email.to == to) matching.push_back(queued);
    }
    return matching;
  }

  // The token of the link `path` ("/reset-password") in the newest email to `to`; empty if none.
  std::string link_token(const std::string& to, const std::string& path) {
    auto emails = outbox_to(to);
    const std::regex link(std::regex_replace(context().settings.public_url,
                                             std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          path + R"(\?token=([A-Za-z0-9_-]+))");
    for (auto email = emails.rbegin(); email != emails.rend(); ++email) {
      std::smatch match;
      if (std::regex_search(email->email.body, match, link)) return match[1];
    }
    return "";
  }

  // Every audit entry, oldest first.
  std::vector<AuditEntry> audit_log() {
    std::vector<AuditEntry> entries;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          entries = transaction.audit().read_from(0, 100000);
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return entries;
  }

  // Audit entries with this action and outcome (and, when given, this user email).
  std::vector<AuditEntry> audit_entries(const std::string& action, const std::string& outcome,
                                        const std::string& user_email = "") {
    std::vector<AuditEntry> matching;
    for (const AuditEntry& entry : audit_log()) {
      if (entry.action == action && entry.outcome == outcome &&
          (user_email.empty() || entry.user_email == user_email)) {
        matching.push_back(entry);
      }
    }
    return matching;
  }

  void expect_audit_chain_whole() {
    auto verified = verify_audit_log(*storage_);
    ASSERT_TRUE(verified.ok());
    EXPECT_FALSE(verified.value().first_bad_sequence.has_value()) << verified.value().problem;
    EXPECT_GT(verified.value().entries_checked, 0);
  }

  static constexpr const char* password = "a long pass phrase for tests";

  std::unique_ptr<testing_support::TestDatabase> database_;
  std::unique_ptr<store::SqlStorage> storage_;
  ManualClock clock_{start_time()};
  std::unique_ptr<AppContext> context_;
};

}  // namespace casereview
