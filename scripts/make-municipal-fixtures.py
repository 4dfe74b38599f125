#!/usr/bin/env python3
"""Writes test workbooks laid out the way Japanese city halls lay out spreadsheets for people (title rows,
merged headers, total rows, notes) into Tests/TabularTests/Fixtures/Municipal/, plus a README.md there that
lists every cell layout and the expected facts. The facts are computed by this script (and printed), never
typed by hand; the key numbers below (the 5月 sum and mean, the row layout of totals_and_notes) are
asserted against the computed ones.

Deterministic: fixed random seed, fixed workbook creation date; XlsxWriter stores fixed zip timestamps, so a
re-run writes identical bytes (overtime_by_section_lo.xlsx too, once its zip times are zeroed, as long
as the same LibreOffice version writes it).
Every formula cell carries its cached value (computed here), since the reader reads cached values.
Row numbers are Excel's (1-based). Usage: scripts/make-municipal-fixtures.py [--no-libreoffice]

 1. overtime_by_section.xlsx, sheet 残業時間 (also copied to Workbooks/overtime-by-section.xlsx).
    Title A1 merged A1:O1, lone unit cell A2 （単位：時間）, row 3 blank, header row 4: 所属, 氏名,
    4月 … 3月 (C–N, text), 年計 (O). 24 staff rows 5–28 (所属 includes 会計課, which is data).
    O5:O28 = SUM(C:N) formulas (a total column). Row 29 合計 = SUM, row 30 平均 = AVERAGE (C–O),
    row 31 blank, notes in A32 and A33. A correct reader sees 14 columns of data in rows 5–28 only:
    5月 (column D): count 24, sum 571.2, mean 23.8.
    overtime_by_section_lo.xlsx: the same file re-saved by LibreOffice (soffice --convert-to xlsx).
    overtime_by_section.csv: the same layout as text (UTF-8 with BOM, CRLF, every line padded to 15
    fields as Excel/LibreOffice export it); 合計/平均 lines show the displayed values (one decimal).
 2. two_row_header.xlsx, sheet 来庁者: title A1:H1, two header rows 3–4 with merges, data rows 5–16
    (12 windows), row 17 計 with SUM formulas in B–D. Column names: 窓口, 来庁者数_午前, 来庁者数_午後,
    来庁者数_計, 待ち時間（分）_平均, 待ち時間（分）_最長, 備考. 来庁者数_計 (D) is a plain-number total
    of B+C in every data row.
 3. header_cleaning.xlsx, sheet 職員: header row 1 ＩＤ / 氏　名 / 月間⏎残業時間 / ␣年齢␣ / 所属, 10 data
    rows 2–11. Cleaned names: ID, 氏名, 月間残業時間, 年齢, 所属.
 4. totals_and_notes.xlsx, sheet 件数: title A1, header row 3 (課名, 区分, 件数, 金額); data rows 4–8,
    10–13, 15–19, 21–23 (17 rows); 小計 rows 9, 14, 20; an unlabeled SUM total row 24; 総計 row 25;
    notes in A27, A28. 会計課 and 計画あり are data. Sheet English: data rows 2–4 and 6–7, Subtotal row 5,
    Total row 8 (plain numbers).
 5. total_columns.xlsx, sheet 人口: 地区, 総数 (= 男+女, plain), 男, 女, 世帯数, 計画戸数, 合計
    (= SUM(E:F) formulas); 8 data rows 2–9. Total columns: 総数 (B) and 合計 (G); 計画戸数 is ordinary.
    Sheet 偽の計: a column named 計 that is not a sum of its neighbours in any row.
 6. grid_paper.xlsx, sheet 方眼紙: every column 2.5 wide, A is an empty margin, title B1:P1, header
    row 3 merged B:E 氏名, F:H 所属, I:K 残業時間, L:P 備考; data rows 4–11 with the same merges.
    Expected: 4 columns 氏名, 所属, 残業時間, 備考 and 8 rows.
 7. two_tables.xlsx: sheet 横 has table B2:D10 and table F2:H7 separated by the empty column E;
    sheet 縦 has table A1:B9, blank rows 10–11, a lone title A12, table A13:B21.
 8. conventions.xlsx, sheet 記号: Japanese notation (▲ negatives, percent text, missing-value symbols,
    Japanese-era dates, spaced department names); the README lists every expected conversion.
 9. clean_control.xlsx, sheet Sheet1: a plain table A1:D31, nothing must change.
10. ambiguous_header.xlsx, sheet データ: two text rows (code_a… and 地区…) that could both be the header,
    data rows 3–12.
"""
import csv
import datetime
import io
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from fractions import Fraction

try:
    import xlsxwriter
    from xlsxwriter.utility import xl_col_to_name
except ImportError:
    print("make-municipal-fixtures.py needs XlsxWriter: pip install XlsxWriter", file=sys.stderr)
    sys.exit(1)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "TabularTests", "Fixtures", "Municipal")
SAMPLE = os.path.join(ROOT, "Workbooks", "overtime-by-section.xlsx")
CREATED = datetime.datetime(2024, 1, 1)
SEED = 20240401

# Typed facts, asserted against the computed ones (see the docstring).
EXPECTED_MAY_SUM_TENTHS = 5712  # 571.2 hours over 24 staff → mean 23.8


# ---------------------------------------------------------------------------------------------- helpers

class Rng:
    """Draws only through random.random(), whose sequence Python guarantees for a given seed."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def int(self, lo, hi):
        return lo + int(self.r.random() * (hi - lo + 1))

    def tenths(self, lo, hi):
        """A number with one decimal in [lo, hi], as an integer count of tenths."""
        return self.int(round(lo * 10), round(hi * 10))


def new_workbook(name):
    wb = xlsxwriter.Workbook(os.path.join(OUT, name),
                             {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"created": CREATED, "author": "", "title": ""})
    return wb


def cached(x):
    """A formula's cached value as XlsxWriter writes it: integers without '.0'."""
    if isinstance(x, Fraction):
        x = x.numerator / x.denominator
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def shown(x, places=1):
    """A number as Excel displays it with format 0.0 (round half away from zero on the exact value)."""
    x = Fraction(x)
    scaled = x * 10 ** places
    n = int(abs(scaled) + Fraction(1, 2))
    n = -n if scaled < 0 else n
    return f"{n / 10 ** places:.{places}f}"


def fmt1(tenths):
    """Tenths → float with one decimal (exact shortest repr)."""
    return tenths / 10


def mean(values):
    return Fraction(sum(Fraction(v) for v in values), len(values))


def dec(x, places=6):
    """A Fraction or number for the README: exact if short, else rounded."""
    f = Fraction(x)
    if f.denominator == 1:
        return str(f.numerator)
    for p in range(1, places + 1):
        if (f * 10 ** p).denominator == 1:
            return f"{float(f):.{p}f}"
    return f"{float(f):.{places}f}…"


FACTS = []  # (fixture, line) printed at the end


def fact(fixture, line):
    FACTS.append((fixture, line))
    return line


