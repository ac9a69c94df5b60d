#include "support/test_database.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Exception.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <stdexcept>

#include "store/database_url.hpp"
#include "support/server_process.hpp"

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

// Size and modification time of a file, as text ("" when it does not exist).
std::string file_stamp(const char* path) {
  std::error_code error;
  if (!path || !std::filesystem::exists(path, error)) return "";
  const auto size = std::filesystem::file_size(path, error);
  const auto time = std::filesystem::last_write_time(path, error).time_since_epoch().count();
  return std::string(path) + ":" + std::to_string(size) + ":" + std::to_string(time);
}

// What the demonstration template is named after (see load_demonstration): hex of a hash.
std::string template_key() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::string identity = file_stamp("/proc/self/exe") + "|" +
                               file_stamp(std::getenv("CASEREVIEW_BINARY")) + "|" +
                               file_stamp(std::getenv("CASEREVIEW_DATA_KEY_FILE")) + "|" +
                               std::to_string(today.time_since_epoch().count());
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string>{}(identity));
  return hex;
}

// Runs `make` while holding an exclusive lock on `lock_path` (released when the process ends,
// even by a crash).
void with_file_lock(const std::string& lock_path, const std::function<void()>& make) {
  const int descriptor = open(lock_path.c_str(), O_CREAT | O_RDWR, 0600);
  if (descriptor < 0) throw std::runtime_error("cannot open " + lock_path);
  flock(descriptor, LOCK_EX);
  try {
    make();
  } catch (...) {
    close(descriptor);
    throw;
  }
  close(descriptor);
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

void TestDatabase::load_demonstration() {
  copy_template("demo", [](const std::string& database_url) {
    std::string output;
    if (run_casereview({"demo", "--database", database_url}, output) != 0)
      throw std::runtime_error("casereview demo failed:\n" + output);
  });
}

void TestDatabase::copy_template(const std::string& kind,
                                 const std::function<void(const std::string&)>& make) {
  if (engine_ != "sqlite") {
    // On PostgreSQL a copy of a template costs as much as making it afresh (CREATE DATABASE
    // writes every page to the write-ahead log), so each database is made directly.
    make(url_);
    return;
  }
  const std::string name = "casereview-" + kind + "-" + template_key();
  const std::filesystem::path temporary = std::filesystem::temp_directory_path();
  const std::filesystem::path made = temporary / (name + ".db");
  with_file_lock((temporary / (name + ".lock")).string(), [&] {
    if (std::filesystem::exists(made)) return;
    const std::filesystem::path making = temporary / (name + ".making.db");
    std::filesystem::remove(making);
    make("sqlite:" + making.string());
    // The database is closed: its write-ahead log is folded in and removed.
    std::filesystem::rename(making, made);
  });
  std::filesystem::copy_file(made, folder_ + "/test.db",
                             std::filesystem::copy_options::overwrite_existing);
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
