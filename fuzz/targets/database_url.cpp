// Fuzz target: the database URL every command takes (`sqlite:PATH`, `postgresql://…`).
#include "store/database_url.hpp"

#include "fuzz_support.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto url = store::parse_database_url(fuzz::text_of(data, size));
  if (url && url.value().engine == store::Engine::sqlite)
    fuzz::require(!url.value().connection.empty(), "an SQLite URL names a file");
  return 0;
}
