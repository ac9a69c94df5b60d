// SQL for the learning library's email subscribers: see sql_library_subscriptions.hpp.
#include "store/sql_library_subscriptions.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

constexpr const char* columns =
    "SELECT id, email, token, requested_at, confirmed_at, left_at, last_digest_month FROM "
    "library_subscriptions ";

LibrarySubscription subscription_from(const Row& row) {
  LibrarySubscription subscription;
  subscription.id = row.integer(0);
  subscription.email = row.text(1);
  subscription.token = row.text(2);
  subscription.requested_at = row.instant(3);
  subscription.confirmed_at = row.optional_instant(4);
  subscription.left_at = row.optional_instant(5);
  subscription.last_digest_month = row.text(6);
  return subscription;
}

}  // namespace

std::optional<LibrarySubscription> SqlLibrarySubscriptionRepository::find_where(
    const std::string& condition, const std::string& value) {
  const auto rows = query(session_, columns + condition, {value});
  if (rows.empty()) return std::nullopt;
  return subscription_from(rows.front());
}

std::optional<LibrarySubscription> SqlLibrarySubscriptionRepository::find_by_email(
    const std::string& email) {
  return find_where("WHERE email = $1", email);
}

std::optional<LibrarySubscription> SqlLibrarySubscriptionRepository::find_by_token(
    const std::string& token) {
  return find_where("WHERE token = $1", token);
}

// ON CONFLICT DO NOTHING: two requests for one address at once make one row.
std::optional<Id> SqlLibrarySubscriptionRepository::add(const std::string& email,
                                                        const std::string& token,
                                                        Instant requested_at) {
  const auto rows = query(session_,
                          "INSERT INTO library_subscriptions (email, token, requested_at) VALUES "
                          "($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id",
                          {email, token, format_instant(requested_at)});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

void SqlLibrarySubscriptionRepository::renew(Id id, const std::string& token,
                                             Instant requested_at) {
  execute(session_,
          "UPDATE library_subscriptions SET token = $2, requested_at = $3, confirmed_at = NULL, "
          "left_at = NULL WHERE id = $1",
          {id, token, format_instant(requested_at)});
}

bool SqlLibrarySubscriptionRepository::confirm(Id id, Instant at, const std::string& month) {
  return execute(session_,
                 "UPDATE library_subscriptions SET confirmed_at = $2, last_digest_month = $3 "
                 "WHERE id = $1 AND confirmed_at IS NULL AND left_at IS NULL",
                 {id, format_instant(at), month}) == 1;
}

bool SqlLibrarySubscriptionRepository::leave(Id id, Instant at) {
  return execute(session_,
                 "UPDATE library_subscriptions SET left_at = $2 WHERE id = $1 AND left_at IS NULL",
                 {id, format_instant(at)}) == 1;
}

std::vector<LibrarySubscription> SqlLibrarySubscriptionRepository::due_for_digest(
    const std::string& month, Id after_id, int limit) {
  std::vector<LibrarySubscription> due;
  for (const Row& row : query(session_,
                              std::string(columns) +
                                  "WHERE id > $1 AND confirmed_at IS NOT NULL AND left_at IS NULL "
                                  "AND last_digest_month <> $2 ORDER BY id LIMIT $3",
                              {after_id, month, static_cast<std::int64_t>(limit)}))
    due.push_back(subscription_from(row));
  return due;
}

bool SqlLibrarySubscriptionRepository::claim_digest(Id id, const std::string& month) {
  return execute(session_,
                 "UPDATE library_subscriptions SET last_digest_month = $2 WHERE id = $1 AND "
                 "confirmed_at IS NOT NULL AND left_at IS NULL AND last_digest_month <> $2",
                 {id, month}) == 1;
}

}  // namespace casereview::store
