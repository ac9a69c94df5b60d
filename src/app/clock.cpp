#include "app/clock.hpp"

#include <fstream>

namespace casereview {

Instant SystemClock::now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

Instant FileClock::now() const {
  std::ifstream file(path_);
  std::string text;
  if (file >> text) {
    if (auto instant = parse_instant(text)) return *instant;
  }
  return SystemClock().now();
}

}  // namespace casereview
