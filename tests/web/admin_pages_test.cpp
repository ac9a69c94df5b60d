// A partnership administrator's pages over real HTTP, on SQLite and on PostgreSQL: inviting users
// (and the invitation email in the outbox), refusing a bad invitation, changing roles,
// deactivating, resetting an authenticator app, agencies, settings and the audit log; and that
// nobody else gets in, not even to look, and no administrator reaches another partnership's user.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "app/audit.hpp"
#include "app/demonstration.hpp"
#include "live_server_fixture.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;
using FormFields = std::vector<std::pair<std::string, std::string>>;

using Browser = testing_support::SignedInBrowser;

// Signs in with the demonstration password, setting up a staff account's authenticator app with
// the code for now. Throws when a step does not go as it should.
Browser sign_in(int port, const std::string& email) {
  return testing_support::sign_in_with_authenticator(
      port, email, demonstration_password,
      std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

// The text of each cell of each row of the page's first table body.
std::vector<std::vector<std::string>> table_rows(const html::Document& page) {
  std::vector<std::vector<std::string>> rows;
  for (const auto* row : page.select("main table tbody tr")) {
    std::vector<std::string> cells;
    for (const auto* cell : row->child_elements()) cells.push_back(cell->normalised_text());
    rows.push_back(cells);
  }
  return rows;
}

// The value of the summary list row whose key is `key`, or nullopt.
std::optional<std::string> summary_value(const html::Document& page, const std::string& key) {
  for (const auto* row : page.select(".govuk-summary-list__row")) {
    const auto* key_cell = row->select_one(".govuk-summary-list__key");
    if (key_cell && key_cell->normalised_text() == key)
      return row->select_one(".govuk-summary-list__value")->normalised_text();
  }
  return std::nullopt;
}

// The items of the list in the summary list row whose key is `key`.
std::vector<std::string> summary_items(const html::Document& page, const std::string& key) {
  std::vector<std::string> items;
  for (const auto* row : page.select(".govuk-summary-list__row")) {
    const auto* key_cell = row->select_one(".govuk-summary-list__key");
    if (!key_cell || key_cell->normalised_text() != key) continue;
    for (const auto* item : row->select(".govuk-summary-list__value li"))
      items.push_back(item->normalised_text());
  }
  return items;
}

// Where each link of the error summary goes, in order.
std::vector<std::string> error_links(const html::Document& page) {
  std::vector<std::string> links;
  for (const auto* link : page.select(".govuk-error-summary a"))
    links.push_back(link->attribute("href").value_or(""));
  return links;
}

std::string banner(const html::Document& page) {
  const auto* heading =
      page.select_one(".govuk-notification-banner--success .govuk-notification-banner__heading");
  return heading ? heading->normalised_text() : "";
}

std::string input_value(const html::Document& page, const std::string& name) {
  const auto* field = page.select_one("input[name=" + name + "]");
  return field ? field->attribute("value").value_or("") : "<no such input>";
}

class AdminPagesTest : public LiveServerTest {
 protected:
  Browser admin() { return sign_in(server_->port(), "admin@northbrook.example"); }

  // The id in the link of the users list row for `email`; 0 when it is not listed.
  static std::int64_t user_id_of(const Browser& browser, const std::string& email) {
    const auto page = html::Document::parse(browser.get("/admin/users").body);
    for (const auto* row : page.select("main table tbody tr")) {
      const auto cells = row->child_elements();
      if (cells.size() < 2 || cells[1]->normalised_text() != email) continue;
      const std::string href = cells[0]->select_one("a")->attribute("href").value_or("");
      return std::stoll(href.substr(href.rfind('/') + 1));
    }
    return 0;
  }

  // The newest emails in the outbox, read straight from the database.
  std::vector<QueuedEmail> recent_emails() {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    std::vector<QueuedEmail> emails;
    Status read = storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      emails = transaction.outbox().recent(10);
      return ok_status();
    });
    EXPECT_TRUE(read.ok());
    return emails;
  }

  std::size_t emails_to(const std::string& address) {
    const auto emails = recent_emails();
    return static_cast<std::size_t>(
        std::count_if(emails.begin(), emails.end(),
                      [&](const QueuedEmail& queued) { return queued.email.to == address; }));
  }
};

