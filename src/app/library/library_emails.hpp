// The learning library's emails to its subscribers (issue 14): the confirmation of a new
// subscription, and the monthly digest of the entries published the month before, each with the
// link that ends the subscription.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/email.hpp"
#include "domain/library_entry.hpp"

namespace casereview::library_emails {

// The page a subscriber's links open: confirm, or leave.
std::string subscription_link(const AppSettings& settings, const std::string& token);

Email confirm_subscription(const AppSettings& settings, const std::string& to,
                           const std::string& token);

// `month` as people read it ("March 2027"); `entries` newest first.
Email monthly_digest(const AppSettings& settings, const std::string& to, const std::string& month,
                     const std::vector<LibraryEntry>& entries, const std::string& token);

}  // namespace casereview::library_emails