# --------------------------------------------------------------------------- 1. overtime_by_section

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
STAFF = [
    ("総務課", "山田 太郎"), ("総務課", "佐藤 花子"), ("総務課", "鈴木 一郎"), ("総務課", "高橋 美咲"), ("総務課", "田中 健太"),
    ("企画課", "伊藤 直子"), ("企画課", "渡辺 翔太"), ("企画課", "中村 由美"), ("企画課", "小林 大輔"), ("企画課", "加藤 恵"),
    ("税務課", "吉田 拓也"), ("税務課", "山本 彩"), ("税務課", "松本 誠"), ("税務課", "井上 真理"), ("税務課", "木村 亮"),
    ("福祉課", "林 和也"), ("福祉課", "斎藤 優子"), ("福祉課", "清水 隆"), ("福祉課", "山口 舞"), ("福祉課", "森 健二"),
    ("会計課", "池田 洋子"), ("会計課", "橋本 修"), ("会計課", "阿部 さくら"), ("会計課", "石川 浩"),
]
OT_TITLE = "令和6年度 課別・月別 時間外勤務時間（職員別）"
OT_UNIT = "（単位：時間）"
OT_NOTES = ["※ 管理職を除く。", "出典：人事課 勤怠管理システム（令和7年4月1日現在）"]
OT_FIRST, OT_LAST = 5, 28  # data rows (Excel)
OT_SUM_ROW, OT_MEAN_ROW = 29, 30


def overtime_hours(rng):
    """24 × 12 matrix of tenths of hours in [0, 600]; the 5月 column sums to exactly 5712 tenths."""
    busy = {"4月": 1.35, "5月": 1.15, "6月": 0.9, "7月": 0.85, "8月": 0.7, "9月": 0.9,
            "10月": 0.95, "11月": 1.0, "12月": 1.1, "1月": 1.2, "2月": 1.25, "3月": 1.5}
    rows = []
    for _ in STAFF:
        base = rng.tenths(8, 30)
        rows.append([max(0, min(600, int(base * busy[m]) + rng.int(-60, 60))) for m in MONTHS])
    may = MONTHS.index("5月")
    while True:  # redraw the 5月 column until its last value, fixed by the sum, lies in [0, 600]
        for r in rows[:-1]:
            r[may] = rng.tenths(5, 45)
        last = EXPECTED_MAY_SUM_TENTHS - sum(r[may] for r in rows[:-1])
        if 0 <= last <= 600:
            rows[-1][may] = last
            return rows


def overtime_by_section(rng):
    name = "overtime_by_section.xlsx"
    hours = overtime_hours(rng)
    n = len(STAFF)
    assert n == OT_LAST - OT_FIRST + 1 == 24
    wb = new_workbook(name)
    ws = wb.add_worksheet("残業時間")
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1, "bg_color": "#DDEBF7"})
    text = wb.add_format({"border": 1})
    num = wb.add_format({"border": 1, "num_format": "0.0"})
    total_label = wb.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2"})
    total_num = wb.add_format({"border": 1, "bold": True, "num_format": "0.0", "bg_color": "#F2F2F2"})
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 13)
    ws.set_column(2, 13, 7)
    ws.set_column(14, 14, 9)

    ws.merge_range("A1:O1", OT_TITLE, title)
    ws.write_string("A2", OT_UNIT)
    headers = ["所属", "氏名"] + MONTHS + ["年計"]
    for c, h in enumerate(headers):
        ws.write_string(3, c, h, head)
    for i, ((section, person), row) in enumerate(zip(STAFF, hours)):
        r = OT_FIRST - 1 + i
        ws.write_string(r, 0, section, text)
        ws.write_string(r, 1, person, text)
        for m, t in enumerate(row):
            ws.write_number(r, 2 + m, fmt1(t), num)
        ws.write_formula(r, 14, f"=SUM(C{r + 1}:N{r + 1})", num, cached(fmt1(sum(row))))

    columns = [[row[m] for row in hours] for m in range(12)] + [[sum(row) for row in hours]]
    sums = [sum(col) for col in columns]                       # tenths
    means = [Fraction(s, 10 * n) for s in sums]                # exact
    ws.write_string(OT_SUM_ROW - 1, 0, "合計", total_label)
    ws.write_blank(OT_SUM_ROW - 1, 1, None, total_label)
    ws.write_string(OT_MEAN_ROW - 1, 0, "平均", total_label)
    ws.write_blank(OT_MEAN_ROW - 1, 1, None, total_label)
    for k in range(13):
        col = xl_col_to_name(2 + k)
        ws.write_formula(OT_SUM_ROW - 1, 2 + k, f"=SUM({col}{OT_FIRST}:{col}{OT_LAST})", total_num,
                         cached(fmt1(sums[k])))
        ws.write_formula(OT_MEAN_ROW - 1, 2 + k, f"=AVERAGE({col}{OT_FIRST}:{col}{OT_LAST})", total_num,
                         cached(means[k]))
    ws.write_string(31, 0, OT_NOTES[0])
    ws.write_string(32, 0, OT_NOTES[1])
    ws.freeze_panes(OT_FIRST - 1, 2)
    wb.close()

    may = MONTHS.index("5月")
    assert sums[may] == EXPECTED_MAY_SUM_TENTHS and means[may] == Fraction(238, 10)
    assert all(0 <= t <= 600 for row in hours for t in row)

    write_overtime_csv(hours, sums, means)
    os.makedirs(os.path.dirname(SAMPLE), exist_ok=True)
    shutil.copyfile(os.path.join(OUT, name), SAMPLE)

    f = "overtime_by_section"
    facts = [fact(f, f"data rows {OT_FIRST}–{OT_LAST}: count {n}; columns 所属, 氏名, {', '.join(MONTHS)}, 年計 "
                     f"(15 columns A–O; 年計 is a total column, O = SUM(C:N) in every data row)")]
    for k, label in enumerate(MONTHS + ["年計"]):
        col = xl_col_to_name(2 + k)
        values = columns[k]
        facts.append(fact(f, f"{label} ({col}{OT_FIRST}:{col}{OT_LAST}): count {n}, sum {dec(Fraction(sums[k], 10))}, "
                             f"mean {dec(means[k])}, min {dec(Fraction(min(values), 10))}, "
                             f"max {dec(Fraction(max(values), 10))}"))
    counts = {}
    for section, _ in STAFF:
        counts[section] = counts.get(section, 0) + 1
    facts.append(fact(f, "所属 counts: " + ", ".join(f"{s} {c}" for s, c in counts.items())))
    facts.append(fact(f, f"D{OT_LAST} (5月, last staff row) = {dec(Fraction(hours[-1][may], 10))} "
                         f"(set so the 5月 sum is 571.2)"))
    return facts


