#!/usr/bin/env bash
# Builds Shouhu and runs every test through ctest (GUI tests run offscreen); then the same suite and the fuzz
# targets under AddressSanitizer + UndefinedBehaviorSanitizer in build-san/ (scripts/sanitize.sh, clang) when
# SHOUHU_SANITIZERS=1. Off by default until a clean-clone run of it has been timed against CI's 90 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
(cd "${SHOUHU_BUILD_DIR:-build}" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 1200)
if [ "${SHOUHU_SANITIZERS:-0}" = 1 ]; then
    bash scripts/sanitize.sh
fi
