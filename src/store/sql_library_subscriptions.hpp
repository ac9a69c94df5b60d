// The SQL repository of the learning library's email subscribers (app/ports/library.hpp): one row
// per address (library_subscriptions, migration 0022), claimed month by month with a conditional
// update so that each digest goes once, whatever the number of servers.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlLibrarySubscriptionRepository final : public LibrarySubscriptionRepository {
 public:
  explicit SqlLibrarySubscriptionRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<LibrarySubscription> find_by_email(const std::string& email) override;
  std::optional<LibrarySubscription> find_by_token(const std::string& token) override;
  std::optional<Id> add(const std::string& email, const std::string& token,
                        Instant requested_at) override;
  void renew(Id id, const std::string& token, Instant requested_at) override;
  bool confirm(Id id, Instant at, const std::string& month) override;
  bool leave(Id id, Instant at) override;
  std::vector<LibrarySubscription> due_for_digest(const std::string& month, Id after_id,
                                                  int limit) override;
  bool claim_digest(Id id, const std::string& month) override;

 private:
  std::optional<LibrarySubscription> find_where(const std::string& condition,
                                                const std::string& value);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
