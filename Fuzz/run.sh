#!/bin/sh
# Runs each fuzz target in turn (one process at a time) for FUZZ_SECONDS seconds each.
# Findings (crash-*, timeout-*, leak-*, oom-*) land in $OUT/findings; the grown corpora persist in
# $OUT/corpus so later runs continue where earlier ones stopped. Logs: $OUT/logs/<target>.log.
# Usage: FUZZ_SECONDS=900 Fuzz/run.sh [target…]   (default: both targets)
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-.build-fuzzer}
SECONDS_EACH=${FUZZ_SECONDS:-300}
TARGETS=${*:-raw-bytes package-parts}
Fuzz/build.sh "$OUT"
Fuzz/seed.sh "$OUT"
mkdir -p "$OUT/findings" "$OUT/logs"
for target in $TARGETS; do
    mkdir -p "$OUT/corpus/$target"
    echo "fuzzing $target for $SECONDS_EACH s (log: $OUT/logs/$target.log)"
    "$OUT/fuzz-$target" "$OUT/corpus/$target" "$OUT/seeds/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$OUT/findings/$target-" -print_final_stats=1 > "$OUT/logs/$target.log" 2>&1 || true
    tail -n 12 "$OUT/logs/$target.log"
done
ls "$OUT/findings"
