// The permission policy: who may do what, in one place, as pure code. Deny by default.
//
// Two questions: may this actor use a route that needs a permission (permits), and may this actor
// see this case (case_visibility) — need to know: an agency contributor sees only cases their
// agency is involved in, a reviewer only the cases assigned to them, the National Panel only what
// was submitted to it, inspectors only notifications, and no one outside a partnership sees its
// cases otherwise. Later use cases ask these before every read and write, never only in the page
// that links to a thing.
#pragma once

#include <optional>
#include <vector>

#include "domain/identity.hpp"
#include "domain/permission.hpp"

namespace casereview {

// Whether a request may use a route needing `permission`. `actor` is nullopt for the public;
// `second_factor_pending` is true for a session that has given its password but not yet its
// second factor (it may use only public and second_factor_pending routes).
bool permits(const std::optional<Actor>& actor, bool second_factor_pending, Permission permission);

// What is known about a case when deciding who may see it.
struct CaseAccess {
  Id partnership_id = 0;
  std::vector<Id> involved_agency_ids;
  std::vector<Id> assigned_reviewer_ids;
  bool submitted_to_panel = false;
};

enum class CaseVisibility {
  none,            // not even that it exists
  notification,    // the notification, read-only, without children's names (inspectors)
  agency_request,  // the pseudonymised outline and their own agency's requests (contributors,
                   // leads)
  pseudonymised,   // the whole case without children's names (the National Panel)
  full,  // everything, children's names included (manager, committee, notifier, assigned reviewer)
};

// CASE-ACCESS: the need-to-know rule above, for one actor and one case.
CaseVisibility case_visibility(const Actor& actor, const CaseAccess& access);

}  // namespace casereview
