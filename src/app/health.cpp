#include "app/health.hpp"

namespace casereview {

DatabaseHealth database_health(AppContext& context) {
  return context.storage.reachable() ? DatabaseHealth::reachable : DatabaseHealth::unreachable;
}

PoolUse database_pool_use(AppContext& context) { return context.storage.pool_use(); }

}  // namespace casereview
