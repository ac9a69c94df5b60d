#!/usr/bin/env bash
# Runs every test: the C++ suites through CTest (unit, storage on SQLite and on a throwaway
# PostgreSQL, HTTP against a real server) and the browser journeys in headless Chromium with axe.
# Ends with one line "casereview: N passed, N failed, N skipped" and exits non-zero on any failure.
# Used by `make test` (after scripts/setup.sh) and by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
results=test-results
rm -rf "$results"
mkdir -p "$results"

postgres_folder=$(mktemp -d /tmp/casereview-postgres.XXXXXX)
chmod 755 "$postgres_folder"
cleanup() { bash scripts/postgres-test-cluster.sh stop "$postgres_folder"; }
trap cleanup EXIT
if ! CASEREVIEW_TEST_POSTGRESQL_URL=$(bash scripts/postgres-test-cluster.sh start "$postgres_folder"); then
  echo "casereview: could not start the test PostgreSQL cluster:" >&2
  cat "$postgres_folder"/*.log >&2 || true
  exit 1
fi
export CASEREVIEW_TEST_POSTGRESQL_URL
echo "casereview: test PostgreSQL at $CASEREVIEW_TEST_POSTGRESQL_URL"

# C++ tests: CTest runs each GoogleTest TEST as its own test and writes a JUnit report.
(cd build && ctest --output-on-failure --timeout 300 -j 2 --output-junit "$PWD/../$results/ctest.xml") 2>&1 |
  tee "$results/ctest.log"
ctest_status=${PIPESTATUS[0]}

# Browser journeys.
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$results/browser.xml" tests/browser/ 2>&1 |
  tee "$results/browser.log"
browser_status=${PIPESTATUS[0]}

# Rules of docs/rules.md with no code or no test (informational: never fails the run).
bash scripts/rules-coverage.sh 2>&1 | tee "$results/rules-coverage.txt" || true

node scripts/summarize-tests.mjs "$results"
summary_status=$?
# A runner that failed without reporting a failed case (a crash, a build error) still fails the run.
if [ "$ctest_status" -ne 0 ] || [ "$browser_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
  exit 1
fi
