#!/bin/sh
# Optimised one-off build of the CSVReader sources with scripts/bench-csv/main.swift, then timed reads
# (wall time and peak RSS) of a generated 1,000,000-row file in UTF-8 and Shift_JIS.
# Run from the repository root.
set -e
work="${TMPDIR:-/tmp}/bunseki-bench-csv"
mkdir -p "$work"
swiftc -O -module-name CSVBench Sources/CSVReader/*.swift scripts/bench-csv/main.swift -o "$work/bench-csv"
"$work/bench-csv" generate "$work"
ls -l "$work"/bench-*.csv
for file in "$work/bench-utf8.csv" "$work/bench-sjis.csv"; do
    /usr/bin/time -f "  wall %e s, peak RSS %M KB" "$work/bench-csv" read "$file"
done
