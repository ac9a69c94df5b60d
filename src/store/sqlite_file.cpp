#include "store/sqlite_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casereview::store {

namespace {

constexpr mode_t owner_only = S_IRUSR | S_IWUSR;

void take_away_group_and_others(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return;
  if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) ::chmod(path.c_str(), owner_only);
}

}  // namespace

void restrict_sqlite_file(const std::string& path) {
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return;
  // O_EXCL: the file is created here, with these permissions whatever the umask widens, or not
  // at all; an existing file is handled below.
  const int created = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, owner_only);
  if (created >= 0) {
    ::fchmod(created, owner_only);  // the umask may have taken bits away, never added: be exact
    ::close(created);
    return;
  }
  for (const char* suffix : {"", "-wal", "-shm"}) take_away_group_and_others(path + suffix);
}

}  // namespace casereview::store
