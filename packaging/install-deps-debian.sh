#!/usr/bin/env bash
# Installs what Kairos needs to build, test and run on Debian 12 / Ubuntu 24.04+ (Qt 6.4 or newer).
# Only installs packages that are missing, so it is cheap to run every time.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-charts-dev qt6-websockets-dev qt6-multimedia-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libqcustomplot-dev libqcustomplot2.1-qt6
  libqt6svg6 libgl1-mesa-dev libhiredis-dev redis-server qt6-translations-l10n
  tzdata
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
