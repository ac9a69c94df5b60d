// The fixture of the storage suite: a fresh, migrated database of the engine under test. Every
// TEST_P written against it runs once on SQLite and once on PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "app/embedded_files.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"
#include "support/test_database.hpp"

namespace casereview::store {

class StorageTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    database_ = std::make_unique<testing_support::TestDatabase>(GetParam());
    SKIP_UNLESS_AVAILABLE(*database_);
    storage_ = std::make_unique<SqlStorage>(parse_database_url(database_->url()).value());
    auto migrated = migrate(*storage_, migrations_from(embedded_files()));
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
  }

  // Runs `work` in a write transaction and fails the test if it does not commit.
  void in_transaction(const std::function<void(Transaction&)>& work) {
    Status status =
        storage_->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          work(transaction);
          return ok_status();
        });
    ASSERT_TRUE(status.ok()) << status.error().message;
  }

  std::unique_ptr<testing_support::TestDatabase> database_;
  std::unique_ptr<SqlStorage> storage_;
};

}  // namespace casereview::store
