// The SQLite database and its -wal and -shm files are readable by their owner only (issue 17,
// item 6): created so whatever the umask, and narrowed when an older file was wider.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/embedded_files.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"

namespace casereview::store {
namespace {

mode_t permissions_of(const std::filesystem::path& path) {
  struct stat status {};
  EXPECT_EQ(::stat(path.c_str(), &status), 0) << path;
  return status.st_mode & 0777;
}

class SqliteFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("casereview-file-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(folder_);
    previous_umask_ = ::umask(022);  // the usual umask, under which files are 0644
  }
  void TearDown() override {
    ::umask(previous_umask_);
    std::filesystem::remove_all(folder_);
  }

  // Opens the database, migrates it (which turns WAL on) and writes, so that all three files
  // exist, and keeps it open while the test looks at them.
  std::unique_ptr<SqlStorage> open_and_write(const std::filesystem::path& file) {
    auto storage =
        std::make_unique<SqlStorage>(parse_database_url("sqlite:" + file.string()).value());
    auto migrated = migrate(*storage, migrations_from(embedded_files()));
    EXPECT_TRUE(migrated.ok()) << migrated.error().message;
    return storage;
  }

  std::filesystem::path folder_;
  mode_t previous_umask_ = 0;
};

TEST_F(SqliteFileTest, ANewDatabaseAndItsWalAndShmFilesAreTheOwnersOnly) {
  const auto file = folder_ / "new.db";
  auto storage = open_and_write(file);
  EXPECT_EQ(permissions_of(file), 0600u);
  EXPECT_EQ(permissions_of(file.string() + "-wal"), 0600u);
  EXPECT_EQ(permissions_of(file.string() + "-shm"), 0600u);
}

TEST_F(SqliteFileTest, AnExistingWorldReadableDatabaseIsNarrowedWhenOpened) {
  const auto file = folder_ / "old.db";
  std::ofstream(file).close();
  std::filesystem::permissions(file, std::filesystem::perms(0644));
  ASSERT_EQ(permissions_of(file), 0644u);
  auto storage = open_and_write(file);
  EXPECT_EQ(permissions_of(file), 0600u);
  EXPECT_EQ(permissions_of(file.string() + "-wal"), 0600u);
}

}  // namespace
}  // namespace casereview::store
