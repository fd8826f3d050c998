#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 12): builds
# into build-asan/ with -DPC_SANITIZE=ON (GCC; -fno-sanitize-recover, so any report fails the
# test) and runs every test headless through scripts/test.sh, keychain tests included; the
# package check is skipped (this build is not for shipping). LeakSanitizer is on, with no
# suppressions. Extra arguments go to ctest, e.g.  bash scripts/sanitize.sh -R tst_customertable
# To see who allocated a leak: ASAN_OPTIONS=fast_unwind_on_malloc=0:malloc_context_size=30 (slow).
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$SRC/build-asan}
export CMAKE_ARGS="-DPC_SANITIZE=ON ${CMAKE_ARGS:-}"
export SKIP_PACKAGE=1
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Sanitized code runs 2-5x slower: longer timeouts.
exec bash "$SRC/scripts/test.sh" --timeout 900 "$@"
