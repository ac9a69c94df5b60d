// What the fuzz targets share: the input as text, and a check that stops the run when a property
// the code promises does not hold (libFuzzer then saves the input as a crash, like any other).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace casereview::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Aborts, naming the broken promise, when `holds` is false.
inline void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "casereview fuzz: broken promise: %s\n", promise);
  std::abort();
}

}  // namespace casereview::fuzz
