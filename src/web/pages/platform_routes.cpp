#include "web/pages/platform_routes.hpp"

#include "app/health.hpp"
#include "web/display.hpp"
#include "web/pages/error_pages.hpp"
#include "web/services.hpp"

namespace casereview::web {

namespace {

// 200 when the database answers, 503 otherwise; for load balancers and monitoring.
Response healthz(const Request&, Services& services) {
  const bool reachable = database_health(services.app) == DatabaseHealth::reachable;
  return Response::json(reachable ? R"({"status":"ok","database":"reachable"})"
                                  : R"({"status":"unavailable","database":"unreachable"})",
                        reachable ? 200 : 503);
}

// Request counts reveal little, but they are for operators: only the machine itself (or a
// scraper it forwards for) may read them unless the operator opens them up.
Response metrics(const Request& request, Services& services) {
  const bool local = request.client_address == "127.0.0.1" || request.client_address == "::1";
  if (!local && !services.site.metrics_from_anywhere)
    return render_error_page(404, request, services);
  return Response::text(services.metrics.render(database_pool_use(services.app)),
                        "text/plain; version=0.0.4; charset=utf-8");
}

Response asset(const Request& request, Services& services) {
  auto found =
      services.assets.find(request.path_parameters.at("file"), request.header("accept-encoding"));
  if (!found) return render_error_page(404, request, services);
  Response response = Response::text(std::move(found->content), found->content_type);
  response.set_header("Cache-Control", found->immutable ? "public, max-age=31536000, immutable"
                                                        : "public, max-age=3600");
  if (!found->content_encoding.empty())
    response.set_header("Content-Encoding", found->content_encoding);
  if (found->has_encodings) response.set_header("Vary", "Accept-Encoding");
  return response;
}

std::string cookie(const std::string& name, const std::string& value, const Services& services) {
  // A year, for the whole site; Lax is enough because it only changes how pages look.
  return name + "=" + value + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly" +
         (services.site.secure_cookies ? "; Secure" : "");
}

// Sets the text size or colour scheme from a plain link, then returns to the page it came from.
Response display(const Request& request, Services& services) {
  Response response =
      Response::redirect(safe_return_path(request.query_value("return-to").value_or("/")));
  if (auto size = request.query_value("text-size")) {
    if (*size == "standard" || *size == "large" || *size == "larger") {
      response.headers.emplace_back("Set-Cookie", cookie(text_size_cookie, *size, services));
    }
  }
  if (auto colours = request.query_value("colours")) {
    if (*colours == "standard" || *colours == "high-contrast") {
      response.headers.emplace_back("Set-Cookie", cookie(colour_scheme_cookie, *colours, services));
    }
  }
  return response;
}

}  // namespace

void add_platform_routes(Router& router) {
  router.add_anonymous("GET", "/healthz", healthz);
  router.add_anonymous("GET", "/metrics", metrics);
  router.add_anonymous("GET", "/assets/{file:path}", asset);
  router.add_anonymous("GET", "/display", display);
}

}  // namespace casereview::web
