#!/usr/bin/env bash
# The README's first command: set up, build, and run PartnerDesk on the embedded sandbox.
# With a display it opens the window (`partnerdesk --sandbox`); on a machine without one (a
# server, CI) it renders the window offscreen once the customers are loaded and saves
# build/partnerdesk-sandbox.png, so the run still proves the app works.
# Extra arguments go to partnerdesk, e.g. `bash scripts/run.sh --lang en`.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$SRC/scripts/build.sh"
BUILD="${BUILD_DIR:-$SRC/build}"
APP="$BUILD/bin/partnerdesk"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$APP" --sandbox "$@"
fi
echo ">> no display: rendering the sandbox window offscreen"
QT_QPA_PLATFORM=offscreen "$APP" --sandbox --screenshot "$BUILD/partnerdesk-sandbox.png" "$@"
echo ">> saved $BUILD/partnerdesk-sandbox.png (open it to see the window)"
