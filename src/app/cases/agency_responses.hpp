// An agency's side of the rapid review: its contributor sees only their own agency's requests and
// the pseudonymised outline of the case (never children's names), saves a draft response and
// submits it. A request of another agency or partnership is not_found, so its existence does not
// leak (CASE-ACCESS in domain/policy.hpp).
//
// Permission: respond_for_agency (contributor, who belongs to one agency).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/cases/case_views.hpp"
#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"

namespace casereview {

// One of the caller's agency's requests, for the contributor's list.
struct AgencyRequestSummary {
  Id id = 0;
  std::string reference;  // the case reference
  std::vector<std::string> pseudonyms;
  CivilDate requested_on = no_date();
  DeadlineView deadline;  // Rule RR-2 with its derived status
  AgencyResponseState state = AgencyResponseState::not_started;
};

// The caller's agency's requests, due soonest first.
Result<std::vector<AgencyRequestSummary>> list_my_agency_requests(AppContext& context,
                                                                  const Caller& caller);

// A child of the case as an asked agency sees it while its request is open: enough to search the
// agency's own records, nothing more (no sex or ethnicity).
struct ChildToIdentify {
  std::string pseudonym;  // "Child A"
  std::string given_name;
  std::string family_name;
  CivilDate date_of_birth = no_date();
  std::string home_local_authority;
};

// One request as the contributor sees it: the pseudonymised outline and their own response, and,
// asked for while the request is open, the children's identities.
struct AgencyRequestDetail {
  AgencyRequestSummary request;
  Id case_id = 0;
  std::string agency_name;
  IncidentKind incident = IncidentKind::serious_harm;
  CivilDate incident_on = no_date();
  std::string outline;  // the case outline (pseudonymised by whoever wrote it)
  std::string summary;  // the agency's draft or submitted response
  std::optional<Instant> saved_at;
  std::optional<Instant> submitted_at;
  bool can_edit = false;  // open: not yet submitted and the rapid review still running
  std::vector<ChildToIdentify> children;  // only with NameDisplay::shown while open
};

// not_found unless the request belongs to the caller's agency and partnership. With
// NameDisplay::shown and the request open (can_edit), the children's names, dates of birth and home
// local authorities are included and the view is audited (Rule NTK-1); once the request is
// closed they are left out, without an error. internal when they cannot be opened (no data key).
Result<AgencyRequestDetail> view_agency_request(AppContext& context, const Caller& caller,
                                                Id request_id,
                                                NameDisplay names = NameDisplay::hidden);

struct AgencyResponseInput {
  std::string summary;  // the agency's summary of its involvement (up to 20000 characters)
};

// Saves a draft (an empty summary is fine). wrong_state when already submitted or the rapid review
// is no longer running; not_found as view_agency_request.
Status save_agency_response_draft(AppContext& context, const Caller& caller, Id request_id,
                                  const AgencyResponseInput& input);

// Submits the response, which the manager then sees. invalid_input on "summary" when empty;
// wrong_state when already submitted or the rapid review is no longer running.
Status submit_agency_response(AppContext& context, const Caller& caller, Id request_id,
                              const AgencyResponseInput& input);

}  // namespace casereview
