// Re-sealing under a new key while others write (store/sealed_values.hpp, issue 17): a row changed
// between rekey's read and its write keeps what the other writer wrote, and is counted; every
// other row is re-sealed; batches walk past rows already done.
#include "store/sealed_values.hpp"

#include <gtest/gtest.h>

#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

class SealedValuesTest : public StorageTest {
 protected:
  // Five users, each with a notification draft sealed "v1.1.<user>".
  void add_drafts() {
    Poco::Data::Session session = storage_->session();
    execute(session, "INSERT INTO partnerships (code, name) VALUES ('SV', 'Sealed values')");
    const std::int64_t partnership =
        query(session, "SELECT id FROM partnerships WHERE code = 'SV'").at(0).integer(0);
    for (int user = 1; user <= 5; ++user) {
      execute(session,
              "INSERT INTO users (partnership_id, email, name) VALUES ($1, $2, 'Drafting')",
              {partnership, "u" + std::to_string(user) + "@example.org"});
      execute(session,
              "INSERT INTO notification_drafts (user_id, partnership_id, sealed_answers, "
              "updated_at) SELECT id, partnership_id, $1, '2026-12-01T09:00:00Z' FROM users "
              "WHERE email = $2",
              {"v1.1.draft" + std::to_string(user), "u" + std::to_string(user) + "@example.org"});
    }
  }

  std::vector<std::string> drafts() {
    Poco::Data::Session session = storage_->session();
    std::vector<std::string> values;
    for (const Row& row :
         query(session, "SELECT sealed_answers FROM notification_drafts ORDER BY user_id"))
      values.push_back(row.text(0));
    return values;
  }
};

TEST_P(SealedValuesTest, ARowChangedMeanwhileKeepsTheOtherWritersValue) {
  add_drafts();
  bool changed = false;
  // "Re-seals" by renaming the key; on the third value, another connection (the server) saves
  // that draft again first, as a person going on with their notification would.
  const Reseal reseal = [&](const std::string& sealed) -> Result<std::string> {
    if (sealed == "v1.1.draft3" && !changed) {
      Poco::Data::Session server = storage_->session();
      execute(server,
              "UPDATE notification_drafts SET sealed_answers = 'v1.1.saved-meanwhile' WHERE "
              "sealed_answers = 'v1.1.draft3'");
      changed = true;
    }
    return "v1.2." + sealed.substr(5);
  };
  auto count = reseal_values(*storage_, "v1.2.", reseal, /*batch_rows=*/2);
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_EQ(count.value().resealed, 4);
  EXPECT_EQ(count.value().changed_meanwhile, 1);
  EXPECT_EQ(drafts(),
            (std::vector<std::string>{"v1.2.draft1", "v1.2.draft2", "v1.1.saved-meanwhile",
                                      "v1.2.draft4", "v1.2.draft5"}));
  EXPECT_EQ(count_values_under_other_keys(*storage_, "v1.2.").value(), 1);

  // Run again, it picks up the one left.
  count = reseal_values(*storage_, "v1.2.", reseal, 2);
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(count.value().resealed, 1);
  EXPECT_EQ(count_values_under_other_keys(*storage_, "v1.2.").value(), 0);
}

TEST_P(SealedValuesTest, StopsAtAValueItCannotResealKeepingTheBatchesBefore) {
  add_drafts();
  const Reseal reseal = [](const std::string& sealed) -> Result<std::string> {
    if (sealed == "v1.1.draft4") return Error::of(ErrorCode::internal, "cannot open it");
    return "v1.2." + sealed.substr(5);
  };
  auto count = reseal_values(*storage_, "v1.2.", reseal, 2);
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().message,
            "A value in notification_drafts.sealed_answers cannot be re-sealed: cannot open it");
  EXPECT_EQ(drafts(), (std::vector<std::string>{"v1.2.draft1", "v1.2.draft2", "v1.1.draft3",
                                                "v1.1.draft4", "v1.1.draft5"}));
}

INSTANTIATE_TEST_SUITE_P(Engines, SealedValuesTest,
                         testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
