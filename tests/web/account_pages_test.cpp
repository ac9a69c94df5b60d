// The account journeys and the JSON API over real HTTP, on SQLite and on PostgreSQL: registering
// and confirming an email address, invitations, password reset, the "Your account" page (details,
// sessions, API tokens), /api/v1/me with and without a bearer token, the OpenAPI document, and the
// CSRF check on these forms. Pages are asserted on their parsed HTML; what a journey wrote (emails
// queued, accounts, sessions) is read from the server's database.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "app/accounts.hpp"
#include "app/clock.hpp"
#include "app/demonstration.hpp"
#include "live_server_fixture.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HeaderList;
using testing_support::HttpResult;
using FormFields = std::vector<std::pair<std::string, std::string>>;

const std::string learner_email = "learner@northbrook.example";
const std::string good_password = "orchard lantern pebble";

using Browser = testing_support::BrowserClient;

// Signs in with email and password only (no second factor: the learner has none), as a person
// would: reads the sign-in form for its CSRF token, posts it, and keeps the session cookie.
HttpResult sign_in(Browser& browser, const std::string& email, const std::string& password) {
  HttpResult form = browser.get("/sign-in");
  return browser.submit(form, "/sign-in", {{"email", email}, {"password", password}});
}

std::string text_of(const html::Document& document, const std::string& selector) {
  const auto* node = document.select_one(selector);
  return node ? node->normalised_text() : "(no " + selector + ")";
}

std::string text_of_node(const html::Node* node, const std::string& selector) {
  const auto* found = node->select_one(selector);
  return found ? found->normalised_text() : "(no " + selector + ")";
}

// The fields each error summary link points at, in order ("#name", …).
std::vector<std::string> error_summary_links(const html::Document& document) {
  std::vector<std::string> links;
  for (const auto* link : document.select(".govuk-error-summary__list a"))
    links.push_back(link->attribute("href").value_or(""));
  return links;
}

// Each summary list row of `selector` as key → value.
std::map<std::string, std::string> summary_rows(const html::Document& document,
                                                const std::string& selector) {
  std::map<std::string, std::string> rows;
  for (const auto* row : document.select(selector + " .govuk-summary-list__row")) {
    rows[text_of_node(row, ".govuk-summary-list__key")] =
        text_of_node(row, ".govuk-summary-list__value");
  }
  return rows;
}

Poco::JSON::Object::Ptr parse_json(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

class AccountTest : public LiveServerTest {
 protected:
  void TearDown() override {
    storage_.reset();  // before the database goes: PostgreSQL will not drop a database in use
    LiveServerTest::TearDown();
  }

  Storage& storage() {
    if (!storage_)
      storage_ =
          std::make_unique<store::SqlStorage>(store::parse_database_url(database_->url()).value());
    return *storage_;
  }

  std::vector<QueuedEmail> emails_to(const std::string& address) {
    std::vector<QueuedEmail> found;
    Status read =
        storage().transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          for (const QueuedEmail& queued : transaction.outbox().recent(10)) {
            if (queued.email.to == address) found.push_back(queued);
          }
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return found;
  }

  int emails_queued() {
    int count = 0;
    (void)storage().transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      count = static_cast<int>(transaction.outbox().recent(10).size());
      return ok_status();
    });
    return count;
  }

  std::optional<Account> account(const std::string& email) {
    std::optional<Account> found;
    (void)storage().transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      found = transaction.accounts().find_by_email(email);
      return ok_status();
    });
    return found;
  }

  std::vector<SessionRecord> active_sessions(Id user_id) {
    std::vector<SessionRecord> sessions;
    (void)storage().transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      sessions = transaction.sessions().list_active_for_user(user_id);
      return ok_status();
    });
    return sessions;
  }

  // The token of the last link like "https://…/<path>?token=…" emailed to `address`.
  std::string emailed_token(const std::string& address, const std::string& path) {
    const std::regex link("/" + path + "\\?token=([A-Za-z0-9_-]+)");
    for (const QueuedEmail& queued : emails_to(address)) {
      std::smatch match;
      if (std::regex_search(queued.email.body, match, link)) return match[1];
    }
    ADD_FAILURE() << "no " << path << " link emailed to " << address;
    return "";
  }

  HttpResult api_get(const std::string& target, const std::string& bearer_token) {
    return get(target, {{"Authorization", "Bearer " + bearer_token}});
  }

  std::unique_ptr<store::SqlStorage> storage_;
};

