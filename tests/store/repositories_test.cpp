// The partnership, agency and user repositories on both engines: what goes in comes out, taken
// codes and emails are refused without changing anything, and one partnership never sees
// another's rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

using RepositoriesTest = StorageTest;

TEST_P(RepositoriesTest, AddsAndFindsPartnerships) {
  in_transaction([](Transaction& transaction) {
    auto added =
        transaction.partnerships().add("NBP", "Northbrook Safeguarding Children Partnership");
    ASSERT_TRUE(added.ok());
    EXPECT_GT(added.value().id, 0);
    auto found = transaction.partnerships().find_by_code("NBP");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, "Northbrook Safeguarding Children Partnership");
    EXPECT_EQ(transaction.partnerships().find(added.value().id)->code, "NBP");
    EXPECT_FALSE(transaction.partnerships().find_by_code("NOPE").has_value());
  });
}

TEST_P(RepositoriesTest, RefusesATakenPartnershipCodeAndKeepsTheFirst) {
  in_transaction([](Transaction& transaction) {
    ASSERT_TRUE(transaction.partnerships().add("NBP", "First").ok());
  });
  Status second =
      storage_->transact(TransactionMode::write, [](Transaction& transaction) -> Status {
        auto added = transaction.partnerships().add("NBP", "Second");
        if (!added) return added.error();
        return ok_status();
      });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::wrong_state);
  in_transaction([](Transaction& transaction) {
    auto all = transaction.partnerships().list();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].name, "First");
  });
}

TEST_P(RepositoriesTest, RollsBackEverythingWhenTheWorkFails) {
  Status outcome =
      storage_->transact(TransactionMode::write, [](Transaction& transaction) -> Status {
        EXPECT_TRUE(transaction.partnerships().add("AAA", "Kept only if all succeeds").ok());
        return Error::invalid({{"name", "Enter a name"}});
      });
  ASSERT_FALSE(outcome.ok());
  in_transaction(
      [](Transaction& transaction) { EXPECT_TRUE(transaction.partnerships().list().empty()); });
}

TEST_P(RepositoriesTest, AgenciesOfOnePartnershipAreInvisibleToAnother) {
  Id north = 0;
  Id south = 0;
  Id north_agency = 0;
  in_transaction([&](Transaction& transaction) {
    north = transaction.partnerships().add("NORTH", "North").value().id;
    south = transaction.partnerships().add("SOUTH", "South").value().id;
    north_agency = transaction.agencies().add(north, "POLICE", "North Police").value().id;
    ASSERT_TRUE(transaction.agencies().add(south, "POLICE", "South Police").ok());
  });
  in_transaction([&](Transaction& transaction) {
    auto north_agencies = transaction.agencies().list(north);
    ASSERT_EQ(north_agencies.size(), 1u);
    EXPECT_EQ(north_agencies[0].name, "North Police");
    EXPECT_TRUE(transaction.agencies().find(north, north_agency).has_value());
    EXPECT_FALSE(transaction.agencies().find(south, north_agency).has_value());
    EXPECT_EQ(transaction.agencies().find_by_code(south, "POLICE")->name, "South Police");
  });
}

TEST_P(RepositoriesTest, RefusesATakenAgencyCodeWithinAPartnership) {
  in_transaction([](Transaction& transaction) {
    const Id id = transaction.partnerships().add("NBP", "Northbrook").value().id;
    ASSERT_TRUE(transaction.agencies().add(id, "CSC", "Children's Social Care").ok());
  });
  Status second =
      storage_->transact(TransactionMode::write, [](Transaction& transaction) -> Status {
        const Id id = transaction.partnerships().find_by_code("NBP")->id;
        auto added = transaction.agencies().add(id, "CSC", "Another");
        if (!added) return added.error();
        return ok_status();
      });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::wrong_state);
}

constexpr int writers = 8;
constexpr int each = 10;

// Runs `write(writer, i)` for each of `each` writes of each of `writers` threads at once, every
// write its own transaction; returns how many failed.
int failed_concurrent_writes(SqlStorage& storage,
                             const std::function<Status(Transaction&, int, int)>& write) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int writer = 0; writer < writers; ++writer) {
    threads.emplace_back([&, writer] {
      for (int i = 0; i < each; ++i) {
        Status status = storage.transact(TransactionMode::write, [&](Transaction& transaction) {
          return write(transaction, writer, i);
        });
        if (!status) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  return failures.load();
}

// Many writers at once: every write lands exactly once (no lost update, no duplicate, no error).
TEST_P(RepositoriesTest, ConcurrentWritersNeitherLoseNorDuplicateWrites) {
  Id partnership = 0;
  in_transaction([&](Transaction& transaction) {
    partnership = transaction.partnerships().add("NBP", "Northbrook").value().id;
  });
  EXPECT_EQ(failed_concurrent_writes(*storage_,
                                     [&](Transaction& transaction, int writer, int i) -> Status {
                                       auto added = transaction.agencies().add(
                                           partnership,
                                           "A" + std::to_string(writer) + "-" + std::to_string(i),
                                           "Agency");
                                       if (!added) return added.error();
                                       return ok_status();
                                     }),
            0);
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.agencies().list(partnership).size(),
              static_cast<std::size_t>(writers * each));
  });
}

// Themes added at once each get a place of their own after the seeded ones, in the order they
// were added (MAX(position) + 1 gave two of them one place on PostgreSQL).
TEST_P(RepositoriesTest, ThemesAddedAtOnceEachTakeAPlaceOfTheirOwn) {
  EXPECT_EQ(failed_concurrent_writes(
                *storage_,
                [](Transaction& transaction, int writer, int i) -> Status {
                  const std::string number = std::to_string(writer) + "-" + std::to_string(i);
                  if (!transaction.library().add_theme("added-theme-" + number, "Added " + number))
                    return Error::invalid({{"theme", "not added"}});
                  return ok_status();
                }),
            0);
  Poco::Data::Session session = storage_->session();
  EXPECT_EQ(query(session,
                  "SELECT COUNT(*) FROM (SELECT position FROM library_themes GROUP BY position "
                  "HAVING COUNT(*) > 1) AS shared")
                .at(0)
                .integer(0),
            0);
  in_transaction([&](Transaction& transaction) {
    const std::vector<LibraryTheme> themes = transaction.library().themes();
    ASSERT_GE(themes.size(), static_cast<std::size_t>(writers * each));
    EXPECT_EQ(themes.front().slug, "neglect");  // the seeded ones first, in their order
    EXPECT_EQ(std::count_if(themes.begin(), themes.end(),
                            [](const LibraryTheme& theme) {
                              return theme.slug.rfind("added-theme-", 0) == 0;
                            }),
              writers * each);
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, RepositoriesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