TEST_P(AdminPagesTest, InvitingAUserListsThemAsInvitedAndQueuesTheirInvitationEmail) {
  const Browser browser = admin();
  const auto form = html::Document::parse(browser.get("/admin/users/invite").body);
  std::vector<std::string> roles;
  for (const auto* box : form.select("input[type=checkbox][name=roles]"))
    roles.push_back(box->attribute("value").value_or(""));
  EXPECT_EQ(roles,
            (std::vector<std::string>{"admin", "manager", "committee", "notifier", "contributor",
                                      "lead", "reviewer", "trainer", "signatory"}));
  EXPECT_NE(form.select_one("select[name=agency] option[value=POLICE]"), nullptr);
  EXPECT_NE(form.select_one("select[name=signs_for] option[value=police]"), nullptr);

  const HttpResult invited =
      browser.post("/admin/users/invite", {{"name", "Jo Bloggs"},
                                           {"email", " Jo.Bloggs@Northbrook.example "},
                                           {"roles", "contributor"},
                                           {"roles", "reviewer"},
                                           {"agency", "POLICE"}});
  ASSERT_EQ(invited.status, 303) << invited.body;
  const std::string location = invited.header("location");
  EXPECT_EQ(location.rfind("/admin/users?done=invited&user=", 0), 0u) << location;

  const auto list = html::Document::parse(browser.get(location).body);
  EXPECT_EQ(banner(list), "Invitation sent to jo.bloggs@northbrook.example");
  const auto rows = table_rows(list);
  auto row = std::find_if(rows.begin(), rows.end(), [](const auto& cells) {
    return cells.at(1) == "jo.bloggs@northbrook.example";
  });
  ASSERT_NE(row, rows.end());
  EXPECT_EQ(*row, (std::vector<std::string>{"Jo Bloggs", "jo.bloggs@northbrook.example",
                                            "Agency contributor, Reviewer", "Northbrook Police",
                                            "Invited"}));
  const std::int64_t jo = user_id_of(browser, "jo.bloggs@northbrook.example");
  EXPECT_NE(list.select_one("main table a[href=/admin/users/" + std::to_string(jo) + "]"), nullptr);

  const auto emails = recent_emails();
  auto invitation = std::find_if(emails.begin(), emails.end(), [](const QueuedEmail& queued) {
    return queued.email.to == "jo.bloggs@northbrook.example";
  });
  ASSERT_NE(invitation, emails.end());
  EXPECT_NE(invitation->email.body.find("/accept-invitation?token="), std::string::npos)
      << invitation->email.body;

  // A banner only for the flags the page knows, and only about its own partnership's users.
  EXPECT_EQ(banner(html::Document::parse(browser.get("/admin/users?done=nonsense").body)), "");
  EXPECT_EQ(
      banner(html::Document::parse(browser.get("/admin/users?done=invited&user=999999").body)), "");
}

// Rule SIGN-1: an administrator makes someone a partner's signatory, with the partner, and the
// user's page shows it.
TEST_P(AdminPagesTest, AnAdministratorGrantsThePartnerSignatoryRoleWithItsPartner) {
  const Browser browser = admin();
  const HttpResult invited =
      browser.post("/admin/users/invite", {{"name", "Pat Signer"},
                                           {"email", "pat@northbrook.example"},
                                           {"roles", "committee"},
                                           {"agency", ""},
                                           {"signs_for", ""}});
  ASSERT_EQ(invited.status, 303) << invited.body;
  const std::int64_t pat = user_id_of(browser, "pat@northbrook.example");
  const std::string path = "/admin/users/" + std::to_string(pat);
  const HttpResult granted = browser.post(
      path + "/roles",
      {{"roles", "committee"}, {"roles", "signatory"}, {"agency", ""}, {"signs_for", "health"}});
  ASSERT_EQ(granted.status, 303) << granted.body;
  const auto page = html::Document::parse(browser.get(path).body);
  EXPECT_EQ(summary_value(page, "Signs for"), "Health");
  const HttpResult without_partner =
      browser.post(path + "/roles", {{"roles", "signatory"}, {"agency", ""}, {"signs_for", ""}});
  EXPECT_EQ(without_partner.status, 422);
  EXPECT_EQ(error_links(html::Document::parse(without_partner.body)),
            std::vector<std::string>{"#signs_for"});
}

