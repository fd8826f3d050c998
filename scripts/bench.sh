#!/usr/bin/env bash
# Builds the Google Benchmark suite (Release, build-bench/) and runs it. Speed targets live here,
# never in the timed test suite. Extra arguments go to the benchmark binaries, e.g.
#   bash scripts/bench.sh --benchmark_filter=HttpPage
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$SRC/build-bench}
export BUILD_TYPE=Release
export CMAKE_ARGS="-DPC_BUILD_BENCH=ON ${CMAKE_ARGS:-}"
bash "$SRC/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
for b in "$BUILD_DIR"/bench/bench_*; do
  echo "== $(basename "$b")"
  "$b" "$@"
done
