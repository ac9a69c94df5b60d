// Who a request comes from, and whether it may proceed: the session cookie or an API token,
// the CSRF check on every state-changing request, and the route's permission. Runs in the server
// before every handler (web/server.cpp), so a handler never sees a request it should not.
#pragma once

#include <optional>

#include "web/http.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace casereview::web {

inline constexpr const char* session_cookie = "casereview_session";
inline constexpr const char* csrf_cookie = "casereview_csrf";
inline constexpr const char* csrf_field = "csrf_token";

// Sets request.session / actor / api_token / csrf_token from the cookies and headers. Fails with
// unavailable when an API token cannot be checked because the database does not answer; the
// request is then refused with 503, never treated as unauthenticated.
Status authenticate(Request& request, Services& services);

// The response that stops the request, or nullopt to let the handler run: 403 for a bad CSRF
// token; for a missing permission, 401 (API) or a redirect to sign in (pages) for the public,
// the second-factor page for an unfinished sign-in, and 403 for a signed-in user without it.
std::optional<Response> refuse(const Route& route, const Request& request,
                               const Services& services);
// The same without the CSRF check: only for answers that change nothing (Route::too_large).
std::optional<Response> refuse_without_csrf_check(const Route& route, const Request& request,
                                                  const Services& services);

// Cookie headers for the session: set at sign-in, cleared at sign-out.
std::string session_cookie_header(const std::string& token, const Services& services);
std::string cleared_session_cookie_header(const Services& services);
std::string csrf_cookie_header(const std::string& token, const Services& services);

}  // namespace casereview::web