TEST_P(AdminPagesTest, AnInvalidInvitationIsShownAgainWithItsErrorsAndCreatesNothing) {
  const Browser browser = admin();
  const std::size_t users_before =
      table_rows(html::Document::parse(browser.get("/admin/users").body)).size();
  struct Case {
    FormFields fields;
    std::vector<std::string> error_links;
  };
  const std::vector<Case> cases = {
      {{{"name", "Sam Smith"}, {"email", "sam@northbrook.example"}, {"agency", ""}}, {"#roles"}},
      {{{"name", "Sam Smith"}, {"email", "not an email"}, {"roles", "manager"}, {"agency", ""}},
       {"#email"}},
      {{{"name", "Sam Smith"},
        {"email", "sam@northbrook.example"},
        {"roles", "contributor"},
        {"agency", ""}},
       {"#agency"}},
      {{{"name", ""}, {"email", ""}, {"roles", "manager"}, {"agency", ""}}, {"#email", "#name"}},
      // Rule SIGN-1: a partner signatory needs the partner they sign for.
      {{{"name", "Sam Smith"},
        {"email", "sam@northbrook.example"},
        {"roles", "signatory"},
        {"agency", ""},
        {"signs_for", ""}},
       {"#signs_for"}},
  };
  for (const Case& test_case : cases) {
    const HttpResult response = browser.post("/admin/users/invite", test_case.fields);
    EXPECT_EQ(response.status, 422) << test_case.error_links.front();
    const auto page = html::Document::parse(response.body);
    EXPECT_EQ(error_links(page), test_case.error_links);
    EXPECT_EQ(page.select_one("title")->normalised_text().rfind("Error: Invite a user", 0), 0u);
    for (const std::string& link : test_case.error_links) {
      EXPECT_NE(page.select_one(link + "-error"), nullptr) << "no error message at " << link;
      EXPECT_NE(page.select_one(link), nullptr) << "the summary links to nothing: " << link;
    }
    // What was typed is kept.
    EXPECT_EQ(input_value(page, "email"), test_case.fields[1].second);
  }
  const auto kept =
      html::Document::parse(browser.post("/admin/users/invite", cases[2].fields).body);
  EXPECT_TRUE(kept.select_one("input[name=roles][value=contributor]")->has_attribute("checked"));

  // An email that has an account already: said at the email field.
  const HttpResult taken =
      browser.post("/admin/users/invite", {{"name", "Someone"},
                                           {"email", "manager@northbrook.example"},
                                           {"roles", "trainer"},
                                           {"agency", ""}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(error_links(html::Document::parse(taken.body)), std::vector<std::string>{"#email"});

  EXPECT_EQ(table_rows(html::Document::parse(browser.get("/admin/users").body)).size(),
            users_before);
  EXPECT_EQ(emails_to("sam@northbrook.example"), 0u);
  EXPECT_EQ(emails_to("manager@northbrook.example"), 0u);
}

TEST_P(AdminPagesTest, ChangingRolesSavesThemAndAnAgencyRoleNeedsAnAgency) {
  const Browser browser = admin();
  const std::int64_t manager = user_id_of(browser, "manager@northbrook.example");
  ASSERT_NE(manager, 0);
  const std::string path = "/admin/users/" + std::to_string(manager);
  const auto before = html::Document::parse(browser.get(path).body);
  EXPECT_EQ(summary_value(before, "Roles"), "Partnership business manager");
  EXPECT_TRUE(before.select_one("input[name=roles][value=manager]")->has_attribute("checked"));
  EXPECT_EQ(before.select_one("form[action=" + path + "/roles]") != nullptr, true);

  HttpResult changed =
      browser.post(path + "/roles", {{"roles", "manager"}, {"roles", "committee"}, {"agency", ""}});
  ASSERT_EQ(changed.status, 303) << changed.body;
  EXPECT_EQ(changed.header("location"), path + "?done=roles-changed");
  const auto after = html::Document::parse(browser.get(changed.header("location")).body);
  EXPECT_EQ(banner(after), "Roles and agency saved");
  EXPECT_EQ(
      summary_items(after, "Roles"),
      (std::vector<std::string>{"Partnership business manager", "Case Review Committee member"}));

  const HttpResult without_agency =
      browser.post(path + "/roles", {{"roles", "lead"}, {"agency", ""}});
  EXPECT_EQ(without_agency.status, 422);
  const auto refused = html::Document::parse(without_agency.body);
  EXPECT_EQ(error_links(refused), std::vector<std::string>{"#agency"});
  EXPECT_TRUE(refused.select_one("input[name=roles][value=lead]")->has_attribute("checked"));
  EXPECT_EQ(
      summary_items(refused, "Roles"),
      (std::vector<std::string>{"Partnership business manager", "Case Review Committee member"}));

  changed = browser.post(path + "/roles", {{"roles", "lead"}, {"agency", "HOSPITAL"}});
  ASSERT_EQ(changed.status, 303);
  const auto lead = html::Document::parse(browser.get(path).body);
  EXPECT_EQ(summary_value(lead, "Roles"), "Agency strategic lead");
  EXPECT_EQ(summary_value(lead, "Agency"), "Northbrook Hospitals NHS Trust");
  EXPECT_NE(lead.select_one("select[name=agency] option[value=HOSPITAL][selected]"), nullptr);

  // An administrator cannot take away their own administrator role.
  const std::int64_t self = user_id_of(browser, "admin@northbrook.example");
  const HttpResult own = browser.post("/admin/users/" + std::to_string(self) + "/roles",
                                      {{"roles", "manager"}, {"agency", ""}});
  EXPECT_EQ(own.status, 422);
  EXPECT_EQ(error_links(html::Document::parse(own.body)), std::vector<std::string>{"#roles"});
}

TEST_P(AdminPagesTest, DeactivatingAnAccountAsksFirstThenShowsItDeactivated) {
  const Browser browser = admin();
  const std::int64_t trainer = user_id_of(browser, "trainer@northbrook.example");
  const std::string path = "/admin/users/" + std::to_string(trainer);
  const auto user_page = html::Document::parse(browser.get(path).body);
  EXPECT_EQ(summary_value(user_page, "Status"), "Active");
  ASSERT_NE(user_page.select_one("a[href=" + path + "/deactivate]"), nullptr);

  const HttpResult question = browser.get(path + "/deactivate");
  EXPECT_EQ(question.status, 200);
  const auto confirmation = html::Document::parse(question.body);
  EXPECT_EQ(confirmation.select_one("main h1")->normalised_text(),
            "Are you sure you want to deactivate this account?");
  EXPECT_NE(confirmation.select_one("form[action=" + path + "/deactivate] button"), nullptr);
  EXPECT_NE(confirmation.select_one("main a[href=" + path + "]"), nullptr);

  const HttpResult deactivated = browser.post(path + "/deactivate", {});
  ASSERT_EQ(deactivated.status, 303);
  const auto after = html::Document::parse(browser.get(deactivated.header("location")).body);
  EXPECT_EQ(banner(after), "Account deactivated");
  EXPECT_EQ(summary_value(after, "Status"), "Deactivated");
  EXPECT_EQ(after.select_one("a[href=" + path + "/deactivate]"), nullptr);
  const auto rows = table_rows(html::Document::parse(browser.get("/admin/users").body));
  auto row = std::find_if(rows.begin(), rows.end(), [](const auto& cells) {
    return cells.at(1) == "trainer@northbrook.example";
  });
  ASSERT_NE(row, rows.end());
  EXPECT_EQ(row->back(), "Deactivated");
  EXPECT_THROW(sign_in(server_->port(), "trainer@northbrook.example"), std::runtime_error);

  // Not their own account: no button, and the use case refuses (409).
  const std::string own =
      "/admin/users/" + std::to_string(user_id_of(browser, "admin@northbrook.example"));
  EXPECT_EQ(
      html::Document::parse(browser.get(own).body).select_one("a[href=" + own + "/deactivate]"),
      nullptr);
  EXPECT_EQ(browser.post(own + "/deactivate", {}).status, 409);
}

TEST_P(AdminPagesTest, ResettingAnAuthenticatorAppAsksFirstAndEmailsTheirOwner) {
  const Browser manager = sign_in(server_->port(), "manager@northbrook.example");
  const Browser browser = admin();
  const std::string path =
      "/admin/users/" + std::to_string(user_id_of(browser, "manager@northbrook.example"));
  const auto user_page = html::Document::parse(browser.get(path).body);
  EXPECT_EQ(summary_value(user_page, "Authenticator app"), "Set up");
  ASSERT_NE(user_page.select_one("a[href=" + path + "/reset-second-factor]"), nullptr);
  const auto confirmation = html::Document::parse(browser.get(path + "/reset-second-factor").body);
  EXPECT_NE(confirmation.select_one("form[action=" + path + "/reset-second-factor] button"),
            nullptr);

  const HttpResult reset = browser.post(path + "/reset-second-factor", {});
  ASSERT_EQ(reset.status, 303);
  const auto after = html::Document::parse(browser.get(reset.header("location")).body);
  EXPECT_EQ(banner(after), "Authenticator app reset");
  EXPECT_EQ(summary_value(after, "Authenticator app"), "Not set up");
  EXPECT_EQ(emails_to("manager@northbrook.example"), 1u);
  // Their session has ended: the next page is the public one.
  EXPECT_NE(html::Document::parse(manager.get("/").body).select_one("a[href=/sign-in]"), nullptr);
}

TEST_P(AdminPagesTest, SettingsAreSavedAndOutOfRangeValuesRefused) {
  const Browser browser = admin();
  const auto defaults = html::Document::parse(browser.get("/admin/settings").body);
  EXPECT_EQ(input_value(defaults, "name"), "Northbrook Safeguarding Children Partnership");
  EXPECT_EQ(input_value(defaults, "notify_working_days"), "5");
  EXPECT_EQ(input_value(defaults, "review_months"), "12");
  // Courses are for the partnership's own workforce unless it says otherwise.
  EXPECT_TRUE(defaults.select_one("input[name=course_booking][value=own_workforce]")
                  ->has_attribute("checked"));
  const auto* months = defaults.select_one("input[name=review_months]")
                           ->parent()
                           ->select_one(".govuk-input__suffix");
  ASSERT_NE(months, nullptr);
  EXPECT_EQ(months->normalised_text(), "months");

  FormFields fields = {{"name", "Northbrook Partnership"},
                       {"notify_working_days", "7"},
                       {"rapid_review_working_days", "15"},
                       {"agency_response_working_days", "5"},
                       {"review_months", "9"},
                       {"publication_notice_working_days", "0"},
                       {"course_booking", "any_partnership"},
                       {"chronology_working_days", "20"},
                       {"monitoring_check_weeks", "6"},
                       {"independence_years", "5"},
                       {"recommendations_before_warning", "12"},
                       {"rag_red_calendar_days", "50"},
                       {"rag_amber_calendar_days", "25"},
                       {"rag_amber_due_working_days", "5"},
                       {"evidence_file_megabytes", "10"},
                       {"document_years", "7"},
                       {"yearly_report_send_calendar_days", "10"},
                       {"cancellation_cutoff_working_days", "4"},
                       {"charge_half_day_pounds", "45"},
                       {"charge_full_day_pounds", "90"},
                       {"first_reminder_working_days", "8"},
                       {"second_reminder_working_days", "1"},
                       {"certificates_need_attendance_code", "yes"},
                       {"review_methodologies", "SILP\n Appreciative inquiry \n"},
                       {"report_sections", "Summary\n\n What happened \nLearning\nSummary"}};
  const HttpResult saved = browser.post("/admin/settings", fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto after = html::Document::parse(browser.get(saved.header("location")).body);
  EXPECT_EQ(banner(after), "Settings saved");
  EXPECT_EQ(input_value(after, "name"), "Northbrook Partnership");
  EXPECT_EQ(input_value(after, "notify_working_days"), "7");
  EXPECT_EQ(input_value(after, "review_months"), "9");
  // Rule RPT-2: the warning's threshold, counted in recommendations.
  EXPECT_EQ(input_value(after, "recommendations_before_warning"), "12");
  // Rule REV-1: the methodologies offered, one a line.
  ASSERT_NE(after.select_one("textarea[name=review_methodologies]"), nullptr);
  EXPECT_EQ(after.select_one("textarea[name=review_methodologies]")->normalised_text(),
            "SILP Appreciative inquiry");
  // Rule RPT-1: the report's template, one section a line, blank lines and repeats dropped.
  ASSERT_NE(after.select_one("textarea[name=report_sections]"), nullptr);
  EXPECT_EQ(after.select_one("textarea[name=report_sections]")->normalised_text(),
            "Summary What happened Learning");
  EXPECT_EQ(input_value(after, "publication_notice_working_days"), "0");
  // Rule ACT-3: the RAG rating's numbers.
  EXPECT_EQ(input_value(after, "rag_amber_calendar_days"), "25");
  EXPECT_EQ(input_value(after, "evidence_file_megabytes"), "10");
  // Rule PUB-4.
  EXPECT_EQ(input_value(after, "document_years"), "7");
  // Rule YR-1.
  EXPECT_EQ(input_value(after, "yearly_report_send_calendar_days"), "10");
  // Rule TRN-2 and Rule TRN-9, shown under Training with their unit.
  EXPECT_EQ(input_value(after, "cancellation_cutoff_working_days"), "4");
  EXPECT_EQ(input_value(after, "charge_half_day_pounds"), "45");
  EXPECT_EQ(input_value(after, "charge_full_day_pounds"), "90");
  EXPECT_EQ(input_value(after, "first_reminder_working_days"), "8");  // Rule TRN-6
  EXPECT_EQ(input_value(after, "second_reminder_working_days"), "1");
  const auto* pounds = after.select_one("input[name=charge_full_day_pounds]")
                           ->parent()
                           ->select_one(".govuk-input__suffix");
  ASSERT_NE(pounds, nullptr);
  EXPECT_EQ(pounds->normalised_text(), "pounds");
  // Rule TRN-5: the one checkbox, ticked.
  EXPECT_TRUE(after.select_one("input[name=certificates_need_attendance_code][value=yes]")
                  ->has_attribute("checked"));
  EXPECT_TRUE(after.select_one("input[name=course_booking][value=any_partnership]")
                  ->has_attribute("checked"));

  fields[1].second = "31";
  fields[4].second = "twelve";
  fields[6].second = "everyone";
  fields.back().second = " \n ";
  fields[12].second = "50";  // amber no sooner than red (Rule ACT-3)
  const HttpResult refused = browser.post("/admin/settings", fields);
  EXPECT_EQ(refused.status, 422);
  const auto page = html::Document::parse(refused.body);
  EXPECT_EQ(error_links(page),
            (std::vector<std::string>{"#notify_working_days", "#review_months", "#course_booking",
                                      "#rag_amber_calendar_days", "#report_sections"}));
  EXPECT_EQ(input_value(page, "notify_working_days"), "31");
  EXPECT_NE(page.select_one("#notify_working_days-error"), nullptr);
  EXPECT_EQ(input_value(html::Document::parse(browser.get("/admin/settings").body),
                        "notify_working_days"),
            "7");
}

TEST_P(AdminPagesTest, AgenciesCanBeAddedAndATakenCodeIsRefused) {
  const Browser browser = admin();
  EXPECT_EQ(table_rows(html::Document::parse(browser.get("/admin/agencies").body)).size(), 6u);

  const HttpResult added = browser.post(
      "/admin/agencies", {{"code", "YOUTH-JUST"}, {"name", "Northbrook Youth Justice Service"}});
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(added.header("location"), "/admin/agencies?done=added&agency=YOUTH-JUST");
  const auto after = html::Document::parse(browser.get(added.header("location")).body);
  EXPECT_EQ(banner(after), "Agency added: Northbrook Youth Justice Service");
  auto rows = table_rows(after);
  EXPECT_EQ(rows.size(), 7u);
  EXPECT_NE(std::find(rows.begin(), rows.end(),
                      std::vector<std::string>{"YOUTH-JUST", "Northbrook Youth Justice Service"}),
            rows.end());
  EXPECT_NE(html::Document::parse(browser.get("/admin/users/invite").body)
                .select_one("option[value=YOUTH-JUST]"),
            nullptr);

  const HttpResult taken =
      browser.post("/admin/agencies", {{"code", "POLICE"}, {"name", "Another police force"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(error_links(html::Document::parse(taken.body)), std::vector<std::string>{"#code"});
  const HttpResult invalid = browser.post("/admin/agencies", {{"code", "police!"}, {"name", ""}});
  EXPECT_EQ(invalid.status, 422);
  const auto page = html::Document::parse(invalid.body);
  EXPECT_EQ(error_links(page), (std::vector<std::string>{"#code", "#name"}));
  EXPECT_EQ(input_value(page, "code"), "police!");
  EXPECT_EQ(table_rows(html::Document::parse(browser.get("/admin/agencies").body)).size(), 7u);
}

TEST_P(AdminPagesTest, TheAuditLogShowsSignInsAndInvitationsAndFiltersThem) {
  const Browser browser = admin();
  ASSERT_EQ(browser
                .post("/admin/users/invite", {{"name", "Jo Bloggs"},
                                              {"email", "jo@northbrook.example"},
                                              {"roles", "trainer"},
                                              {"agency", ""}})
                .status,
            303);
  const std::string jo = std::to_string(user_id_of(browser, "jo@northbrook.example"));

  // Columns: when, who, role, action, entity, outcome, address, detail.
  const auto everything = html::Document::parse(browser.get("/admin/audit-log").body);
  const auto rows = table_rows(everything);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().at(3), "create") << "newest first";
  EXPECT_EQ(rows.front().at(4), "user " + jo);
  EXPECT_EQ(rows.front().at(1), "admin@northbrook.example");
  EXPECT_EQ(rows.front().at(2), "admin");
  EXPECT_EQ(rows.front().at(5), "success");
  EXPECT_EQ(rows.front().at(7), "jo@northbrook.example as trainer");
  EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const auto& cells) {
    return cells.at(3) == "sign-in" && cells.at(1) == "admin@northbrook.example" &&
           cells.at(5) == "success";
  }));
  EXPECT_NE(everything.select_one("main table time[datetime]"), nullptr);

  const auto created = html::Document::parse(browser.get("/admin/audit-log?action=create").body);
  const auto created_rows = table_rows(created);
  ASSERT_EQ(created_rows.size(), 1u);
  EXPECT_EQ(created_rows.front().at(4), "user " + jo);
  EXPECT_EQ(input_value(created, "action"), "create");
  EXPECT_EQ(created.select_one("#audit-count")->normalised_text(), "1 entry");

  const auto sign_ins = table_rows(html::Document::parse(
      browser.get("/admin/audit-log?email=ADMIN%40northbrook.example&entity=session&action=sign-in")
          .body));
  ASSERT_FALSE(sign_ins.empty());
  for (const auto& cells : sign_ins) EXPECT_EQ(cells.at(3), "sign-in");

  EXPECT_FALSE(
      table_rows(html::Document::parse(
                     browser.get("/admin/audit-log?from-day=1&from-month=1&from-year=2000").body))
          .empty());
  const auto long_ago = html::Document::parse(
      browser
          .get(
              "/admin/"
              "audit-log?from-day=1&from-month=1&from-year=2000&to-day=31&to-month=12&to-year=2000")
          .body);
  EXPECT_TRUE(table_rows(long_ago).empty());
  EXPECT_EQ(long_ago.select_one("#audit-count")->normalised_text(),
            "No entries match your search.");
}

// Rule UK-TIME: a day searched for is a day in the UK, and times are shown in UK time, on each side
// of the clocks going forward (30 March 2025) and back (26 October 2025) at 01:00 GMT.
TEST_P(AdminPagesTest, TheAuditLogCountsDaysAndShowsTimesInUkTime) {
  {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    Status written =
        storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          const Id northbrook =
              transaction.partnerships().find_by_code(demonstration_partnership_code)->id;
          const Caller nobody{.client_address = "192.0.2.1"};
          for (const auto& [at, name] :
               {std::pair<const char*, const char*>{"2025-01-15T12:00:00Z", "winter"},
                {"2025-03-30T00:30:00Z", "before-spring"},
                {"2025-06-30T23:30:00Z", "summer"},
                {"2025-10-26T00:30:00Z", "before-autumn"}}) {
            record_audit(transaction, nobody, *parse_instant(at),
                         {"test-time", "clock", name, "success", "", northbrook});
          }
          for (int i = 0; i < 201; ++i) {
            record_audit(transaction, nobody, *parse_instant("2025-05-01T09:00:00Z"),
                         {"test-many", "clock", std::to_string(i), "success", "", northbrook});
          }
          return ok_status();
        });
    ASSERT_TRUE(written.ok()) << written.error().message;
  }
  const Browser browser = admin();
  auto on = [&](const std::string& day, const std::string& month) {
    std::string query = "/admin/audit-log?action=test-time&from-day=" + day +
                        "&from-month=" + month + "&from-year=2025&to-day=" + day +
                        "&to-month=" + month + "&to-year=2025";
    std::vector<std::pair<std::string, std::string>> found;  // entity, when
    for (const auto& cells : table_rows(html::Document::parse(browser.get(query).body))) {
      found.emplace_back(cells.at(4), cells.at(0));
    }
    return found;
  };
  using Found = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(on("15", "1"), (Found{{"clock winter", "15 January 2025 at 12:00:00pm"}}));
  EXPECT_EQ(on("30", "3"), (Found{{"clock before-spring", "30 March 2025 at 12:30:00am"}}));
  EXPECT_EQ(on("1", "7"), (Found{{"clock summer", "1 July 2025 at 12:30:00am"}}));
  EXPECT_EQ(on("30", "6"), Found{});
  EXPECT_EQ(on("26", "10"), (Found{{"clock before-autumn", "26 October 2025 at 1:30:00am"}}));
  EXPECT_EQ(on("25", "10"), Found{});

  // At most 200 entries, and a line saying there are more.
  const auto many = html::Document::parse(browser.get("/admin/audit-log?action=test-many").body);
  const auto rows = table_rows(many);
  ASSERT_EQ(rows.size(), 200u);
  EXPECT_EQ(rows.front().at(4), "clock 200") << "newest first";
  EXPECT_EQ(many.select_one("#audit-count")->normalised_text(),
            "Showing the newest 200 entries. Narrow your search to see older ones.");
}