using AccountPagesTest = AccountTest;
using AccountApiTest = AccountTest;

FormFields registration(const std::string& email) {
  return {{"name", "Sam Patel"},
          {"email", email},
          {"organisation", "Northbrook Clinic"},
          {"job_role", "School nurse"},
          {"password", good_password},
          {"confirmation", good_password},
          {"partnership", demonstration_partnership_code}};
}

// ---------------------------------------------------------------------------------------------
// Registering

TEST_P(AccountPagesTest, RegistrationWithBadInputNamesEachProblemAndCreatesNothing) {
  Browser browser(server_->port());
  HttpResult form = browser.get("/register");
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(text_of(html::Document::parse(form.body), "main h1"), "Create an account");

  HttpResult answer = browser.submit(form, "/register",
                                     {{"name", ""},
                                      {"email", "sam.patel@clinic.example"},
                                      {"organisation", ""},
                                      {"job_role", ""},
                                      {"password", "short"},
                                      {"confirmation", "short"}});
  EXPECT_EQ(answer.status, 422);
  auto page = html::Document::parse(answer.body);
  EXPECT_EQ(text_of(page, "title").rfind("Error: Create an account", 0), 0u)
      << text_of(page, "title");
  EXPECT_EQ(error_summary_links(page),
            (std::vector<std::string>{"#name", "#organisation", "#job_role", "#partnership",
                                      "#password"}));
  EXPECT_NE(page.select_one("#name-error"), nullptr);
  EXPECT_NE(page.select_one("#partnership-error"), nullptr);
  // The areas offered: every partnership, then "Another area" for people who work elsewhere.
  const auto options = page.select("select#partnership option");
  ASSERT_GE(options.size(), 3u);
  EXPECT_EQ(options[1]->attribute("value"), demonstration_partnership_code);
  EXPECT_EQ(options.back()->normalised_text(), "Another area");
  EXPECT_NE(page.select_one("#password-error"), nullptr);
  EXPECT_EQ(page.select_one("#email-error"), nullptr);
  ASSERT_NE(page.select_one("input#email"), nullptr);
  EXPECT_EQ(page.select_one("input#email")->attribute("value"), "sam.patel@clinic.example");
  ASSERT_NE(page.select_one("input#password"), nullptr);
  EXPECT_FALSE(page.select_one("input#password")->has_attribute("value"))
      << "a password is never sent back";

  EXPECT_FALSE(account("sam.patel@clinic.example").has_value());
  EXPECT_EQ(emails_queued(), 0);
}

