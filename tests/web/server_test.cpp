// The running server over real HTTP, on SQLite and on PostgreSQL: pages, headers every response
// carries, error pages, health, metrics, assets, limits, the display controls and shutdown.
#include <Poco/InflatingStream.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "live_server_fixture.hpp"
#include "support/html_dom.hpp"
#include "web/request_reading.hpp"

namespace casereview::web {
namespace {

using ServerTest = LiveServerTest;
namespace html = casereview::test::html;

TEST_P(ServerTest, ServesTheHomePageAsAGovukPage) {
  auto response = get("/");
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.header("content-type"), "text/html; charset=utf-8");
  auto document = html::Document::parse(response.body);
  const auto* heading = document.select_one("main h1");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->normalised_text(), "Safeguarding case reviews");
  EXPECT_NE(document.select_one("html.govuk-template"), nullptr);
  EXPECT_NE(document.select_one("body.govuk-template__body"), nullptr);
  EXPECT_NE(document.select_one("a.govuk-skip-link[href=#main-content]"), nullptr);
  EXPECT_NE(document.select_one("main#main-content"), nullptr);
  EXPECT_NE(document.select_one(".govuk-phase-banner"), nullptr);
  EXPECT_NE(document.select_one("footer a[href=/accessibility-statement]"), nullptr);
  EXPECT_NE(document.select_one("footer a[href=/privacy-notice]"), nullptr);
  for (const auto* script : document.select("script")) {
    EXPECT_TRUE(script->has_attribute("src"))
        << "inline script: the Content-Security-Policy would block it";
  }
}

TEST_P(ServerTest, EveryResponseCarriesTheSecurityHeadersAndARequestId) {
  for (const std::string target : {"/", "/no-such-page", "/healthz", "/metrics"}) {
    auto response = get(target);
    const std::string policy = response.header("content-security-policy");
    EXPECT_NE(policy.find("default-src 'self'"), std::string::npos) << target;
    EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos) << target;
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << target;
    EXPECT_EQ(response.header("x-content-type-options"), "nosniff") << target;
    EXPECT_EQ(response.header("x-frame-options"), "DENY") << target;
    EXPECT_TRUE(std::regex_match(response.header("x-request-id"), std::regex("[0-9a-f]{16}")))
        << target;
  }
  EXPECT_EQ(get("/").header("cache-control"), "no-store");
}

TEST_P(ServerTest, KeepsAProxysRequestIdAndReplacesAMalformedOne) {
  EXPECT_EQ(get("/", {{"X-Request-Id", "lb-0123456789abcdef"}}).header("x-request-id"),
            "lb-0123456789abcdef");
  EXPECT_NE(get("/", {{"X-Request-Id", "bad id<script>"}}).header("x-request-id"),
            "bad id<script>");
}

TEST_P(ServerTest, AnswersAnUnknownPageWithTheGovukNotFoundPage) {
  auto response = get("/no-such-page");
  EXPECT_EQ(response.status, 404);
  auto document = html::Document::parse(response.body);
  ASSERT_NE(document.select_one("main h1"), nullptr);
  EXPECT_EQ(document.select_one("main h1")->normalised_text(), "Page not found");
  EXPECT_EQ(document.select_one("title")->normalised_text(),
            "Page not found – Safeguarding case reviews");
}

// Issue 17 item 8: a 405 names the methods the resource has (RFC 9110 §15.5.6), on pages and in
// the API, and a problem document's title is the status's phrase (RFC 9457 §4.2.1).
TEST_P(ServerTest, AnswersAWrongMethodWith405AndTheAllowedMethods) {
  auto response = testing_support::http_post_form(server_->port(), "/privacy-notice", {{"a", "b"}});
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("allow"), "GET, HEAD");

  auto api = testing_support::http_request(server_->port(), "PATCH", "/api/v1/me");
  EXPECT_EQ(api.status, 405);
  EXPECT_EQ(api.header("allow"), "GET, HEAD");
  EXPECT_EQ(api.header("content-type"), "application/problem+json");
  EXPECT_NE(api.body.find(R"("title":"Method Not Allowed")"), std::string::npos) << api.body;

  auto unknown = get("/api/v1/no-such-thing");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.header("allow"), "");
  EXPECT_NE(unknown.body.find(R"("title":"Not Found")"), std::string::npos) << unknown.body;
}

TEST_P(ServerTest, ReportsHealthWithTheDatabaseReachable) {
  auto response = get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("content-type"), "application/json");
  EXPECT_NE(response.body.find("\"database\":\"reachable\""), std::string::npos);
}

