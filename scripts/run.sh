#!/usr/bin/env bash
# Serves casereview on the embedded SQLite database, loading demonstration data when the
# database is new. Used by `make run`.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-sqlite:var/casereview.db}"
port="${2:-8080}"
mkdir -p var
# The key that encrypts children's details lives outside the database; made once, owner-only.
data_key="${CASEREVIEW_DATA_KEY_FILE:-var/data.key}"
if [ ! -e "$data_key" ]; then
  (umask 077 && printf '1:%s\n' "$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')" > "$data_key")
  echo "casereview: created the data key $data_key (keep it safe and out of backups of the database)"
fi
export CASEREVIEW_DATA_KEY_FILE="$data_key"
build/casereview demo --database "$database"
echo
echo "casereview: open http://localhost:$port/"
echo "casereview: the demonstration accounts are listed above (see README.md for signing in)."
exec build/casereview serve --database "$database" --port "$port" --host 127.0.0.1
