// See session_activity.hpp.
#include "app/session_activity.hpp"

#include <algorithm>

#include "domain/identity.hpp"

namespace casereview {

void SessionActivity::note(Id session_id, Instant when) {
  const std::lock_guard lock(mutex_);
  Instant& latest = latest_[session_id];
  if (latest < when) latest = when;
  if (latest_.size() > sweep_above_) {
    std::erase_if(latest_,
                  [&](const auto& entry) { return when - entry.second >= session_idle_timeout; });
    // Sweeping again only once the map has doubled keeps the cost of sweeps per request constant.
    sweep_above_ = std::max(fewest_before_sweep, 2 * latest_.size());
  }
}

std::optional<Instant> SessionActivity::latest(Id session_id) const {
  const std::lock_guard lock(mutex_);
  auto found = latest_.find(session_id);
  if (found == latest_.end()) return std::nullopt;
  return found->second;
}

void SessionActivity::forget(Id session_id, Instant written) {
  const std::lock_guard lock(mutex_);
  auto found = latest_.find(session_id);
  if (found != latest_.end() && found->second <= written) latest_.erase(found);
}

}  // namespace casereview
