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
  const std::string path = directory + "/tests/app/fixtures/" + name;
  if (!std::ifstream(path)) throw std::runtime_error("missing fixture " + name);
  return file_text(path);
}

std::string file_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

}  // namespace casereview::testing_support
