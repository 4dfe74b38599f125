#!/bin/sh
# Optimised one-off build of the CSVReader sources with scripts/bench-csv/main.swift, then a timed run
# (wall time and peak RSS). Run from the repository root.
set -e
out="${TMPDIR:-/tmp}/bunseki-bench-csv"
swiftc -O -module-name CSVBench Sources/CSVReader/*.swift scripts/bench-csv/main.swift -o "$out"
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$out"
