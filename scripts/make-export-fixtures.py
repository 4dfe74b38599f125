#!/usr/bin/env python3
"""Writes Tests/SheetExportTests/Fixtures/export_cases.xlsx: one workbook holding every case the sheet export
must get right, as raw XML parts (standard library only, deterministic). Usage: scripts/make-export-fixtures.py."""
import os
import sys

from xlsx_parts import inline_text_cell, num, sheet_xml, styles_xml, write


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Tests/SheetExportTests/Fixtures"
    os.makedirs(folder, exist_ok=True)
    # Styles: 1 = date (14), 2 = date and time (22), 3 = elapsed time [h]:mm:ss (46).
    styles = styles_xml([0, 14, 22, 46])
    # The dimension claims A1:B2 but cells reach column E and row 5: the export must not trust it.
    roster = sheet_xml([
        (1, "".join(inline_text_cell(f"{c}1", t) for c, t in zip("ABCDE", ["氏名", "入庁日", "残業", "メモ", "有効"]))),
        (2, inline_text_cell("A2", "髙橋①") + num("B2", 45383, 1) + num("C2", 1.5, 3)
            + inline_text_cell("D2", 'a,"b"\nc') + '<c r="E2" t="b"><v>1</v></c>'),
        (4, '<c r="A4"><f>0.05*2</f><v>0.1</v></c>' + num("B4", 45383.5, 2)
            + '<c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c>' + '<c r="D4"><f>A4*2</f></c>'
            + num("E4", 12345678901234567)),
        (5, num("A5", -3) + inline_text_cell("C5", "𠮷野家")),
    ], dimension="A1:B2")
    # A hidden sheet whose name needs cleaning for a file name (the state attribute rides in the name).
    hidden = sheet_xml([(1, inline_text_cell("A1", "x"))]).replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>')
    device = sheet_xml([(2, num("B2", 1))])
    write(folder, "export_cases.xlsx",
          [("名簿", roster), ('a&lt;b&gt;|c" state="hidden', hidden), ("CON", device)], styles=styles)


if __name__ == "__main__":
    sys.exit(main())
