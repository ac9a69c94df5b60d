#include "cli/database_options.hpp"

#include <filesystem>
#include <iostream>

#include "app/embedded_files.hpp"
#include "store/migrator.hpp"

namespace casereview::cli {

void print_error(const Error& error) {
  std::cerr << "casereview: " << error.message << "\n";
  for (const FieldError& field : error.fields)
    std::cerr << "  " << field.field << ": " << field.message << "\n";
}

std::unique_ptr<store::SqlStorage> open_and_migrate(const Options& options,
                                                    store::PoolSettings pool, bool quiet) {
  auto url = store::parse_database_url(options.get("database"));
  if (!url) {
    print_error(url.error());
    return nullptr;
  }
  if (url.value().engine == store::Engine::sqlite) {
    const auto folder = std::filesystem::path(url.value().connection).parent_path();
    std::error_code ignored;
    if (!folder.empty()) std::filesystem::create_directories(folder, ignored);
  }
  auto storage = std::make_unique<store::SqlStorage>(url.value(), pool);
  auto report = store::migrate(*storage, store::migrations_from(embedded_files()));
  if (!report) {
    print_error(report.error());
    return nullptr;
  }
  if (!quiet) {
    if (report.value().applied.empty()) {
      std::cout << "casereview: database schema is up to date (version "
                << report.value().to_version << ")\n";
    } else {
      std::cout << "casereview: database schema migrated from version "
                << report.value().from_version << " to " << report.value().to_version << "\n";
    }
  }
  return storage;
}

}  // namespace casereview::cli
