#include "web/security_headers.hpp"

namespace casereview::web {

void add_security_headers(Response& response, const SiteSettings& site) {
  response.set_header("Content-Security-Policy", content_security_policy);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  response.set_header("Cross-Origin-Resource-Policy", "same-origin");
  if (site.secure_cookies)
    response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  bool cache_chosen = false;
  for (const auto& header : response.headers) {
    if (header.first == "Cache-Control") cache_chosen = true;
  }
  if (!cache_chosen) response.set_header("Cache-Control", "no-store");
}

}  // namespace casereview::web
