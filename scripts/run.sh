#!/usr/bin/env bash
# Serves casereview on the embedded SQLite database, loading demonstration data when the
# database is new. Used by `make run`.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-sqlite:var/casereview.db}"
port="${2:-8080}"
mkdir -p var
build/casereview demo --database "$database"
echo
echo "casereview: open http://localhost:$port/"
echo "casereview: the demonstration accounts are listed above (see README.md for signing in)."
exec build/casereview serve --database "$database" --port "$port" --host 127.0.0.1
