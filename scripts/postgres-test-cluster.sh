#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests: initdb in a temporary folder,
# loopback only, a free port, trust authentication for the test role. Run as an unprivileged user
# (the `postgres` system user when called as root, as CI is), because PostgreSQL refuses root.
#   scripts/postgres-test-cluster.sh start FOLDER   prints the admin URL on stdout
#   scripts/postgres-test-cluster.sh stop FOLDER
#   scripts/postgres-test-cluster.sh pause FOLDER    stops it at once, as a crash would, keeping
#                                                    its data (tests of the database going away)
#   scripts/postgres-test-cluster.sh resume FOLDER   starts it again on the same port
set -euo pipefail
action="$1"
folder="$2"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi

start_server() {
  local port
  port=$(cat "$folder/port")
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
}

case "$action" in
  start)
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' >"$folder/port"
    "${as_owner[@]}" "$pg_bin/initdb" -D "$folder/data" -A trust -U casereview --no-sync >"$folder/initdb.log" 2>&1
    start_server
    echo "postgresql://casereview@127.0.0.1:$(cat "$folder/port")/postgres"
    ;;
  pause)
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null
    ;;
  resume)
    start_server
    ;;
  stop)
    if [ -d "$folder/data" ]; then
      "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume FOLDER" >&2
    exit 2
    ;;
esac
