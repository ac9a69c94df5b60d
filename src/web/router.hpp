// The route table: every route names its method, a path pattern, the permission it needs and its
// handler. Patterns are kebab-case literal segments and typed parameters:
//   {name:int}   a positive decimal id, at most 18 digits
//   {name:slug}  lower-case letters, digits and hyphens
//   {name:code}  capital letters, digits and hyphens (partnership and agency codes)
//   {name:path}  the rest of the path (last segment only; no "..")
// A parameter that does not match its type makes the route not match, so handlers only ever see
// well-formed parameters.
//
// Built once at start-up, then only read: safe to share between request threads.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/permission.hpp"
#include "web/http.hpp"

namespace casereview::web {

struct Services;

using Handler = std::function<Response(const Request&, Services&)>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. "/cases/{case_id:int}"; also the route's name in logs and metrics
  Permission permission;
  Handler handler;
  // False for routes that never depend on who is asking (assets, health, metrics): the server
  // then skips reading the session, which costs a database round trip.
  bool identifies_caller = true;
  // For a form that uploads a file: what to answer when the body is over the server's limit,
  // usually the form again with an error on its file field. Called without the body (it is not
  // read), after the route's permission check but without the CSRF check (the token is in the
  // unread body), so it must change nothing. Routes without one answer the 413 page.
  Handler too_large;
  // For a route that takes files larger than the server's body limit (an action's evidence): the
  // most it reads instead; 0 for the server's limit.
  std::int64_t max_body_bytes = 0;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> parameters;
};

class Router {
 public:
  void add(std::string method, std::string pattern, Permission permission, Handler handler);
  // A public route that never looks at who is asking (see Route::identifies_caller).
  void add_anonymous(std::string method, std::string pattern, Handler handler);
  // Gives the route added last its answer to a body over the limit (see Route::too_large).
  void on_too_large(Handler handler);
  // Lets the route added last take bodies up to `bytes`, beyond the server's limit.
  void accept_bodies_up_to(std::int64_t bytes);
  const std::vector<Route>& routes() const { return routes_; }

  // The route for this method and path, or nullopt. `allowed_methods` is filled with the methods
  // of every route that matches the path (HEAD wherever GET is), so that a caller can answer 405
  // with an Allow header (RFC 9110 §15.5.6) when it is not empty, and 404 when it is.
  std::optional<RouteMatch> match(const std::string& method, const std::string& path,
                                  std::vector<std::string>& allowed_methods) const;

 private:
  std::vector<Route> routes_;
};

// Splits a path into its segments ("/a/b" → {"a", "b"}; "/" → {}).
std::vector<std::string> path_segments(const std::string& path);

// True when `value` is a valid value for a parameter of `type` ("int", "slug", "code", "path").
bool parameter_matches(const std::string& type, const std::string& value);

}  // namespace casereview::web
