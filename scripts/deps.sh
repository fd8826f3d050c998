#!/usr/bin/env bash
# Installs the Debian 12 packages PartnerDesk needs to build, test and run — only those missing.
# Idempotent: a second run installs nothing. Never installs dbus-x11 (it makes keyring prompts hang
# on headless machines), nor nodejs/npm (the machine's own Node is used for optional tools).
# Pitfalls: Qt6Charts needs Qt6OpenGL/OpenGLWidgets CMake configs (libqt6opengl6-dev), and
# Qt6HttpServer needs Qt6WebSockets (qt6-websockets-dev); no package depends on them.
set -euo pipefail

PKGS=(
  build-essential file cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libsecret-1-0 libssl-dev libxlsxwriter-dev
  xvfb xauth dbus gnome-keyring libsecret-tools fonts-wqy-microhei
  dpkg-dev desktop-file-utils appstream man-db qt6-qpa-plugins
  # The official Python SDK's few dependencies, for the SDK conformance test (tests/conformance;
  # the SDK is a reference to test against, never a runtime dependency).
  python3 python3-requests python3-requests-toolbelt python3-simplejson python3-yaml
  python3-pyasn1 python3-certifi python3-defusedxml python3-six python3-bson
)
# Extra packages for optional build modes, e.g. `scripts/deps.sh fuzz`.
case "${1:-}" in
  fuzz) PKGS+=(clang-14 libclang-rt-14-dev lld-14) ;;
  "") ;;
  *) echo "usage: $0 [fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo ">> deps: all ${#PKGS[@]} packages already installed"
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo ">> deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
