#!/usr/bin/env python3
"""Writes the roster reader's fuzz corpus, tests/fuzz-corpus/roster-reader/.

Files named ok-* are rosters RosterReader reads; bad-* are files it refuses (TestRosterReader::fuzzCorpus
checks both, fuzz_roster_reader starts from them). Inputs found by fuzzing are kept beside these (bad-part-name-with-line-break.xlsx: a part named with a line
break, once named in a refusal of two lines); this script never removes them. Run from the repository root:
    python3 tools/roster/make-fuzz-corpus.py
"""
import io
import os
import struct
import zipfile

OUT = os.path.join("tests", "fuzz-corpus", "roster-reader")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(first17):
    return first17 + "10X98765432"[sum(int(a) * w for a, w in zip(first17, W)) % 11]


A = idn("44152320150304052")
B = idn("44152320160305013")
CSV = f"姓名,身份证号,性别,出生日期,监护人电话\r\n陈静,{A},女,2015-03-04,13800138000\r\n\"王, 小明\",{B},男,2016/3/5,\r\n"

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook ' + NS +
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>')
SST = ('<?xml version="1.0" encoding="UTF-8"?><sst ' + NS + '><si><t>姓名</t></si><si><r><t>身份</t></r><r><t>证号'
       '</t></r></si><si><t>出生日期</t><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>南跃村花名册</t></si></sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet ' + NS + '><numFmts count="1"><numFmt numFmtId="164" '
          'formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/>'
          '<xf numFmtId="164"/></cellXfs></styleSheet>')


def sheet(rows_xml):
    return '<?xml version="1.0" encoding="UTF-8"?><worksheet ' + NS + '><sheetData>' + rows_xml + '</sheetData></worksheet>'


ROWS = ('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>'
        f'<row r="3"><c r="A3" t="inlineStr"><is><t>陈静</t></is></c><c r="B3" t="str"><v>{A}</v></c>'
        '<c r="C3" s="1"><v>42067</v></c></row>'
        f'<row r="5"><c r="A5" t="inlineStr"><is><t>王小明</t></is></c><c r="B5" t="str"><v>{B}</v></c></row>')


def xlsx(rows_xml=ROWS, method=zipfile.ZIP_DEFLATED, sst=SST, extra=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet(rows_xml))
        if sst:
            z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("xl/styles.xml", STYLES)
        for name, data in extra:
            z.writestr(name, data)
    return buf.getvalue()


def set_flags(data, flags):
    """Sets the general-purpose flags of every local and central header."""
    b = bytearray(data)
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = b.find(sig)
        while i >= 0:
            struct.pack_into("<H", b, i + at, flags)
            i = b.find(sig, i + 4)
    return bytes(b)


def lying_size(data, name):
    """Makes the headers of one entry claim 100 bytes."""
    b = bytearray(data)
    n = name.encode()
    i = 0
    while True:
        i = b.find(b"PK\x03\x04", i)
        if i < 0:
            break
        ln = struct.unpack_from("<H", b, i + 26)[0]
        if bytes(b[i + 30:i + 30 + ln]) == n:
            struct.pack_into("<I", b, i + 22, 100)
        i += 4
    i = 0
    while True:
        i = b.find(b"PK\x01\x02", i)
        if i < 0:
            break
        ln = struct.unpack_from("<H", b, i + 28)[0]
        if bytes(b[i + 46:i + 46 + ln]) == n:
            struct.pack_into("<I", b, i + 24, 100)
        i += 4
    return bytes(b)


def main():
    os.makedirs(OUT, exist_ok=True)
    big_rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{"空" * 4000}</t></is></c></row>'
                       for r in range(1, 40))
    files = {
        "ok-utf8.csv": CSV.encode("utf-8"),
        "ok-bom.csv": b"\xef\xbb\xbf" + CSV.encode("utf-8"),
        "ok-gbk.csv": CSV.encode("gbk"),
        "ok-utf16.txt": b"\xff\xfe" + CSV.replace(",", "\t").replace("王\t 小明", "王, 小明").encode("utf-16-le"),
        "ok-title-row.csv": ("南跃村花名册;;\r\n\r\n" + CSV.replace(",", ";").replace("王; 小明", "王, 小明")).encode("utf-8"),
        "ok-sheet.xlsx": xlsx(),
        "ok-stored.xlsx": xlsx(method=zipfile.ZIP_STORED),
        "bad-truncated.xlsx": xlsx()[:700],
        "bad-not-text.bin": bytes(range(256)),
        "bad-not-gbk.csv": b"\xc8\xff\xff,\x81\x20\n",
        "bad-encrypted.xlsx": set_flags(xlsx(), 1),
        "bad-lying-size.xlsx": lying_size(xlsx(big_rows), "xl/worksheets/sheet1.xml"),
        "bad-dtd.xlsx": xlsx_dtd(),
        "bad-shared-index.xlsx": xlsx('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'),
        "bad-long-cell.csv": ("姓名\n" + "长" * 4100 + "\n").encode("utf-8"),
        "bad-no-sheet.xlsx": zip_only("hello.txt", b"hello"),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


def xlsx_dtd():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                   '<worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
    return buf.getvalue()


def zip_only(name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buf.getvalue()


if __name__ == "__main__":
    main()
