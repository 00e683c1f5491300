#!/usr/bin/env bash
# Fresh machine to running app: install, build, start the GUI on the built-in demo project
# (created on first start). Arguments are passed to the app (e.g. a project folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
  exec xvfb-run -a ./build/app/actionstudio "$@"
fi
exec ./build/app/actionstudio "$@"
