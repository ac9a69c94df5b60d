// The learning library's monthly email and its themes (issue 14) on both engines: a subscription
// waits for its confirmation link, asking again says nothing new and sends at most one email in
// ten minutes; each confirmed subscriber gets one digest a month of the month before, even with two
// servers at once, none in a month with nothing published, and none after leaving. An
// administrator adds a theme for every partnership; a name taken is refused.
#include "app/library/library_subscriptions.hpp"

#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "app/library/learning_library.hpp"
#include "app/library/library_themes.hpp"
#include "app/publication_fixture.hpp"

namespace casereview {
namespace {

class LibrarySubscriptions : public PublicationTest {
 protected:
  std::vector<QueuedEmail> emails_to(const std::string& to, const std::string& subject) {
    std::vector<QueuedEmail> found;
    for (const QueuedEmail& queued : outbox_to(to))
      if (queued.email.subject.starts_with(subject)) found.push_back(queued);
    return found;
  }

  // The token in the newest email's link to `to`.
  std::string token_sent_to(const std::string& to) {
    const auto emails = outbox_to(to);
    if (emails.empty()) return "";
    const std::string& body = emails.back().email.body;
    const std::string marker = "/learning/emails/subscription?token=";
    const std::size_t at = body.find(marker);
    if (at == std::string::npos) return "";
    const std::size_t start = at + marker.size();
    return body.substr(start, body.find_first_of(" \n", start) - start);
  }
};

TEST_P(LibrarySubscriptions, ASubscriptionWaitsForItsConfirmationLink) {
  EXPECT_EQ(fields_of(subscribe_to_library(context(), "not an address").error()),
            std::vector<std::string>{"email"});
  ASSERT_TRUE(subscribe_to_library(context(), " Reader@Example.org ").ok());
  ASSERT_EQ(emails_to("reader@example.org", "Confirm your monthly email").size(), 1u);
  const std::string token = token_sent_to("reader@example.org");
  ASSERT_EQ(token.size(), 43u);

  // Asking again within ten minutes sends nothing more; after them, a new link, the old one dead.
  ASSERT_TRUE(subscribe_to_library(context(), "reader@example.org").ok());
  EXPECT_EQ(outbox_to("reader@example.org").size(), 1u);
  clock_.advance(std::chrono::minutes(11));
  ASSERT_TRUE(subscribe_to_library(context(), "reader@example.org").ok());
  ASSERT_EQ(outbox_to("reader@example.org").size(), 2u);
  const std::string renewed = token_sent_to("reader@example.org");
  EXPECT_NE(renewed, token);
  EXPECT_EQ(subscription_by_link(context(), token).error().code, ErrorCode::not_found);
  EXPECT_EQ(subscription_by_link(context(), "").error().code, ErrorCode::not_found);

  auto waiting = subscription_by_link(context(), renewed);
  ASSERT_TRUE(waiting.ok());
  EXPECT_EQ(waiting.value().state, SubscriptionState::waiting);
  EXPECT_EQ(waiting.value().email, "reader@example.org");
  ASSERT_TRUE(confirm_library_subscription(context(), renewed).ok());
  ASSERT_TRUE(confirm_library_subscription(context(), renewed).ok()) << "twice is harmless";
  EXPECT_EQ(subscription_by_link(context(), renewed).value().state, SubscriptionState::confirmed);
  ASSERT_TRUE(subscribe_to_library(context(), "reader@example.org").ok());
  EXPECT_EQ(outbox_to("reader@example.org").size(), 2u) << "confirmed: nothing to send";

  ASSERT_TRUE(leave_library_emails(context(), renewed).ok());
  EXPECT_EQ(subscription_by_link(context(), renewed).value().state, SubscriptionState::left);
  EXPECT_EQ(confirm_library_subscription(context(), renewed).error().code, ErrorCode::wrong_state);
}

// One digest a month to each confirmed subscriber, listing the month before's entries, whatever
// the number of servers; none in a month with nothing published; none after leaving.
TEST_P(LibrarySubscriptions, EachSubscriberGetsOneDigestAMonthWhateverTheServers) {
  for (const char* address : {"one@example.org", "two@example.org", "waiting@example.org"})
    ASSERT_TRUE(subscribe_to_library(context(), address).ok());
  const std::string one = token_sent_to("one@example.org");
  ASSERT_TRUE(confirm_library_subscription(context(), one).ok());
  ASSERT_TRUE(confirm_library_subscription(context(), token_sent_to("two@example.org")).ok());
  const Id entry_id = publish_with_report();  // published in March 2026
  ASSERT_NE(entry_id, 0);
  EXPECT_EQ(queue_library_digests(context()).value(), 0) << "confirmed this month: next month";

  clock_.set(parse_instant("2026-04-01T07:00:00Z").value());
  store::SqlStorage other_server(store::parse_database_url(database_->url()).value(),
                                 store::PoolSettings{1, 4, 60});
  AppContext other_context{other_server, clock_, context().settings};
  std::latch start(2);
  std::optional<Result<int>> ours, theirs;
  std::thread first([&] {
    start.arrive_and_wait();
    ours.emplace(queue_library_digests(context()));
  });
  std::thread second([&] {
    start.arrive_and_wait();
    theirs.emplace(queue_library_digests(other_context));
  });
  first.join();
  second.join();
  ASSERT_TRUE(ours->ok()) << ours->error().message;
  ASSERT_TRUE(theirs->ok()) << theirs->error().message;
  EXPECT_EQ(ours->value() + theirs->value(), 2);
  for (const char* address : {"one@example.org", "two@example.org"}) {
    const auto digests = emails_to(address, "New in the learning library: March 2026");
    ASSERT_EQ(digests.size(), 1u) << address;
    EXPECT_NE(digests[0].email.body.find("/learning/" + std::to_string(entry_id)),
              std::string::npos);
    EXPECT_NE(digests[0].email.body.find("/learning/emails/subscription?token="), std::string::npos)
        << "every digest has the link to stop them";
  }
  EXPECT_TRUE(emails_to("waiting@example.org", "New in").empty()) << "never confirmed";
  EXPECT_EQ(queue_library_digests(context()).value(), 0) << "once a month";

  ASSERT_TRUE(leave_library_emails(context(), one).ok());
  clock_.set(parse_instant("2026-05-01T07:00:00Z").value());
  EXPECT_EQ(queue_library_digests(context()).value(), 0) << "nothing published in April";
  EXPECT_EQ(emails_to("two@example.org", "New in").size(), 1u);
}

// Rule LIB-1: the administrator's theme is every partnership's; a taken name is refused in any
// case; only an administrator adds one.
TEST_P(LibrarySubscriptions, AnAdministratorAddsAThemeForEveryPartnership) {
  EXPECT_EQ(add_library_theme(context(), as(manager), "Online harm").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(fields_of(add_library_theme(context(), as(admin), "  ").error()),
            std::vector<std::string>{"name"});
  auto added = add_library_theme(context(), as(admin), " Children’s online harm ");
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added.value().slug, "childrens-online-harm");
  EXPECT_EQ(added.value().name, "Children’s online harm");
  auto taken = add_library_theme(context(), as(admin), "POVERTY");
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().fields.at(0).message, "The library already has a theme called POVERTY");
  auto themes = library_theme_counts(context(), as(admin));
  ASSERT_TRUE(themes.ok());
  ASSERT_EQ(themes.value().size(), 33u);
  EXPECT_EQ(themes.value().back().theme.slug, "childrens-online-harm");

  ASSERT_TRUE(decide("publish").ok());
  auto entry = save_library_entry(context(), as(south_manager), case_id, {});
  EXPECT_EQ(entry.error().code, ErrorCode::not_found);
  auto filed = save_library_entry(
      context(), as(manager), case_id,
      {.title = "Child A", .summary = "A summary.", .theme_slugs = {"childrens-online-harm"}});
  ASSERT_TRUE(filed.ok()) << filed.error().message;
}

INSTANTIATE_TEST_SUITE_P(Engines, LibrarySubscriptions,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