TEST_P(AccountPagesTest, RegisteringThenFollowingTheEmailedLinkLetsThePractitionerSignIn) {
  const std::string email = "sam.patel@clinic.example";
  Browser browser(server_->port());
  HttpResult registered =
      browser.submit(browser.get("/register"), "/register", registration(email));
  ASSERT_EQ(registered.status, 303) << registered.body;
  EXPECT_EQ(registered.header("location"), "/register/check-your-email");
  EXPECT_EQ(
      text_of(html::Document::parse(browser.get("/register/check-your-email").body), "main h1"),
      "Check your email");

  HttpResult too_soon = sign_in(browser, email, good_password);
  EXPECT_EQ(too_soon.status, 422);
  EXPECT_NE(html::Document::parse(too_soon.body).select_one(".govuk-error-summary"), nullptr);
  EXPECT_EQ(browser.cookie("casereview_session"), "");

  const std::string token = emailed_token(email, "verify-email");
  HttpResult confirmed = browser.get("/verify-email?token=" + token);
  ASSERT_EQ(confirmed.status, 200);
  auto page = html::Document::parse(confirmed.body);
  EXPECT_EQ(text_of(page, "main .govuk-panel__title"), "Your email address is confirmed");
  EXPECT_NE(page.select_one("main a[href=/sign-in]"), nullptr);

  HttpResult signed_in = sign_in(browser, email, good_password);
  EXPECT_EQ(signed_in.status, 303);
  // A learner lands on their training (issue 10, item 11), by way of GET /sign-in.
  EXPECT_EQ(signed_in.header("location"), "/sign-in");
  EXPECT_EQ(browser.get("/sign-in").header("location"), "/my-training");
  EXPECT_NE(browser.cookie("casereview_session"), "");
  auto account_page = html::Document::parse(browser.get("/account").body);
  EXPECT_EQ(summary_rows(account_page, "#your-details")["Email address"], email);

  HttpResult again = browser.get("/verify-email?token=" + token);
  EXPECT_EQ(again.status, 404);
  EXPECT_EQ(text_of(html::Document::parse(again.body), "main h1"), "This link has expired");
  EXPECT_EQ(browser.get("/verify-email").status, 404);
}

TEST_P(AccountPagesTest, RegisteringAnAddressThatHasAnAccountLooksTheSameAndTellsItsOwner) {
  Browser browser(server_->port());
  HttpResult registered =
      browser.submit(browser.get("/register"), "/register", registration(learner_email));
  EXPECT_EQ(registered.status, 303);
  EXPECT_EQ(registered.header("location"), "/register/check-your-email");
  const auto emails = emails_to(learner_email);
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].email.subject, "Someone tried to register with your email address");
  EXPECT_EQ(account(learner_email)->user.name, "Demonstration Practitioner");
}

// ---------------------------------------------------------------------------------------------
// Invitations and password reset

TEST_P(AccountPagesTest, AnInvitationLinkLetsTheInviteeSetTheirPasswordOnce) {
  const std::string email = "new.starter@northbrook.example";
  SystemClock clock;
  AppContext context{storage(), clock, {}};
  auto invited = add_user(context, Caller{}, {email, "New Starter", {"learner"}, ""},
                          demonstration_partnership_code, std::nullopt);
  ASSERT_TRUE(invited.ok()) << invited.error().message;
  const std::string token = emailed_token(email, "accept-invitation");

  Browser browser(server_->port());
  HttpResult form = browser.get("/accept-invitation?token=" + token);
  ASSERT_EQ(form.status, 200);
  auto page = html::Document::parse(form.body);
  EXPECT_EQ(text_of(page, "main h1"), "Set your password");
  EXPECT_EQ(text_of(page, "main p strong"), email);
  EXPECT_EQ(page.select_one("form input[name=token]")->attribute("value"), token);

  HttpResult wrong = browser.submit(
      form, "/accept-invitation",
      {{"token", token}, {"password", good_password}, {"confirmation", "something else"}});
  EXPECT_EQ(wrong.status, 422);
  auto wrong_page = html::Document::parse(wrong.body);
  EXPECT_EQ(error_summary_links(wrong_page), std::vector<std::string>{"#confirmation"});
  EXPECT_EQ(wrong_page.select_one("form input[name=token]")->attribute("value"), token);
  EXPECT_EQ(account(email)->status, AccountStatus::invited);

  HttpResult accepted = browser.submit(
      wrong, "/accept-invitation",
      {{"token", token}, {"password", good_password}, {"confirmation", good_password}});
  ASSERT_EQ(accepted.status, 303);
  EXPECT_EQ(text_of(html::Document::parse(browser.get(accepted.header("location")).body),
                    "main .govuk-panel__title"),
            "Your password is set");
  EXPECT_EQ(sign_in(browser, email, good_password).header("location"), "/sign-in");
  EXPECT_EQ(browser.get("/sign-in").header("location"), "/my-training");

  EXPECT_EQ(get("/accept-invitation?token=" + token).status, 404);
  EXPECT_EQ(get("/accept-invitation?token=made-up").status, 404);
}

