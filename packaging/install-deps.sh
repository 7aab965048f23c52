#!/usr/bin/env bash
# Installs, from Debian 12's own packages, everything Shouhu needs to build, run and test.
# --sanitizers adds clang with its ASan, UBSan and libFuzzer runtimes and llvm-symbolizer (for
# scripts/sanitize.sh, which scripts/test.sh runs after the normal suite).
# Only missing packages are installed; run as root or with sudo available.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libgl-dev libsodium-dev libicu-dev zlib1g-dev libquazip1-qt6-dev libxlsxwriter-dev libsqlite3-dev sqlite3
    fonts-noto-cjk xvfb xauth poppler-utils unzip
)
for arg in "$@"; do
    case "$arg" in
    --sanitizers) packages+=(clang libclang-rt-14-dev llvm) ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
