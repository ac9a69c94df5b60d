// Options: command line over environment over configuration file over defaults, and clear
// errors that name the option.
#include "cli/options.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace casereview::cli {
namespace {

const std::vector<OptionSpec> specs = {
    {"database", "URL", "sqlite:var/casereview.db", "Database."},
    {"port", "N", "8080", "Port."},
    {"verbose", "", "", "Flag."},
};

class OptionsTest : public ::testing::Test {
 protected:
  void TearDown() override {
    unsetenv("CASEREVIEW_PORT");
    unsetenv("CASEREVIEW_CONFIG");
    unsetenv("CASEREVIEW_DATABASE_URL");
  }
};

TEST_F(OptionsTest, UsesDefaultsWhenNothingIsGiven) {
  auto options = Options::parse(specs, {});
  ASSERT_TRUE(options.ok());
  EXPECT_EQ(options.value().get("port"), "8080");
  EXPECT_FALSE(options.value().has("verbose"));
}

TEST_F(OptionsTest, CommandLineBeatsEnvironmentWhichBeatsTheConfigurationFile) {
  const auto path = std::filesystem::temp_directory_path() / "casereview-options-test.conf";
  std::ofstream(path) << "# settings\nport = 7000\ndatabase = sqlite:/tmp/from-file.db\n";
  setenv("CASEREVIEW_CONFIG", path.c_str(), 1);
  setenv("CASEREVIEW_PORT", "7100", 1);
  auto from_environment = Options::parse(specs, {});
  ASSERT_TRUE(from_environment.ok());
  EXPECT_EQ(from_environment.value().get("port"), "7100");
  EXPECT_EQ(from_environment.value().get("database"), "sqlite:/tmp/from-file.db");
  auto from_command_line = Options::parse(specs, {"--port", "7200", "--verbose"});
  ASSERT_TRUE(from_command_line.ok());
  EXPECT_EQ(from_command_line.value().get("port"), "7200");
  EXPECT_TRUE(from_command_line.value().has("verbose"));
  std::filesystem::remove(path);
}

TEST_F(OptionsTest, TheDatabaseComesFromCaseReviewDatabaseUrl) {
  setenv("CASEREVIEW_DATABASE_URL", "postgresql://casereview@127.0.0.1:5432/casereview", 1);
  auto options = Options::parse(specs, {});
  EXPECT_EQ(options.value().get("database"), "postgresql://casereview@127.0.0.1:5432/casereview");
}

TEST_F(OptionsTest, RefusesAnUnknownOptionOrAMissingValueNamingIt) {
  auto unknown = Options::parse(specs, {"--colour", "red"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().fields[0].field, "colour");
  auto missing = Options::parse(specs, {"--port"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields[0].field, "port");
}

TEST_F(OptionsTest, RefusesANumberOutOfRangeNamingTheOption) {
  auto options = Options::parse(specs, {"--port=99999"});
  ASSERT_TRUE(options.ok());
  auto port = options.value().integer("port", 1, 65535);
  ASSERT_FALSE(port.ok());
  EXPECT_EQ(port.error().fields[0].field, "port");
  EXPECT_NE(port.error().fields[0].message.find("1 to 65535"), std::string::npos);
}

TEST_F(OptionsTest, RefusesAnUnknownSettingInTheConfigurationFile) {
  const auto path = std::filesystem::temp_directory_path() / "casereview-options-bad.conf";
  std::ofstream(path) << "prot = 7000\n";
  auto options = Options::parse(specs, {"--config", path.string()});
  ASSERT_FALSE(options.ok());
  EXPECT_NE(options.error().fields[0].message.find("line 1"), std::string::npos);
  std::filesystem::remove(path);
}

TEST_F(OptionsTest, HelpDescribesEveryOptionWithItsEnvironmentVariable) {
  const std::string help = describe_options(specs);
  EXPECT_NE(help.find("--database URL"), std::string::npos);
  EXPECT_NE(help.find("CASEREVIEW_DATABASE_URL"), std::string::npos);
  EXPECT_NE(help.find("CASEREVIEW_PORT"), std::string::npos);
  EXPECT_NE(help.find("(default: 8080)"), std::string::npos);
}

}  // namespace
}  // namespace casereview::cli