TEST_P(AccountPagesTest, ForgotPasswordSaysTheSameForAnyAddressAndEmailsOnlyAnAccount) {
  Browser browser(server_->port());
  HttpResult known = browser.submit(browser.get("/forgot-password"), "/forgot-password",
                                    {{"email", learner_email}});
  HttpResult unknown = browser.submit(browser.get("/forgot-password"), "/forgot-password",
                                      {{"email", "nobody@northbrook.example"}});
  ASSERT_EQ(known.status, 303);
  EXPECT_EQ(unknown.status, known.status);
  EXPECT_EQ(unknown.header("location"), known.header("location"));
  EXPECT_EQ(text_of(html::Document::parse(browser.get(known.header("location")).body), "main h1"),
            "Check your email");

  const auto learner_emails = emails_to(learner_email);
  ASSERT_EQ(learner_emails.size(), 1u);
  EXPECT_EQ(learner_emails[0].email.subject.rfind("Reset your password", 0), 0u);
  EXPECT_TRUE(emails_to("nobody@northbrook.example").empty());
  EXPECT_EQ(emails_queued(), 1);

  HttpResult malformed = browser.submit(browser.get("/forgot-password"), "/forgot-password",
                                        {{"email", "not an address"}});
  EXPECT_EQ(malformed.status, 422);
  EXPECT_EQ(error_summary_links(html::Document::parse(malformed.body)),
            std::vector<std::string>{"#email"});
}

TEST_P(AccountPagesTest, AResetLinkSetsANewPasswordAndEndsEverySession) {
  Browser elsewhere(server_->port());
  ASSERT_EQ(sign_in(elsewhere, learner_email, demonstration_password).status, 303);
  Browser browser(server_->port());
  browser.submit(browser.get("/forgot-password"), "/forgot-password", {{"email", learner_email}});
  const std::string token = emailed_token(learner_email, "reset-password");

  HttpResult form = browser.get("/reset-password?token=" + token);
  ASSERT_EQ(form.status, 200);
  auto page = html::Document::parse(form.body);
  EXPECT_EQ(text_of(page, "main h1"), "Choose a new password");
  EXPECT_EQ(text_of(page, "main p strong"), learner_email);

  HttpResult weak =
      browser.submit(form, "/reset-password",
                     {{"token", token}, {"password", "short"}, {"confirmation", "short"}});
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(error_summary_links(html::Document::parse(weak.body)),
            std::vector<std::string>{"#password"});

  HttpResult reset = browser.submit(
      weak, "/reset-password",
      {{"token", token}, {"password", good_password}, {"confirmation", good_password}});
  ASSERT_EQ(reset.status, 303);
  EXPECT_EQ(text_of(html::Document::parse(browser.get(reset.header("location")).body),
                    "main .govuk-panel__title"),
            "Your password has been reset");
  EXPECT_EQ(elsewhere.get("/account").status, 303) << "the other browser is signed out";
  EXPECT_EQ(sign_in(browser, learner_email, demonstration_password).status, 422);
  EXPECT_EQ(sign_in(browser, learner_email, good_password).status, 303);
  EXPECT_EQ(get("/reset-password?token=" + token).status, 404);
}

// ---------------------------------------------------------------------------------------------
// Your account

TEST_P(AccountPagesTest, AccountPageShowsTheSignedInPersonsDetailsAndThisSession) {
  HttpResult anonymous = get("/account");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.header("location").rfind("/sign-in?return-to=", 0), 0u);

  Browser browser(server_->port());
  ASSERT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303);
  HttpResult answer = browser.get("/account");
  ASSERT_EQ(answer.status, 200);
  auto page = html::Document::parse(answer.body);
  EXPECT_TRUE(page.errors().empty()) << page.errors().front();
  EXPECT_EQ(text_of(page, "main h1"), "Your account");
  auto details = summary_rows(page, "#your-details");
  EXPECT_EQ(details["Name"], "Demonstration Practitioner");
  EXPECT_EQ(details["Email address"], learner_email);
  EXPECT_EQ(details["Role"], "Practitioner");
  EXPECT_EQ(details["Partnership"], "Northbrook Safeguarding Children Partnership");
  EXPECT_EQ(details.count("Agency"), 0u);

  const auto sessions = page.select("#sessions tbody tr");
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(text_of_node(sessions[0], ".govuk-tag"), "This session");
  EXPECT_EQ(sessions[0]->select_one("form"), nullptr) << "this session is ended by signing out";
  EXPECT_NE(page.select_one("form[action=/account/api-tokens] input#name"), nullptr);
}

