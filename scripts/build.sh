#!/usr/bin/env bash
# Installs what is missing, then configures and builds Shouhu into build/ (or $SHOUHU_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build="${SHOUHU_BUILD_DIR:-build}"
extra=()
[ "${CI:-}" = "true" ] && extra+=(-DSHOUHU_WERROR=ON)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
