#!/usr/bin/env bash
# Regenerates the README screenshots: the window on the embedded sandbox, in both languages,
# rendered offscreen (no display needed). Builds first unless SKIP_BUILD=1.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="${BUILD_DIR:-$SRC/build}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  SKIP_DEPS=${SKIP_DEPS:-1} bash "$SRC/scripts/build.sh"
fi
OUT="$SRC/docs/screenshots"
mkdir -p "$OUT"
# A throw-away settings directory, so saved window state does not leak into the pictures.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for page in overview customers coupons quotas funds resellers marketplace incentives discounts pricing; do
  for lang in zh_CN en; do
    HOME="$TMP" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" QT_QPA_PLATFORM=offscreen \
      "$BUILD/bin/partnerdesk" --sandbox --lang "$lang" --page "$page" \
      --screenshot "$OUT/$page-$lang.png"
    echo ">> $OUT/$page-$lang.png"
  done
done
# The International site's own pages (budgets and freezing; invoices and the partner's coupons).
for page in budgets billing; do
  for lang in zh_CN en; do
    HOME="$TMP" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" QT_QPA_PLATFORM=offscreen \
      "$BUILD/bin/partnerdesk" --sandbox --sandbox-site intl --lang "$lang" --page "$page" \
      --screenshot "$OUT/intl-$page-$lang.png"
    echo ">> $OUT/intl-$page-$lang.png"
  done
done