// A practitioner's organisation and job role (given at registration) are on their account page,
// and they correct their own name, organisation and job role there (certificates follow the name).
TEST_P(AccountPagesTest, APractitionerSeesAndCorrectsTheirOwnDetails) {
  Browser browser(server_->port());
  ASSERT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303);
  auto details = summary_rows(html::Document::parse(browser.get("/account").body), "#your-details");
  EXPECT_EQ(details["Organisation"], "Northbrook Primary School");
  EXPECT_EQ(details["Job role"], "Designated safeguarding lead");

  HttpResult form = browser.get("/account/details");
  ASSERT_EQ(form.status, 200);
  auto form_page = html::Document::parse(form.body);
  const auto* name = form_page.select_one("form[action=/account/details] input#name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->attribute("value").value_or(""), "Demonstration Practitioner");

  HttpResult refused = browser.submit(
      form, "/account/details", {{"name", ""}, {"organisation", ""}, {"job_role", "Teacher"}});
  EXPECT_EQ(refused.status, 422);
  auto refused_page = html::Document::parse(refused.body);
  EXPECT_EQ(refused_page.select(".govuk-error-summary__list li").size(), 2u);
  EXPECT_EQ(refused_page.select_one("input#job_role")->attribute("value").value_or(""), "Teacher");

  // Issue 13: a self-registered practitioner chooses their agency among the partnership's (none
  // at first), so that actions training its staff count them.
  const auto* first = form_page.select_one("select#agency option");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->normalised_text(), "None of these");
  EXPECT_EQ(form_page.select_one("select#agency option[selected]"), nullptr)
      << "none chosen: the first, None of these, shows";
  std::string hospital;
  for (const auto* option : form_page.select("select#agency option"))
    if (option->normalised_text() == "Northbrook Hospitals NHS Trust")
      hospital = option->attribute("value").value_or("");
  ASSERT_FALSE(hospital.empty());
  HttpResult wrong_agency = browser.submit(form, "/account/details",
                                           {{"name", "Siân O'Connor"},
                                            {"organisation", "Northbrook Health"},
                                            {"job_role", "School nurse"},
                                            {"agency", "999999"}});
  EXPECT_EQ(wrong_agency.status, 422);
  EXPECT_NE(html::Document::parse(wrong_agency.body)
                .select_one(".govuk-error-summary__list a[href='#agency']"),
            nullptr);

  HttpResult saved = browser.submit(form, "/account/details",
                                    {{"name", "Siân O'Connor"},
                                     {"organisation", "Northbrook Health"},
                                     {"job_role", "School nurse"},
                                     {"agency", hospital}});
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.header("location"), "/account?notice=details-changed");
  auto after = summary_rows(html::Document::parse(browser.get("/account").body), "#your-details");
  EXPECT_EQ(after["Name"], "Siân O'Connor");
  EXPECT_EQ(after["Organisation"], "Northbrook Health");
  EXPECT_EQ(after["Job role"], "School nurse");
  EXPECT_EQ(after["Agency"], "Northbrook Hospitals NHS Trust");
  EXPECT_NE(html::Document::parse(browser.get("/account/details").body)
                .select_one("select#agency option[value='" + hospital + "'][selected]"),
            nullptr);
}

