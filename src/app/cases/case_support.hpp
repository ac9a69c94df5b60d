// What the case use cases (app/cases/*.cpp) share and nothing else needs: today's date, the
// partnership's deadline rules, finding a case without leaking another partnership's, saving a
// case against concurrent changes, timeline events, and sealing and opening children's
// identities. Internal to app/cases; the caller checks they use are app/caller_checks.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/caller_checks.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"
#include "domain/permission.hpp"
#include "domain/text.hpp"

namespace casereview::case_support {

// Today in Europe/London by the context's clock.
CivilDate today(const AppContext& context);

// A date from a form or API field that must be today or earlier; invalid_input naming `field`,
// worded from `what` ("The date of birth"): "Enter the date of birth" when empty, "The date of
// birth must be a real date" when it is not one.
Result<CivilDate> past_date(const std::string& field, const std::string& text, CivilDate today,
                            const std::string& what);

struct CaseRules {
  WorkingDayCalendar calendar;
  DeadlineSettings settings;
};

// The partnership's calendar in force and deadline settings.
Result<CaseRules> case_rules(Transaction& transaction, Id partnership_id);

// The partnership's case; not_found otherwise (whether or not it exists elsewhere).
Result<CaseRecord> case_in_partnership(Transaction& transaction, Id partnership_id, Id case_id);

// Saves a changed case; wrong_state when someone else changed it since it was read.
Status save_case(Transaction& transaction, const CaseRecord& record);

// Adds a timeline event for the case, by the caller.
void add_event(Transaction& transaction, const Caller& caller, Instant now,
               const CaseRecord& record, CaseEventKind kind, std::optional<CivilDate> on,
               const std::string& detail);

// The configured field cipher; internal when none was given.
Result<const security::FieldCipher*> cipher(const AppContext& context);

SealedChild seal_child(const security::FieldCipher& cipher, int position,
                       const ChildIdentity& child);
Result<ChildIdentity> open_child(const security::FieldCipher& cipher, const SealedChild& sealed);

// The case's agency requests as the manager sees them, due soonest first.
std::vector<AgencyRequestView> request_views(Transaction& transaction, const CaseRules& rules,
                                             const CaseRecord& record, CivilDate today);

// The agencies on the case without a submitted response (not asked, not started or a draft), in
// the case's order of agencies.
std::vector<Agency> agencies_not_responded(Transaction& transaction, const CaseRecord& record);

// The partnership's active users holding `role` (and, when given, of `agency_id`).
std::vector<User> users_with_role(Transaction& transaction, Id partnership_id, Role role,
                                  std::optional<Id> agency_id = std::nullopt);

// "Child A and Child B", for emails and lists.
std::string pseudonym_list(const std::vector<std::string>& pseudonyms);

}  // namespace casereview::case_support
