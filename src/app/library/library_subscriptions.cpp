// The learning library's monthly email: see library_subscriptions.hpp.
#include "app/library/library_subscriptions.hpp"

#include "app/library/library_emails.hpp"
#include "app/security/tokens.hpp"
#include "domain/identity.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

std::string month_of(CivilDate day) { return day.to_iso_string().substr(0, 7); }  // "2027-03"

Result<LibrarySubscription> by_token(Transaction& transaction, const std::string& token) {
  const Error unknown = Error::of(ErrorCode::not_found,
                                  "This link does not open a subscription: ask for the emails "
                                  "again and use the link in the newest email");
  if (token.empty()) return unknown;
  auto subscription = transaction.library_subscriptions().find_by_token(token);
  if (!subscription) return unknown;
  return *subscription;
}

}  // namespace

Status subscribe_to_library(AppContext& context, const std::string& email) {
  const std::string address = TRY(normalise_email("email", email));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto& subscriptions = transaction.library_subscriptions();
    const std::string token = security::random_token();
    const auto known = subscriptions.find_by_email(address);
    if (!known) {
      if (!subscriptions.add(address, token, now)) return ok_status();  // added at the same time
    } else {
      if (known->active()) return ok_status();
      const bool waiting = !known->left_at;
      if (waiting && now < known->requested_at + std::chrono::minutes(library_confirmation_minutes))
        return ok_status();
      subscriptions.renew(known->id, token, now);
    }
    transaction.outbox().enqueue(
        library_emails::confirm_subscription(context.settings, address, token), now);
    return ok_status();
  });
}

Result<SubscriptionByLink> subscription_by_link(AppContext& context, const std::string& token) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<SubscriptionByLink> {
        const LibrarySubscription subscription = TRY(by_token(transaction, token));
        return SubscriptionByLink{subscription.email, subscription.left_at ? SubscriptionState::left
                                                      : subscription.confirmed_at
                                                          ? SubscriptionState::confirmed
                                                          : SubscriptionState::waiting};
      });
}

Status confirm_library_subscription(AppContext& context, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const LibrarySubscription subscription = TRY(by_token(transaction, token));
    if (subscription.left_at)
      return Error::of(ErrorCode::wrong_state,
                       "This subscription has ended: ask for the emails again to restart it");
    // This month counts as sent: the first digest, of this month, comes next month.
    transaction.library_subscriptions().confirm(subscription.id, now, month_of(uk_date(now)));
    return ok_status();
  });
}

Status leave_library_emails(AppContext& context, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const LibrarySubscription subscription = TRY(by_token(transaction, token));
    transaction.library_subscriptions().leave(subscription.id, now);
    return ok_status();
  });
}

// One transaction per batch of subscribers, each claimed with its email, so a crash part-way
// loses nothing and sends nothing twice.
Result<int> queue_library_digests(AppContext& context) {
  constexpr int batch = 200;
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  const std::string month = month_of(today);
  const CivilDate this_month = CivilDate::from_ymd(today.year(), today.month(), 1).value();
  const CivilDate last_month =
      CivilDate::from_ymd(this_month.add_days(-1).year(), this_month.add_days(-1).month(), 1)
          .value();
  const std::string month_text =
      std::string(month_name(last_month.month())) + " " + std::to_string(last_month.year());
  // Last month's entries, read once for every subscriber.
  const std::vector<LibraryEntry> entries = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<LibraryEntry>> {
        return transaction.library().published_between(last_month, this_month,
                                                       library_digest_entries);
      }));
  int queued = 0;
  Id after = 0;
  for (;;) {
    const Result<int> done = context.storage.transact(
        TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
          auto& subscriptions = transaction.library_subscriptions();
          const auto due = subscriptions.due_for_digest(month, after, batch);
          if (due.empty()) return -1;
          int sent = 0;
          for (const LibrarySubscription& subscription : due) {
            after = subscription.id;
            // Claimed even when nothing was published: one look a month at most.
            if (!subscriptions.claim_digest(subscription.id, month) || entries.empty()) continue;
            transaction.outbox().enqueue(
                library_emails::monthly_digest(context.settings, subscription.email, month_text,
                                               entries, subscription.token),
                now);
            ++sent;
          }
          return sent;
        });
    if (!done) return done.error();
    if (done.value() < 0) return queued;
    queued += done.value();
  }
}

}  // namespace casereview
