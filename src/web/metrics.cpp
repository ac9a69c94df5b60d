#include "web/metrics.hpp"

#include <sstream>

namespace casereview::web {

namespace {

// Prometheus label values escape backslash, double quote and newline.
std::string label(const std::string& value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\\' || c == '"') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  return escaped;
}

}  // namespace

void Metrics::record(const std::string& route, const std::string& method, int status,
                     double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& histogram = latency_[route];
  for (std::size_t i = 0; i < bucket_bounds.size(); ++i) {
    if (seconds <= bucket_bounds[i]) ++histogram.buckets[i];
  }
  ++histogram.count;
  histogram.sum += seconds;
}

std::string Metrics::render(const PoolUse& pool) const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP casereview_http_requests_total HTTP requests answered, by route, method and "
         "status.\n"
      << "# TYPE casereview_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out << "casereview_http_requests_total{route=\"" << label(route) << "\",method=\""
        << label(method) << "\",status=\"" << status << "\"} " << count << "\n";
  }
  out << "# HELP casereview_http_request_duration_seconds Time to answer a request, by route.\n"
      << "# TYPE casereview_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : latency_) {
    for (std::size_t i = 0; i < bucket_bounds.size(); ++i) {
      out << "casereview_http_request_duration_seconds_bucket{route=\"" << label(route)
          << "\",le=\"" << bucket_bounds[i] << "\"} " << histogram.buckets[i] << "\n";
    }
    out << "casereview_http_request_duration_seconds_bucket{route=\"" << label(route)
        << "\",le=\"+Inf\"} " << histogram.count << "\n"
        << "casereview_http_request_duration_seconds_sum{route=\"" << label(route) << "\"} "
        << histogram.sum << "\n"
        << "casereview_http_request_duration_seconds_count{route=\"" << label(route) << "\"} "
        << histogram.count << "\n";
  }
  out << "# HELP casereview_db_pool_connections Database connections by state.\n"
      << "# TYPE casereview_db_pool_connections gauge\n"
      << "casereview_db_pool_connections{state=\"in_use\"} " << pool.in_use << "\n"
      << "casereview_db_pool_connections{state=\"idle\"} " << pool.idle << "\n"
      << "# HELP casereview_db_pool_capacity The most connections the pool may open.\n"
      << "# TYPE casereview_db_pool_capacity gauge\n"
      << "casereview_db_pool_capacity " << pool.capacity << "\n";
  return out.str();
}

}  // namespace casereview::web
