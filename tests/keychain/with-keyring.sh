#!/bin/sh
# Runs a test inside the private D-Bus session it is started in (dbus-run-session), with
# gnome-keyring's Secret Service unlocked in a throw-away HOME, and removes it all afterwards.
set -eu
: "${DBUS_SESSION_BUS_ADDRESS:?run me under dbus-run-session}"
HOME="$(mktemp -d)"
export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' "${KEYRING_PASSWORD:-ci-password}" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
i=0
while [ $i -lt 50 ]; do   # wait until org.freedesktop.secrets has an owner (normally at once)
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  i=$((i + 1)); sleep 0.1
done
export PC_REQUIRE_KEYCHAIN=1
rc=0; "$@" || rc=$?
rm -rf "$HOME"
exit $rc
