"""Raw SpreadsheetML parts and a deterministic zip writer shared by the fixture and sample-workbook scripts
(standard library only, so every byte written is visible in these scripts)."""
import os
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
STAMP = (2024, 1, 1, 0, 0, 0)


def workbook_xml(sheets, date1904=None):
    pr = "" if date1904 is None else f'<workbookPr date1904="{date1904}"/>'
    entries = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets></workbook>'


def styles_xml(format_ids, custom=None):
    """cellXfs with the given numFmtIds (index 0 should be 0, General), plus the font/fill/border tables
    Excel insists on."""
    custom = custom or {}
    fmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{code}"/>' for i, code in custom.items())
    numfmts = f'<numFmts count="{len(custom)}">{fmts}</numFmts>' if custom else ""
    apply = ' applyNumberFormat="1"'
    xfs = "".join(f'<xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0"{apply if i else ""}/>'
                  for i in format_ids)
    return (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">{numfmts}'
            '<fonts count="1"><font><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(format_ids)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def sst_xml(items):
    return (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">'
            + "".join(f"<si>{item}</si>" for item in items) + "</sst>")


def sheet_xml(rows, dimension=None, prologue=""):
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(f'<row r="{r}">{cells}</row>' for r, cells in rows)
    return f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<worksheet xmlns="{MAIN}">{dim}<sheetData>{body}</sheetData></worksheet>'


def write(folder, name, sheets, styles=None, sst=None, date1904=None):
    """sheets: list of (sheet name, sheet xml)."""
    rels = [(f"rId{i + 1}", "worksheet", f"worksheets/sheet{i + 1}.xml") for i in range(len(sheets))]
    if styles:
        rels.append((f"rId{len(rels) + 1}", "styles", "styles.xml"))
    if sst:
        rels.append((f"rId{len(rels) + 1}", "sharedStrings", "sharedStrings.xml"))
    overrides = {"/xl/workbook.xml": "sheet.main+xml", "/xl/styles.xml": "styles+xml", "/xl/sharedStrings.xml": "sharedStrings+xml"}
    overrides.update({f"/xl/worksheets/sheet{i + 1}.xml": "worksheet+xml" for i in range(len(sheets))})
    present = {"/xl/workbook.xml": True, "/xl/styles.xml": bool(styles), "/xl/sharedStrings.xml": bool(sst)}
    types = "".join(f'<Override PartName="{p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.{t}"/>'
                    for p, t in overrides.items() if present.get(p, True))
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{TYPE}officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": workbook_xml([n for n, _ in sheets], date1904),
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
        + "".join(f'<Relationship Id="{i}" Type="{TYPE}{t}" Target="{p}"/>' for i, t, p in rels) + "</Relationships>",
    }
    for i, (_, xml) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = xml
    if styles:
        parts["xl/styles.xml"] = styles
    if sst:
        parts["xl/sharedStrings.xml"] = sst
    with zipfile.ZipFile(os.path.join(folder, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(zipfile.ZipInfo(part, STAMP), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def num(ref, value, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def text(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def inline_text_cell(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
