#!/usr/bin/env bash
# Builds Shouhu and starts the GUI on a demo database (made on first start, clearly labelled as demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
db="${SHOUHU_DEMO_DB:-$HOME/.local/share/shouhu/demo.sqlite}"
args=(--demo --db "$db")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
    exec xvfb-run -a "./${SHOUHU_BUILD_DIR:-build}/bin/shouhu" "${args[@]}"
fi
exec "./${SHOUHU_BUILD_DIR:-build}/bin/shouhu" "${args[@]}"
