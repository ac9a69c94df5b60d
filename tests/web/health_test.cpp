// /healthz with a database that cannot be reached: a real PostgreSQL URL to a port where nothing
// listens, through the same handler the server uses.
#include <gtest/gtest.h>

#include "store/sql_storage.hpp"
#include "support/server_process.hpp"
#include "web/routes.hpp"
#include "web/server.hpp"

namespace casereview::web {
namespace {

TEST(Health, Answers503WhenTheDatabaseCannotBeReached) {
  const std::string url =
      "postgresql://casereview@127.0.0.1:" + std::to_string(testing_support::free_port()) +
      "/nothing?connect_timeout=2";
  store::SqlStorage storage(store::parse_database_url(url).value());
  AssetCatalogue assets("/nonexistent");
  Metrics metrics;
  SystemClock clock;
  AppContext context{storage, clock, AppSettings{}};
  Services services{assets, metrics, SiteSettings{}, context};
  const Router router = build_router();
  Request request;
  request.method = "GET";
  request.path = "/healthz";
  request.request_id = "test";
  Response response = handle(router, services, request);
  EXPECT_EQ(response.status, 503);
  EXPECT_NE(response.body.find("unreachable"), std::string::npos);
}

TEST(Health, AnApiTokenIsAnswered503NotUnauthenticatedWhenTheDatabaseCannotBeReached) {
  const std::string url =
      "postgresql://casereview@127.0.0.1:" + std::to_string(testing_support::free_port()) +
      "/nothing?connect_timeout=2";
  store::SqlStorage storage(store::parse_database_url(url).value());
  AssetCatalogue assets("/nonexistent");
  Metrics metrics;
  SystemClock clock;
  AppContext context{storage, clock, AppSettings{}};
  Services services{assets, metrics, SiteSettings{}, context};
  const Router router = build_router();
  Request request;
  request.method = "GET";
  request.path = "/api/v1/me";
  request.request_id = "test";
  request.headers["authorization"] = "Bearer any-token-the-database-must-check";
  Response response = handle(router, services, request);
  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(response.content_type.rfind("application/problem+json", 0), 0u)
      << response.content_type;
}

TEST(Health, ATransactionOnAnUnreachableDatabaseReportsUnavailable) {
  const std::string url =
      "postgresql://casereview@127.0.0.1:" + std::to_string(testing_support::free_port()) +
      "/nothing?connect_timeout=2";
  store::SqlStorage storage(store::parse_database_url(url).value());
  Status status = storage.transact(TransactionMode::read, [](Transaction&) { return ok_status(); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::unavailable);
}

TEST(ErrorPages, AnInternalErrorShowsTheRequestIdAndNoDetail) {
  store::SqlStorage storage(store::parse_database_url("sqlite::memory:").value());
  AssetCatalogue assets("/nonexistent");
  Metrics metrics;
  SystemClock clock;
  AppContext context{storage, clock, AppSettings{}};
  Services services{assets, metrics, SiteSettings{}, context};
  Router router;
  router.add("GET", "/broken", Permission::public_access,
             [](const Request&, Services&) -> Response {
               throw std::runtime_error("SELECT secret FROM table_name failed");
             });
  Request request;
  request.method = "GET";
  request.path = "/broken";
  request.request_id = "0123456789abcdef";
  Response response = handle(router, services, request);
  EXPECT_EQ(response.status, 500);
  EXPECT_NE(response.body.find("Sorry, there is a problem with the service"), std::string::npos);
  EXPECT_NE(response.body.find("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(response.body.find("SELECT"), std::string::npos);
  bool has_policy = false;
  for (const auto& header : response.headers)
    has_policy |= header.first == "Content-Security-Policy";
  EXPECT_TRUE(has_policy);
}

}  // namespace
}  // namespace casereview::web
