// Reading fixture files from the source tree: see fixture_files.hpp.
#include "support/fixture_files.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace casereview::testing_support {

std::string app_fixture(const std::string& name) {
  const char* source = std::getenv("CASEREVIEW_SOURCE_DIR");
  const std::string directory = source != nullptr && *source ? source : ".";
  std::ifstream file(directory + "/tests/app/fixtures/" + name, std::ios::binary);
  if (!file) throw std::runtime_error("missing fixture " + name);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

}  // namespace casereview::testing_support
