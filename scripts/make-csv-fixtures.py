#!/usr/bin/env python3
"""Write the reference files CSVReaderTests compare against (run from the repository root).

- japanese-sample.utf8.txt / .cp932.txt: the same Japanese text (NEC and IBM extension
  characters included) as UTF-8 and as Python's cp932 codec encodes it.
- libreoffice-sjis.csv: a small table exported as Shift_JIS (MS_932, text encoding 60) by
  LibreOffice headless, a real producer of such files.
- libreoffice-duplicates-sjis.csv: every character with more than one CP932 code, one per line,
  exported the same way; it records which code Windows-compatible writers choose.
Needs `soffice` for the last two; they are committed so the tests do not.
"""
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict

FIXTURES = "Tests/CSVReaderTests/Fixtures"
SAMPLE = (
    "市役所の分析 ①②③ ⅠⅡⅢ ⅰⅱ ㈱㈲ №℡ ≒≡∫√ 髙橋 﨑 德 神奈川 ｶﾀｶﾅ ～－∥￢ ＡＢＣ １２３\n"
    "ASCII line: a,b;c\t\"quoted\" \\ ~\n"
)
TABLE = (
    "名前,所属,値,備考\n"
    "①髙﨑,㈱総務課,1.5,\"カンマ,入り\"\n"
    "Ⅱ号棟,ﾃｽﾄ,-3,\"引用符\"\"あり\"\n"
    "№ ℡,～,12,\"改行\n入り\"\n"
)


def duplicate_characters():
    codes = defaultdict(list)
    for lead in list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD)):
        for trail in range(0x40, 0xFD):
            try:
                text = bytes([lead, trail]).decode("cp932")
            except UnicodeDecodeError:
                continue
            codes[text].append((lead << 8) | trail)
    return sorted(ch for ch, found in codes.items() if len(found) > 1)


def write(name, data):
    with open(os.path.join(FIXTURES, name), "wb") as f:
        f.write(data)


def libreoffice_shift_jis(utf8_text, name):
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "source.csv")
        with open(source, "w", encoding="utf-8", newline="\n") as f:
            f.write(utf8_text)
        subprocess.run([
            "soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
            "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,60",
            "--outdir", os.path.join(work, "out"), source,
        ], check=True, capture_output=True)
        with open(os.path.join(work, "out", "source.csv"), "rb") as f:
            write(name, f.read())


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    write("japanese-sample.utf8.txt", SAMPLE.encode("utf-8"))
    write("japanese-sample.cp932.txt", SAMPLE.encode("cp932"))
    if shutil.which("soffice") is None:
        print("soffice not found: LibreOffice fixtures left as they are")
        return
    libreoffice_shift_jis(TABLE, "libreoffice-sjis.csv")
    libreoffice_shift_jis("".join(ch + "\n" for ch in duplicate_characters()), "libreoffice-duplicates-sjis.csv")
    print("wrote fixtures to", FIXTURES)


if __name__ == "__main__":
    main()
