#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/CMakeLists.txt: one libFuzzer program per parser of outside input)
# with clang-15 in build-fuzz, then runs each through CTest for FUZZ_SECONDS (default 15) over its
# committed corpus in fuzz/corpus/, two at a time. Any crash, sanitizer report, leak, time-out or
# broken promise fails that target's test, and the input is saved as build-fuzz/found/NAME-crash-…
# (add it to fuzz/corpus/NAME once fixed, so that every later run replays it).
# Argument: where to write CTest's JUnit report (optional). Used by scripts/test.sh; bench/fuzz
# runs the same targets for 10⁷ executions each.
set -euo pipefail
cd "$(dirname "$0")/.."
junit=${1:-}

cmake -S fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-15 -DCMAKE_BUILD_TYPE= \
  -DFUZZ_SECONDS="${FUZZ_SECONDS:-15}" >/dev/null
cmake --build build-fuzz
# Stack traces with file and line in the log when something is found.
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-15/bin/llvm-symbolizer
cd build-fuzz
ctest -L '^fuzz$' --output-on-failure -j 2 ${junit:+--output-junit "$junit"}
