// The permissions a route can require. Every route in the web layer names exactly one; the
// architecture test in tests/web fails on a route that names none. The policy that grants them to
// roles and case members lives beside this file, as pure code with no I/O.
#pragma once

#include <string_view>

namespace casereview {

enum class Permission {
  public_access,  // anyone, signed in or not: the public pages, health and metrics
};

std::string_view permission_name(Permission permission);

}  // namespace casereview
