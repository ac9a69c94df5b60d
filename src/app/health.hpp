// The service's own health, for load balancers and operators (/healthz and /metrics): whether the
// database answers, and how its connection pool is used. Reads nothing of any partnership.
#pragma once

#include "app/context.hpp"

namespace casereview {

enum class DatabaseHealth { reachable, unreachable };

// Whether a trivial query succeeds within the pool's wait time. Never fails: an unreachable
// database is the answer, not an error.
DatabaseHealth database_health(AppContext& context);

// The connection pool's size and use now.
PoolUse database_pool_use(AppContext& context);

}  // namespace casereview
