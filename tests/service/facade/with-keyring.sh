#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring
# (PLATFORM.md): a fresh HOME, no XDG_RUNTIME_DIR. Use as
#   dbus-run-session -- with-keyring.sh TEST [ARGS...]
set -e
HOME=$(mktemp -d)
export HOME
unset XDG_RUNTIME_DIR
printf '%s' "gongzhi-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
status=0
"$@" || status=$?
rm -rf "$HOME"
exit $status
