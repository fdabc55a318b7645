#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser). Installs it when it is
# missing: apt-get needs root, as on the CI machine. CHROMIUM_PATH points elsewhere if you have one.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
echo "ensure-chromium: $path is missing; installing Debian's chromium (apt-get)" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: not root; install it yourself: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
apt-get update
apt-get install -y chromium
