// Files the tests read from the source tree (tests/app/fixtures and the like), found through
// CASEREVIEW_SOURCE_DIR, which CTest sets, or else the folder the test runs in.
#pragma once

#include <string>

namespace casereview::testing_support {

// The bytes of tests/app/fixtures/<name>. Throws std::runtime_error when the file is missing.
std::string app_fixture(const std::string& name);

}  // namespace casereview::testing_support
