#!/usr/bin/env python3
"""Compares `bunseki export` with xlsx2csv on the real-world corpus, cell by cell, and prints each difference
class with examples (docs/EXPORT.md explains them). Not a test: needs `pip install xlsx2csv` and a built bunseki.
Usage: scripts/compare-export.py [--bunseki .build/debug/bunseki] [--corpus ../shared/corpus/xlsx]"""
import argparse
import collections
import csv
import io
import os
import re
import subprocess
import sys
import tempfile

from xlsx2csv import Xlsx2csv

NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def bunseki_rows(binary, path):
    run = subprocess.run([binary, "export", path, "--sheet", "1", "--lang", "en"], capture_output=True)
    if run.returncode != 0:
        raise RuntimeError(run.stderr.decode("utf-8", "replace").strip())
    return list(csv.reader(io.StringIO(run.stdout.decode("utf-8"), newline="")))


def xlsx2csv_rows(path):
    with tempfile.NamedTemporaryFile("r", suffix=".csv", encoding="utf-8", newline="") as out:
        Xlsx2csv(path, outputencoding="utf-8", dateformat="%Y-%m-%d", timeformat="%H:%M:%S",
                 floatformat=None, skip_empty_lines=False).convert(out.name, sheetid=1)
        return list(csv.reader(open(out.name, encoding="utf-8", newline="")))


def grid(rows):
    """Rows without trailing empty fields and without trailing empty rows, so width conventions do not count."""
    trimmed = []
    for row in rows:
        while row and row[-1] == "":
            row = row[:-1]
        trimmed.append(row)
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return trimmed


def classify(ours, theirs):
    if NUMBER.match(ours) and NUMBER.match(theirs):
        return "number text (same value)" if float(ours) == float(theirs) else "number value"
    if ours in ("TRUE", "FALSE") and theirs in ("TRUE", "FALSE", "0", "1", "True", "False"):
        return "boolean spelling"
    if DATE.match(ours) or DATE.match(theirs):
        return "date or time"
    if ours.startswith("#") or theirs.startswith("#"):
        return "error value"
    if ours == "" or theirs == "":
        return "empty on one side"
    if ours.strip() == theirs.strip():
        return "whitespace"
    return "text"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bunseki", default=".build/debug/bunseki")
    parser.add_argument("--corpus", default="../shared/corpus/xlsx")
    args = parser.parse_args()
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith((".xlsx", ".xlsm")))
    classes = collections.defaultdict(list)
    same = 0
    for name in files:
        path = os.path.join(args.corpus, name)
        try:
            ours = bunseki_rows(args.bunseki, path)
        except Exception as error:  # a refusal is reported, not fatal: the corpus holds broken files on purpose
            ours_error = str(error)
        else:
            ours_error = None
        try:
            theirs = xlsx2csv_rows(path)
        except Exception as error:
            theirs_error = f"{type(error).__name__}: {error}"
        else:
            theirs_error = None
        if ours_error or theirs_error:
            if ours_error and theirs_error:
                classes["both refuse"].append((name, "", ours_error[:90], theirs_error[:90]))
            else:
                label = "only bunseki refuses" if ours_error else "only xlsx2csv refuses"
                classes[label].append((name, "", (ours_error or "ok")[:90], (theirs_error or "ok")[:90]))
            continue
        a, b = grid(ours), grid(theirs)
        differences = 0
        for r in range(max(len(a), len(b))):
            row_a = a[r] if r < len(a) else []
            row_b = b[r] if r < len(b) else []
            for c in range(max(len(row_a), len(row_b))):
                x = row_a[c] if c < len(row_a) else ""
                y = row_b[c] if c < len(row_b) else ""
                if x != y:
                    differences += 1
                    classes[classify(x, y)].append((name, f"R{r + 1}C{c + 1}", x[:40], y[:40]))
        same += differences == 0
    print(f"{len(files)} workbooks; first sheet identical (after trimming trailing empties) in {same}")
    for label, cases in sorted(classes.items(), key=lambda item: -len(item[1])):
        workbooks = sorted({case[0] for case in cases})
        print(f"\n## {label}: {len(cases)} cells in {len(workbooks)} workbooks")
        shown = collections.Counter()
        for workbook, cell, x, y in cases:
            if shown[workbook] < 3:
                shown[workbook] += 1
                print(f"  {workbook} {cell}: bunseki={x!r} xlsx2csv={y!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
