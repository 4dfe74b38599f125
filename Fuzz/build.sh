#!/bin/sh
# Builds the libFuzzer targets with AddressSanitizer by calling swiftc directly: SwiftPM has no way
# to build a target without main() and link libFuzzer's main instead.
# Usage: Fuzz/build.sh [output folder]   (default .build-fuzzer)
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-.build-fuzzer}
mkdir -p "$OUT/modules"
FLAGS="-O -g -sanitize=fuzzer,address -parse-as-library -I Sources/CZip -I $OUT/modules"

module() { # name, sources…
    name=$1; shift
    rm -f "$OUT/lib$name.a"
    swiftc $FLAGS -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
        -emit-library -static -o "$OUT/lib$name.a" "$@" 2>&1 | grep -v 'Cannot export local symbol' || true
    test -f "$OUT/lib$name.a"
}

target() { # name, target source
    swiftc $FLAGS -module-name FuzzTarget -o "$OUT/$1" "$2" Fuzz/Common/*.swift Tests/TestSupport/ZipBuilder.swift \
        Tests/TestSupport/MinimalPackage.swift -L "$OUT" -lTabular -lCSVReader -lXLSXReader -lSpreadsheet -lzip \
        2>&1 | grep -v 'Cannot export local symbol' || true
    test -x "$OUT/$1"
}

if [ -z "${SKIP_MODULES:-}" ]; then
    # Every source of a target, its folders included (the targets are split into folders along the flow).
    module Spreadsheet $(find Sources/Spreadsheet -name '*.swift' | sort)
    module XLSXReader $(find Sources/XLSXReader -name '*.swift' | sort)
    module CSVReader $(find Sources/CSVReader -name '*.swift' | sort)
    module Tabular $(find Sources/Tabular -name '*.swift' | sort)
fi
target fuzz-raw-bytes Fuzz/Targets/RawBytes.swift
target fuzz-package-parts Fuzz/Targets/PackageParts.swift
echo "built $OUT/fuzz-raw-bytes and $OUT/fuzz-package-parts"
