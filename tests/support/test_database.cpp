#include "support/test_database.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Exception.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "store/database_url.hpp"

namespace casereview::testing_support {

namespace {

std::atomic<int> counter{0};

// The admin URL with its database name replaced by `database`.
std::string with_database(const std::string& admin_url, const std::string& database) {
  const auto slash = admin_url.rfind('/');
  return admin_url.substr(0, slash + 1) + database;
}

// Runs one statement on the cluster's admin database. Poco's what() holds only the exception's
// name, so the message is rethrown with its detail.
void run_admin(const std::string& admin_url, const std::string& sql) {
  static std::once_flag once;
  std::call_once(once, [] { Poco::Data::PostgreSQL::Connector::registerConnector(); });
  try {
    Poco::Data::Session session("PostgreSQL",
                                store::parse_database_url(admin_url).value().connection);
    session << sql, Poco::Data::Keywords::now;
  } catch (const Poco::Exception& error) {
    throw std::runtime_error(sql + ": " + error.displayText());
  }
}

}  // namespace

std::vector<std::string> test_engines() { return {"sqlite", "postgresql"}; }

std::string engine_test_name(const ::testing::TestParamInfo<std::string>& info) {
  return info.param;
}

TestDatabase::TestDatabase(const std::string& engine) : engine_(engine) {
  const std::string unique = std::to_string(getpid()) + "_" + std::to_string(counter++);
  if (engine == "sqlite") {
    folder_ = (std::filesystem::temp_directory_path() / ("casereview-test-" + unique)).string();
    std::filesystem::create_directories(folder_);
    url_ = "sqlite:" + folder_ + "/test.db";
    return;
  }
  const char* admin_url = std::getenv("CASEREVIEW_TEST_POSTGRESQL_URL");
  if (!admin_url || !*admin_url) return;
  database_name_ = "casereview_test_" + unique;
  // template0 accepts no connections, so tests running in parallel can copy it at the same time
  // (copying template1 fails while another session is connected to it).
  run_admin(admin_url, "CREATE DATABASE " + database_name_ + " TEMPLATE template0 ENCODING 'UTF8'");
  url_ = with_database(admin_url, database_name_);
}

TestDatabase::~TestDatabase() {
  if (!folder_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  if (!database_name_.empty()) {
    try {
      run_admin(std::getenv("CASEREVIEW_TEST_POSTGRESQL_URL"),
                "DROP DATABASE IF EXISTS " + database_name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
      // The cluster is thrown away at the end of the run anyway.
    }
  }
}

}  // namespace casereview::testing_support
