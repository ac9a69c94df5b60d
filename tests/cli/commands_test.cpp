// The program's subcommands run as a person would run them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace casereview::cli {
namespace {

using testing_support::run_casereview;

class CommandsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CommandsTest, MigrateIsSafeToRunTwice) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  std::string output;
  ASSERT_EQ(run_casereview({"migrate", "--database", database.url()}, output), 0) << output;
  EXPECT_NE(output.find("migrated from version 0"), std::string::npos) << output;
  ASSERT_EQ(run_casereview({"migrate", "--database", database.url()}, output), 0) << output;
  EXPECT_NE(output.find("up to date"), std::string::npos) << output;
}

TEST_P(CommandsTest, DemoLoadsOnceAndListsTheAccounts) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  std::string output;
  ASSERT_EQ(run_casereview({"demo", "--database", database.url()}, output), 0) << output;
  EXPECT_NE(output.find("Demonstration data loaded."), std::string::npos);
  EXPECT_NE(output.find("NBP"), std::string::npos);
  for (const char* role : {"admin", "manager", "committee", "notifier", "contributor", "lead",
                           "reviewer", "trainer", "learner", "panel", "inspector"}) {
    EXPECT_NE(output.find(std::string("  ") + role + "  "), std::string::npos) << role;
  }
  ASSERT_EQ(run_casereview({"demo", "--database", database.url()}, output), 0) << output;
  EXPECT_NE(output.find("already loaded"), std::string::npos);
}

// The data key: without one, neither command starts (children's details are never stored in
// clear); with a key readable by others, neither does.
TEST_P(CommandsTest, ServeAndDemoRefuseToStartWithoutAUsableDataKey) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  const char* configured = std::getenv("CASEREVIEW_DATA_KEY_FILE");
  ASSERT_NE(configured, nullptr) << "ctest gives the tests a data key";
  const std::string key_file = configured;
  unsetenv("CASEREVIEW_DATA_KEY_FILE");
  std::string output;
  EXPECT_EQ(run_casereview({"demo", "--database", database.url()}, output), 2);
  EXPECT_NE(output.find("--data-key-file"), std::string::npos) << output;
  EXPECT_EQ(run_casereview({"serve", "--database", database.url(), "--port", "1"}, output), 2);
  EXPECT_NE(output.find("--data-key-file"), std::string::npos) << output;
  const std::string open_key = key_file + ".open";
  std::filesystem::copy_file(key_file, open_key, std::filesystem::copy_options::overwrite_existing);
  std::filesystem::permissions(open_key, std::filesystem::perms::others_read,
                               std::filesystem::perm_options::add);
  EXPECT_EQ(
      run_casereview({"demo", "--database", database.url(), "--data-key-file", open_key}, output),
      2);
  EXPECT_NE(output.find("owner only"), std::string::npos) << output;
  std::filesystem::remove(open_key);
  setenv("CASEREVIEW_DATA_KEY_FILE", key_file.c_str(), 1);
  EXPECT_EQ(run_casereview({"demo", "--database", database.url()}, output), 0) << output;
}

INSTANTIATE_TEST_SUITE_P(Engines, CommandsTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

TEST(Commands, RefuseABadDatabaseUrlNamingTheOption) {
  std::string output;
  EXPECT_EQ(run_casereview({"migrate", "--database", "mysql://nowhere"}, output), 1);
  EXPECT_NE(output.find("database: Database URL must be"), std::string::npos) << output;
}

TEST(Commands, RefuseAnUnknownCommandOrOptionWithUsage) {
  std::string output;
  EXPECT_EQ(run_casereview({"frobnicate"}, output), 2);
  EXPECT_NE(output.find("Usage: casereview COMMAND"), std::string::npos);
  EXPECT_EQ(run_casereview({"serve", "--colour", "red"}, output), 2);
  EXPECT_NE(output.find("Unknown option --colour"), std::string::npos);
}

TEST(Commands, ServeHelpDocumentsEveryOption) {
  std::string output;
  ASSERT_EQ(run_casereview({"serve", "--help"}, output), 0);
  for (const char* option :
       {"--database URL", "--port N", "--threads N", "--queue N", "--keep-alive-requests N",
        "--max-body-bytes N", "CASEREVIEW_PORT", "--config FILE"}) {
    EXPECT_NE(output.find(option), std::string::npos) << option;
  }
}

TEST(Commands, ServeRefusesAPortInUse) {
  testing_support::TestDatabase database("sqlite");
  testing_support::ServerProcess first(database.url());
  std::string output;
  EXPECT_EQ(
      run_casereview(
          {"serve", "--database", database.url(), "--port", std::to_string(first.port())}, output),
      1);
  EXPECT_NE(output.find("cannot listen"), std::string::npos) << output;
}

}  // namespace
}  // namespace casereview::cli
