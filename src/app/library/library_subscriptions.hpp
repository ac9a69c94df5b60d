// The learning library's monthly email (issue 14): anyone asks for it with their email address,
// confirms by the link sent to that address, gets one email a month listing the entries published
// the month before (none in a month without any), and leaves with the link in any of them.
//
// Nobody signs in: the token in the links is the subscriber's only key, and it opens nothing but
// their own subscription. Asking again says the same whether or not the address is known, and sends
// at most one confirmation email every 10 minutes.
#pragma once

#include <string>

#include "app/context.hpp"

namespace casereview {

inline constexpr int library_confirmation_minutes = 10;
inline constexpr int library_digest_entries = 50;  // the most a digest lists

// invalid_input naming "email" (missing or not an email address). Otherwise ok, whatever the
// address's state: a confirmation email is queued unless it is already confirmed or one was sent in
// the last library_confirmation_minutes.
Status subscribe_to_library(AppContext& context, const std::string& email);

enum class SubscriptionState { waiting, confirmed, left };
struct SubscriptionByLink {
  std::string email;
  SubscriptionState state = SubscriptionState::waiting;
};
// not_found for a token that opens nothing.
Result<SubscriptionByLink> subscription_by_link(AppContext& context, const std::string& token);
// Confirms it (the first digest comes next month); ok when it already was.
Status confirm_library_subscription(AppContext& context, const std::string& token);
// Ends it; ok when it already had.
Status leave_library_emails(AppContext& context, const std::string& token);

// The scheduled job: at the first run of a month, each confirmed subscriber's digest of the month
// before, when anything was published in it; once per subscriber and month, with any number of
// servers. Returns how many emails were queued.
Result<int> queue_library_digests(AppContext& context);

}  // namespace casereview
