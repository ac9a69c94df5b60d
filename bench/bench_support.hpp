// What the C++ benchmarks share: stopping with an error's words, a throwaway SQLite database in a
// temporary folder, timing repeated runs (median, 95th percentile, fastest and slowest) and a
// caller signed in as a stored account.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/context.hpp"
#include "app/demonstration.hpp"
#include "app/embedded_files.hpp"
#include "app/security/field_cipher.hpp"
#include "domain/result.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"

namespace casereview::bench {

// Prints what failed, with each field's message, and exits 1.
[[noreturn]] inline void fail(const std::string& what, const Error& error) {
  std::fprintf(stderr, "%s: %s\n", what.c_str(), error.message.c_str());
  for (const FieldError& field : error.fields)
    std::fprintf(stderr, "  %s: %s\n", field.field.c_str(), field.message.c_str());
  std::exit(1);
}

template <typename T>
T must(Result<T> result, const std::string& what) {
  if (!result) fail(what, result.error());
  return std::move(result).value();
}

// A folder of its own under the system's temporary folder ("casereview-bench-<name>-<random>"),
// removed with everything in it when this goes.
struct TemporaryFolder {
  explicit TemporaryFolder(const std::string& name)
      : path(std::filesystem::temp_directory_path() /
             ("casereview-bench-" + name + "-" + std::to_string(std::random_device{}()))) {
    std::filesystem::create_directories(path);
  }
  ~TemporaryFolder() { std::filesystem::remove_all(path); }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  std::filesystem::path path;
};

// A new SQLite database "bench.db" in `folder`, with every migration applied.
inline std::unique_ptr<store::SqlStorage> migrated_sqlite(const std::filesystem::path& folder) {
  auto storage = std::make_unique<store::SqlStorage>(
      must(store::parse_database_url("sqlite:" + (folder / "bench.db").string()), "database URL"));
  must(store::migrate(*storage, store::migrations_from(embedded_files())), "migrate");
  return storage;
}

struct Figures {
  double median, p95, max, min;  // milliseconds
};

// Runs `work` `runs` times (at least once) and sums up how long each run took.
inline Figures time_runs(int runs, const std::function<void()>& work) {
  std::vector<double> milliseconds;
  for (int run = 0; run < std::max(1, runs); ++run) {
    const auto start = std::chrono::steady_clock::now();
    work();
    milliseconds.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  const auto at = [&](double share) {
    const auto index =
        static_cast<std::size_t>(share * static_cast<double>(milliseconds.size() - 1) + 0.5);
    return milliseconds[std::min(index, milliseconds.size() - 1)];
  };
  return {at(0.5), at(0.95), milliseconds.back(), milliseconds.front()};
}

// One line of figures: what was timed, its median, 95th percentile and maximum, and `extra`
// (what the last run found).
inline void print_figures(const char* what, const Figures& figures, const std::string& extra = "") {
  std::printf("%-20s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  %s\n", what, figures.median,
              figures.p95, figures.max, extra.c_str());
}

// Loads the demonstration data into `storage`, with the data key it needs: a fixed one, for a
// throwaway database only, set in `settings` too. Exits 1 on failure.
inline void load_demonstration(store::SqlStorage& storage, const Clock& clock,
                               AppSettings& settings) {
  const auto cipher = std::make_shared<const security::FieldCipher>(
      must(security::FieldCipher::from_key(std::string(security::FieldCipher::key_bytes, '\x5a')),
           "data key"));
  settings.data_cipher = cipher;
  must(load_demonstration_data(storage, clock, cipher), "demo data");
}

// A throwaway SQLite database (in a temporary folder named for the benchmark) with the
// demonstration data, the real clock, and the context the use cases run in: how a benchmark of use
// cases starts. Exits 1 on failure.
struct DemonstrationBench {
  explicit DemonstrationBench(const std::string& name)
      : folder(name), database(migrated_sqlite(folder.path)), storage(*database) {
    settings.public_url = "https://casereview.bench";
    load_demonstration(storage, clock, settings);
  }
  TemporaryFolder folder;
  std::unique_ptr<store::SqlStorage> database;
  store::SqlStorage& storage;
  SystemClock clock;
  AppSettings settings;
  AppContext context{storage, clock, settings};
};

// A caller acting as the stored account `email`; exits 1 when there is none.
inline Caller caller_for(Storage& storage, const std::string& email) {
  std::optional<Account> account;
  Status read = storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
    account = transaction.accounts().find_by_email(email);
    return ok_status();
  });
  if (!read || !account) {
    std::fprintf(stderr, "no account %s\n", email.c_str());
    std::exit(1);
  }
  return Caller{actor_from(account->user), "127.0.0.1", "bench"};
}

}  // namespace casereview::bench