TEST_P(AdminPagesTest, TheAuditLogRefusesDatesThatAreNotReal) {
  const Browser browser = admin();
  struct Case {
    std::string query;
    std::string link;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"from-day=31&from-month=2&from-year=2025", "#from-day", "Start date must be a real date"},
      {"from-day=1&from-month=&from-year=2025", "#from-month", "Start date must include a month"},
      {"to-day=1&to-month=4&to-year=25", "#to-year",
       "The year of the end date must include 4 numbers"},
      {"from-day=2&from-month=4&from-year=2025&to-day=1&to-month=4&to-year=2025", "#to-day",
       "End date must be the same as or after the start date"},
  };
  for (const Case& test_case : cases) {
    const HttpResult response = browser.get("/admin/audit-log?" + test_case.query);
    EXPECT_EQ(response.status, 422) << test_case.query;
    const auto page = html::Document::parse(response.body);
    EXPECT_EQ(error_links(page), std::vector<std::string>{test_case.link}) << test_case.query;
    const auto* summary_link = page.select_one(".govuk-error-summary a");
    ASSERT_NE(summary_link, nullptr);
    EXPECT_EQ(summary_link->normalised_text(), test_case.message);
    EXPECT_NE(page.select_one(test_case.link), nullptr) << "the summary links to nothing";
    EXPECT_TRUE(table_rows(page).empty());
  }
}

