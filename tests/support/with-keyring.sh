#!/bin/sh
# Runs a test inside the D-Bus session dbus-run-session made, with a fresh, unlocked
# gnome-keyring-daemon (Secret Service) whose data lives in a temporary directory, so the
# test's secrets never touch the user's own keyring.
set -e
tmp=$(mktemp -d)
trap 'kill "$GNOME_KEYRING_PID" 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring's password is only the test's: the keyring dies with the session.
eval "$(printf 'switchboard-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
export SB_TEST_KEYRING=1
"$@"
