#!/usr/bin/env bash
# Builds the .deb from an existing build (BUILD_DIR, default build/) and checks it:
#  1. the desktop file, the AppStream metainfo, the man page and the macOS Info.plist validate;
#  2. the package holds what it should, and its dependencies (shlibdeps + the run-time plugins)
#     resolve on this Debian 12 (apt-get --simulate);
#  3. installed for real (as root, or with passwordless sudo) — else unpacked into a scratch
#     root — `partnerdesk-cli --version` and `partnerdesk --version` print the project version
#     and `partnerdesk --sandbox --screenshot` renders the window offscreen;
#  4. after `apt-get remove`, the binaries are gone and the user's data dir is still there.
# Called by scripts/test.sh (so by CI); also runnable on its own after a build.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$SRC/build}
OUT="$BUILD/package"
step() { echo ">> [package] $*"; }
fail() { echo "!! [package] $*" >&2; exit 1; }

VERSION=$(sed -n 's/^#define PARTNERDESK_VERSION "\(.*\)"/\1/p' \
          "$BUILD/app/core/generated/core/version.h")
[[ -n "$VERSION" ]] || fail "no version in the build tree (build first)"

step "validating the desktop file, the metainfo, the man page and Info.plist"
desktop-file-validate "$SRC/resources/org.partnerdesk.PartnerDesk.desktop"
appstreamcli validate --no-net --pedantic --explain \
  "$BUILD/packaging/org.partnerdesk.PartnerDesk.metainfo.xml" | tail -n 3
grep -q "release version=\"$VERSION\"" "$BUILD/packaging/org.partnerdesk.PartnerDesk.metainfo.xml" \
  || fail "metainfo does not carry version $VERSION"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
           man --warnings -E UTF-8 -l -Tutf8 -Z "$BUILD/packaging/partnerdesk-cli.1" 2>&1 >/dev/null || true)
[[ -z "$warnings" ]] || fail "man page warnings: $warnings"
python3 -c 'import plistlib,sys; d=plistlib.load(open(sys.argv[1],"rb")); assert d["CFBundleShortVersionString"]==sys.argv[2], d; assert d["CFBundleIdentifier"]=="org.partnerdesk.PartnerDesk"' \
  "$BUILD/packaging/Info.plist" "$VERSION"
grep -q "FILEVERSION ${VERSION//./,},0" "$BUILD/packaging/partnerdesk.rc" || fail "partnerdesk.rc version"

step "building the .deb"
rm -rf "$OUT"
cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$OUT" > "$OUT.log" 2>&1 || { cat "$OUT.log"; fail "cpack"; }
DEB=$(ls "$OUT"/partnerdesk_*.deb)
echo "   $(basename "$DEB"): $(du -h "$DEB" | cut -f1)"
[[ "$(dpkg-deb -f "$DEB" Version)" == "$VERSION" ]] || fail "package version is not $VERSION"
depends=$(dpkg-deb -f "$DEB" Depends)
echo "   Depends: $depends"
echo "   Recommends: $(dpkg-deb -f "$DEB" Recommends)"
for dep in libqt6keychain1 libqt6widgets6 libssl3 libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0; do
  [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep"
done
[[ "$(dpkg-deb -f "$DEB" Recommends)" == *gnome-keyring* ]] || fail "gnome-keyring is not recommended"
contents=$(dpkg-deb -c "$DEB" | awk '{print $6}')
for f in ./usr/bin/partnerdesk ./usr/bin/partnerdesk-cli \
         ./usr/share/applications/org.partnerdesk.PartnerDesk.desktop \
         ./usr/share/metainfo/org.partnerdesk.PartnerDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.partnerdesk.PartnerDesk.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.partnerdesk.PartnerDesk.png \
         ./usr/share/icons/hicolor/256x256/apps/org.partnerdesk.PartnerDesk.png \
         ./usr/share/partnerdesk/translations/partnerdesk_zh_CN.qm \
         ./usr/share/man/man1/partnerdesk-cli.1.gz; do
  grep -qxF "$f" <<<"$contents" || fail "package lacks $f"
done

SUDO=""
if [[ $EUID -ne 0 ]] && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
step "resolving the dependencies (apt-get --simulate)"
if [[ $EUID -eq 0 || -n "$SUDO" ]]; then
  $SUDO apt-get install --simulate -qq "$DEB" > "$OUT/simulate.log" || { cat "$OUT/simulate.log"; fail "dependencies do not resolve"; }
fi

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
export HOME="$SCRATCH/home" XDG_CONFIG_HOME="$SCRATCH/home/.config" XDG_DATA_HOME="$SCRATCH/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
mkdir -m 700 "$SCRATCH/run" && export XDG_RUNTIME_DIR="$SCRATCH/run"
if [[ $EUID -eq 0 || -n "$SUDO" ]]; then
  step "installing $(basename "$DEB")"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$DEB" > "$OUT/install.log" 2>&1 || { cat "$OUT/install.log"; fail "install"; }
  BIN=/usr/bin
  INSTALLED=1
else
  step "no root: unpacking into a scratch root instead of installing"
  dpkg-deb -x "$DEB" "$SCRATCH/root"
  BIN="$SCRATCH/root/usr/bin"
  INSTALLED=0
fi

step "starting the installed programs"
[[ "$("$BIN/partnerdesk-cli" --version)" == *"$VERSION"* ]] || fail "partnerdesk-cli --version"
[[ "$("$BIN/partnerdesk" --version)" == "PartnerDesk $VERSION" ]] || fail "partnerdesk --version"
QT_QPA_PLATFORM=offscreen timeout 120 "$BIN/partnerdesk" --sandbox --sandbox-customers 300 \
  --lang zh_CN --screenshot "$SCRATCH/shot.png"
size=$(stat -c %s "$SCRATCH/shot.png")
[[ $size -gt 20000 ]] || fail "screenshot too small ($size bytes)"
echo "   partnerdesk --sandbox rendered $size bytes of window"
DATA="$XDG_DATA_HOME/PartnerDesk/PartnerDesk"
[[ -d "$DATA" ]] || fail "no data dir at $DATA"

if [[ $INSTALLED -eq 1 ]]; then
  step "removing the package; the user's data must stay"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq partnerdesk > "$OUT/remove.log" 2>&1 || { cat "$OUT/remove.log"; fail "remove"; }
  [[ ! -e /usr/bin/partnerdesk ]] || fail "/usr/bin/partnerdesk is still there"
  [[ -d "$DATA" ]] || fail "the data dir went with the package"
fi
step "ok: $(basename "$DEB") validated, installed, started and removed"
