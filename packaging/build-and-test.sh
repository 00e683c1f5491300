#!/usr/bin/env bash
# Fresh machine to test results: install, build, run the whole QtTest suite with CTest
# (GUI tests on the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
ctest --preset default "$@"
