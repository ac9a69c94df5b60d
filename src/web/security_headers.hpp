// The headers every response carries: a strict Content-Security-Policy (no inline script or
// style, no framing), nosniff, a tight referrer policy, and no caching of anything but static
// assets, because pages may hold data about children.
#pragma once

#include "web/http.hpp"
#include "web/services.hpp"

namespace casereview::web {

inline constexpr const char* content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src "
    "'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src "
    "'none'";

// Adds the security headers; sets Cache-Control to no-store unless the handler chose one.
void add_security_headers(Response& response, const SiteSettings& site);

}  // namespace casereview::web