def write_overtime_csv(hours, sums, means):
    width = 15
    lines = []

    def line(fields):
        lines.append(list(fields) + [""] * (width - len(fields)))

    line([OT_TITLE])
    line([OT_UNIT])
    line([])
    line(["所属", "氏名"] + MONTHS + ["年計"])
    for (section, person), row in zip(STAFF, hours):
        line([section, person] + [shown(Fraction(t, 10)) for t in row] + [shown(Fraction(sum(row), 10))])
    line(["合計", ""] + [shown(Fraction(s, 10)) for s in sums])
    line(["平均", ""] + [shown(m) for m in means])
    line([])
    line([OT_NOTES[0]])
    line([OT_NOTES[1]])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    with open(os.path.join(OUT, "overtime_by_section.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buffer.getvalue())


def libreoffice_copy(no_libreoffice):
    """overtime_by_section_lo.xlsx: the same workbook opened and saved again by LibreOffice."""
    target = os.path.join(OUT, "overtime_by_section_lo.xlsx")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if no_libreoffice or office is None:
        print("note: LibreOffice not used; overtime_by_section_lo.xlsx left as it was", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory(prefix="municipal-lo-") as tmp:
        profile = os.path.join(tmp, "profile")
        outdir = os.path.join(tmp, "out")
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                        "--outdir", outdir, os.path.join(OUT, "overtime_by_section.xlsx")],
                       check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(outdir, "overtime_by_section.xlsx"), target)
    zero_zip_times(target)
    return True


def zero_zip_times(path):
    """Sets every zip entry's DOS date/time to 1980-01-01 00:00 in place (local and central headers), so a
    re-run gives the same bytes; nothing else in LibreOffice's file changes."""
    with zipfile.ZipFile(path) as z:
        entries = z.infolist()
        central = z.start_dir
    with open(path, "r+b") as fh:
        data = bytearray(fh.read())
        for info in entries:
            at = info.header_offset
            assert data[at:at + 4] == b"PK\x03\x04"
            struct.pack_into("<HH", data, at + 10, 0, 0x21)
        at = central
        for _ in entries:
            assert data[at:at + 4] == b"PK\x01\x02"
            struct.pack_into("<HH", data, at + 12, 0, 0x21)
            name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
            at += 46 + name_len + extra_len + comment_len
        fh.seek(0)
        fh.write(data)


# ------------------------------------------------------------------------------- 2. two_row_header

WINDOWS = ["市民課1番", "市民課2番", "市民課3番", "保険年金課1番", "保険年金課2番", "税務課1番",
           "税務課2番", "福祉課1番", "福祉課2番", "子育て支援課", "環境課", "建築指導課"]
WINDOW_NOTES = {3: "10月から窓口統合", 10: "臨時窓口（3月のみ）"}  # index into WINDOWS → 備考


def two_row_header(rng):
    wb = new_workbook("two_row_header.xlsx")
    ws = wb.add_worksheet("来庁者")
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1, "text_wrap": True,
                          "bg_color": "#DDEBF7"})
    text = wb.add_format({"border": 1})
    integer = wb.add_format({"border": 1, "num_format": "#,##0"})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    ws.set_column(0, 0, 14)
    ws.set_column(1, 5, 9)
    ws.set_column(6, 6, 20)

    ws.merge_range("A1:H1", "窓口別 来庁者数と待ち時間（令和6年度）", title)
    ws.merge_range("A3:A4", "窓口", head)
    ws.merge_range("B3:D3", "来庁者数", head)
    ws.merge_range("E3:F3", "待ち時間（分）", head)
    ws.merge_range("G3:G4", "備考", head)
    for c, h in zip(range(1, 6), ["午前", "午後", "計", "平均", "最長"]):
        ws.write_string(3, c, h, head)

    rows = []
    for i, window in enumerate(WINDOWS):
        am, pm = rng.int(300, 2400), rng.int(250, 2000)
        avg = rng.tenths(3, 35)
        longest = avg + rng.tenths(5, 40)
        rows.append((window, am, pm, am + pm, avg, longest, WINDOW_NOTES.get(i, "")))
    for i, (window, am, pm, total, avg, longest, note) in enumerate(rows):
        r = 4 + i
        ws.write_string(r, 0, window, text)
        ws.write_number(r, 1, am, integer)
        ws.write_number(r, 2, pm, integer)
        ws.write_number(r, 3, total, integer)  # a plain number, not a formula
        ws.write_number(r, 4, fmt1(avg), one)
        ws.write_number(r, 5, fmt1(longest), one)
        if note:
            ws.write_string(r, 6, note, text)
        else:
            ws.write_blank(r, 6, None, text)
    ws.write_string(16, 0, "計", text)
    for c in range(1, 4):
        col = xl_col_to_name(c)
        ws.write_formula(16, c, f"=SUM({col}5:{col}16)", integer, sum(row[c] for row in rows))
    for c in range(4, 7):
        ws.write_blank(16, c, None, text)
    wb.close()

    f = "two_row_header"
    facts = [fact(f, "columns: 窓口, 来庁者数_午前, 来庁者数_午後, 来庁者数_計, 待ち時間（分）_平均, "
                     "待ち時間（分）_最長, 備考; data rows 5–16 (count 12); row 17 計 is a total row"),
             fact(f, "来庁者数_計 (D) = 午前 + 午後 in every data row (plain numbers): a total column")]
    for c, label in [(1, "来庁者数_午前"), (2, "来庁者数_午後"), (3, "来庁者数_計")]:
        values = [row[c] for row in rows]
        facts.append(fact(f, f"{label}: sum {sum(values)} (= cached {xl_col_to_name(c)}17), mean {dec(mean(values))}"))
    for c, label in [(4, "待ち時間（分）_平均"), (5, "待ち時間（分）_最長")]:
        values = [row[c] for row in rows]
        facts.append(fact(f, f"{label}: mean {dec(Fraction(sum(values), 10 * len(values)))}, "
                             f"max {dec(Fraction(max(values), 10))}"))
    facts.append(fact(f, "備考: " + ", ".join(f"G{5 + i} {note}" for i, note in WINDOW_NOTES.items())
                      + "; the other 10 are empty"))
    return facts


# ------------------------------------------------------------------------------ 3. header_cleaning

CLEAN_HEADERS = ["ＩＤ", "氏\u3000名", "月間\n残業時間", " 年齢 ", "所属"]
PEOPLE = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 直子", "渡辺 翔太", "中村 由美",
          "小林 大輔", "加藤 恵"]
SECTIONS = ["総務課", "企画課", "税務課", "福祉課", "土木課"]


