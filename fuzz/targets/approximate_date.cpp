// Fuzz target: a date as people type it (rule CHR-2: "12/05/2021", "May 2021", "2021", "about
// 2019"…), and the stored form it becomes read back the same.
#include "domain/approximate_date.hpp"

#include "fuzz_support.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto date = parse_approximate_date("date", fuzz::text_of(data, size));
  if (!date) return 0;
  const ApproximateDate& read = date.value();
  auto stored = ApproximateDate::from_value(read.value(), read.certainty());
  fuzz::require(stored.has_value() && *stored == read, "a date's stored form reads back the same");
  fuzz::require(read.first_day() <= read.last_day(), "a period starts before it ends");
  read.text();
  return 0;
}
