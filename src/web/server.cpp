#include "web/server.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <chrono>
#include <csignal>
#include <ctime>
#include <iostream>
#include <mutex>
#include <thread>

#include "web/authentication.hpp"
#include "web/pages/error_pages.hpp"
#include "web/problem.hpp"
#include "web/request_reading.hpp"
#include "web/security_headers.hpp"

namespace casereview::web {

namespace {

std::string json_string(const std::string& text) {
  std::string quoted = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(c);
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      quoted += escaped;
    } else {
      quoted += static_cast<char>(c);
    }
  }
  return quoted + "\"";
}

std::string utc_timestamp() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
  char full[48];
  std::snprintf(full, sizeof full, "%s.%03dZ", text, static_cast<int>(millis));
  return full;
}

std::mutex log_mutex;

void write_access_log(const Request& request, const std::string& route, int status,
                      double seconds) {
  std::string line = "{\"time\":" + json_string(utc_timestamp()) +
                     ",\"request_id\":" + json_string(request.request_id) +
                     ",\"method\":" + json_string(request.method) +
                     ",\"route\":" + json_string(route) + ",\"status\":" + std::to_string(status) +
                     ",\"duration_ms\":" + std::to_string(seconds * 1000.0) + "}\n";
  std::lock_guard lock(log_mutex);
  std::cout << line << std::flush;
}

class RequestHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  RequestHandler(const Router& router, Services& services, const ServerSettings& settings)
      : router_(router), services_(services), settings_(settings) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in,
                     Poco::Net::HTTPServerResponse& out) override {
    const auto started = std::chrono::steady_clock::now();
    Request request;
    bool readable = read_request_head(in, in.clientAddress().host().toString(),
                                      settings_.trusted_proxies, request);
    Response response;
    std::string route = "(none)";
    if (!readable) response = render_error_page(400, request, services_);
    // A body over the limit is not read (or not read further); the route may still answer with
    // its form and an error (Route::too_large), and the connection is closed after the answer.
    const std::int64_t limit = readable ? body_limit(request) : settings_.max_body_bytes;
    if (readable && in.hasContentLength() && in.getContentLength64() > limit)
      request.body_too_large = true;
    else if (readable && !read_body(in, request, limit))
      request.body_too_large = true;
    if (request.body_too_large) request.body.clear();
    if (readable && !request.body_too_large) {
      const BodyReading body = decode_request_body(request);
      if (body != BodyReading::read) {
        readable = false;
        response =
            render_error_page(body == BodyReading::malformed ? 400 : 413, request, services_);
      }
    }
    if (readable) {
      response = handle(router_, services_, request, &route);
    } else {
      add_security_headers(response, services_.site);
      response.set_header("X-Request-Id", request.request_id);
      response.set_header("Connection", "close");
    }

    out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.setContentType(response.content_type);
    for (const auto& [name, value] : response.headers) out.add(name, value);
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    if (!readable || request.body_too_large) out.setKeepAlive(false);
    if (request.method == "HEAD") {
      out.send();
    } else {
      out.sendBuffer(response.body.data(), response.body.size());
    }

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    services_.metrics.record(route, request.method, response.status, seconds);
    write_access_log(request, route, response.status, seconds);
  }

 private:
  // The most of a body the request's route takes: the server's limit, or the route's own when
  // larger (Route::max_body_bytes).
  std::int64_t body_limit(const Request& request) const {
    std::vector<std::string> allowed_methods;
    const auto match = router_.match(request.method, request.path, allowed_methods);
    if (match && match->route->max_body_bytes > settings_.max_body_bytes)
      return match->route->max_body_bytes;
    return settings_.max_body_bytes;
  }

  // Reads the body, refusing (false) one longer than `limit`, whether or not it said its length.
  bool read_body(Poco::Net::HTTPServerRequest& in, Request& request, std::int64_t limit) {
    std::istream& stream = in.stream();
    char buffer[8192];
    while (stream) {
      stream.read(buffer, sizeof buffer);
      request.body.append(buffer, static_cast<std::size_t>(stream.gcount()));
      if (request.body.size() > static_cast<std::size_t>(limit)) return false;
    }
    return true;
  }

  const Router& router_;
  Services& services_;
  const ServerSettings& settings_;
};

class RequestHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  RequestHandlerFactory(const Router& router, Services& services, const ServerSettings& settings)
      : router_(router), services_(services), settings_(settings) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new RequestHandler(router_, services_, settings_);
  }

 private:
  const Router& router_;
  Services& services_;
  const ServerSettings& settings_;
};

