// Files compiled into the program by cmake/embed.cmake: the database migrations and the bundled
// reference data (bank holidays). Keys are paths relative to the source root, such as
// "migrations/0001_platform.sql". Immutable after start-up; safe to read from any thread.
#pragma once

#include <map>
#include <string>

namespace casereview {

const std::map<std::string, std::string>& embedded_files();

}  // namespace casereview
