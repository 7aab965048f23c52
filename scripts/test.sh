#!/usr/bin/env bash
# Builds Shouhu and runs every test through ctest (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd "${SHOUHU_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 1200
