// Reviewer independence (DOMAIN.md step 5, Rule REV-4): before a lead reviewer or independent
// author is appointed, their declared affiliations are checked against the agencies the review
// looks at.
//
// Rule (cited again where implemented and in the tests that prove it):
//   REV-4  A CSPR's reviewer is independent of the case and of the agencies reviewed: appointing
//          one affiliated with an agency in scope within N years (setting, 5) is refused unless
//          the committee records an exception with its reason. For a learning review it is a
//          warning only.
//
// Choices of this module: a local CSPR and a national review are both CSPRs, so both refuse; an
// affiliation conflicts when it names an agency in scope (by id, or by organisation name equal to
// the agency's name once case, punctuation and spacing are ignored) and it had not ended more than
// N years before the appointment (an open-ended one always counts). Its start date does not
// matter: a job that has not started yet is an affiliation too.
//
// Example:
//   Result<IndependenceCheck> check = check_reviewer_independence(
//       ReviewOutcome::local_cspr, affiliations, agencies_in_scope, appointed_on,
//       default_independence_years, "");
//   if (!check) return check.error();  // 422 on "exception_reason", naming the affiliation
//   check.value().verdict;             // independent, warning or exception
//
// Pure functions: safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"
#include "domain/civil_date.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

// Rule REV-4: the default number of years an affiliation counts for (setting).
inline constexpr int default_independence_years = 5;

// One affiliation a reviewer declares: an agency of the partnership, or another organisation.
struct DeclaredAffiliation {
  std::optional<Id> agency_id;
  std::string organisation;  // the organisation's name; for an agency, its name when declared
  CivilDate from = no_date();
  std::optional<CivilDate> to;  // nothing while it lasts
};

// Checks a reviewer's declared list, one error per bad field, named "affiliations[2].from" and so
// on: "Enter the organisation" when neither an agency nor a name is given; "The end date must be
// on or after the start date".
Status check_affiliations(const std::vector<DeclaredAffiliation>& affiliations);

// An agency the review looks at.
struct AgencyInScope {
  Id id = 0;
  std::string name;  // e.g. "Northbrook Police"
};

enum class IndependenceVerdict {
  independent,  // no affiliation in the way
  warning,      // a learning review with a conflicting affiliation: allowed, shown as a warning
  exception,    // a CSPR with a conflicting affiliation, appointed with the exception's reason
};

// One conflicting affiliation and the agency it concerns.
struct IndependenceConflict {
  DeclaredAffiliation affiliation;
  AgencyInScope agency;
  std::string description;  // "Northbrook Police from 1 April 2019 to 31 March 2023"
};

struct IndependenceCheck {
  IndependenceVerdict verdict = IndependenceVerdict::independent;
  std::vector<IndependenceConflict> conflicts;
  std::string exception_reason;  // set when the verdict is exception
};

// Rule REV-4. Fails with wrong_state when `kind` is no_review (there is no reviewer to appoint);
// with invalid_input on "exception_reason" when the review is a CSPR, an affiliation conflicts and
// the exception reason is blank — the message names every conflicting affiliation.
Result<IndependenceCheck> check_reviewer_independence(
    ReviewOutcome kind, const std::vector<DeclaredAffiliation>& affiliations,
    const std::vector<AgencyInScope>& agencies_in_scope, CivilDate appointed_on,
    int independence_years, std::string_view exception_reason);

}  // namespace casereview