TEST_P(AdminPagesTest, EveryAdminPageIsWellFormedWithOneHeadingAndNoInlineScript) {
  const Browser browser = admin();
  const std::string manager =
      "/admin/users/" + std::to_string(user_id_of(browser, "manager@northbrook.example"));
  for (const std::string& target :
       {std::string("/admin/users"), std::string("/admin/users/invite"), manager,
        manager + "/deactivate", manager + "/reset-second-factor", std::string("/admin/agencies"),
        std::string("/admin/settings"), std::string("/admin/audit-log")}) {
    const HttpResult response = browser.get(target);
    EXPECT_EQ(response.status, 200) << target;
    const auto page = html::Document::parse(response.body);
    EXPECT_TRUE(page.errors().empty()) << target << ": " << page.errors().front();
    EXPECT_EQ(page.select("main h1").size(), 1u) << target;
    for (const auto* script : page.select("script"))
      EXPECT_TRUE(script->has_attribute("src")) << target;
    for (const auto* form : page.select("main form[method=post]")) {
      EXPECT_NE(form->select_one("input[name=csrf_token]"), nullptr) << target;
    }
  }
}

TEST_P(AdminPagesTest, EveryAdminPageRefusesAnyoneButAnAdministrator) {
  const std::vector<std::string> pages = {"/admin/users",
                                          "/admin/users/invite",
                                          "/admin/users/1",
                                          "/admin/users/1/deactivate",
                                          "/admin/users/1/reset-second-factor",
                                          "/admin/agencies",
                                          "/admin/settings",
                                          "/admin/audit-log"};
  const std::vector<std::string> forms = {
      "/admin/users/invite",       "/admin/users/1/roles",
      "/admin/users/1/deactivate", "/admin/users/1/reset-second-factor",
      "/admin/agencies",           "/admin/settings"};
  for (const std::string email : {"learner@northbrook.example", "manager@northbrook.example"}) {
    const Browser browser = sign_in(server_->port(), email);
    for (const std::string& page : pages)
      EXPECT_EQ(browser.get(page).status, 403) << email << " " << page;
    for (const std::string& form : forms) {
      EXPECT_EQ(
          browser.post(form, {{"roles", "admin"}, {"code", "ROGUE"}, {"name", "Rogue"}}).status,
          403)
          << email << " " << form;
    }
    EXPECT_EQ(html::Document::parse(browser.get("/").body).select_one("a[href=/admin/users]"),
              nullptr);
  }
  const HttpResult anonymous = get("/admin/users");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.header("location").rfind("/sign-in?return-to=", 0), 0u);
}

