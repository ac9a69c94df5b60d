// Files the tests read: from the source tree (tests/app/fixtures and the like), found through
// CASEREVIEW_SOURCE_DIR, which CTest sets, or else the folder the test runs in; and any file whole.
#pragma once

#include <string>

namespace casereview::testing_support {

// The bytes of tests/app/fixtures/<name>. Throws std::runtime_error when the file is missing.
std::string app_fixture(const std::string& name);

// The bytes of the file at `path`; "" when it cannot be read (a log not yet written).
std::string file_text(const std::string& path);

}  // namespace casereview::testing_support