// "GET, HEAD, POST": the value of an Allow header.
std::string allow_header(const std::vector<std::string>& methods) {
  std::string value;
  for (const std::string& method : methods) value += (value.empty() ? "" : ", ") + method;
  return value;
}

}  // namespace

Response handle(const Router& router, Services& services, Request& request,
                std::string* route_name) {
  Response response;
  try {
    std::vector<std::string> allowed_methods;
    auto match = router.match(request.method, request.path, allowed_methods);
    if (!match && request.body_too_large) {
      response = render_error_page(413, request, services);
    } else if (!match) {
      const int status = allowed_methods.empty() ? 404 : 405;
      response = request.is_api()
                     ? problem(status, status == 404 ? "There is no such resource"
                                                     : "Use one of the methods in the Allow header")
                     : render_error_page(status, request, services);
      if (status == 405) response.set_header("Allow", allow_header(allowed_methods));
    } else {
      const Route& route = *match->route;
      if (route_name) *route_name = route.pattern;
      request.path_parameters = match->parameters;
      Status identified = route.identifies_caller ? authenticate(request, services) : ok_status();
      if (!identified) {
        response = error_response(identified.error(), request, services);
      } else if (request.body_too_large) {
        auto refused = refuse_without_csrf_check(route, request, services);
        if (refused)
          response = std::move(*refused);
        else if (route.too_large)
          response = route.too_large(request, services);
        else
          response = render_error_page(413, request, services);
      } else if (auto refused = refuse(route, request, services)) {
        response = std::move(*refused);
      } else {
        response = route.handler(request, services);
      }
      if (request.issue_csrf_cookie)
        response.headers.emplace_back("Set-Cookie",
                                      csrf_cookie_header(request.csrf_token, services));
    }
  } catch (const std::exception& error) {
    const auto* poco_error = dynamic_cast<const Poco::Exception*>(&error);
    std::lock_guard lock(log_mutex);
    std::cerr << "casereview: request " << request.request_id
              << " failed: " << (poco_error ? poco_error->displayText() : error.what()) << "\n";
    response = Response();
    try {
      response = render_error_page(500, request, services);
    } catch (const std::exception&) {
      response = Response::text("Sorry, there is a problem with the service.",
                                "text/plain; charset=utf-8", 500);
    }
  }
  add_security_headers(response, services.site);
  response.set_header("X-Request-Id", request.request_id);
  return response;
}

int serve(const ServerSettings& settings, const Router& router, Services& services) {
  // The caller blocked SIGINT and SIGTERM in every thread; this thread waits for them below.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);

  std::unique_ptr<Poco::Net::ServerSocket> socket;
  try {
    // SO_REUSEADDR lets a restarted server bind while old connections linger; SO_REUSEPORT (which
    // POCO's one-step constructor also sets) would let two servers share the port unnoticed.
    socket = std::make_unique<Poco::Net::ServerSocket>();
    socket->bind(Poco::Net::SocketAddress(settings.host, static_cast<Poco::UInt16>(settings.port)),
                 true, false);
    socket->listen(settings.queue);
  } catch (const Poco::Exception& error) {
    std::cerr << "casereview: cannot listen on " << settings.host << ":" << settings.port << ": "
              << error.displayText() << "\n";
    return 1;
  }

  auto parameters = Poco::makeAuto<Poco::Net::HTTPServerParams>();
  parameters->setMaxThreads(settings.threads);
  parameters->setMaxQueued(settings.queue);
  parameters->setKeepAlive(true);
  parameters->setMaxKeepAliveRequests(settings.keep_alive_requests);
  parameters->setKeepAliveTimeout(Poco::Timespan(settings.keep_alive_seconds, 0));
  parameters->setTimeout(Poco::Timespan(30, 0));
  parameters->setServerName("casereview");

  Poco::ThreadPool threads(2, settings.threads, 60);
  Poco::Net::HTTPServer server(new RequestHandlerFactory(router, services, settings), threads,
                               *socket, parameters);
  server.start();
  std::cout << "casereview: serving on http://"
            << (settings.host == "0.0.0.0" ? "localhost" : settings.host) << ":" << settings.port
            << "/ (" << settings.threads << " threads, queue " << settings.queue << ")"
            << std::endl;

  int received = 0;
  sigwait(&signals, &received);
  std::cout << "casereview: stopping (signal " << received << "); finishing requests in flight"
            << std::endl;
  server.stopAll(false);
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(settings.shutdown_grace_seconds);
  while (server.currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (server.currentConnections() > 0) server.stopAll(true);  // the grace period is over
  threads.joinAll();
  std::cout << "casereview: stopped" << std::endl;
  return 0;
}

}  // namespace casereview::web
