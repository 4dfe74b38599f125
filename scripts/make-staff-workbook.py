#!/usr/bin/env python3
"""Writes Workbooks/staff.xlsx: 120 fictitious city-hall staff records for the workshop, deterministic
(fixed seed, fixed zip timestamps), standard library only.

The data carry a true relationship for the regression exercises:
    月間残業時間 = 4 + 0.11 × 処理件数 + 所属 effect + N(0, 3²)
with 所属 effects 総務課 0, 企画課 +6, 税務課 +3, 福祉課 +9, 土木課 −2, and a few deliberate problems that
`bunseki inspect` must find: a blank 年齢 (row 15), the full-width text "１２" (月間残業時間, row 30) and
the text "12時間" (月間残業時間, row 58).
Usage: scripts/make-staff-workbook.py [output path, default Workbooks/staff.xlsx]."""
import datetime
import os
import random
import sys

from xlsx_parts import num, sheet_xml, sst_xml, styles_xml, text, write

DEPARTMENTS = [("総務課", 0.0), ("企画課", 6.0), ("税務課", 3.0), ("福祉課", 9.0), ("土木課", -2.0)]
HEADERS = ["所属", "年齢", "月間残業時間", "処理件数", "研修受講", "入庁日"]
ROWS = 120
BLANK_AGE_ROW = 15
FULL_WIDTH_ROW = 30
UNIT_ROW = 58


def excel_serial(day):
    return (day - datetime.date(1899, 12, 30)).days


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Workbooks/staff.xlsx"
    rng = random.Random(20240401)
    strings = HEADERS + [d for d, _ in DEPARTMENTS] + ["はい", "いいえ", "１２", "12時間"]
    index = {s: i for i, s in enumerate(strings)}
    rows = [(1, "".join(text(f"{chr(65 + c)}1", index[h]) for c, h in enumerate(HEADERS)))]
    for r in range(2, ROWS + 2):
        department, effect = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
        age = rng.randint(22, 60)
        cases = rng.randint(40, 260)
        overtime = max(0.0, round(4 + 0.11 * cases + effect + rng.gauss(0, 3), 1))
        trained = "はい" if rng.random() < 0.55 else "いいえ"
        years = max(0, min(age - 22, rng.randint(0, 38)))
        joined = datetime.date(2024 - years, 4, 1)
        cells = text(f"A{r}", index[department])
        if r != BLANK_AGE_ROW:
            cells += num(f"B{r}", age)
        if r == FULL_WIDTH_ROW:
            cells += text(f"C{r}", index["１２"])
        elif r == UNIT_ROW:
            cells += text(f"C{r}", index["12時間"])
        else:
            cells += num(f"C{r}", overtime)
        cells += num(f"D{r}", cases) + text(f"E{r}", index[trained]) + num(f"F{r}", excel_serial(joined), 1)
        rows.append((r, cells))
    folder, name = os.path.split(out)
    os.makedirs(folder or ".", exist_ok=True)
    write(folder or ".", name, [("職員データ", sheet_xml(rows, dimension=f"A1:F{ROWS + 1}"))],
          styles=styles_xml([0, 14]), sst=sst_xml([f"<t>{s}</t>" for s in strings]))


if __name__ == "__main__":
    main()