def header_cleaning(rng):
    wb = new_workbook("header_cleaning.xlsx")
    ws = wb.add_worksheet("職員")
    head = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    one = wb.add_format({"num_format": "0.0"})
    for c, h in enumerate(CLEAN_HEADERS):
        ws.write_string(0, c, h, head)
    ws.set_row(0, 30)
    rows = []
    for i, person in enumerate(PEOPLE):
        rows.append((1001 + i, person, rng.tenths(0, 45), rng.int(23, 59), SECTIONS[i % len(SECTIONS)]))
    for i, (ident, person, ot, age, section) in enumerate(rows):
        r = 1 + i
        ws.write_number(r, 0, ident)
        ws.write_string(r, 1, person)
        ws.write_number(r, 2, fmt1(ot), one)
        ws.write_number(r, 3, age)
        ws.write_string(r, 4, section)
    wb.close()

    f = "header_cleaning"
    return [fact(f, "raw headers: " + ", ".join(repr(h) for h in CLEAN_HEADERS)),
            fact(f, "cleaned names: ID, 氏名, 月間残業時間, 年齢, 所属; data rows 2–11 (count 10)"),
            fact(f, f"ID 1001–1010; 月間残業時間 mean {dec(Fraction(sum(r[2] for r in rows), 100))}; "
                    f"年齢 mean {dec(mean([r[3] for r in rows]))}")]


# ----------------------------------------------------------------------------- 4. totals_and_notes

def totals_and_notes(rng):
    groups = [("総務課", ["新規", "継続", "変更", "新規", "廃止"]),
              ("会計課", ["新規", "継続", "計画あり", "変更"]),
              ("企画課", ["計画あり", "新規", "継続", "計画なし", "変更"]),
              ("税務課", ["新規", "継続", "変更"])]
    wb = new_workbook("totals_and_notes.xlsx")
    ws = wb.add_worksheet("件数")
    bold = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "border": 1, "bg_color": "#DDEBF7"})
    text = wb.add_format({"border": 1})
    integer = wb.add_format({"border": 1, "num_format": "#,##0"})
    sub_text = wb.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2"})
    sub_int = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0", "bg_color": "#F2F2F2"})
    ws.set_column(0, 1, 12)
    ws.set_column(2, 3, 10)
    ws.write_string("A1", "課別 申請件数・金額（令和6年度）", bold)
    for c, h in enumerate(["課名", "区分", "件数", "金額"]):
        ws.write_string(2, c, h, head)

    r = 3  # 0-based row of the next line (Excel row 4)
    data = []        # (excel row, 課名, 区分, 件数, 金額)
    total_rows = []  # (excel row, label, formula range, reason)
    ranges = []
    for g, (section, kinds) in enumerate(groups):
        first = r + 1
        for kind in kinds:
            count, amount = rng.int(3, 120), rng.int(50, 9000)
            ws.write_string(r, 0, section, text)
            ws.write_string(r, 1, kind, text)
            ws.write_number(r, 2, count, integer)
            ws.write_number(r, 3, amount, integer)
            data.append((r + 1, section, kind, count, amount))
            r += 1
        last = r
        ranges.append((first, last))
        group = [d for d in data if first <= d[0] <= last]
        labelled = g < 3
        if labelled:
            ws.write_string(r, 0, "小計", sub_text)
        else:
            ws.write_blank(r, 0, None, sub_text)
        ws.write_blank(r, 1, None, sub_text)
        for c, k in [(2, 3), (3, 4)]:
            col = xl_col_to_name(c)
            ws.write_formula(r, c, f"=SUM({col}{first}:{col}{last})", sub_int, sum(d[k] for d in group))
        total_rows.append((r + 1, "小計" if labelled else "(empty)", f"SUM over rows {first}–{last}",
                           "小計 label" if labelled else "no label, but SUM formulas over the rows above"))
        r += 1
    ws.write_string(r, 0, "総計", sub_text)
    ws.write_blank(r, 1, None, sub_text)
    for c, k in [(2, 3), (3, 4)]:
        col = xl_col_to_name(c)
        parts = ",".join(f"{col}{a}:{col}{b}" for a, b in ranges)
        ws.write_formula(r, c, f"=SUM({parts})", sub_int, sum(d[k] for d in data))
    total_rows.append((r + 1, "総計", "SUM over all data rows", "総計 label"))
    grand_row = r + 1
    note_row = grand_row + 2
    ws.write_string(note_row - 1, 0, "（注）金額は千円単位。")
    ws.write_string(note_row, 0, "資料：財政課")

    en = wb.add_worksheet("English")
    en_rows = [(2, "General Affairs", 42), (3, "Planning", 17), (4, "Taxation", 63),
               (5, "Subtotal", None), (6, "Welfare", 88), (7, "Accounting", 25), (8, "Total", None)]
    en_data = [x for x in en_rows if x[2] is not None]
    subtotal = sum(x[2] for x in en_data if x[0] <= 4)
    total = sum(x[2] for x in en_data)
    en.write_string(0, 0, "Section")
    en.write_string(0, 1, "Count")
    for row, label, value in en_rows:
        en.write_string(row - 1, 0, label)
        en.write_number(row - 1, 1, {"Subtotal": subtotal, "Total": total}.get(label, value))
    wb.close()

    assert [d[0] for d in data] == list(range(4, 9)) + list(range(10, 14)) + list(range(15, 20)) + list(range(21, 24))
    assert [t[0] for t in total_rows] == [9, 14, 20, 24, 25] and note_row == 27
    f = "totals_and_notes"
    facts = [fact(f, "件数: data rows " + ", ".join(f"{a}–{b}" for a, b in ranges) + f" (count {len(data)})"),
             fact(f, "件数: left out: row 1 title, row 2 blank, row 3 header, "
                     + "; ".join(f"row {t[0]} ({t[1]}: {t[3]}, {t[2]})" for t in total_rows)
                     + f"; row {grand_row + 1} blank; rows {note_row}–{note_row + 1} notes "
                       "(（注）金額は千円単位。 / 資料：財政課)"),
             fact(f, "件数: 会計課 (課名, rows " + ", ".join(str(d[0]) for d in data if d[1] == "会計課")
                     + ") and 計画あり (区分, rows " + ", ".join(str(d[0]) for d in data if d[2] == "計画あり")
                     + ") are data"),
             fact(f, f"件数: 件数 sum {sum(d[3] for d in data)}, mean {dec(mean([d[3] for d in data]))}; "
                     f"金額 sum {sum(d[4] for d in data)}, mean {dec(mean([d[4] for d in data]))}")]
    facts.append(fact(f, "件数: 課名 counts over data rows: " + ", ".join(
        f"{s} {sum(1 for d in data if d[1] == s)}" for s, _ in groups)))
    facts.append(fact(f, f"English: data rows 2, 3, 4, 6, 7 (count {len(en_data)}), Count sum {total}, "
                         f"mean {dec(mean([x[2] for x in en_data]))}; left out: row 5 Subtotal ({subtotal} = rows 2–4), "
                         f"row 8 Total ({total} = all data rows); both plain numbers"))
    return facts


# ------------------------------------------------------------------------------- 5. total_columns

DISTRICTS = ["中央地区", "北部地区", "南部地区", "東部地区", "西部地区", "山手地区", "川沿地区", "港地区"]


