#include "web/authentication.hpp"

#include "app/security/tokens.hpp"
#include "domain/policy.hpp"
#include "web/pages/error_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

bool changes_state(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string bearer_token(const Request& request) {
  const std::string authorization = request.header("authorization");
  const std::string prefix = "Bearer ";
  return authorization.rfind(prefix, 0) == 0 ? authorization.substr(prefix.size()) : "";
}

std::string cookie_attributes(const Services& services) {
  return std::string("; Path=/; HttpOnly; SameSite=Lax") +
         (services.site.secure_cookies ? "; Secure" : "");
}

// The token a state-changing request sent: the form field, or a header for scripts.
std::string sent_csrf_token(const Request& request) {
  if (auto field = request.form_value(csrf_field)) return *field;
  return request.header("x-csrf-token");
}

}  // namespace

Status authenticate(Request& request, Services& services) {
  if (const std::string token = bearer_token(request); !token.empty()) {
    request.actor = TRY(authenticate_api_token(services.app, token));
    request.api_token = request.actor.has_value();
    return ok_status();
  }
  if (auto cookie = request.cookies.find(session_cookie); cookie != request.cookies.end()) {
    request.session = TRY(authenticate_session(services.app, cookie->second));
  }
  if (request.session) {
    if (!request.session->second_factor_pending) request.actor = request.session->actor;
    request.csrf_token = request.session->session.csrf_token;
    return ok_status();
  }
  // Forms shown to the public (sign in, register) are protected by a token kept in a cookie and
  // repeated in the form: a page elsewhere can send the form but cannot read the cookie.
  if (auto cookie = request.cookies.find(csrf_cookie);
      cookie != request.cookies.end() && cookie->second.size() >= 32) {
    request.csrf_token = cookie->second;
  } else {
    request.csrf_token = security::random_token();
    request.issue_csrf_cookie = true;
  }
  return ok_status();
}

std::optional<Response> refuse(const Route& route, const Request& request,
                               const Services& services) {
  // A request carrying a bearer token is a script's: a page elsewhere cannot make a browser send an
  // Authorization header (forms cannot, and a cross-site script needs a CORS permission this server
  // never gives). So no CSRF token is asked of it, and a bad or expired token is answered below as
  // what it is (401), not as a missing CSRF token.
  if (changes_state(request.method) && bearer_token(request).empty()) {
    const std::string sent = sent_csrf_token(request);
    if (request.issue_csrf_cookie || sent.empty() ||
        !security::equal_in_constant_time(sent, request.csrf_token)) {
      if (request.is_api())
        return problem(403, "The CSRF token is missing or wrong: send the X-CSRF-Token header");
      return render_error_page(419, request, services);
    }
  }
  return refuse_without_csrf_check(route, request, services);
}

std::optional<Response> refuse_without_csrf_check(const Route& route, const Request& request,
                                                  const Services& services) {
  const bool pending = request.session && request.session->second_factor_pending;
  const std::optional<Actor> who =
      pending ? std::optional<Actor>(request.session->actor) : request.actor;
  if (permits(who, pending, route.permission)) return std::nullopt;
  if (!who)
    return error_response(Error::of(ErrorCode::unauthenticated, "Sign in to continue"), request,
                          services);
  if (pending && !request.is_api()) return Response::redirect("/sign-in/two-factor");
  return error_response(Error::of(ErrorCode::forbidden, "You do not have permission to do that"),
                        request, services);
}

std::string session_cookie_header(const std::string& token, const Services& services) {
  return std::string(session_cookie) + "=" + token + cookie_attributes(services);
}

std::string cleared_session_cookie_header(const Services& services) {
  return std::string(session_cookie) + "=" + cookie_attributes(services) + "; Max-Age=0";
}

std::string csrf_cookie_header(const std::string& token, const Services& services) {
  return std::string(csrf_cookie) + "=" + token + cookie_attributes(services);
}

}  // namespace casereview::web
