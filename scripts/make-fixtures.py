#!/usr/bin/env python3
"""Writes one small .xlsx per reader quirk that the shared corpus lacks, as raw XML parts zipped with the
standard library only, so every byte of each fixture is visible here. Output is deterministic (fixed zip
timestamps). Usage: scripts/make-fixtures.py [output folder, default Tests/XLSXReaderTests/Fixtures]."""
import os
import sys

from xlsx_parts import MAIN, inline_text_cell, num, sheet_xml, sst_xml, styles_xml, text, write


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Tests/XLSXReaderTests/Fixtures"
    os.makedirs(folder, exist_ok=True)

    # 1904 system written as "true" (LibreOffice spelling) plus Japanese furigana in rPh runs.
    write(folder, "date1904_furigana.xlsx",
          [("名簿", sheet_xml([(1, text("A1", 0) + text("B1", 1)), (2, num("A2", 40543, 1) + num("B2", 0, 1))]))],
          styles=styles_xml([0, 14]),
          sst=sst_xml(['<t>氏名</t><rPh sb="0" eb="2"><t>シメイ</t></rPh><phoneticPr fontId="1"/>',
                       '<r><t>入庁</t></r><r><rPr><b/></rPr><t>日</t></r><rPh sb="0" eb="2"><r><t>ニュウチョウ</t></r></rPh>']),
          date1904="true")

    # Japanese-locale built-in ids 27–36 and 50–58 (和暦 among them); each row holds serial 45748 = 2025-04-01,
    # and ids 32/33 (時/分/秒 times) hold 0.5 = 12:00.
    ids = list(range(27, 37)) + list(range(50, 59))
    rows = []
    for i, fmt in enumerate(ids):
        value = 0.5 if fmt in (32, 33) else 45748
        rows.append((i + 1, num(f"A{i + 1}", fmt) + num(f"B{i + 1}", value, i + 1)))
    write(folder, "japanese_builtin_date_ids.xlsx", [("Sheet1", sheet_xml(rows))], styles=styles_xml([0] + ids))

    # A workbook's numFmts win over the built-in table: id 14 redefined as a number, id 3 as a date,
    # and a quoted/escaped code that only looks like a date.
    write(folder, "numfmt_overrides_builtin.xlsx",
          [("Sheet1", sheet_xml([(1, num("A1", 45748, 1) + num("B1", 45748, 2) + num("C1", 45748, 3) + num("D1", 1.25, 4))]))],
          styles=styles_xml([0, 14, 3, 164, 165],
                            {14: "0.00", 3: "yyyy/mm/dd", 164: '#,##0&quot; 日&quot;\\d', 165: "[h]:mm"}))

    # Text that is really a number, for the table's number-like detection.
    write(folder, "fullwidth_number_text.xlsx",
          [("Sheet1", sheet_xml([(1, text("A1", 0)), (2, text("A2", 1)), (3, text("A3", 2)), (4, text("A4", 3)),
                                 (5, text("A5", 4)), (6, num("A6", 7)), (7, text("A7", 5))]))],
          sst=sst_xml(["<t>件数</t>", "<t>１２３</t>", "<t>1,234</t>", '<t xml:space="preserve"> 42 </t>',
                       "<t>12時間</t>", "<t>3件</t>"]))

    # _xHHHH_ escapes: an escaped underscore, a surrogate pair, a lone surrogate, and a non-escape.
    write(folder, "xstring_escapes.xlsx",
          [("Sheet1", sheet_xml([(1, text("A1", 0) + text("B1", 1) + text("C1", 2) + text("D1", 3))]))],
          sst=sst_xml(["<t>_x005F_x000D_</t>", "<t>_xD83D__xDE00_</t>", "<t>a_xD800_b</t>", "<t>_x12G4_ &amp;amp; &#x41;</t>"]))

    # A DOCTYPE declaring entities (billion laughs): they must never be expanded.
    laughs = '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
    write(folder, "doctype_entities.xlsx",
          [("Sheet1", sheet_xml([(1, '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c>')], prologue=laughs))])

    # A dimension beyond Excel's grid, and a cell reference beyond it.
    write(folder, "absurd_dimension.xlsx",
          [("Dimension", sheet_xml([(1, num("A1", 1))], dimension="A1:XFD99999999")),
           ("Cell", sheet_xml([(1, num("A1", 1) + num("A1048577", 2))]))])

    # 1900 leap-year bug serials 59, 60, 61 and a time-only value.
    write(folder, "date1900_leap_bug.xlsx",
          [("Sheet1", sheet_xml([(1, num("A1", 59, 1) + num("B1", 60, 1) + num("C1", 61, 1) + num("D1", 0.75, 2))]))],
          styles=styles_xml([0, 14, 21]))

    # A table under a title row: padded, repeated and blank headers, a date column, and problem cells
    # (full-width digits, a blank, an error value, a unit suffix, text among dates).
    inline = inline_text_cell
    data = [("総務", "34", "35", "1"), ("企画", "１２", "40", "2"), ("税務", None, "41", "3"),
            ("総務", "50", "#DIV/0!", "4"), ("福祉", "28", "29", "12時間")]
    rows = [(1, inline("A1", "職員調査 2024")),
            (3, inline("A3", " 所属 ") + inline("B3", "年齢") + inline("C3", "年齢") + inline("E3", "入庁日"))]
    for i, (dept, age, age2, d) in enumerate(data):
        r = 4 + i
        cells = inline(f"A{r}", dept)
        if age is not None:
            cells += num(f"B{r}", age) if age.isascii() else inline(f"B{r}", age)
        cells += f'<c r="C{r}" t="e"><v>{age2}</v></c>' if age2.startswith("#") else num(f"C{r}", age2)
        cells += num(f"D{r}", d) if d.isascii() else inline(f"D{r}", d)
        cells += inline(f"E{r}", "n/a") if r == 7 else num(f"E{r}", 45748 + i, 1)
        rows.append((r, cells))
    write(folder, "table_layout.xlsx", [("職員", sheet_xml(rows))], styles=styles_xml([0, 14]))

    # The same cells written twice: plainly (the scanner's whole-cell fast path) and in forms that must
    # take the general path (x: prefixes, whitespace between tags, entities, formulas, no r attributes).
    plain_rows = [(1, num("A1", 1.5) + text("B1", 0) + '<c r="C1" t="b"><v>1</v></c>' + '<c r="D1" s="1"><v>45748</v></c>'),
                  (2, '<c r="A2" t="e"><v>#N/A</v></c><c r="B2" t="str"><v>a&amp;b</v></c><c r="C2" s="1"/><c r="D2"></c>')]
    prefixed = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="{MAIN}">\n <x:sheetData>\n'
                '  <x:row r="1">\n   <x:c r="A1"> <x:v>1.5</x:v> </x:c>\n   <x:c t="s"><x:v>0</x:v></x:c>\n'
                '   <x:c t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c>\n   <x:c s="1"><x:v>45748</x:v></x:c>\n  </x:row>\n'
                '  <x:row>\n   <x:c t="e"><x:v>#N/A</x:v></x:c>\n   <x:c t="str"><x:v>a&amp;b</x:v></x:c>\n'
                '   <x:c s="1"/>\n  </x:row>\n </x:sheetData>\n</x:worksheet>')
    write(folder, "fast_and_general_paths.xlsx", [("Plain", sheet_xml(plain_rows)), ("Prefixed", prefixed)],
          styles=styles_xml([0, 14]), sst=sst_xml(["<t>東京</t>"]))


if __name__ == "__main__":
    main()
