#!/usr/bin/env bash
# The test suite and the fuzz targets under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer: clang, in build-san/ (or $SHOUHU_SAN_BUILD_DIR). Every report fails the run.
#   1. the whole ctest suite, with each fuzz target once over its corpus (tests/fuzz-corpus/);
#   2. each fuzz target fuzzing for $SHOUHU_FUZZ_SECONDS (default 60) from its corpus.
# Reports are written to <build>/sanitizer-reports/ (also those of the shouhu-cli and shouhu processes that
# the end-to-end tests start, whose exit code a test may expect to be non-zero) and printed at the end.
# Extra arguments go to the first ctest run (e.g. -R TestIdNumber).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash packaging/install-deps.sh --sanitizers
build="${SHOUHU_SAN_BUILD_DIR:-build-san}"
extra=()
[ "${CI:-}" = "true" ] && extra+=(-DSHOUHU_WERROR=ON)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSHOUHU_SANITIZE=ON -DSHOUHU_FUZZ=ON -DSHOUHU_FUZZ_SECONDS="${SHOUHU_FUZZ_SECONDS:-60}" \
    "${extra[@]}" >/dev/null
start=$SECONDS
cmake --build "$build" -j "$(nproc)"
echo "sanitizer build: $((SECONDS - start)) s"

reports="$root/$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
# halt_on_error: the first report ends the process (UBSan is built with -fno-sanitize-recover=all too).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_init_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
# Qt Test's watchdog aborts a test function after 5 minutes; TestCrashSafety's killed imports take longer
# under the sanitizers on two busy cores.
export QTEST_FUNCTION_TIMEOUT=1800000

status=0
start=$SECONDS
(cd "$build" && ctest --output-on-failure -j 2 -LE fuzzing "$@") || status=1
echo "sanitized suite: $((SECONDS - start)) s"
if [ $# -eq 0 ]; then
    start=$SECONDS
    (cd "$build" && ctest --output-on-failure -j 2 -L fuzzing) || status=1
    echo "fuzzing: $((SECONDS - start)) s"
fi

if [ -n "$(ls -A "$reports")" ]; then
    echo "Sanitizer reports:" >&2
    for f in "$reports"/*; do
        echo "== $f" >&2
        cat "$f" >&2
    done
    status=1
fi
exit $status
