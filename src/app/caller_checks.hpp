// The checks a use case makes of its caller before it validates anything or opens a transaction:
// is someone signed in, may they do this, and which partnership do they act for. Every use case
// in app/ uses these, so that a refusal reads and maps (401/403) the same everywhere.
//
// Example:
//   TRY(require_permission(caller, Permission::manage_users));
//   const Id partnership_id = TRY(caller_partnership(caller));
//
// Pure functions of the Caller: no storage, safe from any thread.
#pragma once

#include <initializer_list>
#include <string>

#include "app/context.hpp"
#include "domain/permission.hpp"

namespace casereview {

// unauthenticated ("Sign in to continue") when nobody is signed in.
Status require_signed_in(const Caller& caller);

// unauthenticated without an actor; forbidden with `refusal` unless the actor's roles grant
// `permission`.
Status require_permission(const Caller& caller, Permission permission,
                          const std::string& refusal = "You cannot do that");

// unauthenticated without an actor; forbidden ("You cannot do that") unless the actor's roles
// grant at least one of `permissions`.
Status require_any_permission(const Caller& caller, std::initializer_list<Permission> permissions);

// The partnership the actor acts for; forbidden ("Not in a partnership") for nobody signed in and
// for national users (the Panel, inspectors).
Result<Id> caller_partnership(const Caller& caller);

}  // namespace casereview
