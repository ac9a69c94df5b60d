// Request counters and latency histograms per route, exposed at /metrics in the Prometheus text
// format together with the database pool's use. Kept in memory per server process (a Prometheus
// scrapes each server); resets when the process restarts, as Prometheus counters may.
//
// Thread-safe: record() and render() may be called from any request thread.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "app/ports.hpp"

namespace casereview::web {

class Metrics {
 public:
  // Upper bounds, in seconds, of the latency histogram's buckets.
  static constexpr std::array<double, 10> bucket_bounds = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                           0.05,  0.1,    0.25,  0.5,  1.0};

  void record(const std::string& route, const std::string& method, int status, double seconds);
  std::string render(const PoolUse& pool) const;

 private:
  struct Histogram {
    std::array<long, bucket_bounds.size()> buckets{};
    long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, long> requests_;
  std::map<std::string, Histogram> latency_;
};

}  // namespace casereview::web