TEST_P(AdminPagesTest, AUserOfAnotherPartnershipIsNotFound) {
  std::int64_t stranger = 0;
  {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    Status made = storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
      auto partnership = transaction.partnerships().add(
          "SOUTHMOOR", "Southmoor Safeguarding Children Partnership");
      if (!partnership) return partnership.error();
      Account account;
      account.user.partnership_id = partnership.value().id;
      account.user.email = "manager@southmoor.example";
      account.user.name = "Southmoor manager";
      account.user.roles = {Role::manager};
      account.status = AccountStatus::active;
      auto created = transaction.accounts().create(
          account, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
      if (!created) return created.error();
      stranger = created.value().user.id;
      return ok_status();
    });
    ASSERT_TRUE(made.ok()) << made.error().message;
  }
  const Browser browser = admin();
  const std::string path = "/admin/users/" + std::to_string(stranger);
  EXPECT_EQ(browser.get(path).status, 404);
  EXPECT_EQ(browser.get(path + "/deactivate").status, 404);
  EXPECT_EQ(browser.get(path + "/reset-second-factor").status, 404);
  EXPECT_EQ(browser.post(path + "/roles", {{"roles", "manager"}, {"agency", ""}}).status, 404);
  EXPECT_EQ(browser.post(path + "/deactivate", {}).status, 404);
  EXPECT_EQ(browser.post(path + "/reset-second-factor", {}).status, 404);
  EXPECT_EQ(user_id_of(browser, "manager@southmoor.example"), 0);
  EXPECT_EQ(emails_to("manager@southmoor.example"), 0u);
}

INSTANTIATE_TEST_SUITE_P(Engines, AdminPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
