# Shared by the benchmark scripts in bench/ (source it, do not run it): the temporary workspace
# and its clean-up, starting `casereview serve` on a fresh SQLite database loaded with
# `casereview demo`, stopping processes gracefully, and running wrk so that Ctrl-C still cleans
# up. Messages name the script that sourced it. See bench/README.md.

bench_name="bench/$(basename "$0")"
repository=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary=${CASEREVIEW_BINARY:-$repository/build/casereview}
measure_seconds=${BENCH_SECONDS:-10}
warmup_seconds=${BENCH_WARMUP_SECONDS:-2}
wrk_threads=2
wrk_connections=64
server_pid=""
wrk_pid=""
postgresql_folder=""
# BENCH_ENGINE=postgresql runs casereview on a throwaway PostgreSQL cluster started for the run
# (scripts/postgres-test-cluster.sh) instead of a SQLite file.
engine=${BENCH_ENGINE:-sqlite}

# Prints the script's header comment (lines 2 to $1) for -h/--help.
print_help() {
  sed -n "2,${1}s/^# \{0,1\}//p" "$0"
}

# Fails unless every command named is installed, and the casereview program exists.
require_commands() {
  local command
  for command in "$@"; do
    command -v "$command" >/dev/null || { echo "$bench_name: $command is not installed (see scripts/setup.sh)" >&2; exit 1; }
  done
  [[ -x $binary ]] || { echo "$bench_name: no casereview program at $binary; build it first" >&2; exit 1; }
}

workspace=$(mktemp -d -t casereview-bench-XXXXXX)

# Sends SIGTERM to a process this script started and waits up to 15 s for it; returns its exit
# code. A process that had already ended (and been reported) counts as stopped.
stop_process() {
  local pid=$1 name=$2
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$bench_name: $name did not stop within 15 s of SIGTERM; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  local status=0
  wait "$pid" 2>/dev/null || status=$?
  return $status
}

# A script that starts processes of its own (bench/http's nginx) defines stop_other_processes to
# stop them; it runs after wrk is stopped and before casereview is.
stop_other_processes() { :; }

# Stops wrk, the script's other processes and casereview (which must exit with code 0: a graceful
# stop), then removes the workspace.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $wrk_pid ]]; then
    kill -TERM "$wrk_pid" 2>/dev/null || true
    wait "$wrk_pid" 2>/dev/null || true
  fi
  stop_other_processes || true
  if [[ -n $server_pid ]]; then
    local server_status=0
    stop_process "$server_pid" casereview || server_status=$?
    if [[ $server_status -ne 0 ]]; then
      echo "$bench_name: casereview exited with code $server_status on SIGTERM (expected 0); its last output:" >&2
      tail -n 20 "$workspace/casereview.log" >&2 || true
      [[ $status -ne 0 ]] || status=1
    fi
  fi
  if [[ -n $postgresql_folder ]]; then
    bash "$repository/scripts/postgres-test-cluster.sh" stop "$postgresql_folder/cluster" || true
    rm -rf "$postgresql_folder"
  fi
  rm -rf "$workspace"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A loopback port nobody is listening on: the kernel picks one for a throw-away listener.
free_port() {
  node -e 'const listener = require("net").createServer();
listener.listen(0, "127.0.0.1", () => { console.log(listener.address().port); listener.close(); });'
}

# Waits until a URL answers 200, or gives up after 15 s.
wait_for() {
  local url=$1 name=$2 log=$3 pid=$4
  for _ in $(seq 150); do
    curl -sf -o /dev/null "$url" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$bench_name: $name exited before it was ready; its output:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "$bench_name: $name did not answer $url within 15 s; its output:" >&2
  cat "$log" >&2
  return 1
}

