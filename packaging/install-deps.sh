#!/usr/bin/env bash
# Installs every Debian 12 package that ActionStudio needs to build, run and test.
# Idempotent: packages already present are left alone. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # engine
  libtorch-dev libopencv-dev
  # small well-kept libraries used by core/
  libyaml-cpp-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev
  # Qt 6 Widgets, Charts, Test, translations (Charts needs OpenGL dev files to be found by CMake)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  # runtime: codecs through OpenCV's FFmpeg backend, offscreen and X11 platform plugins
  ffmpeg qt6-qpa-plugins fonts-wqy-microhei xvfb xauth
)

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
