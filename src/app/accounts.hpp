// Accounts: staff invited by an administrator, practitioners registering themselves, email
// verification, password reset, and an administrator's changes to users (roles, deactivation,
// second-factor reset). Every change is audited; every email goes through the outbox in the same
// transaction, so an account and its email are written together or not at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/partnership_settings.hpp"

namespace casereview {

struct Invitation {
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::string agency_code;  // required for contributor and lead
  std::string signs_for;    // required for signatory: a statutory_partner_name (Rule SIGN-1)
};

// An administrator invites a staff member to their own partnership: the invitee gets an email
// link (single use, 7 days) to set a password. invalid_input names each bad field; wrong_state
// when the email has an account already.
Result<Account> invite_user(AppContext& context, const Caller& caller,
                            const Invitation& invitation);

// Adds a user directly (command line, first set-up): with a password it is active at once;
// without one an invitation is emailed. `partnership_code` is empty for national roles.
Result<Account> add_user(AppContext& context, const Caller& caller, const Invitation& invitation,
                         const std::string& partnership_code,
                         const std::optional<std::string>& password);

// Who an invitation or reset link is for, without using it (to show its page); not_found when the
// link is unknown, used or expired.
Result<std::string> email_for_link(AppContext& context, TokenPurpose purpose,
                                   const std::string& token);

// Sets the invitee's password from an invitation link and activates the account.
Status accept_invitation(AppContext& context, const Caller& caller, const std::string& token,
                         const std::string& password, const std::string& confirmation);

struct Registration {
  std::string name;
  std::string email;
  std::string organisation;
  std::string job_role;
  std::string password;
  std::string confirmation;
  // The code of the partnership whose area the person works in, or another_area_code. It makes
  // them part of that partnership's workforce, who may book its courses (CourseBooking).
  std::string partnership_code;
};

// The answer "none of these partnerships" to "Which partnership's area do you work in?".
inline constexpr const char* another_area_code = "another-area";

// A practitioner registers themselves (role learner, in the partnership whose area they said they
// work in, or none). The account can sign in only after its email is verified by the emailed
// link. An email that has an account already gets the same answer, and that account's owner an
// email saying so. invalid_input naming each bad field ("name", "email", "organisation",
// "job_role", "password", "confirmation", "partnership").
Status register_learner(AppContext& context, const Caller& caller,
                        const Registration& registration);
Status verify_email(AppContext& context, const Caller& caller, const std::string& token);

// Sends a reset link when the account exists; says and does the same visible thing otherwise.
Status request_password_reset(AppContext& context, const Caller& caller, const std::string& email);
// Sets a new password from a reset link and ends every session of the account.
Status reset_password(AppContext& context, const Caller& caller, const std::string& token,
                      const std::string& password, const std::string& confirmation);

// A signed-in person corrects their own name, and (learners) their agency or organisation and job
// role. invalid_input naming "name", "organisation" or "job_role"; audited. Certificates render
// from the current name, so a corrected name re-issues them with the same codes.
struct OwnDetails {
  std::string name;
  std::string organisation;
  std::string job_role;
  // Issue 13: a self-registered practitioner's agency among their partnership's (its id, or "" for
  // none of them), so that a training action for it counts their training; nothing when not given.
  // invalid_input on "agency" for another partnership's agency, or from anyone whose agency their
  // administrator sets (chooses_own_agency).
  std::optional<std::string> agency;
};
Status change_own_details(AppContext& context, const Caller& caller, const OwnDetails& details);

// Administrators, within their own partnership.
Result<std::vector<Account>> list_partnership_users(AppContext& context, const Caller& caller);
Result<Account> find_partnership_user(AppContext& context, const Caller& caller, Id user_id);
// invalid_input on "roles", "agency" (contributor, lead) or "signs_for" (signatory: the statutory
// partner they sign for, Rule SIGN-1).
Status change_roles(AppContext& context, const Caller& caller, Id user_id,
                    const std::vector<std::string>& roles, const std::string& agency_code,
                    const std::string& signs_for = "");
Status deactivate_user(AppContext& context, const Caller& caller, Id user_id);
Status reset_second_factor(AppContext& context, const Caller& caller, Id user_id);

// Partnerships and agencies. Partnerships are created from the command line only.
Result<Partnership> add_partnership(AppContext& context, const Caller& caller,
                                    const std::string& code, const std::string& name);
Result<std::vector<Partnership>> list_partnerships(AppContext& context);
Result<Agency> add_agency(AppContext& context, const Caller& caller,
                          const std::string& partnership_code, const std::string& code,
                          const std::string& name);
Result<std::vector<Agency>> list_agencies(AppContext& context, const Caller& caller);

// Partnership settings (administrators): its name, the time-scales deadlines are computed from
// and who may book its courses (domain/partnership_settings.hpp). read_settings fails with
// internal when a stored value cannot be read; update_settings with invalid_input naming each bad
// field ("name", a time-scale's key, "course_booking", "review_methodologies", "report_sections"),
// changing nothing; both need manage_settings.
struct PartnershipSettings {
  std::string name;
  SettingValues values;
  std::vector<std::string> report_sections;  // the report's template (Rule RPT-1), never empty
};
Result<PartnershipSettings> read_settings(AppContext& context, const Caller& caller);
Status update_settings(AppContext& context, const Caller& caller, const std::string& name,
                       const std::map<std::string, std::string>& values);

}  // namespace casereview
