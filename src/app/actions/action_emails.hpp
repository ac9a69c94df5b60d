// The words of the emails the action plans send (issue 13), in one place. Plain text with a link
// to the action; no child's name (the case is named by its reference only).
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/action.hpp"
#include "domain/email.hpp"

namespace casereview::action_emails {

// Rule ACT-1: to the owner, when an action is made for their agency.
Email action_assigned(const AppSettings& settings, const std::string& to,
                      const std::string& case_reference, int recommendation_number,
                      const Action& action, const std::string& agency_name);

// Rule ACT-2: to the owner, when the committee returns the action with a reason.
Email action_returned(const AppSettings& settings, const std::string& to, const Action& action,
                      const std::string& reason);

// Rule ACT-4: to the one who asked, when the committee agrees or refuses a new due date.
Email due_date_answered(const AppSettings& settings, const std::string& to, const Action& action,
                        const DueDateChange& change, bool agreed);

// Issue 13: to the owner, before the due date, on it, and every 10 working days while overdue.
Email action_reminder(const AppSettings& settings, const std::string& to, const Action& action,
                      const ActionReminder& reminder);

// Issue 13: the monthly digest to a committee member of what needs the committee's attention.
struct ActionDigest {
  int overdue = 0;
  int awaiting_sign_off = 0;
  int without_recent_update = 0;
  int days_without_update = 30;
};
Email committee_digest(const AppSettings& settings, const std::string& to,
                       const std::string& partnership_name, const ActionDigest& digest);

}  // namespace casereview::action_emails
