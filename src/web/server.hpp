// The HTTP server: POCO's HTTPServer with an explicitly sized thread pool, connection queue and
// keep-alive, request limits, and the steps every request goes through (request id, routing,
// security headers, error pages, metrics and one JSON access-log line).
//
// Measured on 2 cores (DESIGN.md): with POCO's defaults (16 threads, each held by a keep-alive
// connection) most of 64 clients starved, so a connection may keep only a bounded number of
// requests and idle seconds before its thread serves a queued connection.
#pragma once

#include <string>

#include "web/client_address.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace casereview::web {

struct ServerSettings {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 64;  // request threads: 64 keep-alive clients on 2 cores, p99 6.8 ms (bench/http)
  int queue = 256;   // accepted connections waiting for a thread
  int keep_alive_requests = 100;    // requests one connection may send before it is closed
  int keep_alive_seconds = 5;       // idle time before a kept-alive connection is closed
  int max_body_bytes = 1 << 20;     // larger bodies get 413 and are not read
  int shutdown_grace_seconds = 20;  // time in-flight requests get to finish on SIGTERM
  // Proxies whose Forwarded / X-Forwarded-For headers name the client (web/client_address.hpp).
  std::vector<AddressRange> trusted_proxies;
};

// Answers one request: route, run the handler, add the headers every response carries, turn an
// exception into the 500 page (logged with the request id). Never throws. Used by the server and
// directly by tests. `route_name`, when given, receives the matched route's pattern.
Response handle(const Router& router, Services& services, Request& request,
                std::string* route_name = nullptr);

// Serves until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish (up to the
// grace period) and returns 0. Returns non-zero, having printed why, when the port cannot be
// bound.
int serve(const ServerSettings& settings, const Router& router, Services& services);

}  // namespace casereview::web
