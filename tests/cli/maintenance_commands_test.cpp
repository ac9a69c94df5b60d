// Looking after the database (issue 17): `casereview backup` and `restore` on SQLite, PostgreSQL's
// pg_dump and pg_restore as docs/operations.md gives them, and `casereview rekey`, each run as a
// person would run it, against a database holding the demonstration data.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/embedded_files.hpp"
#include "app/security/field_cipher.hpp"
#include "store/database_census.hpp"
#include "store/migrator.hpp"
#include "store/sql.hpp"
#include "store/sql_storage.hpp"
#include "support/fixture_files.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace casereview::cli {
namespace {

using testing_support::run_casereview;

std::filesystem::perms permissions_of(const std::string& path) {
  return std::filesystem::status(path).permissions();
}

constexpr auto owner_only =
    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write;

std::unique_ptr<store::SqlStorage> open_storage(const std::string& url) {
  auto storage = std::make_unique<store::SqlStorage>(store::parse_database_url(url).value());
  auto migrated = store::migrate(*storage, store::migrations_from(embedded_files()));
  if (!migrated) throw std::runtime_error(migrated.error().message);
  return storage;
}

std::map<std::string, std::int64_t> census(const std::string& url) {
  auto storage = open_storage(url);
  return store::count_rows_by_table(*storage).value();
}

// "N tables, M rows" as a command printed it.
std::string summary_in(const std::string& output) {
  std::smatch found;
  if (!std::regex_search(output, found, std::regex(R"([0-9,]+ tables, [0-9,]+ rows)"))) return "";
  return found.str();
}

// A folder of its own for each test's files, removed afterwards.
class Folder {
 public:
  Folder() {
    path_ =
        std::filesystem::temp_directory_path() /
        ("casereview-maintenance-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(path_);
  }
  ~Folder() { std::filesystem::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

// A backup taken while another connection goes on writing audit entries is one consistent moment
// (its chain verifies), and a database restored from it holds every row the copy held.
TEST(BackupAndRestore, ACopyTakenWhileWritingRestoresWithEveryRowAndAVerifyingChain) {
  testing_support::TestDatabase database("sqlite");
  database.load_demonstration();
  Folder folder;
  const std::string copy = folder.file("copy.db");

  std::atomic<bool> writing{true};
  std::atomic<int> written{0};
  std::thread writer([&] {
    auto storage = open_storage(database.url());
    SystemClock clock;
    while (writing) {
      const Status status =
          storage->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
            record_audit(transaction, Caller{}, clock.now(),
                         {.action = audit_action::view,
                          .entity = audit_entity::database,
                          .detail = "written during the backup"});
            return ok_status();
          });
      if (status) ++written;
      // A busy server's pace: SQLite's busy handler lets another process in between commits.
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  while (written < 20) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::string output;
  const int backed_up =
      run_casereview({"backup", "--database", database.url(), "--to", copy}, output);
  const int written_before_copy_ended = written;
  while (written < written_before_copy_ended + 20)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  writing = false;
  writer.join();
  ASSERT_EQ(backed_up, 0) << output;
  const std::string backup_summary = summary_in(output);
  ASSERT_NE(backup_summary, "") << output;
  EXPECT_EQ(permissions_of(copy) & std::filesystem::perms::all, owner_only);
  EXPECT_FALSE(std::filesystem::exists(copy + ".partial"));
  EXPECT_FALSE(std::filesystem::exists(copy + "-wal"));

  const std::map<std::string, std::int64_t> copied = census("sqlite:" + copy);
  const std::string restored = folder.file("restored.db");
  ASSERT_EQ(run_casereview({"restore", "--from", copy, "--database", "sqlite:" + restored}, output),
            0)
      << output;
  EXPECT_EQ(summary_in(output), backup_summary) << output;
  EXPECT_NE(
      output.find("audit log verified: " + std::to_string(copied.at("audit_log")) + " entries"),
      std::string::npos)
      << output;
  EXPECT_EQ(permissions_of(restored) & std::filesystem::perms::all, owner_only);
  std::map<std::string, std::int64_t> after = census("sqlite:" + restored);
  ASSERT_EQ(after.size(), copied.size());
  --after.at("audit_log");  // the restore's own entry
  EXPECT_EQ(after, copied);
  EXPECT_GT(copied.at("case_children"), 0);

  // The copy is behind the original by what was written after it, and both chains verify, each
  // with the backup or restore recorded in it.
  EXPECT_GT(census(database.url()).at("audit_log"), copied.at("audit_log"));
  for (const std::string& url : {database.url(), "sqlite:" + restored}) {
    ASSERT_EQ(run_casereview({"audit", "verify", "--database", url}, output), 0) << output;
  }
  auto original = open_storage(database.url());
  const auto entries = verify_audit_log(*original).value();
  EXPECT_FALSE(entries.first_bad_sequence);
}

TEST(BackupAndRestore, RefuseToWriteOverAFileOrToReadWhatIsNotADatabaseChangingNothing) {
  testing_support::TestDatabase database("sqlite");
  database.load_demonstration();
  Folder folder;
  const std::string existing = folder.file("existing.db");
  std::ofstream(existing) << "keep me";
  std::string output;
  EXPECT_EQ(run_casereview({"backup", "--database", database.url(), "--to", existing}, output), 1);
  EXPECT_NE(output.find("--to: " + existing + " already exists"), std::string::npos) << output;
  EXPECT_EQ(testing_support::file_text(existing), "keep me");

  const std::string mistyped = folder.file("no-such.db");
  EXPECT_EQ(
      run_casereview({"backup", "--database", "sqlite:" + mistyped, "--to", folder.file("copy.db")},
                     output),
      1);
  EXPECT_NE(output.find("--database: Cannot read " + mistyped), std::string::npos) << output;
  EXPECT_FALSE(std::filesystem::exists(mistyped));
  EXPECT_FALSE(std::filesystem::exists(folder.file("copy.db")));

  EXPECT_EQ(
      run_casereview(
          {"restore", "--from", existing, "--database", "sqlite:" + folder.file("new.db")}, output),
      1);
  EXPECT_NE(output.find("--from: Cannot read " + existing), std::string::npos) << output;
  EXPECT_FALSE(std::filesystem::exists(folder.file("new.db")));

  const std::string copy = folder.file("copy.db");
  ASSERT_EQ(run_casereview({"backup", "--database", database.url(), "--to", copy}, output), 0)
      << output;
  const auto before = census(database.url());
  EXPECT_EQ(run_casereview({"restore", "--from", copy, "--database", database.url()}, output), 1);
  EXPECT_NE(output.find("already exists"), std::string::npos) << output;
  EXPECT_EQ(census(database.url()), before);

  EXPECT_EQ(run_casereview({"backup", "--database", "postgresql://localhost/none", "--to",
                            folder.file("pg.dump")},
                           output),
            1);
  EXPECT_NE(output.find("pg_dump --format=custom"), std::string::npos) << output;
}

// PostgreSQL's own tools, as docs/operations.md gives them: a dump restored into a new database
// holds every row, and its audit chain verifies.
TEST(BackupAndRestore, PostgreSQLDumpRestoresWithEveryRowAndAVerifyingChain) {
  testing_support::TestDatabase database("postgresql");
  SKIP_UNLESS_AVAILABLE(database);
  database.load_demonstration();
  testing_support::TestDatabase restored("postgresql");
  Folder folder;
  const std::string dump = folder.file("casereview.dump");
  const std::string dump_command =
      "pg_dump --format=custom --file '" + dump + "' '" + database.url() + "' 2>&1";
  ASSERT_EQ(std::system(dump_command.c_str()), 0) << dump_command;
  const std::string restore_command =
      "pg_restore --no-owner --dbname '" + restored.url() + "' '" + dump + "' 2>&1";
  ASSERT_EQ(std::system(restore_command.c_str()), 0) << restore_command;
  std::string output;
  ASSERT_EQ(run_casereview({"audit", "verify", "--database", restored.url()}, output), 0) << output;
  const auto original = census(database.url());
  EXPECT_EQ(census(restored.url()), original);
  EXPECT_GT(original.at("case_children"), 0);
}

// Every value in every text column that begins "v1.<id>." — a value sealed under that key,
// wherever it is.
std::int64_t values_sealed_under(store::SqlStorage& storage, int key_id) {
  const bool sqlite = storage.engine_kind() == store::Engine::sqlite;
  Poco::Data::Session session = storage.session();
  const std::string prefix = "v1." + std::to_string(key_id) + ".";
  std::int64_t found = 0;
  const std::map<std::string, std::int64_t> tables = store::count_rows_by_table(storage).value();
  for (const auto& [table, rows] : tables) {
    const auto columns = store::query(
        session,
        sqlite ? "SELECT name FROM pragma_table_info($1)"
               : "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                 "current_schema() AND table_name = $1",
        {table});
    for (const store::Row& column : columns) {
      found += store::query(session,
                            "SELECT COUNT(*) FROM \"" + table + "\" WHERE substr(CAST(\"" +
                                column.text(0) + "\" AS TEXT), 1, " +
                                std::to_string(prefix.size()) + ") = $1",
                            {prefix})
                   .at(0)
                   .integer(0);
    }
  }
  return found;
}

// Every child's details, opened with `cipher`, in key order.
std::vector<std::string> children_opened(store::SqlStorage& storage,
                                         const security::FieldCipher& cipher) {
  Poco::Data::Session session = storage.session();
  std::vector<std::string> opened;
  for (const store::Row& row : store::query(
           session,
           "SELECT given_name, family_name, date_of_birth, sex, ethnicity, home_local_authority "
           "FROM case_children ORDER BY case_id, position")) {
    for (std::size_t column = 0; column < 6; ++column) {
      auto value = cipher.open(row.text(column));
      opened.push_back(value ? value.value() : "UNREADABLE: " + value.error().message);
    }
  }
  return opened;
}

class RekeyTest : public ::testing::TestWithParam<std::string> {};

// A rotation as docs/operations.md gives it: a new key above the old in the key file, then rekey.
// Afterwards no value anywhere is under the old key, the new key alone opens every child's
// details as they were, a second run finds nothing to do, and the audit chain verifies.
TEST_P(RekeyTest, ReSealsEveryValueUnderTheNewKeySoTheNewKeyAloneOpensThem) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  database.load_demonstration();
  const std::string old_key_file = std::getenv("CASEREVIEW_DATA_KEY_FILE");
  const auto old_key = security::FieldCipher::from_key_file(old_key_file).value();
  ASSERT_EQ(old_key.key_id(), 1);
  auto storage = open_storage(database.url());
  Poco::Data::Session session = storage->session();
  // A notification draft too, the other table with sealed values.
  store::execute(session,
                 "INSERT INTO notification_drafts (user_id, partnership_id, sealed_answers, "
                 "updated_at) SELECT id, partnership_id, $1, '2026-12-01T09:00:00Z' FROM users "
                 "WHERE partnership_id IS NOT NULL ORDER BY id LIMIT 1",
                 {old_key.seal("{\"child\":\"Amelia\"}")});
  const std::vector<std::string> before = children_opened(*storage, old_key);
  const std::int64_t sealed_values = values_sealed_under(*storage, 1);
  ASSERT_EQ(sealed_values, static_cast<std::int64_t>(before.size()) + 1);

  Folder folder;
  const std::string new_key_text = security::FieldCipher::new_key_file_text(2);
  const std::string keyring = folder.file("data.key");
  std::ofstream(keyring) << new_key_text << testing_support::file_text(old_key_file);
  std::filesystem::permissions(keyring, owner_only);
  std::string output;
  ASSERT_EQ(
      run_casereview({"rekey", "--database", database.url(), "--data-key-file", keyring}, output),
      0)
      << output;
  EXPECT_NE(output.find(std::to_string(sealed_values) +
                        " values re-sealed under data key 2; 0 remain under older keys"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find("no value needs data key 1"), std::string::npos) << output;
  EXPECT_EQ(values_sealed_under(*storage, 1), 0);

  const std::string new_only = folder.file("new.key");
  std::ofstream(new_only) << new_key_text;
  std::filesystem::permissions(new_only, owner_only);
  const auto new_key = security::FieldCipher::from_key_file(new_only).value();
  EXPECT_EQ(children_opened(*storage, new_key), before);
  const auto draft = store::query(session, "SELECT sealed_answers FROM notification_drafts");
  ASSERT_EQ(draft.size(), 1u);
  EXPECT_EQ(new_key.open(draft.at(0).text(0)).value(), "{\"child\":\"Amelia\"}");

  ASSERT_EQ(
      run_casereview({"rekey", "--database", database.url(), "--data-key-file", new_only}, output),
      0)
      << output;
  EXPECT_NE(output.find("0 values re-sealed under data key 2; 0 remain"), std::string::npos)
      << output;
  ASSERT_EQ(run_casereview({"audit", "verify", "--database", database.url()}, output), 0) << output;
}

// With only the new key in the file, the old values cannot be opened: rekey stops, names the
// column (never a value), and leaves the values as they were.
TEST_P(RekeyTest, StopsWithoutChangingAValueItCannotOpen) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  database.load_demonstration();
  auto storage = open_storage(database.url());
  const std::int64_t sealed_values = values_sealed_under(*storage, 1);
  ASSERT_GT(sealed_values, 0);
  Folder folder;
  const std::string new_only = folder.file("new.key");
  std::ofstream(new_only) << security::FieldCipher::new_key_file_text(2);
  std::filesystem::permissions(new_only, owner_only);
  std::string output;
  EXPECT_EQ(
      run_casereview({"rekey", "--database", database.url(), "--data-key-file", new_only}, output),
      1);
  EXPECT_NE(output.find("A value in case_children.given_name cannot be re-sealed"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find("data key 1, which is not in the data key file"), std::string::npos)
      << output;
  EXPECT_EQ(values_sealed_under(*storage, 1), sealed_values);
  EXPECT_EQ(values_sealed_under(*storage, 2), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, RekeyTest, ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::cli
