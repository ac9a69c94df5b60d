// Signing in and staying signed in, over real HTTP against the running program on both engines,
// with the server's clock read from a file the test moves (--clock-file): the session ends after
// 60 minutes idle and 12 hours in all (Rule SEC-1), six wrong passwords lock the account and the
// page says no more than it does for an unknown email (Rule SEC-2), a state-changing request
// without the right CSRF token is refused with 403 and changes nothing, and signing out ends the
// session on the server, not only in the browser.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "live_server_fixture.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"
#include "web/routes.hpp"

namespace casereview::web {
namespace {

using namespace std::chrono_literals;
namespace html = casereview::test::html;
using testing_support::HttpResult;

constexpr const char* learner_email = "learner@northbrook.example";
constexpr const char* demonstration_password = "casereview demonstration";

using Browser = testing_support::BrowserClient;

// What the navigation offers: "Sign out" when the page was served to a session, "Sign in" when not.
std::string navigation_state(const std::string& body) {
  auto document = html::Document::parse(body);
  const bool sign_out =
      document.select_one(".govuk-service-navigation form[action=/sign-out] button") != nullptr;
  const bool sign_in = document.select_one(".govuk-service-navigation a[href=/sign-in]") != nullptr;
  if (sign_out && !sign_in) return "signed in";
  if (sign_in && !sign_out) return "signed out";
  return "unclear";
}

// The messages of the GOV.UK error summary on a page.
std::vector<std::string> error_summary(const std::string& body) {
  std::vector<std::string> messages;
  auto document = html::Document::parse(body);
  for (const auto* item : document.select(".govuk-error-summary__list li"))
    messages.push_back(item->normalised_text());
  return messages;
}

bool router_has(const std::string& method, const std::string& pattern) {
  const Router all_routes = build_router();
  for (const Route& route : all_routes.routes()) {
    if (route.method == method && route.pattern == pattern) return true;
  }
  return false;
}

class SessionTimeoutTest : public LiveServerTest {
 protected:
  SessionTimeoutTest() {
    static int counter = 0;
    clock_file_ =
        (std::filesystem::temp_directory_path() /
         ("casereview-clock-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
            .string();
    set_clock(start());
  }
  ~SessionTimeoutTest() override {
    std::error_code ignored;
    std::filesystem::remove(clock_file_, ignored);
  }

  std::vector<std::string> extra_arguments() const override {
    return {"--clock-file", clock_file_};
  }

  static Instant start() { return parse_instant("2026-03-02T09:00:00Z").value(); }

  void set_clock(Instant to) {
    now_ = to;
    // Written whole and renamed into place, so the server never reads half an instant.
    const std::string temporary = clock_file_ + ".new";
    {
      std::ofstream file(temporary, std::ios::trunc);
      file << format_instant(to) << "\n";
    }
    std::filesystem::rename(temporary, clock_file_);
  }
  void advance(std::chrono::seconds by) { set_clock(now_ + by); }

  // GET /sign-in (for the CSRF cookie and the form's token), then POST the form.
  HttpResult sign_in(Browser& browser, const std::string& email, const std::string& password) {
    auto form = browser.get("/sign-in");
    EXPECT_EQ(form.status, 200);
    const std::string token = Browser::csrf_token_of(form.body);
    EXPECT_FALSE(token.empty()) << "the sign-in form carries a CSRF token";
    EXPECT_FALSE(browser.cookie("casereview_csrf").empty()) << "and the browser got its cookie";
    return browser.post("/sign-in",
                        {{"csrf_token", token}, {"email", email}, {"password", password}});
  }

  // Signs the learner in and checks that it worked.
  void sign_in_learner(Browser& browser) {
    auto response = sign_in(browser, learner_email, demonstration_password);
    ASSERT_EQ(response.status, 303) << response.body;
    ASSERT_FALSE(browser.cookie("casereview_session").empty()) << "a session cookie was set";
    ASSERT_EQ(navigation_state(browser.get("/").body), "signed in");
  }

  // Whether a page that needs a session serves this browser.
  bool signed_in(Browser& browser) {
    if (router_has("GET", "/account")) {
      auto account = browser.get("/account");
      if (account.status == 200) return true;
      EXPECT_EQ(account.status, 303) << account.body;
      EXPECT_EQ(account.header("location").rfind("/sign-in", 0), 0u) << account.header("location");
      EXPECT_EQ(navigation_state(browser.get("/").body), "signed out");
      return false;
    }
    const std::string state = navigation_state(browser.get("/").body);
    EXPECT_NE(state, "unclear");
    return state == "signed in";
  }

  std::string clock_file_;
  Instant now_{};
};

// Rule SEC-1
TEST_P(SessionTimeoutTest, ASignedInLearnerIsSignedOutAfterSixtyOneIdleMinutes) {
  Browser browser(server_->port());
  sign_in_learner(browser);
  EXPECT_TRUE(signed_in(browser));
  advance(59min);
  EXPECT_TRUE(signed_in(browser)) << "59 idle minutes";
  advance(61min);
  EXPECT_FALSE(signed_in(browser)) << "61 idle minutes";
  // And the server ended it: going back in time does not revive it.
  set_clock(start() + 60min);
  EXPECT_FALSE(signed_in(browser)) << "the session must have been ended on the server";
}

// Rule SEC-1
TEST_P(SessionTimeoutTest, ASessionEndsAfterTwelveHoursEvenWithARequestEveryFiftyMinutes) {
  Browser browser(server_->port());
  sign_in_learner(browser);
  for (int request = 1; request <= 14; ++request) {  // up to 11 h 40 min after signing in
    advance(50min);
    ASSERT_TRUE(signed_in(browser)) << "after " << request * 50 << " minutes";
  }
  set_clock(start() + 12h - 1s);
  ASSERT_TRUE(signed_in(browser)) << "one second before 12 hours";
  set_clock(start() + 12h);
  EXPECT_FALSE(signed_in(browser)) << "12 hours after signing in";
}

TEST_P(SessionTimeoutTest, TheSessionCookieIsHttpOnlyAndSameSiteAndChangesAtEverySignIn) {
  Browser browser(server_->port());
  auto response = sign_in(browser, learner_email, demonstration_password);
  ASSERT_EQ(response.status, 303);
  std::string session_cookie;
  for (const std::string& cookie : response.set_cookies) {
    if (cookie.rfind("casereview_session=", 0) == 0) session_cookie = cookie;
  }
  ASSERT_FALSE(session_cookie.empty());
  EXPECT_NE(session_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(session_cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(session_cookie.find("Path=/"), std::string::npos);

  // Signing in again from the same browser: a new session, and the old one is ended (a session
  // fixed before sign-in is worthless).
  const std::string first = browser.cookie("casereview_session");
  const std::string token = Browser::csrf_token_of(browser.get("/").body);
  auto again = browser.post(
      "/sign-in",
      {{"csrf_token", token}, {"email", learner_email}, {"password", demonstration_password}});
  ASSERT_EQ(again.status, 303) << again.body;
  const std::string second = browser.cookie("casereview_session");
  EXPECT_NE(second, first);
  Browser old(server_->port());
  old.set_cookie("casereview_session", first);
  EXPECT_FALSE(signed_in(old)) << "the session from before must end";
  EXPECT_TRUE(signed_in(browser));
}

// Rule SEC-2
TEST_P(SessionTimeoutTest,
       SixWrongPasswordsLockTheAccountAndThePageSaysNoMoreThanForAnUnknownEmail) {
  Browser browser(server_->port());
  auto unknown = sign_in(browser, "nobody@northbrook.example", demonstration_password);
  EXPECT_EQ(unknown.status, 422);
  const auto unknown_errors = error_summary(unknown.body);
  ASSERT_EQ(unknown_errors.size(), 1u) << unknown.body;

  for (int attempt = 1; attempt <= 6; ++attempt) {
    auto wrong = sign_in(browser, learner_email, "wrong password " + std::to_string(attempt));
    EXPECT_EQ(wrong.status, 422) << "attempt " << attempt;
    EXPECT_EQ(error_summary(wrong.body), unknown_errors) << "attempt " << attempt;
    EXPECT_TRUE(browser.cookie("casereview_session").empty());
  }
  auto locked = sign_in(browser, learner_email, demonstration_password);
  EXPECT_EQ(locked.status, 422) << "the right password must not open a locked account";
  EXPECT_EQ(error_summary(locked.body), unknown_errors)
      << "a locked account looks like a wrong password";
  EXPECT_TRUE(browser.cookie("casereview_session").empty());

  advance(29min);
  EXPECT_EQ(sign_in(browser, learner_email, demonstration_password).status, 422)
      << "still locked at 29 minutes";
  advance(1min + 1s);
  EXPECT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303)
      << "the lock runs out after 30 minutes";
}

TEST_P(SessionTimeoutTest, APostWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing) {
  Browser browser(server_->port());
  sign_in_learner(browser);
  const std::string right = Browser::csrf_token_of(browser.get("/").body);
  ASSERT_FALSE(right.empty());

  auto without = browser.post("/sign-out", {});
  EXPECT_EQ(without.status, 403);
  auto wrong = browser.post("/sign-out", {{"csrf_token", std::string(right.size(), 'A')}});
  EXPECT_EQ(wrong.status, 403);
  auto empty = browser.post("/sign-out", {{"csrf_token", ""}});
  EXPECT_EQ(empty.status, 403);
  EXPECT_TRUE(signed_in(browser)) << "a refused sign-out must not sign out";
  auto page = html::Document::parse(wrong.body);
  ASSERT_NE(page.select_one("main h1"), nullptr);
  EXPECT_EQ(page.select_one("main h1")->normalised_text(), "Sorry, your form could not be sent");

  // A sign-in without the token starts no session, even with the right password.
  Browser stranger(server_->port());
  (void)stranger.get("/sign-in");
  auto forged =
      stranger.post("/sign-in", {{"email", learner_email}, {"password", demonstration_password}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(stranger.cookie("casereview_session").empty());
  auto forged_token = stranger.post(
      "/sign-in",
      {{"csrf_token", right}, {"email", learner_email}, {"password", demonstration_password}});
  EXPECT_EQ(forged_token.status, 403) << "another session's token is not this browser's";
  EXPECT_TRUE(stranger.cookie("casereview_session").empty());
  EXPECT_EQ(navigation_state(stranger.get("/").body), "signed out");
}

TEST_P(SessionTimeoutTest, AScriptMaySendTheCsrfTokenAsAHeaderButNotLeaveItOut) {
  Browser browser(server_->port());
  sign_in_learner(browser);
  const std::string cookie = "casereview_session=" + browser.cookie("casereview_session");
  auto refused =
      testing_support::http_request(server_->port(), "POST", "/sign-out", {{"Cookie", cookie}}, "",
                                    "application/x-www-form-urlencoded");
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(signed_in(browser));
  const std::string token = Browser::csrf_token_of(browser.get("/").body);
  auto with_header = testing_support::http_request(server_->port(), "POST", "/sign-out",
                                                   {{"Cookie", cookie}, {"X-CSRF-Token", token}},
                                                   "", "application/x-www-form-urlencoded");
  EXPECT_EQ(with_header.status, 303);
  EXPECT_FALSE(signed_in(browser));
}

TEST_P(SessionTimeoutTest, SigningOutEndsTheSessionOnTheServer) {
  Browser browser(server_->port());
  sign_in_learner(browser);
  const std::string old_cookie = browser.cookie("casereview_session");
  const std::string token = Browser::csrf_token_of(browser.get("/").body);
  auto signed_out = browser.post("/sign-out", {{"csrf_token", token}});
  ASSERT_EQ(signed_out.status, 303);
  EXPECT_EQ(signed_out.header("location"), "/signed-out");
  EXPECT_TRUE(browser.cookie("casereview_session").empty())
      << "the browser is told to forget the cookie";
  EXPECT_EQ(navigation_state(browser.get("/signed-out").body), "signed out");

  // A copy of the cookie kept elsewhere no longer works either.
  Browser thief(server_->port());
  thief.set_cookie("casereview_session", old_cookie);
  EXPECT_FALSE(signed_in(thief)) << "the old cookie must not work after signing out";
}

INSTANTIATE_TEST_SUITE_P(Engines, SessionTimeoutTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
