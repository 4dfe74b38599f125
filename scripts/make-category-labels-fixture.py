#!/usr/bin/env python3
"""Writes Tests/CLITests/Fixtures/category_labels.xlsx: a group column holding a blank cell, blank text and an
error value among its categories, as raw XML parts (standard library only, deterministic).
Usage: scripts/make-category-labels-fixture.py."""
import os
import sys

from xlsx_parts import inline_text_cell, num, sheet_xml, write


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Tests/CLITests/Fixtures"
    os.makedirs(folder, exist_ok=True)
    groups = ["総務", None, "#N/A", "税務", "総務", "", "税務", "総務"]
    counts = [12, 7, 9, 15, 10, 8, 13, 11]
    rows = [(1, inline_text_cell("A1", "課") + inline_text_cell("B1", "件数"))]
    for index, (group, count) in enumerate(zip(groups, counts)):
        r = index + 2
        if group is None:
            label = ""
        elif group.startswith("#"):
            label = f'<c r="A{r}" t="e"><f>NA()</f><v>{group}</v></c>'
        else:
            label = inline_text_cell(f"A{r}", group)
        rows.append((r, label + num(f"B{r}", count)))
    write(folder, "category_labels.xlsx", [("Sheet1", sheet_xml(rows))])


if __name__ == "__main__":
    main()
