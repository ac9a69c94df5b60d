// Architecture tests over the route table (STYLE.md, after GOV.UK Notify): every route has a
// handler, every path parameter has a type, literal segments are kebab-case, and no two routes
// claim the same method and path. Every route's permission is required by Router::add and pinned,
// route by route and role by role, in permission_matrix_test.cpp.
#include "web/routes.hpp"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "web/pages/api_pages.hpp"

namespace casereview::web {
namespace {

TEST(RouteTable, EveryRouteHasAHandler) {
  const Router router = build_router();
  ASSERT_FALSE(router.routes().empty());
  for (const Route& route : router.routes()) {
    EXPECT_TRUE(static_cast<bool>(route.handler)) << route.method << " " << route.pattern;
  }
}

TEST(RouteTable, EveryParameterIsTypedAndEveryLiteralSegmentIsKebabCase) {
  const std::regex literal("[a-z0-9]+(-[a-z0-9]+)*");
  const std::regex parameter(R"(\{[a-z_]+:(int|slug|code|path)\})");
  const Router router = build_router();
  for (const Route& route : router.routes()) {
    for (const std::string& segment : path_segments(route.pattern)) {
      EXPECT_TRUE(std::regex_match(segment, literal) || std::regex_match(segment, parameter))
          << route.pattern << ": segment '" << segment << "'";
    }
  }
}

TEST(RouteTable, NoTwoRoutesClaimTheSameMethodAndPattern) {
  std::set<std::string> seen;
  const Router router = build_router();
  for (const Route& route : router.routes()) {
    EXPECT_TRUE(seen.insert(route.method + " " + route.pattern).second) << route.pattern;
  }
}

// Every route of the JSON API is described, with its method, in the OpenAPI document.
TEST(RouteTable, EveryApiRouteIsInTheOpenApiDocument) {
  const auto document =
      Poco::JSON::Parser().parse(openapi_document()).extract<Poco::JSON::Object::Ptr>();
  const auto paths = document->getObject("paths");
  int checked = 0;
  const Router router = build_router();
  for (const Route& route : router.routes()) {
    if (route.pattern.rfind("/api/v1/", 0) != 0 || route.pattern == openapi_document_path) continue;
    // "/api/v1/cases/{case_id:int}" is "/cases/{case_id}" in the document.
    std::string path = route.pattern.substr(std::string("/api/v1").size());
    for (std::size_t colon = path.find(':'); colon != std::string::npos; colon = path.find(':')) {
      path.erase(colon, path.find('}', colon) - colon);
    }
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    const auto item = paths->getObject(path);
    ASSERT_TRUE(item) << path << " is not in the OpenAPI document";
    EXPECT_TRUE(item->has(method)) << route.method << " " << path;
    ++checked;
  }
  EXPECT_GE(checked, 20);  // the loop really walked the API
}

// Issue 17 ("every text field has a limit"): each text a client may send in a JSON or form body
// says in the document how long it may be (maxLength), or is held to a list (enum) or a pattern;
// files (format binary) are held to the route's body limit. Members only answered (readOnly) are
// passed over.
void collect_unbounded_strings(const Poco::JSON::Object::Ptr& schemas,
                               Poco::JSON::Object::Ptr schema, const std::string& where,
                               std::vector<std::string>& unbounded) {
  if (schema->has("$ref")) {
    const std::string reference = schema->getValue<std::string>("$ref");
    schema = schemas->getObject(reference.substr(reference.rfind('/') + 1));
  }
  if (schema->has("readOnly") && schema->getValue<bool>("readOnly")) return;
  const std::string type = schema->has("type") ? schema->get("type").toString() : "";
  const std::string format = schema->has("format") ? schema->getValue<std::string>("format") : "";
  if (type == "string" && !schema->has("maxLength") && !schema->has("enum") &&
      !schema->has("pattern") && format != "binary" && format != "date" && format != "date-time")
    unbounded.push_back(where);
  if (const auto properties = schema->getObject("properties")) {
    for (const std::string& name : properties->getNames())
      collect_unbounded_strings(schemas, properties->getObject(name), where + "." + name,
                                unbounded);
  }
  if (const auto items = schema->getObject("items"))
    collect_unbounded_strings(schemas, items, where + "[]", unbounded);
  if (const auto choices = schema->getArray("oneOf")) {
    for (std::size_t index = 0; index < choices->size(); ++index)
      collect_unbounded_strings(schemas, choices->getObject(static_cast<unsigned>(index)), where,
                                unbounded);
  }
}

TEST(OpenApiDocument, EveryTextARequestMaySendHasALimit) {
  const auto document =
      Poco::JSON::Parser().parse(openapi_document()).extract<Poco::JSON::Object::Ptr>();
  const auto schemas = document->getObject("components")->getObject("schemas");
  const auto paths = document->getObject("paths");
  std::vector<std::string> unbounded;
  int bodies = 0;
  for (const std::string& path : paths->getNames()) {
    const auto item = paths->getObject(path);
    for (const std::string& method : item->getNames()) {
      const auto operation = item->getObject(method);
      if (!operation || !operation->has("requestBody")) continue;
      const auto content = operation->getObject("requestBody")->getObject("content");
      for (const std::string& type : content->getNames()) {
        if (type != "application/json" && type != "multipart/form-data") continue;
        collect_unbounded_strings(schemas, content->getObject(type)->getObject("schema"),
                                  method + " " + path + " ", unbounded);
        ++bodies;
      }
    }
  }
  EXPECT_GE(bodies, 30);  // the walk really reached the request bodies
  EXPECT_TRUE(unbounded.empty()) << "no maxLength: " << ::testing::PrintToString(unbounded);
}

TEST(RouteMatching, TypedParametersRefuseMalformedValues) {
  Router router;
  router.add("GET", "/cases/{case_id:int}", Permission::public_access,
             [](const Request&, Services&) { return Response(); });
  std::vector<std::string> known;
  EXPECT_TRUE(router.match("GET", "/cases/12", known).has_value());
  EXPECT_EQ(router.match("GET", "/cases/12", known)->parameters.at("case_id"), "12");
  EXPECT_FALSE(router.match("GET", "/cases/012", known).has_value());
  EXPECT_FALSE(router.match("GET", "/cases/abc", known).has_value());
  EXPECT_FALSE(router.match("GET", "/cases/1/2", known).has_value());
  EXPECT_FALSE(router.match("POST", "/cases/12", known).has_value());
  EXPECT_EQ(known, std::vector<std::string>({"GET", "HEAD"}));  // another method: 405, not 404
}

TEST(RouteMatching, PathParametersRefuseParentDirectories) {
  EXPECT_TRUE(parameter_matches("path", "images/favicon.ico"));
  EXPECT_FALSE(parameter_matches("path", "../secret"));
  EXPECT_FALSE(parameter_matches("path", "a/../../b"));
}

TEST(SafeReturnPath, KeepsLocalPathsAndRefusesEverythingElse) {
  EXPECT_EQ(safe_return_path("/privacy-notice?x=1"), "/privacy-notice?x=1");
  EXPECT_EQ(safe_return_path("//evil.example/"), "/");
  EXPECT_EQ(safe_return_path("/\\evil.example"), "/");
  EXPECT_EQ(safe_return_path("https://evil.example/"), "/");
  EXPECT_EQ(safe_return_path("/a\r\nSet-Cookie: x=1"), "/");
  EXPECT_EQ(safe_return_path(""), "/");
}

TEST(FormDecoding, DecodesPlusesPercentsAndKeepsOrder) {
  const Fields fields = decode_form("name=Child+A&note=a%26b%3Dc&empty=&flag");
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[0], (std::pair<std::string, std::string>{"name", "Child A"}));
  EXPECT_EQ(fields[1].second, "a&b=c");
  EXPECT_EQ(fields[2].second, "");
  EXPECT_EQ(fields[3].first, "flag");
}

// Found by fuzz/targets/request.cpp: a bad escape threw out of the server (a 500).
TEST(FormDecoding, KeepsAPercentThatStartsNoEscapeAsWritten) {
  const Fields fields = decode_form("a=%zz&b=%2&c=100%&d=%41%2b&e%=x+%");
  ASSERT_EQ(fields.size(), 5u);
  EXPECT_EQ(fields[0].second, "%zz");
  EXPECT_EQ(fields[1].second, "%2");
  EXPECT_EQ(fields[2].second, "100%");
  EXPECT_EQ(fields[3].second, "A+");
  EXPECT_EQ(fields[4], (std::pair<std::string, std::string>{"e%", "x %"}));
}

}  // namespace
}  // namespace casereview::web
