// The caller checks every use case shares, over the permission policy (domain/policy.hpp).
#include "app/caller_checks.hpp"

#include "domain/policy.hpp"

namespace casereview {

Status require_signed_in(const Caller& caller) {
  if (!caller.actor) return Error::of(ErrorCode::unauthenticated, "Sign in to continue");
  return ok_status();
}

Status require_permission(const Caller& caller, Permission permission, const std::string& refusal) {
  TRY(require_signed_in(caller));
  if (!permits(caller.actor, false, permission)) return Error::of(ErrorCode::forbidden, refusal);
  return ok_status();
}

Status require_any_permission(const Caller& caller, std::initializer_list<Permission> permissions) {
  TRY(require_signed_in(caller));
  for (Permission permission : permissions) {
    if (permits(caller.actor, false, permission)) return ok_status();
  }
  return Error::of(ErrorCode::forbidden, "You cannot do that");
}

Result<Id> caller_partnership(const Caller& caller) {
  if (!caller.actor || !caller.actor->partnership_id)
    return Error::of(ErrorCode::forbidden, "Not in a partnership");
  return *caller.actor->partnership_id;
}

}  // namespace casereview
