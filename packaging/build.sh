#!/usr/bin/env bash
# Installs the dependencies, then configures and builds ActionStudio (Ninja, ccache, preset
# "default", output in build/). Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default "$@"
cmake --build --preset default
