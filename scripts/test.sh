#!/usr/bin/env bash
# The README's second command (and CI's): set up, build, and run the whole test suite headless:
# offscreen Qt platform, a private D-Bus session and an unlocked throw-away gnome-keyring for the
# keychain tests (they wrap themselves in tests/keychain/with-keyring.sh).
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$SRC/build}
t0=$SECONDS
bash "$SRC/scripts/build.sh"
echo ">> [time] set-up and build: $((SECONDS - t0)) s"
export QT_QPA_PLATFORM=offscreen
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -m 700 "$SCRATCH/run"
export XDG_RUNTIME_DIR="$SCRATCH/run"
# Tests must never touch the developer's own settings or keyring.
export HOME="$SCRATCH/home" XDG_CONFIG_HOME="$SCRATCH/home/.config" XDG_DATA_HOME="$SCRATCH/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
t0=$SECONDS
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${JOBS:-$(nproc)}" "$@"
echo ">> [time] tests: $((SECONDS - t0)) s"
# The .deb: built, validated, installed (as root; unpacked otherwise), started, removed.
# (SKIP_PACKAGE=1 for builds that are not for shipping, such as scripts/sanitize.sh's.)
if [[ "${SKIP_PACKAGE:-0}" != 1 ]]; then
  t0=$SECONDS
  BUILD_DIR="$BUILD_DIR" bash "$SRC/packaging/linux/check-package.sh"
  echo ">> [time] package check: $((SECONDS - t0)) s"
fi