TEST_P(AccountPagesTest, EndingAnotherOfYourSessionsSignsThatBrowserOut) {
  Browser phone(server_->port());
  Browser laptop(server_->port());
  ASSERT_EQ(sign_in(phone, learner_email, demonstration_password).status, 303);
  ASSERT_EQ(sign_in(laptop, learner_email, demonstration_password).status, 303);

  HttpResult account_page = laptop.get("/account");
  auto page = html::Document::parse(account_page.body);
  ASSERT_EQ(page.select("#sessions tbody tr").size(), 2u);
  const auto* end_form = page.select_one("#sessions form");
  ASSERT_NE(end_form, nullptr);
  const std::string action = end_form->attribute("action").value_or("");
  EXPECT_TRUE(std::regex_match(action, std::regex("/account/sessions/[0-9]+/end"))) << action;

  HttpResult ended = laptop.submit(account_page, action, {});
  ASSERT_EQ(ended.status, 303);
  auto after = html::Document::parse(laptop.get(ended.header("location")).body);
  EXPECT_EQ(
      text_of(after, ".govuk-notification-banner--success .govuk-notification-banner__heading"),
      "The session has ended. That browser will have to sign in again.");
  EXPECT_EQ(after.select("#sessions tbody tr").size(), 1u);
  EXPECT_EQ(phone.get("/account").status, 303) << "the phone must sign in again";
}

TEST_P(AccountPagesTest, AnotherPersonsSessionCannotBeEnded) {
  Browser trainer(server_->port());
  ASSERT_EQ(sign_in(trainer, "trainer@northbrook.example", demonstration_password).status, 303);
  const Id trainer_id = account("trainer@northbrook.example")->user.id;
  const auto trainer_sessions = active_sessions(trainer_id);
  ASSERT_EQ(trainer_sessions.size(), 1u);

  Browser learner(server_->port());
  ASSERT_EQ(sign_in(learner, learner_email, demonstration_password).status, 303);
  HttpResult refused =
      learner.submit(learner.get("/account"),
                     "/account/sessions/" + std::to_string(trainer_sessions[0].id) + "/end", {});
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(active_sessions(trainer_id).size(), 1u);
  EXPECT_EQ(learner.submit(learner.get("/account"), "/account/api-tokens/999999/revoke", {}).status,
            404);
}

TEST_P(AccountPagesTest, AnApiTokenIsShownOnceAndActsForItsOwnerUntilRevoked) {
  Browser browser(server_->port());
  ASSERT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303);

  HttpResult unnamed =
      browser.submit(browser.get("/account"), "/account/api-tokens", {{"name", ""}});
  EXPECT_EQ(unnamed.status, 422);
  EXPECT_EQ(error_summary_links(html::Document::parse(unnamed.body)),
            std::vector<std::string>{"#name"});

  HttpResult created = browser.submit(browser.get("/account"), "/account/api-tokens",
                                      {{"name", "Reporting script"}});
  ASSERT_EQ(created.status, 200);
  auto shown = html::Document::parse(created.body);
  EXPECT_EQ(text_of(shown, "main h1"), "Your new API token");
  EXPECT_NE(text_of(shown, "main .govuk-warning-text").find("It will not be shown again"),
            std::string::npos);
  const std::string token = text_of(shown, "main .govuk-inset-text code.cr-api-token");
  ASSERT_GE(token.size(), 32u);

  HttpResult account_page = browser.get("/account");
  EXPECT_EQ(account_page.body.find(token), std::string::npos) << "the token is shown once only";
  auto listed = html::Document::parse(account_page.body);
  auto rows = listed.select("#api-tokens tbody tr");
  ASSERT_EQ(rows.size(), 1u);
  auto cells = rows[0]->select("td");
  ASSERT_EQ(cells.size(), 5u);
  EXPECT_EQ(cells[0]->normalised_text(), "Reporting script");
  EXPECT_EQ(cells[2]->normalised_text(), "Never");
  EXPECT_EQ(cells[3]->normalised_text(), "Active");

  HttpResult me = api_get("/api/v1/me", token);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.header("content-type"), "application/json");
  auto json = parse_json(me.body);
  EXPECT_EQ(json->getValue<std::string>("email"), learner_email);
  EXPECT_EQ(json->getValue<std::string>("name"), "Demonstration Practitioner");
  auto roles = json->getArray("roles");
  ASSERT_EQ(roles->size(), 1u);
  EXPECT_EQ(roles->getElement<std::string>(0), "learner");
  auto partnership = json->getObject("partnership");
  ASSERT_FALSE(partnership.isNull());
  EXPECT_EQ(partnership->getValue<std::string>("code"), demonstration_partnership_code);
  EXPECT_EQ(partnership->getValue<std::string>("name"),
            "Northbrook Safeguarding Children Partnership");
  EXPECT_GT(partnership->getValue<Poco::Int64>("id"), 0);
  EXPECT_TRUE(json->has("agency"));
  EXPECT_TRUE(json->isNull("agency"));

  auto used = html::Document::parse(browser.get("/account").body);
  EXPECT_NE(used.select("#api-tokens tbody tr td")[2]->normalised_text(), "Never");

  const auto* revoke_form = used.select_one("#api-tokens form");
  ASSERT_NE(revoke_form, nullptr);
  HttpResult revoked =
      browser.post(revoke_form->attribute("action").value_or(""),
                   {{"csrf_token", Browser::csrf_token_of(browser.get("/account").body)}});
  ASSERT_EQ(revoked.status, 303);
  auto after = html::Document::parse(browser.get(revoked.header("location")).body);
  EXPECT_EQ(
      text_of(after, ".govuk-notification-banner--success .govuk-notification-banner__heading"),
      "The API token has been revoked. Programs using it can no longer use the API.");
  EXPECT_EQ(after.select("#api-tokens tbody tr td")[3]->normalised_text(), "Revoked");
  EXPECT_EQ(after.select_one("#api-tokens form"), nullptr);

  HttpResult refused = api_get("/api/v1/me", token);
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
}

