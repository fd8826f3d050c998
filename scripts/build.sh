#!/usr/bin/env bash
# Installs missing packages (scripts/deps.sh), configures and builds PartnerDesk into build/.
# env: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo), JOBS (default nproc),
#      SKIP_DEPS=1 to leave apt alone, CMAKE_ARGS for extra configure options.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$SRC/build}
if [[ "${SKIP_DEPS:-0}" != 1 ]]; then
  bash "$SRC/scripts/deps.sh"
fi
cmake -S "$SRC" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j"${JOBS:-$(nproc)}"