def total_columns(rng):
    wb = new_workbook("total_columns.xlsx")
    ws = wb.add_worksheet("人口")
    integer = wb.add_format({"num_format": "#,##0"})
    bold = wb.add_format({"bold": True})
    for c, h in enumerate(["地区", "総数", "男", "女", "世帯数", "計画戸数", "合計"]):
        ws.write_string(0, c, h, bold)
    rows = []
    for d in DISTRICTS:
        men, women = rng.int(1500, 9000), rng.int(1500, 9000)
        households, planned = rng.int(900, 7000), rng.int(0, 400)
        rows.append((d, men + women, men, women, households, planned, households + planned))
    for i, row in enumerate(rows):
        r = 1 + i
        ws.write_string(r, 0, row[0])
        for c in range(1, 6):
            ws.write_number(r, c, row[c], integer)
        ws.write_formula(r, 6, f"=SUM(E{r + 1}:F{r + 1})", integer, row[6])

    fake = wb.add_worksheet("偽の計")
    for c, h in enumerate(["地区", "受付", "処理", "計"]):
        fake.write_string(0, c, h, bold)
    fake_rows = []
    for d in DISTRICTS:
        received, handled = rng.int(20, 300), rng.int(20, 300)
        keisoku = rng.int(1, 99)  # a measurement, not a total
        while keisoku in (received, handled, received + handled, abs(received - handled)):
            keisoku += 1
        fake_rows.append((d, received, handled, keisoku))
    for i, row in enumerate(fake_rows):
        fake.write_string(1 + i, 0, row[0])
        for c in range(1, 4):
            fake.write_number(1 + i, c, row[c])
    wb.close()
    assert all(r[3] != r[1] + r[2] for r in fake_rows)

    f = "total_columns"
    return [fact(f, "人口: data rows 2–9 (count 8); total columns 総数 (B = C+D, plain numbers, left of its parts) "
                    "and 合計 (G = SUM(E:F) formulas); 計画戸数 (F) is an ordinary column"),
            fact(f, f"人口: 総数 sum {sum(r[1] for r in rows)}, 男 sum {sum(r[2] for r in rows)}, "
                    f"女 sum {sum(r[3] for r in rows)}, 世帯数 sum {sum(r[4] for r in rows)}, "
                    f"計画戸数 sum {sum(r[5] for r in rows)}, 合計 sum {sum(r[6] for r in rows)}"),
            fact(f, "偽の計: columns 地区, 受付, 処理, 計; data rows 2–9 (count 8); 計 (D) ≠ 受付+処理 in every row "
                    "(values " + ", ".join(str(r[3]) for r in fake_rows) + "), so it is not a total column")]


# ---------------------------------------------------------------------------------- 6. grid_paper

def grid_paper(rng):
    wb = new_workbook("grid_paper.xlsx")
    ws = wb.add_worksheet("方眼紙")
    ws.set_column(0, 16383, 2.5)
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    head = wb.add_format({"bold": True, "align": "center", "border": 1, "bg_color": "#DDEBF7"})
    text = wb.add_format({"border": 1})
    one = wb.add_format({"border": 1, "num_format": "0.0", "align": "right"})
    ws.merge_range("B1:P1", "職員別 時間外勤務時間（令和6年5月）", title)
    spans = [("B", "E", "氏名"), ("F", "H", "所属"), ("I", "K", "残業時間"), ("L", "P", "備考")]
    for a, b, h in spans:
        ws.merge_range(f"{a}3:{b}3", h, head)
    notes = {1: "育児短時間", 5: "4月異動"}
    rows = []
    for i in range(8):
        rows.append((PEOPLE[i], SECTIONS[i % 4], rng.tenths(0, 45), notes.get(i, "")))
    for i, (person, section, ot, note) in enumerate(rows):
        r = 4 + i
        ws.merge_range(f"B{r}:E{r}", person, text)
        ws.merge_range(f"F{r}:H{r}", section, text)
        ws.merge_range(f"I{r}:K{r}", fmt1(ot), one)
        ws.merge_range(f"L{r}:P{r}", note, text)
    wb.close()

    f = "grid_paper"
    return [fact(f, "columns 氏名 (B), 所属 (F), 残業時間 (I), 備考 (L) — 4 columns, no empty columns between; "
                    "data rows 4–11 (count 8)"),
            fact(f, f"残業時間: sum {dec(Fraction(sum(r[2] for r in rows), 10))}, "
                    f"mean {dec(Fraction(sum(r[2] for r in rows), 10 * len(rows)))}; 備考: "
                    + ", ".join(f"L{4 + i} {n}" for i, n in notes.items()) + ", others empty")]


# ---------------------------------------------------------------------------------- 7. two_tables

def two_tables(rng):
    wb = new_workbook("two_tables.xlsx")
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("横")
    for c, h in enumerate(["地区", "人口", "世帯数"]):
        ws.write_string(1, 1 + c, h, bold)
    t1 = [(d, rng.int(3000, 18000), rng.int(1200, 8000)) for d in DISTRICTS]
    for i, (d, pop, hh) in enumerate(t1):
        ws.write_string(2 + i, 1, d)
        ws.write_number(2 + i, 2, pop)
        ws.write_number(2 + i, 3, hh)
    for c, h in enumerate(["地区", "前年人口", "増減"]):
        ws.write_string(1, 5 + c, h, bold)
    t2 = []
    for d, pop, _ in t1[:5]:
        prev = pop + rng.int(-300, 300)
        t2.append((d, prev, pop - prev))
    for i, (d, prev, change) in enumerate(t2):
        ws.write_string(2 + i, 5, d)
        ws.write_number(2 + i, 6, prev)
        ws.write_number(2 + i, 7, change)

    vs = wb.add_worksheet("縦")
    months = MONTHS[:8]
    this_year = [rng.int(80, 260) for _ in months]
    last_year = [rng.int(80, 260) for _ in months]
    for c, h in enumerate(["月", "件数"]):
        vs.write_string(0, c, h, bold)
    for i, (m, v) in enumerate(zip(months, this_year)):
        vs.write_string(1 + i, 0, m)
        vs.write_number(1 + i, 1, v)
    vs.write_string(11, 0, "参考：前年度", bold)
    for c, h in enumerate(["月", "件数"]):
        vs.write_string(12, c, h, bold)
    for i, (m, v) in enumerate(zip(months, last_year)):
        vs.write_string(13 + i, 0, m)
        vs.write_number(13 + i, 1, v)
    wb.close()

    f = "two_tables"
    return [fact(f, f"横 table 1 B2:D10: header row 2 (地区, 人口, 世帯数), data rows 3–10 (count 8); "
                    f"人口 sum {sum(x[1] for x in t1)}, 世帯数 sum {sum(x[2] for x in t1)}"),
            fact(f, "横 column E is entirely empty"),
            fact(f, f"横 table 2 F2:H7: header row 2 (地区, 前年人口, 増減), data rows 3–7 (count 5); "
                    f"前年人口 sum {sum(x[1] for x in t2)}, 増減 values {', '.join(str(x[2]) for x in t2)} "
                    f"(増減 = 人口 − 前年人口 of the same 地区 in table 1)"),
            fact(f, f"縦 table 1 A1:B9: header row 1 (月, 件数), data rows 2–9 = 4月…11月 (count 8), "
                    f"件数 sum {sum(this_year)}, mean {dec(mean(this_year))}"),
            fact(f, "縦 rows 10–11 blank; A12 参考：前年度 is a lone title"),
            fact(f, f"縦 table 2 A13:B21: header row 13 (月, 件数), data rows 14–21 = 4月…11月 (count 8), "
                    f"件数 sum {sum(last_year)}, mean {dec(mean(last_year))}")]


