// The words of every email the identity journeys send, in one place. Links start with the
// service's public URL. Plain text: it reads well in every mail client and carries nothing active.
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/email.hpp"

namespace casereview::emails {

// The end of every email the service sends: its name, and that nobody reads replies.
std::string signature(const AppSettings& settings);

Email invitation(const AppSettings& settings, const std::string& to, const std::string& name,
                 const std::string& token);
Email email_verification(const AppSettings& settings, const std::string& to,
                         const std::string& name, const std::string& token);
Email already_registered(const AppSettings& settings, const std::string& to);
Email password_reset(const AppSettings& settings, const std::string& to, const std::string& token);
Email password_changed(const AppSettings& settings, const std::string& to);
Email second_factor_reset(const AppSettings& settings, const std::string& to);

}  // namespace casereview::emails