TEST_P(AccountPagesTest, APostWithoutTheCsrfTokenIsRefusedAndChangesNothing) {
  Browser browser(server_->port());
  browser.get("/register");
  ASSERT_NE(browser.cookie("casereview_csrf"), "");
  EXPECT_EQ(browser.post("/register", registration("sam.patel@clinic.example")).status, 403);
  FormFields wrong_token = registration("sam.patel@clinic.example");
  wrong_token.emplace_back("csrf_token", std::string(43, 'A'));
  EXPECT_EQ(browser.post("/register", wrong_token).status, 403);
  EXPECT_FALSE(account("sam.patel@clinic.example").has_value());
  EXPECT_EQ(emails_queued(), 0);

  ASSERT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303);
  EXPECT_EQ(browser.post("/account/api-tokens", {{"name", "Sneaky"}}).status, 403);
  EXPECT_EQ(
      browser
          .post("/account/api-tokens", {{"name", "Sneaky"}, {"csrf_token", std::string(43, 'A')}})
          .status,
      403);
  auto page = html::Document::parse(browser.get("/account").body);
  EXPECT_EQ(page.select_one("#api-tokens"), nullptr);
}

// ---------------------------------------------------------------------------------------------
// The JSON API

TEST_P(AccountApiTest, MeWithoutAValidTokenAnswers401WithAProblemDocument) {
  for (const HeaderList& headers :
       {HeaderList{}, HeaderList{{"Authorization", "Bearer not-a-real-token"}},
        HeaderList{{"Authorization", "Basic eDp5"}}}) {
    HttpResult answer = get("/api/v1/me", headers);
    EXPECT_EQ(answer.status, 401);
    EXPECT_EQ(answer.header("content-type"), "application/problem+json");
    auto problem = parse_json(answer.body);
    EXPECT_EQ(problem->getValue<int>("status"), 401);
    EXPECT_FALSE(problem->getValue<std::string>("title").empty());
  }
}

