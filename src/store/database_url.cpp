#include "store/database_url.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace casereview::store {

namespace {

// libpq's key=value form quotes values in single quotes with backslash escapes.
std::string quoted(const std::string& value) {
  std::string result = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') result += '\\';
    result += c;
  }
  return result + "'";
}

// Poco's PostgreSQL connector accepts only libpq's key=value connection strings, so the URL
// people write is turned into one: postgresql://user:password@host:port/database?key=value.
Result<std::string> libpq_connection_string(const std::string& url) {
  const Error invalid = Error::invalid(
      {{"database", "Database URL must be sqlite:PATH or postgresql://user@host:port/database"}});
  try {
    const Poco::URI uri(url);
    if (uri.getHost().empty() || uri.getPath().size() < 2) return invalid;
    std::string connection = "host=" + quoted(uri.getHost());
    if (uri.getPort() != 0) connection += " port=" + std::to_string(uri.getPort());
    connection += " dbname=" + quoted(uri.getPath().substr(1));
    const std::string user_info = uri.getUserInfo();
    if (!user_info.empty()) {
      const auto colon = user_info.find(':');
      connection += " user=" + quoted(user_info.substr(0, colon));
      if (colon != std::string::npos)
        connection += " password=" + quoted(user_info.substr(colon + 1));
    }
    for (const auto& [key, value] : uri.getQueryParameters())
      connection += " " + key + "=" + quoted(value);
    return connection;
  } catch (const Poco::Exception&) {
    return invalid;
  }
}

}  // namespace

Result<DatabaseUrl> parse_database_url(const std::string& url) {
  const std::string sqlite_prefix = "sqlite:";
  if (url.rfind(sqlite_prefix, 0) == 0 && url.size() > sqlite_prefix.size()) {
    return DatabaseUrl{Engine::sqlite, url.substr(sqlite_prefix.size())};
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return DatabaseUrl{Engine::postgresql, TRY(libpq_connection_string(url))};
  }
  return Error::invalid(
      {{"database", "Database URL must be sqlite:PATH or postgresql://user@host:port/database"}});
}

}  // namespace casereview::store