# --------------------------------------------------------------------------------- 8. conventions

def d(y, m, day):
    return datetime.date(y, m, day)


# One row per data row (Excel rows 2–15). Text cells are str; numbers are int/float; dates are datetime.date.
# Each convention cell is (written value, expected value, reason).
CONVENTION_ROWS = [
    # 地区, 増減, 率, 人数, 受付日, 課名, 氏名
    ("中央", ("▲1,234", -1234, "▲ = minus, thousands separator"), ("85.5%", 0.855, "percent text"),
     ("－", None, "U+FF0D: 該当なし"), ("令和6年4月1日", d(2024, 4, 1), "和暦"),
     ("総 務 課", "総務課", "spaces inside; 総務課 exists"), "山田 太郎"),
    ("北", ("△56", -56, "△ = minus"), ("12％", 0.12, "full-width percent sign"),
     ("―", None, "U+2015: 該当なし"), ("令和元年5月7日", d(2019, 5, 7), "和暦 元年"),
     ("総　務　課", "総務課", "ideographic spaces inside; 総務課 exists"), "佐藤 花子"),
    ("南", ("1,234", 1234, "thousands separator"), ("3.25%", 0.0325, "percent text"),
     ("-", None, "hyphen: 該当なし"), ("R6.4.2", d(2024, 4, 2), "abbreviated 和暦 R"),
     ("総務課 ", "総務課", "trailing space"), "鈴木 一郎"),
    ("東", ("▲ 12", -12, "▲ and a space = minus"), (0.5, 0.5, "number"),
     ("…", None, "U+2026: 不詳"), ("H31.4.30", d(2019, 4, 30), "abbreviated 和暦 H"),
     ("総務課", "総務課", "unchanged"), "高橋 美咲"),
    ("西", (120, 120, "number"), (0.125, 0.125, "number"),
     ("...", None, "three dots: 不詳"), ("令和６年４月９日", d(2024, 4, 9), "和暦, full-width digits"),
     ("企画課", "企画課", "unchanged"), "田中 健太"),
    ("山手", (-35, -35, "number"), (0.98, 0.98, "number"),
     ("x", None, "秘匿"), ("2024/4/4", d(2024, 4, 4), "date text y/m/d"),
     ("会 計 課", "会 計 課", "unchanged: no 会計課 in the column"), "伊藤 直子"),
    ("川沿", (0, 0, "number"), (0.333, 0.333, "number"),
     ("X", None, "秘匿"), ("令和6年4月3日(水)", d(2024, 4, 3), "和暦 with weekday"),
     ("総務課", "総務課", "unchanged"), "渡辺 翔太"),
    ("港", (48, 48, "number"), (0.07, 0.07, "number"),
     ("χ", None, "U+03C7 chi: 秘匿"), (d(2024, 4, 5), d(2024, 4, 5), "date cell"),
     ("企画課", "企画課", "unchanged"), "中村 由美"),
    ("中央", (7, 7, "number"), (1, 1, "number"),
     ("*", None, "秘匿"), (d(2024, 4, 8), d(2024, 4, 8), "date cell"),
     ("総務課", "総務課", "unchanged"), "小林 大輔"),
    ("北", (-210, -210, "number"), (0.25, 0.25, "number"),
     (12, 12, "number"), (d(2024, 4, 10), d(2024, 4, 10), "date cell"),
     ("企画課", "企画課", "unchanged"), "加藤 恵"),
    ("南", (15, 15, "number"), (0.6, 0.6, "number"),
     (30, 30, "number"), (d(2024, 4, 11), d(2024, 4, 11), "date cell"),
     ("会 計 課", "会 計 課", "unchanged: no 会計課 in the column"), "吉田 拓也"),
    ("東", (3, 3, "number"), (0.015, 0.015, "number"),
     (7, 7, "number"), (d(2024, 4, 12), d(2024, 4, 12), "date cell"),
     ("総務課", "総務課", "unchanged"), "山本 彩"),
    ("西", (64, 64, "number"), (0.75, 0.75, "number"),
     (154, 154, "number"), (d(2024, 4, 15), d(2024, 4, 15), "date cell"),
     ("企画課", "企画課", "unchanged"), "松本 誠"),
    ("山手", (-9, -9, "number"), (0.4, 0.4, "number"),
     (0, 0, "number"), (d(2024, 4, 16), d(2024, 4, 16), "date cell"),
     ("総務課", "総務課", "unchanged"), "井上 真理"),
]
CONVENTION_HEADERS = ["地区", "増減", "率", "人数", "受付日", "課名", "氏名"]


def excel_serial(day):
    return (day - datetime.date(1899, 12, 30)).days


def conventions(rng):
    wb = new_workbook("conventions.xlsx")
    ws = wb.add_worksheet("記号")
    bold = wb.add_format({"bold": True})
    date_fmt = wb.add_format({"num_format": "yyyy/m/d"})
    for c, h in enumerate(CONVENTION_HEADERS):
        ws.write_string(0, c, h, bold)
    for i, row in enumerate(CONVENTION_ROWS):
        r = 1 + i
        for c, item in enumerate(row):
            value = item[0] if isinstance(item, tuple) else item
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, datetime.date):
                ws.write_datetime(r, c, datetime.datetime(value.year, value.month, value.day), date_fmt)
            else:
                ws.write_number(r, c, value)
    wb.close()

    assert len(CONVENTION_ROWS) == 14
    f = "conventions"
    facts = [fact(f, "header row 1: " + ", ".join(CONVENTION_HEADERS) + "; data rows 2–15 (count 14)")]
    for c in range(1, 6):
        col = xl_col_to_name(c)
        items = [row[c] for row in CONVENTION_ROWS]
        numbers = [x[1] for x in items if isinstance(x[1], (int, float)) and not isinstance(x[1], bool)]
        if c in (1, 2, 3):
            summary = (f"{len(numbers)} numbers, {len(items) - len(numbers)} missing"
                       + (f", sum {dec(sum(Fraction(str(n)) for n in numbers))}, "
                          f"mean {dec(mean([Fraction(str(n)) for n in numbers]))}" if numbers else ""))
        elif c == 4:
            summary = f"{len(items)} dates, 2019-04-30 … 2024-04-16"
        else:
            values = [x[1] for x in items]
            summary = "distinct after cleaning: " + ", ".join(
                f"{v} {values.count(v)}" for v in dict.fromkeys(values))
        facts.append(fact(f, f"{CONVENTION_HEADERS[c]} ({col}2:{col}15): {summary}"))
    facts.append(fact(f, "氏名 (G2:G15): unchanged, each family name, space, given name (no unspaced twin exists)"))
    return facts


