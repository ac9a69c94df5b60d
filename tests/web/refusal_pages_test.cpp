// A refusal for the state things are in (wrong_state, 409) shows the use case's own message on
// the page, never "try again later", over real HTTP on SQLite and on PostgreSQL: on the form it
// came from, in the GOV.UK error summary, and on the error page when there is no form to show it
// on.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "app/demonstration.hpp"
#include "live_server_fixture.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using Browser = testing_support::SignedInBrowser;

class RefusalPagesTest : public LiveServerTest {
 protected:
  Browser sign_in(const std::string& email) {
    return testing_support::sign_in_with_authenticator(
        server_->port(), email, demonstration_password,
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  }
};

std::string text_of(const html::Document& page, const std::string& selector) {
  const auto* node = page.select_one(selector);
  return node ? node->normalised_text() : "(no " + selector + ")";
}

TEST_P(RefusalPagesTest, CancellingACancelledSessionShowsWhyOnTheCancelForm) {
  const Browser trainer = sign_in("trainer@northbrook.example");
  const auto list = html::Document::parse(trainer.get("/training-sessions").body);
  // The first session that can be cancelled (the demonstration has one in the past, which cannot).
  std::string cancel_path;
  const std::regex session_path("/training-sessions/[0-9]+");
  for (const auto* link : list.select("main a[href]")) {
    const std::string href = link->attribute("href").value_or("");
    if (!std::regex_match(href, session_path)) continue;
    if (trainer.post(href + "/cancel", {{"reason", "The trainer is unwell"}}).status == 303) {
      cancel_path = href + "/cancel";
      break;
    }
  }
  ASSERT_FALSE(cancel_path.empty()) << "no session could be cancelled";

  const auto again = trainer.post(cancel_path, {{"reason", "The trainer is unwell"}});
  EXPECT_EQ(again.status, 409);
  const auto page = html::Document::parse(again.body);
  EXPECT_EQ(text_of(page, ".govuk-error-summary__title"), "There is a problem");
  EXPECT_EQ(text_of(page, ".govuk-error-summary__body"), "This session has already been cancelled");
  EXPECT_NE(page.select_one("main form[action=" + cancel_path + "]"), nullptr);
  EXPECT_EQ(again.body.find("Try again later"), std::string::npos);
}

TEST_P(RefusalPagesTest, ARefusalWithNoFormOfItsOwnShowsItsMessageOnTheErrorPage) {
  const Browser administrator = sign_in("admin@northbrook.example");
  const auto users = html::Document::parse(administrator.get("/admin/users").body);
  std::string own;
  for (const auto* row : users.select("main table tbody tr")) {
    const auto cells = row->child_elements();
    if (cells.size() >= 2 && cells[1]->normalised_text() == "admin@northbrook.example")
      own = cells[0]->select_one("a")->attribute("href").value_or("");
  }
  ASSERT_FALSE(own.empty());

  const auto refused = administrator.post(own + "/deactivate", {});
  EXPECT_EQ(refused.status, 409);
  const auto page = html::Document::parse(refused.body);
  EXPECT_EQ(text_of(page, "main h1"), "Sorry, you cannot do that now");
  EXPECT_EQ(text_of(page, "main p.govuk-body"), "You cannot deactivate your own account");
  EXPECT_EQ(refused.body.find("Try again later"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, RefusalPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
