#!/usr/bin/env bash
# Installs, from Debian 12's own packages, everything Shouhu needs to build, run and test.
# --sanitizers adds clang with its ASan, UBSan and libFuzzer runtimes and llvm-symbolizer (for
# scripts/sanitize.sh, which scripts/test.sh runs after the normal suite).
# Only missing packages are installed; run as root or with sudo available.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins qt6-charts-dev libqt6opengl6-dev
    libgl-dev libsodium-dev libicu-dev zlib1g-dev libquazip1-qt6-dev libxlsxwriter-dev sqlite3
    fonts-noto-cjk xvfb xauth poppler-utils unzip
)
for arg in "$@"; do
    case "$arg" in
    --sanitizers) packages+=(clang libclang-rt-14-dev llvm) ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

# SQLCipher 4 (encryption at rest) comes from bookworm-backports: Debian 12's main archive has only 3.4.1.
backports=(libsqlcipher-dev)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
missing_backports=()
for p in "${backports[@]}"; do
    # The 3.x of the main archive does not count.
    if ! installed "$p" || dpkg --compare-versions "$(dpkg-query -W -f='${Version}' "$p")" lt 4; then
        missing_backports+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_backports[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# The machine's own Debian source for bookworm (its mirror and keyring), as configured in sources.list or a
# deb822 .sources file: bookworm-backports is enabled from the same place, no host name of ours.
enable_backports() {
    if grep -rqsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 0
    fi
    local uri="" signed=""
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        # The first stanza whose Suites name bookworm and Components name main.
        read -r uri signed < <(awk '
            BEGIN { RS = ""; FS = "\n" }
            {
                u = ""; s = ""; k = ""; c = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^URIs:/) { u = $i; sub(/^URIs:[ \t]*/, "", u); split(u, a, /[ \t]+/); u = a[1] }
                    if ($i ~ /^Suites:/) s = $i
                    if ($i ~ /^Components:/) c = $i
                    if ($i ~ /^Signed-By:/) { k = $i; sub(/^Signed-By:[ \t]*/, "", k) }
                }
                if (s ~ /[ \t]bookworm([ \t]|$)/ && c ~ /[ \t]main([ \t]|$)/ && u != "") { print u, k; exit }
            }' "$f") || true
        [ -n "$uri" ] && break
    done
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 ~ /[ \t]bookworm[ \t]/ && $0 ~ /[ \t]main/ {
                       for (i = 2; i <= NF; i++) if ($i !~ /^\[/) { print $i; exit } }' /etc/apt/sources.list)
    fi
    if [ -z "$uri" ]; then
        echo "install-deps.sh: no Debian bookworm source is configured in /etc/apt; enable bookworm-backports" \
             "and install ${backports[*]} from it." >&2
        exit 1
    fi
    echo "Enabling bookworm-backports from $uri" >&2
    {
        echo "Types: deb"
        echo "URIs: $uri"
        echo "Suites: bookworm-backports"
        echo "Components: main"
        [ -n "$signed" ] && echo "Signed-By: $signed"
    } | "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/shouhu-bookworm-backports.sources >/dev/null
}

[ ${#missing_backports[@]} -gt 0 ] && enable_backports
echo "Installing: ${missing[*]} ${missing_backports[*]}" >&2
"${sudo_cmd[@]}" apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_backports[@]} -gt 0 ]; then
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends -t bookworm-backports "${missing_backports[@]}"
fi