# Creates a data key and a database loaded with the demonstration data — a SQLite file in the
# workspace, or with BENCH_ENGINE=postgresql a throwaway PostgreSQL cluster — then starts `casereview serve` on it on a free loopback port, with any arguments given, and
# waits for /healthz. Sets database, server_pid and server_url; exports CASEREVIEW_DATA_KEY_FILE
# so that other casereview commands run by the script use the same key.
start_casereview_on_demonstration_data() {
  case $engine in
    sqlite) database="sqlite:$workspace/casereview.db" ;;
    postgresql)
      # Its own folder, readable by the cluster's owner (the workspace is private to this user).
      postgresql_folder=$(mktemp -d -t casereview-bench-postgresql-XXXXXX)
      chmod 755 "$postgresql_folder"
      database=$(bash "$repository/scripts/postgres-test-cluster.sh" start "$postgresql_folder/cluster") ||
        { echo "$bench_name: could not start PostgreSQL" >&2; exit 1; }
      ;;
    *) echo "$bench_name: BENCH_ENGINE must be sqlite or postgresql, not $engine" >&2; exit 1 ;;
  esac
  (umask 077 && printf '1:%s\n' "$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')" > "$workspace/data.key")
  export CASEREVIEW_DATA_KEY_FILE="$workspace/data.key"
  "$binary" demo --database "$database" >"$workspace/demo.log" 2>&1 ||
    { echo "$bench_name: loading demonstration data failed:" >&2; cat "$workspace/demo.log" >&2; exit 1; }
  local port
  port=$(free_port)
  "$binary" serve --database "$database" --host 127.0.0.1 --port "$port" "$@" >"$workspace/casereview.log" 2>&1 &
  server_pid=$!
  server_url="http://127.0.0.1:$port"
  wait_for "$server_url/healthz" casereview "$workspace/casereview.log" "$server_pid"
}

# Prints an API token for the account with this email (created with `casereview token create`).
create_api_token() {
  local email=$1
  "$binary" token create --database "$database" --user "$email" --name "$bench_name" 2>>"$workspace/tokens.log" ||
    { echo "$bench_name: could not create an API token for $email:" >&2; cat "$workspace/tokens.log" >&2; exit 1; }
}

# casereview's peak resident memory so far (VmHWM from /proc), e.g. "123456 kB".
server_peak_memory() {
  awk '/^VmHWM:/ { print $2 " " $3 }' "/proc/$server_pid/status"
}

# Runs wrk in the background and waits for it, so that Ctrl-C interrupts the wait and the
# clean-up runs at once (bash defers traps while a foreground command runs).
wrk_in_background() {
  local output=$1
  shift
  wrk "$@" >"$output" &
  wrk_pid=$!
  wait "$wrk_pid"
  wrk_pid=""
}

# Runs wrk against a URL for a warm-up whose results are discarded, then for the measurement,
# whose report is printed and kept as $workspace/wrk-NAME.txt. Arguments after the URL go to wrk
# (e.g. -H 'Authorization: Bearer …').
run_wrk() {
  local name=$1 url=$2
  shift 2
  echo "Warming up $name for ${warmup_seconds}s..."
  wrk_in_background /dev/null -t"$wrk_threads" -c"$wrk_connections" -d"${warmup_seconds}s" "$@" "$url"
  echo "Measuring $name for ${measure_seconds}s..."
  wrk_in_background "$workspace/wrk-$name.txt" -t"$wrk_threads" -c"$wrk_connections" -d"${measure_seconds}s" --latency "$@" "$url"
  cat "$workspace/wrk-$name.txt"
  echo
}

# Says how many cores there are and how busy they already are, to read the figures against.
print_machine() {
  echo "Machine: $(nproc) cores ($(nproc --all) installed), $(uname -sr); load average before the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
}

# How casereview answered, counted by HTTP status from its request log, e.g. "200 ×1234, 401 ×5":
# wrk counts only "not 2xx/3xx", and a refusal is worth reading apart from a slow answer.
print_response_statuses() {
  echo "casereview's answers by status (its request log): $(grep -o '"status":[0-9]*' "$workspace/casereview.log" |
    cut -d: -f2 | sort | uniq -c | awk '{ printf "%s%s ×%s", (NR > 1 ? ", " : ""), $2, $1 }')"
}
