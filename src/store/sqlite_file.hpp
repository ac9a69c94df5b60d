// The SQLite database file's permissions (issue 17, item 6). The file holds password hashes and
// sealed details of children: only the account that runs the program may read it, as with the
// data key. SQLite creates its -wal and -shm files with the database file's own permissions, so
// making the database file owner-only before SQLite first opens it covers all three.
#pragma once

#include <string>

namespace casereview::store {

// Creates the database file at `path` readable and writable by its owner only (0600) when it does
// not exist, and takes away the group's and others' permissions from an existing one and from
// its -wal and -shm files (a database created before this, or copied in with a wide umask). A
// path SQLite does not read as a file (":memory:", "", a "file:" URI) is left alone.
// Errors (a folder that does not exist, a file owned by someone else) are left for SQLite to
// report when it opens the path: this never throws.
void restrict_sqlite_file(const std::string& path);

}  // namespace casereview::store
