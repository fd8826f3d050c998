#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 12): builds
# into build-asan/ with -DPC_SANITIZE=ON (GCC; -fno-sanitize-recover, so any report fails the
# test) and runs every ctest test headless, keychain tests included, like scripts/test.sh.
# LeakSanitizer is on; suppressions for leaks inside system libraries we do not own are in
# tests/lsan.supp. Extra arguments go to ctest, e.g.  bash scripts/sanitize.sh -R tst_customertable
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$SRC/build-asan}
export CMAKE_ARGS="-DPC_SANITIZE=ON ${CMAKE_ARGS:-}"
t0=$SECONDS
bash "$SRC/scripts/build.sh"
echo ">> [time] set-up and sanitizer build: $((SECONDS - t0)) s"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$SRC/tests/lsan.supp:print_suppressions=0"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -m 700 "$SCRATCH/run"
export XDG_RUNTIME_DIR="$SCRATCH/run"
export HOME="$SCRATCH/home" XDG_CONFIG_HOME="$SCRATCH/home/.config" XDG_DATA_HOME="$SCRATCH/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
t0=$SECONDS
# Sanitized code runs 2-5x slower: longer timeouts.
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 900 -j"${JOBS:-$(nproc)}" "$@"
echo ">> [time] tests under ASan+UBSan: $((SECONDS - t0)) s"
