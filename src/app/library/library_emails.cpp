// The learning library's emails: see library_emails.hpp.
#include "app/library/library_emails.hpp"

#include "app/emails.hpp"

namespace casereview::library_emails {

std::string subscription_link(const AppSettings& settings, const std::string& token) {
  return settings.public_url + "/learning/emails/subscription?token=" + token;
}

Email confirm_subscription(const AppSettings& settings, const std::string& to,
                           const std::string& token) {
  return Email{
      to,
      "Confirm your monthly email from the learning library",
      "Someone, we hope you, asked for a monthly email of the reviews newly published "
      "in the learning library of " +
          settings.service_name + ".\n\nTo start the emails, open this link and confirm:\n\n" +
          subscription_link(settings, token) +
          "\n\nIf it was not you, do nothing: no email will follow." + emails::signature(settings),
      {}};
}

Email monthly_digest(const AppSettings& settings, const std::string& to, const std::string& month,
                     const std::vector<LibraryEntry>& entries, const std::string& token) {
  std::string body = std::to_string(entries.size()) +
                     (entries.size() == 1 ? " review was" : " reviews were") +
                     " published in the learning library in " + month + ".\n";
  for (const LibraryEntry& entry : entries)
    body += "\n" + entry.text.title + "\n" + entry.partnership_name + "\n" + settings.public_url +
            "/learning/" + std::to_string(entry.id) + "\n";
  body += "\nTo stop these emails, open this link:\n\n" + subscription_link(settings, token);
  return Email{to, "New in the learning library: " + month, body + emails::signature(settings), {}};
}

}  // namespace casereview::library_emails
