// Where a signed-in person belongs: their partnership and agency (as records, for their names and
// codes) and the organisation and job role they gave. Read for the "Your account" page and the
// API's /me, so that neither reaches the storage itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace casereview {

struct Affiliation {
  std::optional<Partnership> partnership;  // nullopt for national roles
  std::optional<Agency> agency;            // nullopt for those without one (learners, managers)
  std::string organisation;                // as the person gave it (learners)
  std::string job_role;
};

// The affiliation of `actor`, read in one read transaction. Needs no permission beyond being
// signed in: it is the actor's own. Fails with the storage's error (unavailable, internal) when
// the database cannot be read; changes nothing.
Result<Affiliation> find_affiliation(AppContext& context, const Actor& actor);

// Issue 13: whether `actor` chooses their own agency — a practitioner who registered themselves
// (no role that needs an agency set by the administrator, Rule NTK-2) in a partnership — and the
// partnership's agencies they choose from (empty when they do not choose).
bool chooses_own_agency(const Actor& actor);
Result<std::vector<Agency>> agencies_to_choose(AppContext& context, const Actor& actor);

}  // namespace casereview
