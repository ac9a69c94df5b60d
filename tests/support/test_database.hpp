// Fresh, empty databases for tests, on each engine: a new SQLite file in a temporary folder, or a
// new database in the throwaway PostgreSQL cluster that scripts/test.sh starts (its admin URL in
// CASEREVIEW_TEST_POSTGRESQL_URL). Each is removed when the TestDatabase goes away.
//
// Storage suites are written once and instantiated for both engines with
//   INSTANTIATE_TEST_SUITE_P(Engines, MySuite, testing::ValuesIn(test_engines()),
//   engine_test_name);
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace casereview::testing_support {

// "sqlite" and "postgresql".
std::vector<std::string> test_engines();
std::string engine_test_name(const ::testing::TestParamInfo<std::string>& info);

class TestDatabase {
 public:
  // Creates the database. For "postgresql" without CASEREVIEW_TEST_POSTGRESQL_URL, available()
  // is false and tests should GTEST_SKIP (make test always sets it, so nothing is skipped there).
  explicit TestDatabase(const std::string& engine);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  bool available() const { return !url_.empty(); }
  // Loads the demonstration data (`casereview demo`), by copy_template on SQLite.
  void load_demonstration();
  // On SQLite, makes this database a copy of the template `kind`: the first caller for a given
  // program and day fills it with `make(database_url)` under a file lock, so that tests running in
  // parallel make it once; each database is then a file copy, milliseconds instead of the third of
  // a second demo takes. Its name holds the sizes and modification times of this test program, of
  // CASEREVIEW_BINARY and of the data key file, and the UTC date, so a rebuilt program, another key
  // or a new day (the demonstration's deadlines count from today) makes a new one. On PostgreSQL
  // it calls `make` on this database (a template copy is no quicker there). Throws what `make`
  // throws.
  void copy_template(const std::string& kind,
                     const std::function<void(const std::string& database_url)>& make);
  const std::string& url() const { return url_; }
  const std::string& engine() const { return engine_; }

 private:
  std::string engine_;
  std::string url_;
  std::string folder_;         // SQLite
  std::string database_name_;  // PostgreSQL
};

// Skips the current test when `database` is not available, saying why.
#define SKIP_UNLESS_AVAILABLE(database)                                                        \
  if (!(database).available()) {                                                               \
    GTEST_SKIP() << "CASEREVIEW_TEST_POSTGRESQL_URL is not set; run the tests with make test"; \
  }

}  // namespace casereview::testing_support
