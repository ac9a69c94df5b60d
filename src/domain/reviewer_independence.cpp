// Reviewer independence: Rule REV-4's conflict check and its refusal, exception and warning. See
// the header for the choices made where DOMAIN.md is silent.
#include "domain/reviewer_independence.hpp"

#include <cassert>

#include "domain/review_timescale.hpp"  // add_calendar_months
#include "domain/text.hpp"

namespace casereview {

namespace {

// Lower-case letters and digits only, words separated by one space: "Northbrook  Police." and
// "northbrook police" are the same organisation.
std::string normalised_name(std::string_view name) {
  std::string normal;
  bool space_pending = false;
  for (char character : name) {
    const bool letter =
        (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9');
    const bool upper = character >= 'A' && character <= 'Z';
    if (letter || upper) {
      if (space_pending && !normal.empty()) normal += ' ';
      space_pending = false;
      normal += upper ? static_cast<char>(character - 'A' + 'a') : character;
    } else if (static_cast<unsigned char>(character) >= 0x80) {
      normal += character;  // keep other scripts as written
    } else {
      space_pending = true;
    }
  }
  return normal;
}

bool names_agency(const DeclaredAffiliation& affiliation, const AgencyInScope& agency) {
  if (affiliation.agency_id) return *affiliation.agency_id == agency.id;
  const std::string declared = normalised_name(affiliation.organisation);
  return !declared.empty() && declared == normalised_name(agency.name);
}

std::string describe(const DeclaredAffiliation& affiliation, const AgencyInScope& agency) {
  std::string text = agency.name + " from " + day_month_year(affiliation.from);
  text += affiliation.to ? " to " + day_month_year(*affiliation.to) : " (continuing)";
  return text;
}

}  // namespace

Status check_affiliations(const std::vector<DeclaredAffiliation>& affiliations) {
  std::vector<FieldError> errors;
  for (std::size_t index = 0; index < affiliations.size(); ++index) {
    const DeclaredAffiliation& affiliation = affiliations[index];
    const std::string prefix = "affiliations[" + std::to_string(index) + "].";
    if (!affiliation.agency_id && is_blank(affiliation.organisation))
      errors.push_back({prefix + "organisation", "Enter the organisation"});
    if (affiliation.to && *affiliation.to < affiliation.from)
      errors.push_back({prefix + "to", "The end date must be on or after the start date"});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return ok_status();
}

// Rule REV-4.
Result<IndependenceCheck> check_reviewer_independence(
    ReviewOutcome kind, const std::vector<DeclaredAffiliation>& affiliations,
    const std::vector<AgencyInScope>& agencies_in_scope, CivilDate appointed_on,
    int independence_years, std::string_view exception_reason) {
  bool refuses = false;
  switch (kind) {
    case ReviewOutcome::no_review:
      return Error::of(ErrorCode::wrong_state, "There is no review to appoint a reviewer to");
    case ReviewOutcome::learning_review:
      refuses = false;
      break;
    case ReviewOutcome::local_cspr:
    case ReviewOutcome::national_review:
      refuses = true;
      break;
  }
  // An affiliation ended before this day is old enough not to count.
  const CivilDate counts_from =
      add_calendar_months(appointed_on, -12 * independence_years)
          .value_or(*CivilDate::from_ymd(CivilDate::first_possible_year, 1, 1));
  IndependenceCheck check;
  for (const DeclaredAffiliation& affiliation : affiliations) {
    if (affiliation.to && *affiliation.to < counts_from) continue;
    for (const AgencyInScope& agency : agencies_in_scope) {
      if (!names_agency(affiliation, agency)) continue;
      check.conflicts.push_back({affiliation, agency, describe(affiliation, agency)});
      break;
    }
  }
  if (check.conflicts.empty()) return check;
  if (!refuses) {
    check.verdict = IndependenceVerdict::warning;
    return check;
  }
  if (is_blank(exception_reason)) {
    std::string named;
    for (std::size_t index = 0; index < check.conflicts.size(); ++index) {
      if (index > 0) named += "; ";
      named += check.conflicts[index].description;
    }
    return Error::invalid(
        {{"exception_reason",
          "The reviewer was affiliated with an agency in scope within " +
              std::to_string(independence_years) + " years (" + named +
              "): choose another reviewer, or enter the reason for an exception"}});
  }
  check.verdict = IndependenceVerdict::exception;
  check.exception_reason = std::string(exception_reason);
  return check;
}

}  // namespace casereview
