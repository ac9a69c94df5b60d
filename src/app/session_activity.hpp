// A server's memory of the requests it served on each session since the session's activity was
// last written to the database. Activity is written at most once a minute (Rule SEC-1), so that a
// request that only reads writes nothing; the requests in between are remembered here, so that the
// idle time-out still counts from the last request this server served rather than from the last
// write. A restart forgets them, and another server behind the same load balancer does not see
// them: the idle time then counts from up to a minute before the last request, which can only end
// a session sooner, never later.
//
// Thread-safe: every method takes one mutex, held only to read or change the map.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"

namespace casereview {

class SessionActivity {
 public:
  // Remembers a request at `when` on the session (the latest one is kept). Forgets, now and
  // then, what is older than the idle time-out: a session idle that long has ended anyway.
  void note(Id session_id, Instant when);
  // The latest request remembered on the session, if any.
  std::optional<Instant> latest(Id session_id) const;
  // Forgets the session's requests up to `written` (its activity was written as at then, or the
  // session ended).
  void forget(Id session_id, Instant written);

 private:
  static constexpr std::size_t fewest_before_sweep = 4096;
  mutable std::mutex mutex_;
  std::unordered_map<Id, Instant> latest_;
  std::size_t sweep_above_ = fewest_before_sweep;  // sessions remembered before old ones go
};

}  // namespace casereview