TEST_P(ServerTest, CountsRequestsByRouteAndStatusInPrometheusFormat) {
  get("/");
  get("/");
  get("/no-such-page");
  auto metrics = get("/metrics");
  ASSERT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.header("content-type").find("text/plain; version=0.0.4"), std::string::npos);
  EXPECT_NE(metrics.body.find(
                "casereview_http_requests_total{route=\"/\",method=\"GET\",status=\"200\"} 2"),
            std::string::npos)
      << metrics.body;
  EXPECT_NE(metrics.body.find(
                "casereview_http_requests_total{route=\"(none)\",method=\"GET\",status=\"404\"} 1"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("casereview_http_request_duration_seconds_count{route=\"/\"} 2"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("casereview_db_pool_capacity 16"), std::string::npos);
}

TEST_P(ServerTest, ServesAssetsByContentHashWithALongCacheLifetime) {
  auto page = html::Document::parse(get("/").body);
  const auto* stylesheet = page.select_one("link[rel=stylesheet]");
  ASSERT_NE(stylesheet, nullptr);
  const std::string href = stylesheet->attribute("href").value_or("");
  ASSERT_TRUE(std::regex_match(href, std::regex(R"(/assets/casereview-[0-9a-f]{12}\.css)")))
      << href;
  auto css = get(href);
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(css.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_NE(css.body.find(".govuk-"), std::string::npos);
  EXPECT_EQ(get("/assets/casereview.css").header("cache-control"), "public, max-age=3600");
  EXPECT_EQ(get("/assets/../CMakeLists.txt").status, 404);
  EXPECT_EQ(get("/assets/no-such-file.css").status, 404);
}

std::string gunzip(const std::string& compressed) {
  std::istringstream input(compressed);
  Poco::InflatingInputStream inflater(input, Poco::InflatingStreamBuf::STREAM_GZIP);
  std::string output;
  Poco::StreamCopier::copyToString(inflater, output);
  return output;
}

// Decompresses with the brotli command the build uses; empty if it fails.
std::string unbrotli(const std::string& compressed) {
  Poco::TemporaryFile file;
  std::ofstream(file.path(), std::ios::binary) << compressed;
  std::string output;
  if (FILE* pipe = popen(("brotli --decompress --stdout '" + file.path() + "'").c_str(), "r")) {
    char buffer[65536];
    for (std::size_t read; (read = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
      output.append(buffer, read);
    pclose(pipe);
  }
  return output;
}

TEST_P(ServerTest, SendsTheStylesheetAndScriptsPrecompressedToBrowsersThatAcceptIt) {
  auto page = html::Document::parse(get("/").body);
  std::vector<std::string> urls = {
      page.select_one("link[rel=stylesheet]")->attribute("href").value_or("")};
  for (const auto* script : page.select("script[type=module]"))
    urls.push_back(script->attribute("src").value_or(""));
  ASSERT_EQ(urls.size(), 3u) << "the stylesheet, govuk-frontend and init.js";
  for (const std::string& url : urls) {
    const auto plain = get(url, {{"Accept-Encoding", "identity"}});
    ASSERT_EQ(plain.status, 200) << url;
    EXPECT_EQ(plain.header("content-encoding"), "") << url;
    EXPECT_EQ(plain.header("vary"), "Accept-Encoding") << url;
    EXPECT_EQ(plain.header("cache-control"), "public, max-age=31536000, immutable") << url;

    const auto gzip = get(url, {{"Accept-Encoding", "gzip, deflate"}});
    EXPECT_EQ(gzip.header("content-encoding"), "gzip") << url;
    EXPECT_EQ(gzip.header("vary"), "Accept-Encoding") << url;
    EXPECT_EQ(gzip.header("cache-control"), "public, max-age=31536000, immutable") << url;
    EXPECT_EQ(gzip.header("content-type"), plain.header("content-type")) << url;
    EXPECT_EQ(gunzip(gzip.body), plain.body) << url;

    const auto brotli = get(url, {{"Accept-Encoding", "gzip, deflate, br"}});
    EXPECT_EQ(brotli.header("content-encoding"), "br") << url;
    EXPECT_EQ(brotli.header("vary"), "Accept-Encoding") << url;
    EXPECT_EQ(unbrotli(brotli.body), plain.body) << url;
    if (url.ends_with(".css")) {
      EXPECT_LT(brotli.body.size(), plain.body.size() / 4) << url;
      EXPECT_LT(gzip.body.size(), plain.body.size() / 4) << url;
    }

    // Refused codings are not sent.
    EXPECT_EQ(get(url, {{"Accept-Encoding", "br;q=0, gzip;q=0"}}).header("content-encoding"), "")
        << url;
    EXPECT_EQ(get(url, {{"Accept-Encoding", "*, br;q=0"}}).header("content-encoding"), "gzip")
        << url;
  }
  // The page loads both scripts itself, so that they download at once.
  EXPECT_TRUE(
      std::regex_match(urls[1], std::regex(R"(/assets/govuk-frontend\.min-[0-9a-f]{12}\.js)")))
      << urls[1];
  EXPECT_TRUE(std::regex_match(urls[2], std::regex(R"(/assets/init-[0-9a-f]{12}\.js)"))) << urls[2];
}

TEST_P(ServerTest, DisplayControlsSetACookieAndReturnToTheSamePage) {
  auto response = get("/display?text-size=larger&return-to=%2Fprivacy-notice");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.header("location"), "/privacy-notice");
  ASSERT_EQ(response.set_cookies.size(), 1u);
  EXPECT_EQ(response.set_cookies[0].rfind("casereview_text_size=larger;", 0), 0u)
      << response.set_cookies[0];
  EXPECT_NE(response.set_cookies[0].find("HttpOnly"), std::string::npos);
  EXPECT_NE(response.set_cookies[0].find("SameSite=Lax"), std::string::npos);

  auto page = get("/privacy-notice",
                  {{"Cookie", "casereview_text_size=larger; casereview_colours=high-contrast"}});
  auto document = html::Document::parse(page.body);
  const auto* root = document.select_one("html");
  ASSERT_NE(root, nullptr);
  EXPECT_TRUE(root->has_class("cr-text-larger"));
  EXPECT_TRUE(root->has_class("cr-colours-high-contrast"));
  const auto current = document.select(".cr-display-controls [aria-current=true]");
  ASSERT_EQ(current.size(), 2u);
  EXPECT_EQ(current[0]->normalised_text(), "A++ largest text size");
  EXPECT_EQ(current[1]->normalised_text(), "High contrast black and white colours");
}

TEST_P(ServerTest, DisplayControlsNeverRedirectOffTheSiteOrSetUnknownValues) {
  auto response = get("/display?colours=purple&return-to=%2F%2Fevil.example%2F");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.header("location"), "/");
  EXPECT_TRUE(response.set_cookies.empty());
}

// The client announces 2 MiB but sends only the first kilobyte: the server answers 413 from the
// Content-Length alone, without waiting for (or reading) the rest.
TEST_P(ServerTest, RefusesABodyOverTheLimitWithoutReadingIt) {
  Poco::Net::StreamSocket socket(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server_->port())));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  const std::string request =
      "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
      "Content-Length: 2097152\r\n\r\n" +
      std::string(1024, 'a');
  socket.sendBytes(request.data(), static_cast<int>(request.size()));
  char buffer[64] = {};
  const int received = socket.receiveBytes(buffer, sizeof buffer - 1);
  ASSERT_GT(received, 12);
  EXPECT_EQ(std::string(buffer, 12), "HTTP/1.1 413");
  EXPECT_EQ(get("/healthz").status, 200);  // and the server carries on
}

