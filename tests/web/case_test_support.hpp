// What the case journeys' live-server tests share: a server whose clock is a file (so deadlines
// and authenticator codes are the same on every run), signing in as a demonstration account (its
// authenticator app set up as a person would), API tokens, extra users made straight in the
// database, and reading forms and tables from parsed pages.
#pragma once

#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/instant.hpp"
#include "domain/role.hpp"
#include "live_server_fixture.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"

namespace casereview::web {

using testing_support::FormFields;
using testing_support::SignedInBrowser;

class CaseServerTest : public LiveServerTest {
 protected:
  CaseServerTest();
  ~CaseServerTest() override;
  std::vector<std::string> extra_arguments() const override;

  // Signs in with the demonstration password and sets up the authenticator app. Fails the test
  // (returning a browser without a session) when a step does not go as it should.
  SignedInBrowser sign_in(const std::string& email);
  // A new API token for the account with `email`.
  std::string api_token(const std::string& email);
  // Adds an active account with the demonstration password, straight in the database; with
  // `partnership_code` (adding the partnership when it does not exist) and `agency_code`.
  void add_account(const std::string& email, Role role, const std::string& partnership_code,
                   const std::string& agency_code = "");

  testing_support::HttpResult api(const std::string& method, const std::string& target,
                                  const std::string& token, const std::string& json_body = "");
  // The demonstration case whose decision is for a review not yet commissioned: of the cases at
  // stage review_to_be_commissioned, the one with no review (GET …/review is 404). Fails the test
  // and returns 0 unless there is exactly one.
  std::int64_t case_to_commission(const std::string& token);

  // The demonstration case waiting for its review, commissioned by the API (as the holder of
  // `token`) as a SILP from 2020 to 2025 with Social Care (1) and the Police (2) in scope
  // (Rule REV-1); returns the case's id, or fails the test and returns 0.
  std::int64_t commissioned_case(const std::string& token);

  std::string clock_file_;
  Instant now_;
};

// The fields a page's form sends as it is: every hidden input of the form whose action is
// `action` (its CSRF token included).
FormFields hidden_fields(const test::html::Document& page, const std::string& action);
// `fields` with `answers` replacing (or added to) the fields of the same names.
FormFields with_answers(FormFields fields, const FormFields& answers);
// Where each link of the error summary goes, in order, and what it says.
std::vector<std::pair<std::string, std::string>> error_summary(const test::html::Document& page);
// The text of each cell of each row of the page's first table in <main> with `caption`.
std::vector<std::vector<std::string>> table_rows(const test::html::Document& page,
                                                 const std::string& caption = "");
// The value of the summary list row whose key is `key`, or nullopt.
std::optional<std::string> summary_value(const test::html::Document& page, const std::string& key);
std::string heading_text(const test::html::Document& page);
// The body of an API answer as a JSON object.
Poco::JSON::Object::Ptr json_of(const testing_support::HttpResult& response);
// The fields named in a 422 problem document, in order.
std::vector<std::string> problem_fields(const testing_support::HttpResult& response);

}  // namespace casereview::web