// A POST with a bad bearer token is refused as unauthenticated (401, WWW-Authenticate), not as a
// missing CSRF token: a script's request needs none, and its problem is the token.
TEST_P(AccountApiTest, APostWithABadTokenAnswers401) {
  const HttpResult answer = testing_support::http_request(
      server_->port(), "POST", "/api/v1/notifications",
      {{"Authorization", "Bearer not-a-real-token"}}, "{}", "application/json");
  EXPECT_EQ(answer.status, 401) << answer.body;
  EXPECT_EQ(answer.header("www-authenticate"), "Bearer");
  EXPECT_EQ(answer.header("content-type"), "application/problem+json");
  // With no credentials at all, a POST still needs its CSRF token first.
  EXPECT_EQ(testing_support::http_request(server_->port(), "POST", "/api/v1/notifications", {},
                                          "{}", "application/json")
                .status,
            403);
}

TEST_P(AccountApiTest, MeAnswersABrowserThatIsSignedIn) {
  Browser browser(server_->port());
  ASSERT_EQ(sign_in(browser, learner_email, demonstration_password).status, 303);
  HttpResult answer = browser.get("/api/v1/me");
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(parse_json(answer.body)->getValue<std::string>("email"), learner_email);
}

TEST_P(AccountApiTest, TheOpenApiDocumentDescribesMeAndItsErrors) {
  HttpResult answer = get("/api/v1/openapi");
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(answer.header("content-type"), "application/json");
  auto document = parse_json(answer.body);
  EXPECT_EQ(document->getValue<std::string>("openapi"), "3.1.0");
  auto operation = document->getObject("paths")->getObject("/me")->getObject("get");
  ASSERT_FALSE(operation.isNull());
  auto responses = operation->getObject("responses");
  for (const char* status : {"200", "401", "403"}) EXPECT_TRUE(responses->has(status)) << status;
  auto components = document->getObject("components");
  EXPECT_EQ(components->getObject("securitySchemes")
                ->getObject("bearer")
                ->getValue<std::string>("scheme"),
            "bearer");
  EXPECT_TRUE(components->getObject("responses")
                  ->getObject("Unauthenticated")
                  ->getObject("content")
                  ->has("application/problem+json"));
  auto me = components->getObject("schemas")->getObject("Me");
  EXPECT_EQ(me->getArray("required")->size(), 6u);
  EXPECT_EQ(me->getArray("required")->getElement<std::string>(0), "id");
}

INSTANTIATE_TEST_SUITE_P(Engines, AccountPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);
INSTANTIATE_TEST_SUITE_P(Engines, AccountApiTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

// ---------------------------------------------------------------------------------------------
// Links that expire (Rule SEC-3), with the server's clock moved by hand.

class AccountLinkExpiryTest : public AccountTest {
 protected:
  void SetUp() override {
    clock_file_ = (std::filesystem::temp_directory_path() /
                   ("casereview-account-clock-" + std::to_string(::getpid()) + ".txt"))
                      .string();
    set_clock(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    AccountTest::SetUp();
  }
  void TearDown() override {
    AccountTest::TearDown();
    std::filesystem::remove(clock_file_);
  }
  std::vector<std::string> extra_arguments() const override {
    return {"--clock-file", clock_file_};
  }

  void set_clock(Instant now) {
    now_ = now;
    std::ofstream(clock_file_) << format_instant(now) << "\n";
  }

  std::string clock_file_;
  Instant now_{};
};

TEST_P(AccountLinkExpiryTest, AVerificationLinkWorksFor24HoursOnly) {
  const std::string email = "sam.patel@clinic.example";
  Browser browser(server_->port());
  ASSERT_EQ(browser.submit(browser.get("/register"), "/register", registration(email)).status, 303);
  const std::string token = emailed_token(email, "verify-email");
  set_clock(now_ + verification_lifetime + std::chrono::seconds(1));
  HttpResult expired = browser.get("/verify-email?token=" + token);
  EXPECT_EQ(expired.status, 404);
  auto page = html::Document::parse(expired.body);
  EXPECT_EQ(text_of(page, "main h1"), "This link has expired");
  EXPECT_NE(page.select_one("main a[href=/forgot-password]"), nullptr) << "says what to do next";
  EXPECT_EQ(account(email)->status, AccountStatus::unverified);
}

INSTANTIATE_TEST_SUITE_P(Engines, AccountLinkExpiryTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
