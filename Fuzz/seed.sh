#!/bin/sh
# Makes the seed corpora from the shared workbook corpus and our reader fixtures.
#   raw-bytes:     whole workbooks under 64 KiB (larger ones slow every mutation down).
#   package-parts: one byte selecting the part (order of MinimalPackage.Part) followed by that part's XML.
# Usage: Fuzz/seed.sh [output folder]   (default .build-fuzzer)
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-.build-fuzzer}
RAW="$OUT/seeds/raw-bytes"
PARTS="$OUT/seeds/package-parts"
mkdir -p "$RAW" "$PARTS"
WORKBOOKS=$(ls ../shared/corpus/xlsx/*.xlsx Tests/XLSXReaderTests/Fixtures/*.xlsx 2>/dev/null || true)
[ -n "$WORKBOOKS" ] || { echo "no seed workbooks found (../shared/corpus/xlsx is absent)"; exit 1; }

n=0
for book in $WORKBOOKS; do
    n=$((n + 1))
    [ "$(wc -c < "$book")" -le 65536 ] && cp "$book" "$RAW/$n.xlsx"
    selector=0
    for part in xl/worksheets/sheet1.xml xl/sharedStrings.xml xl/workbook.xml xl/styles.xml \
                xl/_rels/workbook.xml.rels '[[]Content_Types].xml' _rels/.rels; do
        seed="$PARTS/$n-$selector"
        if unzip -p "$book" "$part" > "$seed.xml" 2>/dev/null && [ -s "$seed.xml" ] && [ "$(wc -c < "$seed.xml")" -le 65536 ]; then
            printf "\\$(printf %03o "$selector")" | cat - "$seed.xml" > "$seed"
        fi
        rm -f "$seed.xml"
        selector=$((selector + 1))
    done
done
echo "seeds: $(ls "$RAW" | wc -l) workbooks, $(ls "$PARTS" | wc -l) parts"
