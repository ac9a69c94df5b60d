// Fuzz target: an agency's chronology file — CSV, XLSX or ODS, told apart by content — read into
// rows (libzip, libxml2's reader) and the rows into entries (rule CHR-2).
#include "app/documents/chronology_import.hpp"
#include "fuzz_support.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto import = read_chronology_file(fuzz::text_of(data, size));
  if (!import) return 0;
  fuzz::require(import.value().entries.empty() || import.value().problems.empty(),
                "a file with problems imports no entries");
  for (const ImportProblem& problem : import.value().problems) {
    fuzz::require(problem.row >= 1, "a problem names a row from 1");
    problem.text();
  }
  return 0;
}
