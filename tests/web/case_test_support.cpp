#include "case_test_support.hpp"

#include <Poco/JSON/Parser.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "app/clock.hpp"
#include "app/demonstration.hpp"
#include "app/security/password_hash.hpp"
#include "app/sessions.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"

namespace casereview::web {

namespace html = casereview::test::html;
using testing_support::HttpResult;

CaseServerTest::CaseServerTest() : now_(parse_instant("2026-03-02T09:00:00Z").value()) {
  static int counter = 0;
  clock_file_ =
      (std::filesystem::temp_directory_path() /
       ("casereview-cases-clock-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
          .string();
  std::ofstream(clock_file_) << format_instant(now_) << "\n";
}

CaseServerTest::~CaseServerTest() {
  std::error_code ignored;
  std::filesystem::remove(clock_file_, ignored);
}

std::vector<std::string> CaseServerTest::extra_arguments() const {
  return {"--clock-file", clock_file_};
}

SignedInBrowser CaseServerTest::sign_in(const std::string& email) {
  try {
    return testing_support::sign_in_with_authenticator(server_->port(), email,
                                                       demonstration_password, now_);
  } catch (const std::runtime_error& failure) {
    ADD_FAILURE() << failure.what();
    return SignedInBrowser{.port = server_->port()};
  }
}

std::string CaseServerTest::api_token(const std::string& email) {
  store::SqlStorage storage(store::parse_database_url(database_->url()).value());
  SystemClock clock;
  AppContext context{storage, clock, AppSettings{}};
  std::optional<Id> user_id;
  Status read = storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
    if (auto account = transaction.accounts().find_by_email(email)) user_id = account->user.id;
    return ok_status();
  });
  EXPECT_TRUE(read.ok() && user_id) << "no account " << email;
  if (!user_id) return "";
  auto created = create_api_token(context, Caller{}, *user_id, "case tests");
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
  return created.ok() ? created.value().token : "";
}

void CaseServerTest::add_account(const std::string& email, Role role,
                                 const std::string& partnership_code,
                                 const std::string& agency_code) {
  store::SqlStorage storage(store::parse_database_url(database_->url()).value());
  const std::string hash = security::hash_password(demonstration_password).value();
  Status added = storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    Account account;
    account.user.email = email;
    account.user.name = "Test " + std::string(role_title(role));
    account.user.roles = {role};
    if (!partnership_code.empty()) {
      auto partnership = transaction.partnerships().find_by_code(partnership_code);
      if (!partnership)
        partnership = TRY(
            transaction.partnerships().add(partnership_code, partnership_code + " Partnership"));
      account.user.partnership_id = partnership->id;
      if (!agency_code.empty()) {
        auto agency = transaction.agencies().find_by_code(partnership->id, agency_code);
        if (!agency)
          agency = TRY(
              transaction.agencies().add(partnership->id, agency_code, agency_code + " agency"));
        account.user.agency_id = agency->id;
      }
    }
    account.status = AccountStatus::active;
    account.password_hash = hash;
    TRY(transaction.accounts().create(account, now_));
    return ok_status();
  });
  ASSERT_TRUE(added.ok()) << added.error().message;
}

HttpResult CaseServerTest::api(const std::string& method, const std::string& target,
                               const std::string& token, const std::string& json_body) {
  return testing_support::http_request(server_->port(), method, target,
                                       {{"Authorization", "Bearer " + token}}, json_body,
                                       json_body.empty() ? "" : "application/json");
}

std::int64_t CaseServerTest::case_to_commission(const std::string& token) {
  const HttpResult listed = api("GET", "/api/v1/cases?stage=review_to_be_commissioned", token);
  EXPECT_EQ(listed.status, 200) << listed.body;
  auto list = json_of(listed)->getArray("cases");
  std::vector<std::int64_t> uncommissioned;
  for (std::size_t index = 0; index < list->size(); ++index) {
    const std::int64_t id = list->getObject(index)->getValue<std::int64_t>("id");
    if (api("GET", "/api/v1/cases/" + std::to_string(id) + "/review", token).status == 404)
      uncommissioned.push_back(id);
  }
  if (uncommissioned.size() != 1) {
    ADD_FAILURE() << "one case to commission: " << listed.body;
    return 0;
  }
  return uncommissioned.front();
}

std::int64_t CaseServerTest::commissioned_case(const std::string& token) {
  const std::int64_t id = case_to_commission(token);
  if (id == 0) return 0;
  const HttpResult commissioned =
      api("POST", "/api/v1/cases/" + std::to_string(id) + "/review", token,
          R"({"methodology": "SILP", "scope_from": "2020-01-01", "scope_to": "2025-12-31",
              "agency_ids": [1, 2], "rationale": "Two agencies knew the family.",
              "terms_of_reference": "## Lines"})");
  EXPECT_EQ(commissioned.status, 201) << commissioned.body;
  return id;
}

FormFields hidden_fields(const html::Document& page, const std::string& action) {
  FormFields fields;
  for (const auto* form : page.select("main form")) {
    if (form->attribute("action").value_or("") != action) continue;
    for (const auto* input : form->select("input[type=hidden]")) {
      fields.emplace_back(input->attribute("name").value_or(""),
                          input->attribute("value").value_or(""));
    }
    break;
  }
  return fields;
}

FormFields with_answers(FormFields fields, const FormFields& answers) {
  for (const auto& [name, value] : answers) {
    fields.erase(std::remove_if(fields.begin(), fields.end(),
                                [&](const auto& field) { return field.first == name; }),
                 fields.end());
  }
  for (const auto& answer : answers) fields.push_back(answer);
  return fields;
}

std::vector<std::pair<std::string, std::string>> error_summary(const html::Document& page) {
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto* link : page.select(".govuk-error-summary a")) {
    links.emplace_back(link->attribute("href").value_or(""), link->normalised_text());
  }
  return links;
}

std::vector<std::vector<std::string>> table_rows(const html::Document& page,
                                                 const std::string& caption) {
  std::vector<std::vector<std::string>> rows;
  for (const auto* table : page.select("main table")) {
    const auto* table_caption = table->select_one("caption");
    if (!caption.empty() && (!table_caption || table_caption->normalised_text() != caption))
      continue;
    for (const auto* row : table->select("tbody tr")) {
      std::vector<std::string> cells;
      for (const auto* cell : row->child_elements()) cells.push_back(cell->normalised_text());
      rows.push_back(cells);
    }
    break;
  }
  return rows;
}

std::optional<std::string> summary_value(const html::Document& page, const std::string& key) {
  for (const auto* row : page.select(".govuk-summary-list__row")) {
    const auto* key_cell = row->select_one(".govuk-summary-list__key");
    if (key_cell && key_cell->normalised_text() == key) {
      return row->select_one(".govuk-summary-list__value")->normalised_text();
    }
  }
  return std::nullopt;
}

std::string heading_text(const html::Document& page) {
  const auto* h1 = page.select_one("main h1");
  return h1 ? h1->normalised_text() : "";
}

Poco::JSON::Object::Ptr json_of(const testing_support::HttpResult& response) {
  return Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::string> problem_fields(const testing_support::HttpResult& response) {
  std::vector<std::string> fields;
  auto document = json_of(response);
  auto errors = document->getArray("errors");
  for (std::size_t index = 0; errors && index < errors->size(); ++index) {
    fields.push_back(
        errors->getObject(static_cast<unsigned>(index))->getValue<std::string>("field"));
  }
  return fields;
}

}  // namespace casereview::web
