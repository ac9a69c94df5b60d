#!/usr/bin/env bash
# Runs every test: the C++ suites through CTest (unit, storage on SQLite and on a throwaway
# PostgreSQL, HTTP against a real server), the unit and storage suites again under AddressSanitizer
# and UBSan (build-sanitize), the fuzz targets for a bounded time (build-fuzz), and the browser
# journeys in headless Chromium with axe.
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

# The same C++ unit, storage and architecture tests again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (CMake option CASEREVIEW_SANITIZE) in a tree of their own. Only these
# layers' test programs are built, to stay within CI's time (the web and cli suites start the
# server and would need the whole program built a second time). Any report fails the test that
# made it: UBSan halts on its first finding and ASan ends the process non-zero. Leak detection is
# off until the whole run has been seen leak-free (set ASAN_OPTIONS=detect_leaks=1 to look).
# Unoptimised (-O0): on a 2-core machine it built in 733 s against -O1's 994 s, and its tests ran
# no slower (520 s against 558 s).
sanitize_layers=(architecture domain app store)
sanitize_started=$SECONDS
# Also for the build, which runs each test program to list its tests.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
{
  cmake -S . -B build-sanitize -G Ninja -DCASEREVIEW_SANITIZE=ON -DCMAKE_BUILD_TYPE= \
    -DCMAKE_CXX_FLAGS="-O0 -g1" >/dev/null &&
    cmake --build build-sanitize --target "${sanitize_layers[@]/#/test_}"
} 2>&1 | tee "$results/sanitize-build.log" | tail -n 20
sanitize_status=${PIPESTATUS[0]}
if [ "$sanitize_status" -eq 0 ]; then
  # The use cases run here on SQLite only: on PostgreSQL they pass through the same C++ as on
  # SQLite but for the storage layer, whose own tests run here on both engines (libpq's C API is
  # where memory errors would be), and the use cases already ran on both engines above.
  (cd build-sanitize &&
    ctest -L '^(architecture|domain|store)$' --output-on-failure --timeout 600 -j 2 \
      --output-junit "$PWD/../$results/ctest-sanitize.xml") 2>&1 | tee "$results/ctest-sanitize.log"
  sanitize_status=${PIPESTATUS[0]}
  (cd build-sanitize &&
    ctest -L '^app$' -E '/"?postgresql' --output-on-failure --timeout 600 -j 2 \
      --output-junit "$PWD/../$results/ctest-sanitize-app.xml") 2>&1 | tee -a "$results/ctest-sanitize.log"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then sanitize_status=1; fi
fi
echo "casereview: sanitizer build and run took $((SECONDS - sanitize_started)) s"

# Fuzz targets (issue 17): every parser of outside input under libFuzzer, each replaying its
# committed corpus (with every input that once failed) and then exploring for FUZZ_SECONDS.
fuzz_started=$SECONDS
bash scripts/fuzz.sh "$PWD/$results/ctest-fuzz.xml" 2>&1 | tee "$results/fuzz.log" | tail -n 30
fuzz_status=${PIPESTATUS[0]}
echo "casereview: fuzz build and run took $((SECONDS - fuzz_started)) s"

# Browser journeys, two test files at a time: each file starts its own server (own port, own
# temporary database) and its own Chromium, and a file spends much of its time waiting on the
# browser or the server, so two keep both cores busy. A test that hangs (a step awaiting something
# that never comes) fails after 10 minutes instead of holding the run to CI's limit; the longest
# test takes about 2.
node --test --test-concurrency=2 --test-timeout=600000 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$results/browser.xml" tests/browser/ 2>&1 |
  tee "$results/browser.log"
browser_status=${PIPESTATUS[0]}

# Rules of docs/rules.md with no code or no test (informational: never fails the run).
bash scripts/rules-coverage.sh 2>&1 | tee "$results/rules-coverage.txt" || true

node scripts/summarize-tests.mjs "$results"
summary_status=$?
# A runner that failed without reporting a failed case (a crash, a build error) still fails the run.
if [ "$ctest_status" -ne 0 ] || [ "$sanitize_status" -ne 0 ] || [ "$fuzz_status" -ne 0 ] ||
  [ "$browser_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
  exit 1
fi