// Found by fuzz/targets/request.cpp: a form body with a bad percent escape was a bare 500 from
// Poco (no security headers, no log line). It is read as the WHATWG parser reads it.
TEST_P(ServerTest, ReadsAFormBodyWithABadPercentEscapeInsteadOfFailing) {
  auto response =
      testing_support::http_request(server_->port(), "POST", "/sign-in", {},
                                    "email=a%zz&password=%", "application/x-www-form-urlencoded");
  EXPECT_LT(response.status, 500);
  EXPECT_EQ(response.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(get("/?page=%zz").status, 200);
}

// Issue 17's limits: a URL-encoded body of more than 10,000 fields is refused before it is
// decoded, with the page that says what was sent is too large; 10,000 are read.
TEST_P(ServerTest, RefusesAFormOfMoreThanTenThousandFields) {
  std::string body = "email=a%40example.org";
  for (std::size_t field = 1; field < max_form_fields; ++field) body += "&f=1";
  const auto send = [&](const std::string& form) {
    return testing_support::http_request(server_->port(), "POST", "/sign-in", {}, form,
                                         "application/x-www-form-urlencoded");
  };
  const auto most = send(body);
  EXPECT_NE(most.status, 413);
  EXPECT_LT(most.status, 500);
  const auto over = send(body + "&f=1");
  EXPECT_EQ(over.status, 413);
  EXPECT_NE(over.body.find("Sorry, what you sent is too large"), std::string::npos);
  EXPECT_EQ(over.header("x-content-type-options"), "nosniff");
}

TEST_P(ServerTest, AnswersHeadWithHeadersOnly) {
  auto response = testing_support::http_request(server_->port(), "HEAD", "/");
  EXPECT_EQ(response.status, 200);
  EXPECT_TRUE(response.body.empty());
}

TEST_P(ServerTest, WritesOneJsonAccessLogLinePerRequestWithItsId) {
  auto response = get("/privacy-notice");
  const std::string id = response.header("x-request-id");
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const std::string log = server_->output();
  const std::regex line("\\{\"time\":\"[0-9T:.-]+Z\",\"request_id\":\"" + id +
                        "\",\"method\":\"GET\",\"route\":\"/"
                        "privacy-notice\",\"status\":200,\"duration_ms\":[0-9.]+\\}");
  EXPECT_TRUE(std::regex_search(log, line)) << log;
}

TEST_P(ServerTest, StopsGracefullyOnSigterm) {
  EXPECT_EQ(get("/").status, 200);
  EXPECT_EQ(server_->stop(), 0);
  EXPECT_NE(server_->output().find("casereview: stopped"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, ServerTest, ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
