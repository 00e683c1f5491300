#!/usr/bin/env bash
# Regenerates the README's screenshots (resources/screenshots/*.png, 1600x1000 for the window
# and panels, dialogs at their own size) from the GUI tests, which drive each panel on the
# tiny SynthMotion demo and save what they show. Run after a build: bash packaging/take-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/resources/screenshots"
mkdir -p "$out"
TEST_SCREENSHOT_DIR="$out" ctest --test-dir build -L gui -j2 --output-on-failure
# Working shots the README does not show.
rm -f "$out"/testgui-training.png "$out"/panel-inspector-slowfast.png
ls -l "$out"
