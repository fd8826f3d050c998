#!/usr/bin/env bash
# Builds the benchmark suite (Release, build-bench/) and runs it. Speed targets live here, never
# in the timed test suite. Ratio benchmarks (bench_signing, …) measure each target against a
# baseline in the same run, print a row each and write $BUILD_DIR/bench/results.json (schema:
# docs/performance.md); the Google Benchmark ones print their own tables. Extra arguments go to
# the binaries, e.g.  bash scripts/bench.sh --benchmark_filter=HttpPage
# Exit status 1 when a ratio target is missed.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$SRC/build-bench}
export BUILD_TYPE=Release
export CMAKE_ARGS="-DPC_BUILD_BENCH=ON ${CMAKE_ARGS:-}"
bash "$SRC/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
export PC_BENCH_RESULTS="$BUILD_DIR/bench/results.json"
rm -f "$PC_BENCH_RESULTS"

# The official Node SDK signer, the baseline of bench_signing (skipped there without node).
REFSIGN_SRC="$SRC/../shared/signing/refsign"
if command -v node >/dev/null && command -v npm >/dev/null && [[ -f "$REFSIGN_SRC/refsign.js" ]]; then
  export PC_REFSIGN_DIR="$BUILD_DIR/refsign"
  mkdir -p "$PC_REFSIGN_DIR"
  cp "$REFSIGN_SRC/refsign.js" "$REFSIGN_SRC/package.json" "$REFSIGN_SRC/package-lock.json" "$PC_REFSIGN_DIR/"
  [[ -d "$PC_REFSIGN_DIR/node_modules/@huaweicloud" ]] ||
    (cd "$PC_REFSIGN_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi

status=0
for b in "$BUILD_DIR"/bench/bench_*; do
  echo "== $(basename "$b")"
  "$b" "$@" || status=1
done
echo "== ratio targets ($PC_BENCH_RESULTS)"
python3 - "$PC_BENCH_RESULTS" <<'PY'
import json, sys
try:
    doc = json.load(open(sys.argv[1]))
except FileNotFoundError:
    sys.exit(0)
m = doc["machine"]
print(f"machine: {m['os']}, {m['cpu_arch']}, Qt {m['qt']}")
print(f"{'target':28} {'value':>14} {'baseline':>14} {'ratio':>9}  result")
for r in doc["rows"]:
    if r["skipped"]:
        print(f"{r['id']:28} skipped: {r['note']}")
        continue
    base = f"{r['baseline_value']:>14.1f}" if r['baseline_value'] > 0 else f"{'-':>14}"
    ratio = f"{r['ratio']:>8.2f}x" if r['baseline_value'] > 0 else f"{'-':>9}"
    print(f"{r['id']:28} {r['value']:>14.1f} {base} {ratio}  {'PASS' if r['passed'] else 'FAIL'}")
PY
exit $status
