#include "app/emails.hpp"

namespace casereview::emails {

std::string signature(const AppSettings& settings) {
  return "\n\n--\n" + settings.service_name +
         "\nThis email was sent automatically. Do not reply to it.\n";
}

Email invitation(const AppSettings& settings, const std::string& to, const std::string& name,
                 const std::string& token) {
  return Email{
      to,
      "You have been invited to " + settings.service_name,
      "Dear " + name + ",\n\nYou have been given an account on " + settings.service_name +
          ". To start using it, set your password within 7 days:\n\n" + settings.public_url +
          "/accept-invitation?token=" + token +
          "\n\nThe link works once. If you were not expecting this, you can ignore this email." +
          signature(settings),
      {}};
}

Email email_verification(const AppSettings& settings, const std::string& to,
                         const std::string& name, const std::string& token) {
  return Email{to,
               "Confirm your email address for " + settings.service_name,
               "Dear " + name +
                   ",\n\nConfirm your email address within 24 hours to finish registering:\n\n" +
                   settings.public_url + "/verify-email?token=" + token +
                   "\n\nIf you did not register, you can ignore this email." + signature(settings),
               {}};
}

Email already_registered(const AppSettings& settings, const std::string& to) {
  return Email{
      to,
      "Someone tried to register with your email address",
      "Someone tried to register on " + settings.service_name +
          " with this email address, which already has an account.\n\nIf it was you, sign in at " +
          settings.public_url + "/sign-in, or reset your password at " + settings.public_url +
          "/forgot-password.\n\nIf it was not you, you can ignore this email." +
          signature(settings),
      {}};
}

Email password_reset(const AppSettings& settings, const std::string& to, const std::string& token) {
  return Email{to,
               "Reset your password for " + settings.service_name,
               "Someone asked to reset the password of this account. To choose a new password, use "
               "this link within "
               "1 hour:\n\n" +
                   settings.public_url + "/reset-password?token=" + token +
                   "\n\nIf you did not ask for this, you can ignore this email: your password has "
                   "not changed." +
                   signature(settings),
               {}};
}

Email password_changed(const AppSettings& settings, const std::string& to) {
  return Email{to,
               "Your password has been changed",
               "The password of your account on " + settings.service_name +
                   " has been changed and you have been signed out everywhere.\n\nIf you did not "
                   "do this, contact your "
                   "partnership's administrator now." +
                   signature(settings),
               {}};
}

Email second_factor_reset(const AppSettings& settings, const std::string& to) {
  return Email{to,
               "Your authenticator app has been reset",
               "An administrator has reset the authenticator app of your account on " +
                   settings.service_name +
                   ". Next time you sign in you will set it up again.\n\nIf you did not ask for "
                   "this, contact your "
                   "partnership's administrator." +
                   signature(settings),
               {}};
}

}  // namespace casereview::emails