def conventions_table():
    """README table: every convention cell, address → written → expected."""
    lines = ["| cell | written | kind | expected | why |", "|---|---|---|---|---|"]
    for i, row in enumerate(CONVENTION_ROWS):
        r = 2 + i
        for c in range(1, 6):
            written, expected, why = row[c]
            if isinstance(written, datetime.date):
                kind = f"date cell (serial {excel_serial(written)}, format yyyy/m/d)"
                shown_written = written.isoformat()
            elif isinstance(written, str):
                kind = "text"
                shown_written = f"`{written}`"
            else:
                kind = "number"
                shown_written = str(written)
            if expected is None:
                shown_expected = "missing"
            elif isinstance(expected, datetime.date):
                shown_expected = expected.isoformat()
            elif isinstance(expected, str):
                shown_expected = f"`{expected}`"
            else:
                shown_expected = str(expected)
            lines.append(f"| {xl_col_to_name(c)}{r} | {shown_written} | {kind} | {shown_expected} | {why} |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------- 9. clean_control

def clean_control(rng):
    wb = new_workbook("clean_control.xlsx")
    ws = wb.add_worksheet("Sheet1")
    for c, h in enumerate(["所属", "年齢", "月間残業時間", "処理件数"]):
        ws.write_string(0, c, h)
    rows = []
    for i in range(30):
        cases = rng.int(40, 260)
        ot = max(0, min(600, 40 + cases + rng.int(-60, 60)))  # tenths: about 4 + 0.1 × 処理件数 hours
        rows.append((SECTIONS[i % len(SECTIONS)], rng.int(22, 60), ot, cases))
    for i, (section, age, ot, cases) in enumerate(rows):
        ws.write_string(1 + i, 0, section)
        ws.write_number(1 + i, 1, age)
        ws.write_number(1 + i, 2, fmt1(ot))
        ws.write_number(1 + i, 3, cases)
    wb.close()

    f = "clean_control"
    return [fact(f, "A1:D31, header row 1 (所属, 年齢, 月間残業時間, 処理件数), data rows 2–31 (count 30); "
                    "no title, totals, notes, merges or conversions"),
            fact(f, f"年齢 mean {dec(mean([r[1] for r in rows]))}; 月間残業時間 sum {dec(Fraction(sum(r[2] for r in rows), 10))}, "
                    f"mean {dec(Fraction(sum(r[2] for r in rows), 300))}; 処理件数 sum {sum(r[3] for r in rows)}, "
                    f"mean {dec(mean([r[3] for r in rows]))}")]


# --------------------------------------------------------------------------- 10. ambiguous_header

def ambiguous_header(rng):
    wb = new_workbook("ambiguous_header.xlsx")
    ws = wb.add_worksheet("データ")
    for c, h in enumerate(["code_a", "code_b", "code_c"]):
        ws.write_string(0, c, h)
    for c, h in enumerate(["地区", "人口", "世帯数"]):
        ws.write_string(1, c, h)
    names = DISTRICTS + ["駅前地区", "丘陵地区"]
    rows = [(n, rng.int(2000, 20000), rng.int(800, 9000)) for n in names]
    for i, (n, pop, hh) in enumerate(rows):
        ws.write_string(2 + i, 0, n)
        ws.write_number(2 + i, 1, pop)
        ws.write_number(2 + i, 2, hh)
    wb.close()

    f = "ambiguous_header"
    return [fact(f, "row 1 code_a, code_b, code_c and row 2 地区, 人口, 世帯数 are both all-text candidate headers; "
                    "data rows 3–12 (count 10: text, number, number)"),
            fact(f, f"人口 sum {sum(r[1] for r in rows)}, mean {dec(mean([r[1] for r in rows]))}; "
                    f"世帯数 sum {sum(r[2] for r in rows)}, mean {dec(mean([r[2] for r in rows]))}")]


# -------------------------------------------------------------------------------------------- README

LAYOUTS = {
    "overtime_by_section": """\
### overtime_by_section.xlsx (also `overtime_by_section_lo.xlsx`, `overtime_by_section.csv`)

Sheet `残業時間`. Also copied to `Workbooks/overtime-by-section.xlsx`.

- A1 title `令和6年度 課別・月別 時間外勤務時間（職員別）`, merged A1:O1, bold.
- A2 `（単位：時間）`, a lone cell. Row 3 blank.
- Row 4 header: A `所属`, B `氏名`, C–N `4月` `5月` `6月` `7月` `8月` `9月` `10月` `11月` `12月` `1月` `2月` `3月` (text), O `年計`.
- Rows 5–28: 24 staff rows (data). 所属 is 総務課/企画課/税務課/福祉課/会計課 (会計課 contains 計 but is data);
  氏名 is family name, space, given name; hours are numbers with one decimal in 0–60 (format `0.0`).
- O5:O28: `=SUM(Cn:Nn)` with cached values: a total column.
- Row 29: A29 `合計`, C29:O29 `=SUM(C5:C28)` … `=SUM(O5:O28)`. Row 30: A30 `平均`, C30:O30 `=AVERAGE(…5:…28)`
  (cached exact means, format `0.0`). Both are total rows.
- Row 31 blank. A32 `※ 管理職を除く。`, A33 `出典：人事課 勤怠管理システム（令和7年4月1日現在）` (notes).
- Frozen panes at C5.
- `overtime_by_section_lo.xlsx`: the same workbook opened and saved by LibreOffice (`soffice --headless
  --convert-to xlsx`, zip entry times then zeroed); same cells in LibreOffice's XML spelling: `<f aca="false">`,
  cached values with 15 significant digits (23.8 stays 23.8), mixed-script strings split into rich-text runs
  (the title is stored as runs `令和` + `6` + `年度 …`, `4月` as `4` + `月`), explicit `t="n"` on numbers.
- `overtime_by_section.csv`: UTF-8 with BOM, CRLF, the same 33 lines as the sheet (title, unit, blank, header,
  24 data lines, 合計, 平均, blank, two notes); every line has 15 fields (blank lines are 14 commas), as
  Excel and LibreOffice export the used range; numbers as displayed (one decimal, so 平均 is rounded).
""",
    "two_row_header": """\
### two_row_header.xlsx

Sheet `来庁者`.

- A1 title `窓口別 来庁者数と待ち時間（令和6年度）`, merged A1:H1. Row 2 blank.
- Header rows 3–4: A3:A4 merged `窓口`; B3:D3 merged `来庁者数` with B4 `午前`, C4 `午後`, D4 `計`;
  E3:F3 merged `待ち時間（分）` with E4 `平均`, F4 `最長`; G3:G4 merged `備考`.
- Rows 5–16: 12 windows (data). B, C integers; D = B + C as a plain number (not a formula); E, F one decimal;
  G mostly empty.
- Row 17: A17 `計`, B17:D17 `=SUM(B5:B16)` … `=SUM(D5:D16)` (cached): a total row.
""",
    "header_cleaning": """\
### header_cleaning.xlsx

Sheet `職員`.

- Row 1 header: A `ＩＤ` (full-width letters), B `氏　名` (U+3000 inside), C `月間` + line feed + `残業時間`
  (wrap format), D ` 年齢 ` (surrounding spaces), E `所属`.
- Rows 2–11: 10 data rows: ID integer, 氏名 text, 月間残業時間 one decimal, 年齢 integer, 所属 text.
""",
    "totals_and_notes": """\
### totals_and_notes.xlsx

Sheet `件数`.

- A1 title `課別 申請件数・金額（令和6年度）` (lone cell). Row 2 blank. Row 3 header `課名`, `区分`, `件数`, `金額`.
- Rows 4–8 総務課, row 9 `小計` (C9 `=SUM(C4:C8)`, D9 `=SUM(D4:D8)`).
- Rows 10–13 会計課, row 14 `小計` (`=SUM(C10:C13)`, `=SUM(D10:D13)`).
- Rows 15–19 企画課, row 20 `小計` (`=SUM(C15:C19)`, `=SUM(D15:D19)`).
- Rows 21–23 税務課, row 24: A24 and B24 empty, C24 `=SUM(C21:C23)`, D24 `=SUM(D21:D23)` (a total without a label).
- Row 25 `総計`: C25 `=SUM(C4:C8,C10:C13,C15:C19,C21:C23)`, D25 likewise. All formulas carry cached values.
- Row 26 blank, A27 `（注）金額は千円単位。`, A28 `資料：財政課`.
- Data: rows 4–8, 10–13, 15–19, 21–23 (17 rows). Left out: 1 (title), 3 (header), 9/14/20 (`小計` label),
  24 (no label, vertical SUM formulas over the rows above), 25 (`総計` label), 27–28 (notes after a blank row).

Sheet `English`.

- Row 1 header `Section`, `Count`. Rows 2–4 data, row 5 `Subtotal` (plain number = rows 2–4), rows 6–7 data,
  row 8 `Total` (plain number = all data rows). Data: rows 2, 3, 4, 6, 7. Left out: 5 (`Subtotal`), 8 (`Total`).
""",
    "total_columns": """\
### total_columns.xlsx

Sheet `人口`.

- Row 1 header `地区`, `総数`, `男`, `女`, `世帯数`, `計画戸数`, `合計`. Rows 2–9: 8 data rows.
- B `総数` = C + D as plain numbers (the total stands left of its parts); G `合計` = `=SUM(En:Fn)` formulas
  (cached) = 世帯数 + 計画戸数. Total columns: B and G. F `計画戸数` contains 計 but is an ordinary column.

Sheet `偽の計`.

- Row 1 header `地区`, `受付`, `処理`, `計`; rows 2–9 data. D `計` is never 受付 + 処理 (nor either alone): not a total.
""",
    "grid_paper": """\
### grid_paper.xlsx

Sheet `方眼紙` (every column 2.5 wide, Excel 方眼紙).

- Column A empty (margin). B1:P1 merged title `職員別 時間外勤務時間（令和6年5月）`. Row 2 blank.
- Row 3 header: B3:E3 `氏名`, F3:H3 `所属`, I3:K3 `残業時間`, L3:P3 `備考` (each merged).
- Rows 4–11: 8 data rows, each merged B:E, F:H, I:K, L:P; values in B, F, I (number, one decimal), L (mostly empty).
- Expected columns: 氏名, 所属, 残業時間, 備考 (no empty columns between).
""",
    "two_tables": """\
### two_tables.xlsx

Sheet `横`.

- Table 1 B2:D10: header row 2 `地区`, `人口`, `世帯数`; data rows 3–10.
- Column E entirely empty.
- Table 2 F2:H7: header row 2 `地区`, `前年人口`, `増減`; data rows 3–7.

Sheet `縦`.

- Table 1 A1:B9: header row 1 `月`, `件数`; data rows 2–9 (`4月` … `11月`, text).
- Rows 10–11 blank. A12 `参考：前年度` (lone title, bold).
- Table 2 A13:B21: header row 13 `月`, `件数`; data rows 14–21 (`4月` … `11月`).
""",
    "conventions": """\
### conventions.xlsx

Sheet `記号`.

- Row 1 header `地区`, `増減`, `率`, `人数`, `受付日`, `課名`, `氏名`. Rows 2–15: 14 data rows.
- Text cells carry the notations; the other cells are plain numbers or real dates (format `yyyy/m/d`).
- Percent text is expected as the value Excel would give it (`85.5%` → 0.855). Missing-value symbols
  (`－` `―` `-` 該当なし, `…` `...` 不詳, `x` `X` `χ` `*` 秘匿) are expected as missing.
- `会 計 課` stays as written: no plain `会計課` is in the column to merge it with.
- 氏名 (G) is unchanged: every name is family name, space, given name.

Expected value of every cell in B–F:

{table}
""",
    "clean_control": """\
### clean_control.xlsx

Sheet `Sheet1`: a plain machine-readable table A1:D31. Header row 1 `所属`, `年齢`, `月間残業時間`, `処理件数`;
rows 2–31 data (所属 text, the rest numbers). No title, no totals, no notes. Nothing must change.
""",
    "ambiguous_header": """\
### ambiguous_header.xlsx

Sheet `データ`: row 1 `code_a`, `code_b`, `code_c` (text); row 2 `地区`, `人口`, `世帯数` (text);
rows 3–12 data (text, number, number). Both rows 1 and 2 are candidate header rows.
""",
}


def write_readme(order):
    parts = ["# Municipal fixtures\n",
             "Workbooks laid out the way Japanese city halls lay out spreadsheets for people. Written by\n"
             "`scripts/make-municipal-fixtures.py` (XlsxWriter; deterministic); do not edit by hand, re-run the\n"
             "script. Row numbers are Excel's (1-based). Every formula cell carries a cached value. The facts\n"
             "under each file are computed by the script (it prints them too).\n"]
    for name in order:
        layout = LAYOUTS[name]
        if name == "conventions":
            layout = layout.replace("{table}", conventions_table())
        parts.append(layout)
        parts.append("Expected facts:\n")
        parts.extend(f"- {line}" for _, line in ((k, l) for k, l in FACTS if k == name))
        parts.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(parts).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------------------------- main

def main():
    no_libreoffice = "--no-libreoffice" in sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    fixtures = [overtime_by_section, two_row_header, header_cleaning, totals_and_notes, total_columns,
                grid_paper, two_tables, conventions, clean_control, ambiguous_header]
    for i, make in enumerate(fixtures):
        make(Rng(SEED + i))  # one stream per fixture, so changing one leaves the others as they are
    libreoffice_copy(no_libreoffice)
    write_readme([make.__name__ for make in fixtures])
    current = None
    for name, line in FACTS:
        if name != current:
            print(f"{name}:")
            current = name
        print(f"  {line}")


if __name__ == "__main__":
    main()
